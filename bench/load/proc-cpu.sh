# Sourced by cpu-per-page.sh and cpu-per-step.sh: CPU time read from /proc (schedstat), which counts the time a
# process ran, not the time it waited for a core, so the figures hold on a busy machine. Needs PG, the postmaster's pid.

# on-CPU nanoseconds of a process's threads (all, or those whose name starts with $2). Tomcat's threads are
# "http-nio-PORT-exec-N", "-Poller", "-Acceptor", cut to 15 characters: with a five-digit port they cannot be told
# apart, so "http-nio-" counts them all (the poller and acceptor take little)
threads_ns() {
  local total=0 t
  for t in /proc/$1/task/*; do
    if [[ -z "${2:-}" ]] || [[ $(cat "$t/comm" 2>/dev/null) == $2* ]]; then
      total=$((total + $(cut -d' ' -f1 "$t/schedstat" 2>/dev/null || echo 0)))
    fi
  done
  echo $total
}

# PostgreSQL's: the postmaster and its live backends, and those that ended meanwhile (their time is added to the
# postmaster's children's, in clock ticks)
db_ns() {
  local total=0 p ticks
  for p in $PG $(pgrep -P "$PG"); do total=$((total + $(threads_ns "$p"))); done
  ticks=$(awk '{ print $16 + $17 }' "/proc/$PG/stat")
  echo $((total + ticks * 1000000000 / $(getconf CLK_TCK)))
}
