#!/usr/bin/env bash
# Busy-morning load test: starts the packaged app on a data directory with a heap cap, runs the Gatling
# simulation against it (bare endpoint, saturated reads, then USERS sessions at once), samples the heap,
# prints the summary table and stops the app. See bench/README.md.
#   bench/load/run.sh [users] [seconds-per-phase]      e.g. bench/load/run.sh 200 60
# Environment: DATA_DIR (embedded data directory; default target/bench/load/postgres with demo data, or the
# one bench/data/run.sh filled), XMX (512m), SATURATE (32 users without pauses), API_TOKEN (Bearer token for
# the API client; without one it uses HTTP Basic), PORT (18080), MVN_FLAGS (e.g. -o), SKIP_PACKAGE=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
USERS=${1:-200}
SECONDS_PER_PHASE=${2:-60}
PORT=${PORT:-18080}
XMX=${XMX:-512m}
DATA_DIR=${DATA_DIR:-target/bench/load/postgres}
OUT=target/bench/load
mkdir -p "$OUT"

if [[ -z "${SKIP_PACKAGE:-}" ]]; then
  ./mvnw ${MVN_FLAGS:-} -q -B package -DskipTests
fi
JAR=$(ls target/naik-kelas-*.jar | grep -v original | head -1)

echo "starting $JAR on $DATA_DIR (-Xmx$XMX, port $PORT)"
NAIKKELAS_DATA_DIR="$DATA_DIR" PORT=$PORT java -Xmx"$XMX" -jar "$JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $OUT/app.log"; exit 1; }
  sleep 0.5
done
grep -o "Started NaikKelasApplication in [0-9.]* seconds" "$OUT/app.log" || true

# heap in use (young + old, garbage included) every second while the load runs
jstat -gc $APP 1000 > "$OUT/heap.log" &
JSTAT=$!

./mvnw ${MVN_FLAGS:-} -q -B -f bench/load/pom.xml gatling:test -Dgatling.simulationClass=naikkelas.load.BusyMorning \
  -DbaseUrl="http://localhost:$PORT" -Dusers="$USERS" -Dsaturate="${SATURATE:-32}" -Dseconds="$SECONDS_PER_PHASE" \
  -DapiToken="${API_TOKEN:-}" || echo "Gatling reported failed requests or assertions (see the table)"
kill $JSTAT 2>/dev/null || true

REPORT=$(ls -dt bench/load/target/gatling/busymorning-* | head -1)
java bench/load/Summary.java "$REPORT" "$SECONDS_PER_PHASE"
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "heap in use, max: %.0f MB (cap %s)\n", max, "'"$XMX"'" }' "$OUT/heap.log"
echo "errors in the app log: $(grep -c ' ERROR ' "$OUT/app.log" || true)"
echo "report: $REPORT/index.html"
