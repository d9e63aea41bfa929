-- wrk script: every request uses the next signed-in session (one cookie per line of SESSIONS)
-- and the next path of PATHS (comma-separated), so N connections act as N officers clicking around.
--   SESSIONS=sessions.txt PATHS=/usaha,/kasus,/program wrk -t2 -c16 -d30s -s bench/load/rotate.lua http://localhost:8080
local sessions, paths = {}, {}
for line in io.lines(os.getenv("SESSIONS") or "sessions.txt") do sessions[#sessions + 1] = line end
for p in string.gmatch(os.getenv("PATHS") or "/usaha", "[^,]+") do paths[#paths + 1] = p end
local n = 0
request = function()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  local p = paths[(n % #paths) + 1]
  return wrk.format("GET", p, { ["Cookie"] = "SESSION=" .. s })
end
local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
