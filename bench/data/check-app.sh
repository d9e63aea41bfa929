#!/usr/bin/env bash
# Starts the platform on the data bench/data/run.sh generated, as an operator would (the packaged jar,
# NAIKKELAS_DATA_DIR), and reports the cold start, a few pages and API calls as petugas.lampung and the heap.
#   bench/data/check-app.sh        Environment: DATA_DIR, STORAGE_DIR, APP_HEAP (default 1g), PORT (default 18082), MVN_FLAGS
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench/data
DATA_DIR=${DATA_DIR:-$OUT/postgres}
STORAGE_DIR=${STORAGE_DIR:-$OUT/files}
# The platform on the generated data, as an operator would start it: cold start time, one page and one API call.
JAR=target/naik-kelas-0.1.0-SNAPSHOT.jar
if [[ ! -f $JAR || -n "$(find src/main pom.xml -newer "$JAR" -print -quit)" ]]; then
  ./mvnw ${MVN_FLAGS:-} -q -B package -DskipTests
fi
PORT=${PORT:-18082}
LOG=$OUT/app.log
started=$(date +%s%N)
NAIKKELAS_DATA_DIR=$DATA_DIR NAIKKELAS_STORAGE_DIR=$STORAGE_DIR PORT=$PORT java -Xmx"${APP_HEAP:-1g}" -jar "$JAR" >"$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf "localhost:$PORT/actuator/health/readiness" >/dev/null; do
  kill -0 $APP 2>/dev/null || { tail -50 "$LOG"; echo "the platform did not start"; exit 1; }
  sleep 0.2
done
ready=$(date +%s%N)
echo "platform ready (health/readiness UP) after $(( (ready - started) / 1000000 )) ms; $(grep -o 'Started NaikKelasApplication in [0-9.]* seconds[^)]*)' "$LOG" || true)"

JAR_COOKIES=$OUT/cookies.txt
rm -f "$JAR_COOKIES"
csrf=$(curl -s -c "$JAR_COOKIES" "localhost:$PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -o /dev/null --data-urlencode "username=petugas.lampung" --data-urlencode "password=Demo-2026!" \
  --data-urlencode "_csrf=$csrf" "localhost:$PORT/login"
for url in /usaha /usaha /kasus /izin/perpanjangan; do
  curl -s -b "$JAR_COOKIES" -o "$OUT/page.html" -w "GET $url as petugas.lampung: %{http_code} in %{time_total} s, %{size_download} bytes\n" "localhost:$PORT$url"
done
grep -q 'href="/usaha/[0-9]' "$OUT/page.html" 2>/dev/null || true
curl -s -u 'petugas.lampung:Demo-2026!' -o "$OUT/api.json" -w "GET /api/v1/businesses as petugas.lampung (Basic): %{http_code} in %{time_total} s\n" \
  "localhost:$PORT/api/v1/businesses?size=25"
echo "  first items: $(head -c 300 "$OUT/api.json")"
curl -s -u 'petugas.lampung:Demo-2026!' -o /dev/null -w "GET /api/v1/businesses?q=kripik+pisang: %{http_code} in %{time_total} s\n" \
  "localhost:$PORT/api/v1/businesses?q=kripik+pisang&size=25"
jcmd $APP GC.heap_info 2>/dev/null | sed -n '1,3p' || true
kill $APP
wait $APP 2>/dev/null || true
