#!/usr/bin/env bash
# CPU time per case step, independent of the machine's load: completes the current step of N open cases of Lampung
# (the cases `run.sh case-steps` uses: current step without a document guard) one at a time over one connection,
# through the API with a Bearer token, and divides the CPU time the app's JVM (all threads; "req" only Tomcat's
# request threads) and its PostgreSQL (postmaster and backends) spent meanwhile by N. Also the WAL written per step.
# Each run takes fresh cases (a step moves its case on; the next run picks the cases standing at a step again).
#   bench/load/cpu-per-step.sh APP_PID DATA_DIR BASE_URL N
# Environment: AUTH (an Authorization header value, e.g. "Bearer nk_…"; default: a token issued for petugas.lampung),
# WARM (steps before counting; default N / 4).
set -euo pipefail
APP=$1; DATA_DIR=$2; BASE=$3; N=$4
WARM=${WARM:-$((N / 4))}
PG=$(head -1 "$DATA_DIR/postmaster.pid")
PGPORT=$(sed -n 4p "$DATA_DIR/postmaster.pid")
sql() { psql -h localhost -p "$PGPORT" -U postgres -qAt -c "$1"; }

if [[ -z "${AUTH:-}" ]]; then
  AUTH="Bearer $(curl -fs -u "petugas.lampung:Demo-2026!" -H 'Content-Type: application/json' \
    -d "{\"name\":\"cpu per step $(date +%s%N)\",\"days\":1}" "$BASE/api/v1/tokens" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')"
fi

source "$(dirname "$0")/proc-cpu.sh"  # threads_ns, db_ns
# the cases of bench/load/run.sh case-steps, in a fixed order
cases() {
  sql "SELECT c.id || ' ' || c.current_step FROM ($(cat "$(dirname "$0")/step-cases.sql")) c
      ORDER BY md5(c.id::text || c.current_step) LIMIT $1"
}
steps() { # one curl, one connection, a POST per case; prints the HTTP codes that were not 200
  local config=$(mktemp)
  [[ $1 -gt 0 ]] || return 0
  while read -r id step; do
    printf 'url = "%s/api/v1/cases/%s/steps/%s/complete"\noutput = "/dev/null"\n' "$BASE" "$id" "$step" >> "$config"
  done
  curl -sS -K "$config" -H "Authorization: $AUTH" -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d '{"note":"uji beban","reference":"UJI-CPU"}' -w '%{http_code}\n' | grep -v '^200$' | sort | uniq -c || true
  rm -f "$config"
}

cases $((WARM + N)) > /tmp/cpu-per-step.$$
[[ $(wc -l < /tmp/cpu-per-step.$$) -ge $((WARM + N)) ]] || { echo "not enough cases left"; exit 1; }
head -n "$WARM" /tmp/cpu-per-step.$$ | steps "$WARM"
wal0=$(sql "SELECT pg_current_wal_lsn()")
app0=$(threads_ns "$APP"); req0=$(threads_ns "$APP" "http-nio-"); db0=$(db_ns); t0=$(date +%s%N)
tail -n "$N" /tmp/cpu-per-step.$$ | steps "$N"
app1=$(threads_ns "$APP"); req1=$(threads_ns "$APP" "http-nio-"); db1=$(db_ns); t1=$(date +%s%N)
wal=$(sql "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '$wal0')")
rm -f /tmp/cpu-per-step.$$
printf '%6s %10s %10s %9s %9s %10s\n' steps "app ms" "req-thr ms" "db ms" "wall ms" "WAL bytes"
awk -v a=$((app1 - app0)) -v r=$((req1 - req0)) -v d=$((db1 - db0)) -v w=$((t1 - t0)) -v l="$wal" -v n="$N" \
  'BEGIN { printf "%6d %10.2f %10.2f %9.2f %9.2f %10.0f\n", n, a / n / 1e6, r / n / 1e6, d / n / 1e6, w / n / 1e6, l / n }'
