#!/usr/bin/env bash
# PostgreSQL restarted under load (issue #7, item 6). Six clients save, check, open task lists and submit for
# 60 s; after 15 s PostgreSQL is restarted. Passes (exit 0) when
#   - the same app process answers normally again afterwards (recovered without a restart);
#   - every answer in between is a success or a 503 (problem+json for the API, a page for pages), never a
#     500, never a stack trace;
#   - no submission is half-written.
# NOTE: this restarts the machine's shared PostgreSQL server: every other database's connections drop too.
#
#   scripts/faults/postgres-restart.sh     (DB=load7_bench2 PORT=8191; results in target/faults/pg-restart-<time>/)
set -euo pipefail
source "$(dirname "$0")/../load/common.sh"
DB="${DB:-load7_bench2}"
PORT="${PORT:-8191}"
CLUSTER="${CLUSTER:-$(ls /etc/postgresql | head -n 1)}"
OUT="${OUT:-$ROOT/target/faults/pg-restart-$(date -u +%Y%m%dT%H%M%S)}"
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

fresh_database "$DB"
start_smtp_sink "$OUT"
start_app app "$PORT" "$DB" "$OUT"
PID="$(cat "$OUT/app.pid")"
seed_data "$DB" "$BASE" 12 "$OUT/users"
export DOCUMENT
python3 "$ROOT/scripts/faults/burst.py" mixed "$BASE" "$OUT/users" 60 "$OUT/answers.json" >"$OUT/mixed.json" &
LOAD=$!
sleep 15
RESTART_AT="$(date +%s.%N)"
log "restarting PostgreSQL ($CLUSTER main)"
pg_ctlcluster --skip-systemctl-redirect "$CLUSTER" main restart
READY_AT="$(date +%s.%N)"
log "PostgreSQL back after $(echo "$READY_AT - $RESTART_AT" | bc) s"
wait "$LOAD"

python3 - "$OUT/answers.json" "$RESTART_AT" "$READY_AT" <<'PY' | tee "$OUT/summary.txt"
import collections, json, sys
answers = [json.loads(l) for l in open(sys.argv[1])]
restart, ready = float(sys.argv[2]), float(sys.argv[3])
phase = lambda a: "before" if a["at"] + a["ms"] / 1000 < restart else ("after" if a["at"] > ready + 5 else "during")
table = collections.Counter((phase(a), a["kind"], a["status"], a["type"]) for a in answers)
for (p, kind, status, ctype), n in sorted(table.items()):
    print(f"{p:7} {kind:9} {status} {ctype:26} {n}")
for a in answers:
    if a["status"] >= 500 and a["status"] != 503 or a["trace"]:
        print("BAD", json.dumps(a))
    elif a["status"] == 503:
        print("503", a["kind"], a["type"], a["body"][:160].replace("\n", " "))
PY
BAD="$(grep -c '^BAD' "$OUT/summary.txt" || true)"
UNAVAILABLE="$(grep -c '^503' "$OUT/summary.txt" || true)"
AFTER_OK="$(python3 -c "
import json; a=[json.loads(l) for l in open('$OUT/answers.json')]
late=[x for x in a if x['at'] > $READY_AT + 5]
print(sum(1 for x in late if x['status'] in (200, 201, 412)), len(late))  # 412: two clients saved one draft")"
echo "answers: $(wc -l <"$OUT/answers.json"), 503s: $UNAVAILABLE, bad (5xx other than 503, or a trace): $BAD; after recovery ok/all: $AFTER_OK"
check "no 500 and no stack trace, only successes or 503s" test "$BAD" = 0
check "every 503 is a problem (API) or a page" \
  test "$(grep '^503' "$OUT/summary.txt" | grep -vc 'application/problem+json\|text/html' || true)" = 0
check "the same app process ($PID) answers normally after the restart" \
  bash -c "kill -0 $PID && set -- $AFTER_OK && [ \"\$2\" -gt 10 ] && [ \"\$1\" = \"\$2\" ]"
check "no draft marked SUBMITTED without a submission" \
  test "$(psql -Atc "SELECT count(*) FROM application_draft d WHERE status = 'SUBMITTED' AND NOT EXISTS (SELECT 1 FROM submission s WHERE s.application_id = d.id)" -d "$DB")" = 0
echo "$([ "$failures" = 0 ] && echo "PostgreSQL restart: all checks passed" || echo "PostgreSQL restart: $failures checks failed")"
exit "$failures"
