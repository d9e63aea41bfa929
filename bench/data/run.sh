#!/usr/bin/env bash
# Province-scale data: fills a fresh database with generated data (COPY), then checks the platform
# starts on it and answers as petugas.lampung. See README.md.
#   bench/data/run.sh [scale] [seed]         e.g. bench/data/run.sh 1 42 (the default), bench/data/run.sh 0.01
# Environment: DATA_DIR (embedded data directory, default target/bench/data/postgres; recreated),
#   SPRING_DATASOURCE_URL/_USERNAME/_PASSWORD and NAIKKELAS_PII_KEY (an external, empty database instead),
#   AS_OF (yyyy-mm-dd or "today"; default 2026-12-01), HEAP (generator, default 1g), APP_HEAP (platform, default 1g),
#   CHECK_APP=false (skip the start check), MVN_FLAGS (e.g. -o for offline).
set -euo pipefail
cd "$(dirname "$0")/../.."
SCALE=${1:-1}
SEED=${2:-42}
OUT=target/bench/data
export DATA_DIR=${DATA_DIR:-$OUT/postgres}
export STORAGE_DIR=${STORAGE_DIR:-$OUT/files}
mkdir -p "$OUT"

./mvnw ${MVN_FLAGS:-} -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
# the generator lives with the tests (the query-plan test generates its data with it); its test classes are left out
javac -d "$OUT/classes" -cp "$CP" $(ls src/test/java/id/naikkelas/benchdata/*.java | grep -v 'Test\.java$') bench/data/src/GenerateProvinceData.java
if [[ -z "${SPRING_DATASOURCE_URL:-}" ]]; then
  rm -rf "$DATA_DIR" "$STORAGE_DIR"
fi
java -Xmx"${HEAP:-1g}" -XX:+UseG1GC ${GEN_OPTS:-} -cp "$OUT/classes:$CP" id.naikkelas.benchdata.GenerateProvinceData "$SCALE" "$SEED"

if [[ "${CHECK_APP:-true}" != true || -n "${SPRING_DATASOURCE_URL:-}" ]]; then
  exit 0
fi
bench/data/check-app.sh
