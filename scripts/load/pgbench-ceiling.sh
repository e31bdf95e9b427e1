#!/usr/bin/env bash
# The ceiling: the same SQL that one submission and one autosave send (pgbench-submit.sql, pgbench-autosave.sql,
# read from PostgreSQL's statement log), run by pgbench straight against PostgreSQL on this machine, on a
# database seeded by run-deadline-day.sh. What the app reaches is measured against this.
#
#   scripts/load/pgbench-ceiling.sh [DB] [OUTDIR]      (defaults: load7_bench, target/load/pgbench-<time>)
#   CLIENTS=16 SECONDS_PER_RUN=60 scripts/load/pgbench-ceiling.sh load7_bench
#
# Prints one JSON line per transaction type (tps, latency p50/p95/p99 in ms, failed transactions).
set -euo pipefail
source "$(dirname "$0")/common.sh"
DB="${1:-load7_bench}"
OUT="${2:-$ROOT/target/load/pgbench-$(date -u +%Y%m%dT%H%M%S)}"
CLIENTS="${CLIENTS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-60}"
mkdir -p "$OUT"

psql -q -v ON_ERROR_STOP=1 -d "$DB" <<'SQL'
DROP TABLE IF EXISTS bench_draft, bench_json, bench_pdf;
CREATE TABLE bench_draft AS
SELECT row_number() OVER (ORDER BY d.id) AS n, d.id AS draft_id, a.id AS account_id, s.session_id, s.primary_id,
       a.email, coalesce(sn.application_number, '2020-1-LV01-KA202-999999') AS agency_number,
       d.applicant_oid AS oid, o.id AS organisation_id
FROM application_draft d
JOIN account a ON a.id = d.created_by
JOIN organisation o ON o.oid = d.applicant_oid
JOIN LATERAL (SELECT session_id, primary_id FROM spring_session WHERE principal_name = a.email LIMIT 1) s ON true
LEFT JOIN submission_number sn ON sn.application_id = d.id;
CREATE UNIQUE INDEX ON bench_draft (n);
-- a real frozen document and event
CREATE TABLE bench_json AS
SELECT coalesce((SELECT canonical_json FROM submission WHERE idempotency_key NOT LIKE 'pgbench-%' LIMIT 1),
                repeat('x', 1600)) AS json,
       coalesce((SELECT serialized_event FROM event_publication LIMIT 1), repeat('x', 400)) AS event;
ANALYZE bench_draft;
SQL
DRAFTS="$(psql -Atc "SELECT count(*) FROM bench_draft" -d "$DB")"
log "pgbench on $DB: $DRAFTS drafts, $CLIENTS clients, ${SECONDS_PER_RUN}s per transaction type"

postgres_cpu_ticks() {
  local total=0 pid
  for pid in $(pgrep -x postgres); do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

for kind in submit autosave; do
  machine_state "before pgbench $kind" >>"$OUT/machine-state.txt"
  ticks_before="$(postgres_cpu_ticks)"
  rm -f "$OUT/$kind"-tx.*
  pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -D drafts="$DRAFTS" \
    -f "$ROOT/scripts/load/pgbench-$kind.sql" --log --log-prefix="$OUT/$kind-tx" "$DB" >"$OUT/$kind.txt" 2>&1
  ticks_after="$(postgres_cpu_ticks)"
  machine_state "after pgbench $kind" >>"$OUT/machine-state.txt"
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/$kind.txt")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/$kind.txt")"
  cat "$OUT/$kind"-tx.* | awk '{print $3}' | sort -n >"$OUT/$kind.latencies"
  count="$(wc -l <"$OUT/$kind.latencies")"
  pct() { sed -n "$(( ($1 * count + 99) / 100 ))p" "$OUT/$kind.latencies" | awk '{printf "%.1f", $1 / 1000}'; }
  # PostgreSQL's own CPU per transaction (pgbench's client CPU not counted), to compare with the app's runs
  pg_ms="$(awk -v t="$((ticks_after - ticks_before))" -v hz="$(getconf CLK_TCK)" -v n="$count" 'BEGIN { printf "%.2f", 1000 * t / hz / n }')"
  echo "{\"ceiling\": \"$kind\", \"transactions\": $count, \"tps\": $tps, \"p50_ms\": $(pct 50), \"p95_ms\": $(pct 95), \"p99_ms\": $(pct 99), \"failed\": ${failed:-0}, \"postgres_cpu_ms_per_tx\": $pg_ms}" | tee -a "$OUT/ceiling.json"
  rm -f "$OUT/$kind"-tx.*
done
cat "$OUT/machine-state.txt" >&2
