#!/usr/bin/env bash
# Dashboard server time at province scale (issue 20). Needs the platform running on generated data
# (bench/data/README.md) and wrk. Signs in as petugas.lampung (province 18, ~100,000 businesses) and measures
# the dashboard API (bearer token) and page (session cookie) for the province and one city.
#   BASE=http://localhost:8080 bench/reporting/measure.sh
set -euo pipefail
BASE=${BASE:-http://localhost:8080}
USER=${USER_NAME:-petugas.lampung}
PASS=${PASSWORD:-Demo-2026!}
DURATION=${DURATION:-30s}
TOKEN=$(curl -s -u "$USER:$PASS" -H 'Content-Type: application/json' -d "{\"name\":\"bench-reporting-$(date +%s)\",\"days\":1}" \
  "$BASE/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[[ -n $TOKEN ]] || { echo "no API token for $USER (wrong password, or the token was refused)"; exit 1; }
JAR=$(mktemp)
CSRF=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=$USER" --data-urlencode "password=$PASS" -d "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $6"="$7}' "$JAR")
# warm up (JIT, caches) before measuring
for i in $(seq 1 50); do curl -s -o /dev/null -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/reports/dashboard"; done
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for path in "/api/v1/reports/dashboard" "/api/v1/reports/dashboard?region=18.71"; do
  echo "== API $path"; wrk -t1 -c2 -d"$DURATION" -s "$(dirname "$0")/p95.lua" -H "Authorization: Bearer $TOKEN" "$BASE$path" | tail -1
done
for path in "/laporan" "/laporan?region=18.71"; do
  echo "== page $path"; wrk -t1 -c2 -d"$DURATION" -s "$(dirname "$0")/p95.lua" -H "Cookie: $SESSION" "$BASE$path" | tail -1
done
echo "== public /statistik"; wrk -t1 -c2 -d"$DURATION" -s "$(dirname "$0")/p95.lua" "$BASE/statistik" | tail -1
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$JAR"
