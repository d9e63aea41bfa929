#!/usr/bin/env bash
# Signs N people in (form login with CSRF) and prints one SESSION cookie value per line.
#   bench/load/sessions.sh BASE_URL USER PASSWORD N > sessions.txt
set -euo pipefail
BASE=${1:-http://localhost:8080}; USER=${2:-petugas.lampung}; PASS=${3:-Demo-2026!}; N=${4:-16}
for i in $(seq 1 "$N"); do
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER" --data-urlencode "password=$PASS" \
       --data-urlencode "_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
done
