#!/usr/bin/env bash
# kill -9 in the middle of a burst of submissions (issue #7, item 6). Passes (exit 0) when, after a restart,
#   - every submission answered 201 is there, with its number and digest, and its canonical JSON hashes to
#     that digest (complete, not half-written);
#   - nothing is half-written: no draft is marked SUBMITTED without a submission, no number without one;
#   - the same keys sent again return the same submissions and create no second one;
#   - every receipt (PDF + e-mail) interrupted by the kill is completed after the restart.
#
#   scripts/faults/kill9-mid-burst.sh      (DB=load7_bench2 PORT=8191; results in target/faults/kill9-<time>/)
set -euo pipefail
source "$(dirname "$0")/../load/common.sh"
DB="${DB:-load7_bench2}"
PORT="${PORT:-8191}"
BURST="${BURST:-300}"
KILL_AFTER="${KILL_AFTER:-40}"
OUT="${OUT:-$ROOT/target/faults/kill9-$(date -u +%Y%m%dT%H%M%S)}"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
build_jar
cleanup() {
  stop_app app "$OUT"
  stop_smtp_sink "$OUT"
}
trap cleanup EXIT
failures=0
check() {
  local description="$1"
  shift
  if "$@"; then echo "PASS  $description"; else echo "FAIL  $description"; failures=$((failures + 1)); fi
}
sql() { psql -Atc "$1" -d "$DB"; }

fresh_database "$DB"
start_smtp_sink "$OUT"
start_app app "$PORT" "$DB" "$OUT"
seed_data "$DB" "$BASE" 24 "$OUT/users"
export DOCUMENT
log "burst of $BURST submissions, kill -9 after $KILL_AFTER answered 201"
python3 "$ROOT/scripts/faults/burst.py" submit "$BASE" "$OUT/users" "$OUT/answers.json" "$BURST" \
  "$(cat "$OUT/app.pid")" "$KILL_AFTER" | tee "$OUT/burst.json"
sleep 1
check "the app was killed mid-burst" bash -c "! kill -0 $(cat "$OUT/app.pid") 2>/dev/null"
mv "$OUT/app.log" "$OUT/app-before-kill.log"
start_app app "$PORT" "$DB" "$OUT"

# Every 201 is in the database, whole.
python3 - "$OUT/answers.json" >"$OUT/answered.csv" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    a = json.loads(line)
    if a["status"] == 201:
        print(f"{a['id']},{a['application']},{a['key']},{a['number']},{a['sha256']}")
PY
ANSWERED="$(wc -l <"$OUT/answered.csv")"
psql -q -d "$DB" -c "CREATE TEMP TABLE answered (id uuid, application_id uuid, idempotency_key text, number text, sha256 text)" \
  -c "\copy answered FROM '$OUT/answered.csv' WITH (FORMAT csv)" \
  -c "\copy (SELECT count(*) FILTER (WHERE s.id IS NOT NULL AND s.application_id = a.application_id AND s.idempotency_key = a.idempotency_key AND s.application_number = a.number AND s.sha256 = a.sha256 AND encode(sha256(convert_to(s.canonical_json, 'UTF8')), 'hex') = a.sha256) FROM answered a LEFT JOIN submission s ON s.id = a.id) TO '$OUT/whole.txt'"
WHOLE="$(cat "$OUT/whole.txt")"
echo "answered 201 before the kill: $ANSWERED; present, numbered and whole after the restart: $WHOLE"
check "every submission answered 201 is present and complete" test "$ANSWERED" -gt 0 -a "$WHOLE" = "$ANSWERED"
check "every stored submission's canonical JSON hashes to its digest" \
  test "$(sql "SELECT count(*) FROM submission WHERE encode(sha256(convert_to(canonical_json, 'UTF8')), 'hex') <> sha256")" = 0
check "no draft marked SUBMITTED without a submission" \
  test "$(sql "SELECT count(*) FROM application_draft d WHERE status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.application_id = d.id)")" = 0
check "no application number without a submission" \
  test "$(sql "SELECT count(*) FROM submission_number n WHERE NOT EXISTS (SELECT 1 FROM submission s WHERE s.application_id = n.application_id)")" = 0

# The same keys again: the same submissions, none twice.
BEFORE="$(sql "SELECT count(*) FROM submission")"
python3 "$ROOT/scripts/faults/burst.py" retry "$BASE" "$OUT/users" "$OUT/answers.json" "$OUT/retries.json" | tee "$OUT/retry.json"
SAME="$(python3 - "$OUT/answers.json" "$OUT/retries.json" <<'PY'
import json, sys
first = {json.loads(l)["key"]: json.loads(l) for l in open(sys.argv[1])}
print(sum(1 for l in open(sys.argv[2]) if (r := json.loads(l))["status"] == 201
          and first[r["key"]]["status"] == 201 and first[r["key"]]["id"] == r["id"]))
PY
)"
AFTER="$(sql "SELECT count(*) FROM submission")"
echo "submissions before the retries: $BEFORE, after: $AFTER; answered 201 first and the same submission again: $SAME"
check "every key answered 201 before the kill returns the same submission" test "$SAME" = "$ANSWERED"
check "no key made two submissions" \
  test "$(sql "SELECT count(*) FROM (SELECT application_id, idempotency_key FROM submission GROUP BY 1, 2 HAVING count(*) > 1) d")" = 0
check "the retries added only the submissions the kill cut off" test "$AFTER" -le "$BURST"

# Receipts cut off by the kill are completed after the restart (outstanding events are republished).
for _ in $(seq 1 120); do
  [ "$(sql "SELECT count(*) FROM event_publication WHERE completion_date IS NULL")" = 0 ] && break
  sleep 2
done
check "every submission has its receipt after the restart" \
  test "$(sql "SELECT count(*) FROM submission WHERE receipt_sent_at IS NULL")" = 0
echo "$([ "$failures" = 0 ] && echo "kill -9: all checks passed" || echo "kill -9: $failures checks failed")"
exit "$failures"
