-- wrk script: each request previews a bulk action of all a program's participants through the page's form, as the
-- next signed-in person: SESSIONS holds "SESSION-cookie CSRF-token" per line (sessions.sh, then a page read per
-- session for its token; see bench/README.md). Each answer is a 302 to the stored preview.
--   SESSIONS=sessions-csrf.txt ACTION=STAGE wrk -t2 -c16 -d20s -s bench/load/bulk-preview.lua \
--     http://localhost:8080/program/ID/peserta/aksi
local sessions = {}
for line in io.lines(os.getenv("SESSIONS") or "sessions-csrf.txt") do
  local cookie, token = line:match("^(%S+)%s+(%S+)$")
  sessions[#sessions + 1] = { cookie = cookie, token = token }
end
local action = os.getenv("ACTION") or "STAGE"
local n = 0
request = function()
  n = n + 1
  local s = sessions[(n % #sessions) + 1]
  return wrk.format("POST", nil, { ["Cookie"] = "SESSION=" .. s.cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
    "action=" .. action .. "&allMatching=true&_csrf=" .. s.token)
end
local statuses = {}
response = function(status)
  statuses[status] = (statuses[status] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
