#!/usr/bin/env bash
# Deadline day on one node: the app (-Xmx512m, GC log, optionally JFR) on a fresh PostgreSQL database, seeded
# through its API, then for each request type 60 s as fast as 16 coordinators can go (closed loop), and 60 s
# paced at a third of the pgbench ceiling for submissions and autosaves (the issue's target), with p50/p95/p99,
# errors, heap and GC figures, and the ceiling measured by pgbench-ceiling.sh in the same run.
#
#   scripts/load/run-deadline-day.sh                    # everything, results in target/load/deadline-day-<time>/
#   PROFILE=1 scripts/load/run-deadline-day.sh          # also a JFR recording per request type and its hot methods
#   STATEMENTS=1 scripts/load/run-deadline-day.sh       # also each closed-loop run's SQL statements, per request:
#                                                       # pg_stat_statements (shared_preload_libraries must load it)
#
# Settings (environment): DB=load7_bench PORT=8191 COORDINATORS=160 CONNECTIONS=16 SECONDS_PER_RUN=60
# WARMUP_SECONDS=15 TYPES="check tasklist autosave submit" PACED="autosave submit" SMTP_PORT=2525.
# KEEP_DATABASE=1 adds the scenario to a database that already holds data (issue #21: a generated programme year)
# instead of a fresh one; ROUND_NUMBER (1) names the scenario's open 2020 round, so that it can differ from theirs.
# Needs: java 17, wrk, pgbench/psql/createdb (PostgreSQL on 127.0.0.1:5432, user postgres, trust), python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${DB:-load7_bench}"
PORT="${PORT:-8191}"
COORDINATORS="${COORDINATORS:-160}"
CONNECTIONS="${CONNECTIONS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-60}"
WARMUP_SECONDS="${WARMUP_SECONDS:-15}"
TYPES="${TYPES:-check tasklist autosave submit}"
PACED="${PACED:-autosave submit}"
OUT="${OUT:-$ROOT/target/load/deadline-day-$(date -u +%Y%m%dT%H%M%S)}"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }

build_jar
cleanup() {
  stop_app app "$OUT"
  stop_smtp_sink "$OUT"
}
trap cleanup EXIT

machine_state "start" >>"$OUT/machine-state.txt"
[ -n "${KEEP_DATABASE:-}" ] || fresh_database "$DB"
start_smtp_sink "$OUT"
start_app app "$PORT" "$DB" "$OUT"
APP_PID="$(cat "$OUT/app.pid")"
seed_data "$DB" "$BASE" "$COORDINATORS" "$OUT/users"

# The ceiling first (the app idles meanwhile), so that the paced runs know their target rate.
CLIENTS="$CONNECTIONS" SECONDS_PER_RUN="$SECONDS_PER_RUN" "$ROOT/scripts/load/pgbench-ceiling.sh" "$DB" "$OUT/pgbench"
cp "$OUT/pgbench/ceiling.json" "$OUT/ceiling.json"
# The coordinators read their drafts' current versions again (as after a reload) before each run: pgbench's
# autosaves and the saves still in flight when an earlier run stopped moved them on.
reread_versions() {
  psql -Atc "SELECT id || ' ' || version FROM application_draft" -d "$DB" >"$OUT/versions"
  awk 'NR == FNR { version[$1] = $2; next } { $3 = ($2 in version) ? version[$2] : $3; print }' \
    "$OUT/versions" "$OUT/users" >"$OUT/users.current" && mv "$OUT/users.current" "$OUT/users"
}

ceiling() { # type -> tps
  sed -n "s/.*\"ceiling\": \"$1\".*\"tps\": \([0-9.]*\).*/\1/p" "$OUT/ceiling.json"
}

# CPU seconds so far: the app, all PostgreSQL processes, the whole machine busy and idle (from /proc)
cpu_now() {
  local hz app pg=0 pid
  hz="$(getconf CLK_TCK)"
  app="$(awk '{print $14 + $15}' "/proc/$APP_PID/stat")"
  for pid in $(pgrep -x postgres); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  awk -v hz="$hz" -v app="$app" -v pg="$pg" '/^cpu / {
    printf "%.2f %.2f %.2f %.2f", app / hz, pg / hz, ($2 + $3 + $4 + $7 + $8) / hz, ($5 + $6) / hz }' /proc/stat
}

# Where the two cores went during a run: the app, PostgreSQL, everything else (wrk, the OS), idle
cpu_split() { # before after seconds
  echo "$1 $2" | awk -v s="$3" '{
    app = $5 - $1; pg = $6 - $2; busy = $7 - $3; idle = $8 - $4
    printf "{\"app_cpu_s\": %.1f, \"postgres_cpu_s\": %.1f, \"other_cpu_s\": %.1f, \"idle_cpu_s\": %.1f, \"seconds\": %d}\n",
      app, pg, busy - app - pg, idle, s }'
}

# Waits until every event of the earlier runs is handled (the receipts, the inbox, the statistics after each
# submission's commit), so that no run measures the one before it: the paced autosaves followed 60 s of submissions
# as fast as they went, and spent their minute beside those submissions' listeners still at work.
drain() { # label
  local pending waited=0
  for _ in $(seq 1 180); do
    pending="$(psql -Atc "SELECT count(*) FROM event_publication WHERE completion_date IS NULL" -d "$DB")"
    [ "$pending" = "0" ] && break
    sleep 2
    waited=$((waited + 2))
  done
  echo "before $1: waited ${waited}s for the earlier runs' events ($pending left)" >>"$OUT/machine-state.txt"
}

# STATEMENTS=1: what each statement of the run cost PostgreSQL per request of the run (its calls, time and buffers
# divided by wrk's requests), the costliest first. It is read after the run's own listeners have drained, so their
# statements after each submission's commit are in it too.
statements() { # label requests
  psql -d "$DB" -X -P pager=off -c "
    SELECT round(s.calls::numeric / $2, 2) AS calls_per_request,
           round((s.total_exec_time / $2)::numeric, 3) AS ms_per_request,
           round((s.shared_blks_hit + s.shared_blks_read)::numeric / $2, 1) AS buffers_per_request,
           round(s.shared_blks_read::numeric / $2, 1) AS read_per_request,
           round(s.rows::numeric / greatest(s.calls, 1), 1) AS rows_per_call,
           left(regexp_replace(s.query, '\s+', ' ', 'g'), 160) AS statement
    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid AND d.datname = current_database()
    ORDER BY s.total_exec_time DESC LIMIT 40" >"$OUT/statements-$1.txt" 2>&1 || true
}

run_wrk() { # label type seconds [rate]
  local label="$1" type="$2" seconds="$3" rate="${4:-}"
  drain "$label"
  sleep 2
  reread_versions
  machine_state "before $label" >>"$OUT/machine-state.txt"
  [ -n "${STATEMENTS:-}" ] && psql -q -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
    -c "SELECT pg_stat_statements_reset()" >/dev/null
  local cpu_before
  cpu_before="$(cpu_now)"
  RATE="$rate" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s \
    -s "$ROOT/scripts/load/deadline-day.lua" "$BASE" -- "$type" "$OUT/users" "$CONNECTIONS" "$DOCUMENT" \
    >"$OUT/wrk-$label.txt" 2>&1
  cpu_split "$cpu_before" "$(cpu_now)" "$seconds" >"$OUT/cpu-$label.json"
  [ -n "${STATEMENTS:-}" ] && drain "$label, its statements" \
    && statements "$label" "$(sed -n 's/.* \([0-9]*\) requests in.*/\1/p' "$OUT/wrk-$label.txt")"
  machine_state "after $label" >>"$OUT/machine-state.txt"
  jcmd "$APP_PID" GC.heap_info >"$OUT/heap-after-$label.txt" 2>&1 || true
  tail -n 1 "$OUT/wrk-$label.txt"
}

for type in $TYPES; do
  log "$type: ${WARMUP_SECONDS}s warm-up"
  run_wrk "$type-warmup" "$type" "$WARMUP_SECONDS" >/dev/null
  log "$type: ${SECONDS_PER_RUN}s closed loop, $CONNECTIONS coordinators"
  # PROFILE=1: a JFR recording of just this run (the JVM's own flight recorder, profile settings)
  [ -n "${PROFILE:-}" ] && jcmd "$APP_PID" JFR.start name="$type" settings=profile >/dev/null
  echo "{\"type\": \"$type\", \"run\": \"max\", \"result\": $(run_wrk "$type-max" "$type" "$SECONDS_PER_RUN")}" \
    | tee -a "$OUT/results.json"
  if [ -n "${PROFILE:-}" ]; then
    jcmd "$APP_PID" JFR.stop name="$type" filename="$OUT/$type.jfr" >/dev/null
    python3 "$ROOT/scripts/load/hot-methods.py" "$OUT/$type.jfr" >"$OUT/hot-methods-$type.txt" 2>&1 || true
  fi
done
for type in $PACED; do
  target="$(ceiling "$type" | awk '{printf "%.1f", $1 / 3}')"
  log "$type: ${SECONDS_PER_RUN}s paced at $target/s (a third of the ceiling)"
  echo "{\"type\": \"$type\", \"run\": \"paced\", \"target\": $target, \"result\": $(run_wrk "$type-paced" "$type" "$SECONDS_PER_RUN" "$target")}" \
    | tee -a "$OUT/results.json"
done

# Every submission is whole and no key made two; receipt mails drain after the commits (PDFs are made on download).
log "waiting for the receipts to drain"
pending=""
for _ in $(seq 1 180); do
  pending="$(psql -Atc "SELECT count(*) FROM event_publication WHERE completion_date IS NULL" -d "$DB")"
  [ "$pending" = "0" ] && break
  sleep 2
done
psql -d "$DB" -Atc "
  SELECT json_build_object(
    'submissions', count(*),
    'distinct_keys', count(DISTINCT (application_id, idempotency_key)),
    'without_digest_or_json', count(*) FILTER (WHERE sha256 IS NULL OR canonical_json IS NULL OR length(canonical_json) < 100),
    'receipts_unsent', count(*) FILTER (WHERE receipt_sent_at IS NULL),
    'events_incomplete', (SELECT count(*) FROM event_publication WHERE completion_date IS NULL))
  FROM submission s WHERE idempotency_key NOT LIKE 'pgbench-%' AND idempotency_key NOT LIKE 'generated-%'" | tee "$OUT/integrity.json"
echo "mails received by the sink: $(cat "$OUT/mails-received" 2>/dev/null || echo 0)" | tee -a "$OUT/integrity.json"

jcmd "$APP_PID" GC.heap_info >"$OUT/heap-final.txt" 2>&1 || true
stop_app app "$OUT"
python3 "$ROOT/scripts/load/summarise.py" "$OUT" | tee "$OUT/summary.md"
log "results in $OUT"
