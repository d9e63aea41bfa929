#!/usr/bin/env bash
# Import benchmark: generates a reproducible list (if missing), builds the app and this benchmark,
# and runs COPY vs the platform's import in one JVM capped at 1 GB of heap. See README.md.
#   bench/imports/run.sh [rows] [seed]          e.g. bench/imports/run.sh 1000000 42
# Environment: CHUNK_SIZE (default: the application's setting), MVN_FLAGS (e.g. -o for offline),
# JAVA_FLAGS (more JVM options, e.g. -XX:StartFlightRecording=filename=target/bench/imports/import.jfr;
# -Dnaikkelas.bench.statements=true lists the database's time by statement, triggers' and key checks' included;
# -Dnaikkelas.bench.skipFloor=true stops after the import, for comparing two runs of it).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROWS=${1:-1000000}
SEED=${2:-42}
OUT=target/bench/imports
mkdir -p "$OUT"
LIST="$OUT/umkm-$ROWS-$SEED.csv"
LABELS="$OUT/umkm-$ROWS-$SEED-labels.csv"

if [[ ! -f "$LIST" ]]; then
  echo "generating $LIST"
  java bench/imports/src/GenerateAgencyList.java src/main/resources/reference/wilayah.csv "$ROWS" "$SEED" "$LIST" "$LABELS"
fi

./mvnw ${MVN_FLAGS:-} -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/classes" && mkdir -p "$OUT/classes"
javac -d "$OUT/classes" -cp "$CP" bench/imports/src/ImportBenchmark.java

JAVA_OPTS=(-Xmx1g -XX:+UseG1GC)
if [[ -n "${JAVA_FLAGS:-}" ]]; then read -ra EXTRA <<< "$JAVA_FLAGS"; JAVA_OPTS+=("${EXTRA[@]}"); fi
if [[ -n "${CHUNK_SIZE:-}" ]]; then JAVA_OPTS+=("-Dnaikkelas.imports.chunk-size=$CHUNK_SIZE"); fi
java "${JAVA_OPTS[@]}" -cp "$OUT/classes:$CP" id.naikkelas.imports.ImportBenchmark "$LIST" "$LABELS"
