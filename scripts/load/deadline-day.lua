-- The deadline-day scenario for wrk (https://github.com/wg/wrk), one request type per run.
--
--   wrk -t16 -c16 -d60s --timeout 10s -s deadline-day.lua http://127.0.0.1:8191 -- MODE USERS_FILE THREADS DOCUMENT
--
-- MODE: submit | autosave | check | tasklist. Run with as many threads as connections (-tN -cN): each thread then
-- has one connection, so a response belongs to the request the thread sent last (wrk's Lua has no
-- per-connection state). Each thread acts for its share of the coordinators in USERS_FILE (lines written by
-- seed.py: SESSION-cookie draft-id version OID), round robin.
--   submit:   POST /api/v1/applications/{id}/submissions with a fresh Idempotency-Key; every fifth request is a
--             retry that reuses the previous key (a client that lost the answer), which must return the same
--             submission, not a second one.
--   autosave: PUT /api/v1/applications/{id} with If-Match of the version the coordinator last saw (the ETag of
--             the previous answer) and a changed title, as an editor that saves every few seconds.
--   check:    POST /api/v1/application-checks with the coordinator's document (public, no session).
--   tasklist: GET /applications/{id}, the draft's task list page (HTML).
-- At the end one JSON line per run: count, rate, p50/p95/p99/max in ms, errors and the status codes seen.

local next_thread = 0
local threads = {}

function setup(thread)
   thread:set("thread_number", next_thread)
   next_thread = next_thread + 1
   table.insert(threads, thread)
end

local mode
local users = {}
-- RATE (requests per second over all threads) paces the run: each thread waits between its requests, and
-- corrects the wait once a second (wrk's Lua has only a seconds clock) so that the whole run keeps the rate.
local rate = tonumber(os.getenv("RATE") or "")
local per_thread, interval, factor, started, last_adjust, sent = 0, 0, 1.0, 0, 0, 0
local template
local turn = 0
local saves = 0
local previous_key
local previous_user
local current
statuses = {}
retries = 0
mismatches = 0
local answers = {}

function init(args)
   mode = args[1]
   local thread_count = tonumber(args[3])
   if rate and rate > 0 then
      per_thread = rate / thread_count
      interval = 1000 / per_thread
      started = os.time()
   end
   local index = 0
   for line in io.lines(args[2]) do
      -- the fifth field, the session's CSRF token: the API wants it with a session cookie (issue 12)
      local cookie, id, version, oid, csrf = line:match("^(%S+) (%S+) (%S+) (%S+) ?(%S*)$")
      if cookie and index % thread_count == thread_number then
         table.insert(users, { cookie = cookie, id = id, version = version, oid = oid, csrf = csrf })
      end
      index = index + 1
   end
   local file = io.open(args[4], "r")
   template = file:read("*a")
   file:close()
end

local function document_of(user, title)
   local document = template:gsub("E10000001", user.oid)
   if title then
      document = document:gsub('"title": "Green skills for apprentices"', '"title": "' .. title .. '"')
   end
   return document
end

function delay()
   if per_thread == 0 then
      return 0
   end
   local elapsed = os.time() - started
   if elapsed > last_adjust then
      last_adjust = elapsed
      local expected = elapsed * per_thread
      if sent < expected then
         -- behind: shorten the wait, down to none (the wait comes on top of each answer's own latency, so
         -- at a high rate the pace needs waits well below the interval)
         factor = math.max(0.0, factor * 0.8 - 0.02)
      elseif sent > expected + 1 then
         factor = math.min(2.0, factor * 1.1 + 0.02)
      end
   end
   return math.floor(interval * factor)
end

function request()
   turn = turn + 1
   sent = sent + 1
   if mode == "submit" then
      local key
      if previous_key and turn % 5 == 0 then
         current = previous_user
         key = previous_key
         retries = retries + 1
      else
         current = users[(turn % #users) + 1]
         key = string.format("load-%d-%d-%d", thread_number, turn, os.time())
      end
      previous_user, previous_key = current, key
      return wrk.format("POST", "/api/v1/applications/" .. current.id .. "/submissions",
         { ["Cookie"] = "SESSION=" .. current.cookie, ["X-CSRF-TOKEN"] = current.csrf, ["Idempotency-Key"] = key,
           ["Accept"] = "application/json" })
   end
   current = users[(turn % #users) + 1]
   if mode == "autosave" then
      saves = saves + 1
      return wrk.format("PUT", "/api/v1/applications/" .. current.id,
         { ["Cookie"] = "SESSION=" .. current.cookie, ["X-CSRF-TOKEN"] = current.csrf,
           ["If-Match"] = '"' .. current.version .. '"',
           ["Content-Type"] = "application/json", ["Accept"] = "application/json" },
         document_of(current, "Green skills for apprentices, save " .. saves))
   elseif mode == "check" then
      return wrk.format("POST", "/api/v1/application-checks",
         { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, document_of(current))
   else
      return wrk.format("GET", "/applications/" .. current.id,
         { ["Cookie"] = "SESSION=" .. current.cookie, ["Accept"] = "text/html" })
   end
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
   if mode == "autosave" and status == 200 then
      local etag = headers["ETag"] or headers["Etag"] or headers["etag"]
      if etag then
         current.version = etag:gsub('"', "")
      end
   elseif mode == "autosave" and status == 412 then
      -- out of step (e.g. a run before this one saved the draft): the problem names the current version
      current.version = body:match('"currentVersion"%s*:%s*(%d+)') or current.version
   elseif mode == "submit" and status == 201 then
      -- A retry must be answered with the submission its key made the first time.
      local number = body:match('"applicationNumber"%s*:%s*"([^"]+)"')
      local key = previous_key
      if answers[key] and answers[key] ~= number then
         mismatches = mismatches + 1
      end
      answers[key] = number
   end
end

function done(summary, latency, requests)
   local seen = {}
   local total_retries, total_mismatches = 0, 0
   for _, thread in ipairs(threads) do
      for status, count in pairs(thread:get("statuses")) do
         seen[status] = (seen[status] or 0) + count
      end
      total_retries = total_retries + thread:get("retries")
      total_mismatches = total_mismatches + thread:get("mismatches")
   end
   local codes = {}
   for status, count in pairs(seen) do
      table.insert(codes, string.format('"%s": %d', status, count))
   end
   table.sort(codes)
   local errors = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format(
      '{"requests": %d, "seconds": %.1f, "rate": %.1f, "p50_ms": %.1f, "p95_ms": %.1f, "p99_ms": %.1f, '
         .. '"max_ms": %.1f, "non_2xx": %d, "connect_errors": %d, "read_errors": %d, "write_errors": %d, '
         .. '"timeouts": %d, "retries": %d, "retry_mismatches": %d, "statuses": {%s}}\n',
      summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors.status,
      errors.connect, errors.read, errors.write, errors.timeout, total_retries, total_mismatches,
      table.concat(codes, ", ")))
end
