#!/usr/bin/env bash
# Catalogue search at 100,000 published products (issue 19): latency of the public API as an anonymous visitor.
#   bench/catalogue/run.sh [rounds]     (default 20 rounds of every query below)
# Environment: DATA_DIR (default /tmp/market-bench/postgres; generated with bench/data/run.sh $SCALE 42 if missing),
#   SCALE (default 0.2: 200,000 businesses), PORT (default 8107), DB_PORT (default 54107), MVN_FLAGS (e.g. -o),
#   PII_KEY_FILE (default pii.key next to DATA_DIR's parent, as bench/data leaves it), WRK_SECONDS (default 20; 0: no
#   concurrent run), WRK_CONNECTIONS (default 16), CLASSES (default target/classes: another build's classes to compare
#   with), PUBLISH_SQL (default bench/catalogue/publish.sql).
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
PII_KEY_FILE=${PII_KEY_FILE:-$(dirname "$DATA_DIR")/pii.key}
[[ -f $PII_KEY_FILE ]] && export NAIKKELAS_PII_KEY_FILE=$PII_KEY_FILE
NAIKKELAS_DEMO=false NAIKKELAS_DATA_DIR=$DATA_DIR NAIKKELAS_STORAGE_DIR=$STORAGE_DIR NAIKKELAS_DB_PORT=$DB_PORT PORT=$PORT \
  java -Xmx512m -cp "${CLASSES:-target/classes}:$(cat "$OUT/classpath.txt")" id.naikkelas.NaikKelasApplication >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -50 "$OUT/app.log"; echo "the platform did not start"; exit 1; }
  sleep 0.5
done
psql -h localhost -p "$DB_PORT" -U postgres -d postgres -q -f "${PUBLISH_SQL:-bench/catalogue/publish.sql}"

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

# many visitors at once: wrk keeps WRK_CONNECTIONS requests in flight on each URL (a common word, a rare multi-word
# query, filters only, region and filter, a deep page, the HTML page)
if [[ ${WRK_SECONDS:-20} != 0 ]]; then
  for path in "/api/v1/catalogue/products?q=keripik" "/api/v1/catalogue/products?q=kerupuk+ikan+bengkalis" \
              "/api/v1/catalogue/products?badge=EXPORT_READY" "/api/v1/catalogue/products?region=18.71&badge=HALAL" \
              "/api/v1/catalogue/products?q=keripik&page=50" "/katalog?q=kripik+pisang"; do
    echo "wrk -c${WRK_CONNECTIONS:-16} -d${WRK_SECONDS:-20}s $path (load average before: $(cut -d' ' -f1 /proc/loadavg))"
    wrk -t2 -c"${WRK_CONNECTIONS:-16}" -d"${WRK_SECONDS:-20}"s --latency "http://localhost:$PORT$path" \
      | grep -E 'Requests/sec|^ +(50|99)%|Non-2xx|Socket errors|requests in'
  done
fi
