#!/usr/bin/env bash
# Cold start: the packaged app started N times on a data directory (e.g. the province data of bench/data/run.sh),
# plainly and with class data sharing (bin/start-cds.sh), timed to "Started ... in" and to readiness.
#   bench/start/run.sh [times]      Environment: DATA_DIR, XMX (512m), PORT (18081), SKIP_PACKAGE=1, MVN_FLAGS
set -euo pipefail
cd "$(dirname "$0")/../.."
TIMES=${1:-3}
DATA_DIR=${DATA_DIR:-target/bench/data/postgres}
PORT=${PORT:-18081}
OUT=target/bench/start
mkdir -p "$OUT"
if [[ -z "${SKIP_PACKAGE:-}" ]]; then ./mvnw ${MVN_FLAGS:-} -q -B package -DskipTests; fi
JAR=$(ls target/naik-kelas-*.jar | grep -v original | head -1)

start() { # $1: label, rest: command
  local label=$1; shift
  local t0; t0=$(date +%s.%N)
  NAIKKELAS_DATA_DIR="$DATA_DIR" PORT=$PORT JAVA_OPTS="-Xmx${XMX:-512m}" "$@" > "$OUT/app.log" 2>&1 &
  local app=$!
  until curl -fs "http://localhost:$PORT/actuator/health/readiness" > /dev/null; do
    kill -0 $app 2>/dev/null || { echo "the app stopped; see $OUT/app.log"; exit 1; }
    sleep 0.1
  done
  printf '%-6s %s; ready after %.1f s (load average %s)\n' "$label" \
    "$(grep -o 'Started NaikKelasApplication in [0-9.]* seconds' "$OUT/app.log")" \
    "$(echo "$(date +%s.%N) - $t0" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill $app; wait $app 2>/dev/null || true
  sleep 2
}

# the archive is made (one training start) before the timed starts
JAR="$JAR" CDS_DIR="$OUT/cds" NAIKKELAS_DATA_DIR="$DATA_DIR" PORT=$PORT timeout 120 bin/start-cds.sh \
  --spring.context.exit=onRefresh > /dev/null 2>&1 || true
for i in $(seq 1 "$TIMES"); do
  start plain java "-Xmx${XMX:-512m}" -jar "$JAR"
  start cds env JAR="$JAR" CDS_DIR="$OUT/cds" bin/start-cds.sh
done
