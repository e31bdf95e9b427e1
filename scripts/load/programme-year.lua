-- wrk script of the programme-year benchmark (issue #21): each connection requests the paths of a file in turn,
-- starting at a different one, as an officer of its own when a file of session cookies is given (one per line: the
-- officers of an agency, each signed in once; one session shared by all connections would have them race to
-- store the session's attributes, which no browser does); prints the p50/p95/p99 and the statuses as one JSON line.
-- Run with as many threads as connections (-tN -cN), so that each connection is one officer.
--   wrk -t16 -c16 -d60s -s programme-year.lua http://127.0.0.1:8198 -- PATHS_FILE [SESSIONS_FILE]
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then table.insert(paths, line) end
  end
  session = nil
  if args[2] and args[2] ~= "" then
    local sessions = {}
    for line in io.lines(args[2]) do
      if line ~= "" then table.insert(sessions, line) end
    end
    session = sessions[(id - 1) % #sessions + 1]
  end
  index = id
  statuses = {}
end

function request()
  index = index % #paths + 1
  local headers = {}
  if session then headers["Cookie"] = "SESSION=" .. session end
  return wrk.format("GET", paths[index], headers)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local all = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      all[status] = (all[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(all) do table.insert(parts, string.format('"%d": %d', status, count)) end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format('{"requests": %d, "rate": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, ' ..
      '"max_ms": %.1f, "socket_errors": %d, "statuses": {%s}}\n', summary.requests,
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, errors, table.concat(parts, ", ")))
end
