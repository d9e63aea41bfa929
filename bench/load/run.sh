#!/usr/bin/env bash
# Load tests: start the packaged app on a data directory with a heap cap, run a Gatling simulation against it,
# sample the heap, print the summary table and stop the app. See bench/README.md.
#   bench/load/run.sh morning [users] [seconds-per-phase]   bare endpoint, saturated reads, then USERS sessions at once
#   bench/load/run.sh case-steps [users] [seconds]          case step transitions through the API, as fast as they go
#   bench/load/run.sh soak [rps] [seconds]                  the morning's mix at a steady rate (100/s, 1800 s)
# Environment: DATA_DIR (embedded data directory; default target/bench/load/postgres with demo data, or the
# one bench/data/run.sh filled), XMX (512m), SATURATE (32 users without pauses), API_TOKEN (Bearer token for
# the API client; without one it uses HTTP Basic), PORT (18080), MVN_FLAGS (e.g. -o), SKIP_PACKAGE=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE=${1:-morning}
case $MODE in
  morning) USERS=${2:-200}; SECONDS_PER_PHASE=${3:-60} ;;
  soak) USERS=${2:-100}; SECONDS_PER_PHASE=${3:-1800} ;;
  *) USERS=${2:-16}; SECONDS_PER_PHASE=${3:-60} ;;
esac
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
# JVM_OPTS: e.g. -XX:StartFlightRecording=filename=/tmp/app.jfr to profile a run. The load generator is one address
# standing for many visitors: the public permit checks' limit per address (ADR 0030) is lifted for it.
NAIKKELAS_DATA_DIR="$DATA_DIR" PORT=$PORT java -Xmx"$XMX" ${JVM_OPTS:-} -jar "$JAR" \
  --naikkelas.certification.public-checks.per-address="${PUBLIC_CHECKS_PER_ADDRESS:-1000000}" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $OUT/app.log"; exit 1; }
  sleep 0.5
done
grep -o "Started NaikKelasApplication in [0-9.]* seconds" "$OUT/app.log" || true

# an API token of the officer for the API clients (issued with the password; shown once)
if [[ -z "${API_TOKEN:-}" ]]; then
  API_TOKEN=$(curl -fs -u "petugas.lampung:Demo-2026!" -H 'Content-Type: application/json' \
    -d "{\"name\":\"bench load $(date +%s)\",\"days\":30}" "http://localhost:$PORT/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
fi

if [[ $MODE == case-steps ]]; then
  # open cases of the officer's province whose current step has no document guard (at most an external
  # reference, which each request brings): one transition each
  PGPORT=$(sed -n 4p "$DATA_DIR/postmaster.pid")
  psql -h localhost -p "$PGPORT" -U postgres -qAt -c "COPY (
      SELECT * FROM ($(cat bench/load/step-cases.sql)) c
      ORDER BY md5(c.id::text)) TO STDOUT WITH (FORMAT csv, HEADER)" | sed '1s/.*/id,step/' > "$OUT/cases.csv"
  echo "cases ready for a transition: $(($(wc -l < "$OUT/cases.csv") - 1))"
  SIMULATION=naikkelas.load.CaseSteps
elif [[ $MODE == soak ]]; then
  SIMULATION=naikkelas.load.Soak
else
  SIMULATION=naikkelas.load.BusyMorning
fi

# heap in use (young + old, garbage included) every second while the load runs
jstat -gc $APP 1000 > "$OUT/heap.log" &
JSTAT=$!

./mvnw ${MVN_FLAGS:-} -q -B -f bench/load/pom.xml gatling:test -Dgatling.simulationClass=$SIMULATION \
  -DbaseUrl="http://localhost:$PORT" -Dusers="$USERS" -Dsaturate="${SATURATE:-32}" -Dseconds="$SECONDS_PER_PHASE" -Dwarmup="${WARMUP_SECONDS:-60}" \
  -DapiToken="$API_TOKEN" -Dcases="$PWD/$OUT/cases.csv" -Drps="$USERS" || echo "Gatling reported failed requests or assertions (see the table)"
kill $JSTAT 2>/dev/null || true

REPORT=$(ls -dt bench/load/target/gatling/* | head -1)
java bench/load/Summary.java "$REPORT" "$SECONDS_PER_PHASE"
awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; if (used > max) max = used } END { printf "heap in use, max: %.0f MB (cap %s)\n", max, "'"$XMX"'" }' "$OUT/heap.log"
if [[ $MODE == soak ]]; then
  # flat memory: the heap in use after collections (the lowest sample) and at most, per five minutes
  awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = ($3 + $4 + $6 + $8) / 1024; w = int((NR - 2) / 300);
       if (!(w in lo) || used < lo[w]) lo[w] = used; if (used > hi[w]) hi[w] = used; if (w > last) last = w }
       END { for (w = 0; w <= last; w++) printf "heap, minutes %d-%d: lowest %.0f MB, highest %.0f MB\n", w * 5, w * 5 + 5, lo[w], hi[w] }' "$OUT/heap.log"
fi
echo "errors in the app log: $(grep -c ' ERROR ' "$OUT/app.log" || true)"
echo "report: $REPORT/index.html"
