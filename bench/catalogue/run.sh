#!/usr/bin/env bash
# Catalogue search at 100,000 published products (issue 19): latency of the public API as an anonymous visitor.
#   bench/catalogue/run.sh [rounds]     (default 20 rounds of every query below)
# Environment: DATA_DIR (default /tmp/market-bench/postgres; generated with bench/data/run.sh $SCALE 42 if missing),
#   SCALE (default 0.2: 200,000 businesses), PORT (default 8107), DB_PORT (default 54107), MVN_FLAGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-20}
DATA_DIR=${DATA_DIR:-/tmp/market-bench/postgres}
STORAGE_DIR=${STORAGE_DIR:-$(dirname "$DATA_DIR")/files}
PORT=${PORT:-8107}
DB_PORT=${DB_PORT:-54107}
OUT=target/bench/catalogue
mkdir -p "$OUT"
if [[ ! -d $DATA_DIR ]]; then
  CHECK_APP=false DATA_DIR=$DATA_DIR STORAGE_DIR=$STORAGE_DIR bench/data/run.sh "${SCALE:-0.2}" 42
fi
./mvnw ${MVN_FLAGS:-} -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
NAIKKELAS_DEMO=false NAIKKELAS_DATA_DIR=$DATA_DIR NAIKKELAS_STORAGE_DIR=$STORAGE_DIR NAIKKELAS_DB_PORT=$DB_PORT PORT=$PORT \
  java -Xmx512m -cp "target/classes:$(cat "$OUT/classpath.txt")" id.naikkelas.NaikKelasApplication >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -50 "$OUT/app.log"; echo "the platform did not start"; exit 1; }
  sleep 0.5
done
psql -h localhost -p "$DB_PORT" -U postgres -d postgres -q -f bench/catalogue/publish.sql

# what visitors ask: words with and without typos, filters alone and together, deep pages
QUERIES=(
  "q=keripik" "q=kripik+pisang" "q=kopi+robusta" "q=dodol" "q=kerupuk+ikan+bengkalis" "q=bu"
  "badge=HALAL" "badge=EXPORT_READY" "region=18" "region=18.71&badge=HALAL" "q=keripik&region=18&badge=HALAL"
  "category=15.0" "speciality=true" "q=keripik&page=50" "page=50" ""
)
for q in "${QUERIES[@]}"; do curl -s -o /dev/null "localhost:$PORT/api/v1/catalogue/products?$q"; done   # warm up
: >"$OUT/times.txt"
for ((r = 0; r < ROUNDS; r++)); do
  for q in "${QUERIES[@]}"; do
    curl -s -o /dev/null -w "%{time_total} $q\n" "localhost:$PORT/api/v1/catalogue/products?$q" >>"$OUT/times.txt"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
summary() {  # p50, p95, max in ms of the lines given
  sort -n | awk '{a[NR]=$1} END {printf "n=%d p50=%.0f ms p95=%.0f ms max=%.0f ms\n", NR, a[int(NR*0.5)+1]*1000, a[int(NR*0.95)+1]*1000, a[NR]*1000}'
}
echo "all queries: $(cut -d' ' -f1 "$OUT/times.txt" | summary)"
for q in "${QUERIES[@]}"; do
  printf '  %-40s %s\n' "${q:-(first page)}" "$(awk -v q="$q" '$2 == q || (q == "" && NF == 1) {print $1}' "$OUT/times.txt" | summary)"
done
curl -s -o "$OUT/page.html" "localhost:$PORT/katalog?q=keripik"   # the first render compiles the templates
echo "HTML page /katalog?q=keripik: $(wc -c <"$OUT/page.html") bytes; $(for ((r = 0; r < ROUNDS; r++)); do
  curl -s -o /dev/null -w "%{time_total}\n" "localhost:$PORT/katalog?q=keripik"; done | summary)"
