#!/usr/bin/env bash
# CPU time per page, independent of the machine's load: asks for each page N times in a row over one connection
# (one request at a time) and divides the CPU time the app's JVM (all its threads: request, GC, JIT) and its
# PostgreSQL (the postmaster and its backends) spent meanwhile by N. Waiting for a core does not count, so the
# figure holds on a busy machine; the first WARM requests of each page are not counted (JIT, caches).
#   bench/load/cpu-per-page.sh APP_PID DATA_DIR BASE_URL N PATH...
# Environment: SESSION (cookie value of a signed-in person, see sessions.sh) or AUTH (an Authorization header
# value, for /api/ paths), WARM (default N).
# Prints one line per page: path, bytes, ms of app CPU per page (of which request threads), ms of DB CPU per page.
set -euo pipefail
APP=$1; DATA_DIR=$2; BASE=$3; N=$4; shift 4
WARM=${WARM:-$N}
PG=$(head -1 "$DATA_DIR/postmaster.pid")

source "$(dirname "$0")/proc-cpu.sh"  # threads_ns, db_ns
ask() { # N requests of one path on one connection; prints the size of the last answer
  local args=() i
  for ((i = 0; i < $1; i++)); do args+=("$BASE$2" -o /dev/null); done
  if [[ -n "${AUTH:-}" ]]; then
    curl -fsS -H "Authorization: $AUTH" -w '%{size_download}\n' "${args[@]}" | tail -1
  else
    curl -fsS -H "Cookie: SESSION=${SESSION:?SESSION or AUTH}" -w '%{size_download}\n' "${args[@]}" | tail -1
  fi
}

printf '%-40s %8s %10s %10s %9s\n' page bytes "app ms" "req-thr ms" "db ms"
for path in "$@"; do
  ask "$WARM" "$path" > /dev/null
  app0=$(threads_ns "$APP"); req0=$(threads_ns "$APP" "http-nio-"); db0=$(db_ns)
  bytes=$(ask "$N" "$path")
  app1=$(threads_ns "$APP"); req1=$(threads_ns "$APP" "http-nio-"); db1=$(db_ns)
  awk -v p="$path" -v b="$bytes" -v a=$((app1 - app0)) -v r=$((req1 - req0)) -v d=$((db1 - db0)) -v n="$N" \
    'BEGIN { printf "%-40s %8d %10.2f %10.2f %9.2f\n", p, b, a / n / 1e6, r / n / 1e6, d / n / 1e6 }'
done
