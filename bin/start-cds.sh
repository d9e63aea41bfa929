#!/usr/bin/env bash
# Starts the packaged app with class data sharing (CDS): the classes Spring loads at start are read from an
# archive instead of the jar, a cold start about 40% shorter (bench/start/). The archive is made once per jar,
# by a training start that stops after the context is ready (it reaches the configured database like a start).
#   ./mvnw package -DskipTests && bin/start-cds.sh [application arguments]      (JAVA_OPTS for JVM options)
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-$(ls target/naik-kelas-*.jar | grep -v original | head -1)}
DIR=${CDS_DIR:-target/cds}
APP="$DIR/app/$(basename "$JAR")"
if [[ ! -f "$DIR/app.jsa" || "$JAR" -nt "$DIR/app.jsa" ]]; then
  rm -rf "$DIR"
  java -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" > /dev/null
  java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP" "$@"
fi
exec java ${JAVA_OPTS:-} -XX:SharedArchiveFile="$DIR/app.jsa" -jar "$APP" "$@"
