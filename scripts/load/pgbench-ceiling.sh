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

# busy CPU seconds of the whole machine so far (pgbench's backends end with it, so /proc/PID cannot be summed after)
busy_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $7 + $8) / hz }' /proc/stat
}

for kind in submit autosave; do
  machine_state "before pgbench $kind" >>"$OUT/machine-state.txt"
  busy_before="$(busy_seconds)"
  rm -f "$OUT/$kind"-tx.*
  /usr/bin/time -f "%U %S" -o "$OUT/$kind.client-cpu" pgbench -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -D drafts="$DRAFTS" \
    -f "$ROOT/scripts/load/pgbench-$kind.sql" --log --log-prefix="$OUT/$kind-tx" "$DB" >"$OUT/$kind.txt" 2>&1
  busy_after="$(busy_seconds)"
  machine_state "after pgbench $kind" >>"$OUT/machine-state.txt"
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/$kind.txt")"
  failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$OUT/$kind.txt")"
  cat "$OUT/$kind"-tx.* | awk '{print $3}' | sort -n >"$OUT/$kind.latencies"
  count="$(wc -l <"$OUT/$kind.latencies")"
  pct() { sed -n "$(( ($1 * count + 99) / 100 ))p" "$OUT/$kind.latencies" | awk '{printf "%.1f", $1 / 1000}'; }
  # PostgreSQL's CPU per transaction: the machine's busy CPU less pgbench's own, to compare with the app's runs
  pg_ms="$(awk -v b="$busy_before" -v a="$busy_after" -v n="$count" '{ printf "%.2f", 1000 * (a - b - $1 - $2) / n }' \
    "$OUT/$kind.client-cpu")"
  echo "{\"ceiling\": \"$kind\", \"transactions\": $count, \"tps\": $tps, \"p50_ms\": $(pct 50), \"p95_ms\": $(pct 95), \"p99_ms\": $(pct 99), \"failed\": ${failed:-0}, \"postgres_cpu_ms_per_tx\": $pg_ms}" | tee -a "$OUT/ceiling.json"
  rm -f "$OUT/$kind"-tx.*
done
cat "$OUT/machine-state.txt" >&2
