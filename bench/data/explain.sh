#!/usr/bin/env bash
# The key queries' plans (as QueryPlanTest checks them) on the data bench/data/run.sh generated.
#   bench/data/explain.sh        Environment: DATA_DIR, STORAGE_DIR, MVN_FLAGS
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=target/bench/data
./mvnw ${MVN_FLAGS:-} -q -B compile dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime
CP="target/classes:$(cat "$OUT/classpath.txt")"
rm -rf "$OUT/explain-classes" && mkdir -p "$OUT/explain-classes"
javac -d "$OUT/explain-classes" -cp "$CP" $(ls src/test/java/id/naikkelas/benchdata/*.java | grep -v 'Test\.java$') bench/data/src/ExplainKeyQueries.java
java -Xmx1g -cp "$OUT/explain-classes:$CP" id.naikkelas.benchdata.ExplainKeyQueries
