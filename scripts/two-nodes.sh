#!/usr/bin/env bash
# Two nodes on one PostgreSQL on loopback (issue #7, item 5). Passes (exit 0) when
#   1. a coordinator signed in on node A goes on working on node B, and one signed in on B on A (JDBC sessions);
#   2. a scheduled job runs once per firing across both nodes: the sign-in clean-up, made to fire every 10 s on
#      both, leaves exactly one "Forgot ... old sign-in failures" line per firing in the two logs together;
#   3. an event published on one node is handled exactly once: submissions on A and on B give exactly one
#      receipt e-mail each (counted by an SMTP sink), and every event publication is completed.
#
#   scripts/two-nodes.sh        (DB=load7_bench2 PORT_A=8191 PORT_B=8192; results in target/two-nodes-<time>/)
set -euo pipefail
source "$(dirname "$0")/load/common.sh"
DB="${DB:-load7_bench2}"
PORT_A="${PORT_A:-8191}"
PORT_B="${PORT_B:-8192}"
OUT="${OUT:-$ROOT/target/two-nodes-$(date -u +%Y%m%dT%H%M%S)}"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
mkdir -p "$OUT"
build_jar
cleanup() {
  stop_app a "$OUT"
  stop_app b "$OUT"
  stop_smtp_sink "$OUT"
}
trap cleanup EXIT
failures=0
check() { # description, then a command that must succeed
  local description="$1"
  shift
  if "$@"; then echo "PASS  $description"; else echo "FAIL  $description"; failures=$((failures + 1)); fi
}

fresh_database "$DB"
start_smtp_sink "$OUT"
CRON="-Dsadarbe.accounts.sign-in.forget-failures-cron=*/10 * * * * *"
# Both nodes start at once on the fresh database; Flyway's lock lets one of them migrate.
start_app a "$PORT_A" "$DB" "$OUT" "$CRON" &
STARTING_A=$!
start_app b "$PORT_B" "$DB" "$OUT" "$CRON" &
STARTING_B=$!
wait "$STARTING_A"
wait "$STARTING_B"
seed_data "$DB" "$A" 4 "$OUT/users"           # every coordinator signed in on node A

# 1. Sessions: signed in on A, working on B (read the drafts, save one, read the task list page) and back.
read -r COOKIE ID VERSION OID < <(sed -n 1p "$OUT/users")
status() { curl -s -o "$OUT/last-body" -w "%{http_code}" "$@"; }
check "the session from A lists the coordinator's drafts on B" \
  test "$(status -H "Cookie: SESSION=$COOKIE" "$B/api/v1/applications")" = 200 -a -n "$(grep -o "$ID" "$OUT/last-body")"
sed "s/E10000001/$OID/; s/Green skills for apprentices/Saved on node B/" "$DOCUMENT" >"$OUT/document-b.json"
check "the session from A saves the draft on B" \
  test "$(status -X PUT -H "Cookie: SESSION=$COOKIE" -H "If-Match: \"$VERSION\"" -H "Content-Type: application/json" \
    --data-binary @"$OUT/document-b.json" "$B/api/v1/applications/$ID")" = 200
check "node A sees the save made on B" \
  test "$(status -H "Cookie: SESSION=$COOKIE" "$A/api/v1/applications/$ID")" = 200 -a -n "$(grep -o "Saved on node B" "$OUT/last-body")"
check "the session from A opens the task list page on B" \
  test "$(status -H "Cookie: SESSION=$COOKIE" -H "Accept: text/html" "$B/applications/$ID")" = 200
# sign in on B with the form, then use that session on A
JAR_B="$OUT/cookies-b"
CSRF="$(curl -s -c "$JAR_B" "$B/sign-in" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -b "$JAR_B" -c "$JAR_B" -o /dev/null --data-urlencode "email=coordinator0002@load.sadarbe.test" \
  --data-urlencode "password=$LOAD_PASSWORD" --data-urlencode "_csrf=$CSRF" "$B/sign-in"
COOKIE_B="$(awk '$6 == "SESSION" { print $7 }' "$JAR_B")"
check "a session signed in on B works on A" \
  test "$(status -H "Cookie: SESSION=$COOKIE_B" "$A/api/v1/applications")" = 200 -a -n "$(grep -o '"id"' "$OUT/last-body")"

# 3. Events: 3 submissions on A and 3 on B, each published on its node; each must be handled exactly once.
n=0
while read -r COOKIE ID VERSION OID; do
  for node in "$A" "$B"; do
    n=$((n + 1))
    code="$(status -X POST -H "Cookie: SESSION=$COOKIE" -H "Idempotency-Key: two-nodes-$n" \
      "$node/api/v1/applications/$ID/submissions")"
    [ "$code" = 201 ] || echo "submission $n on $node answered $code: $(cat "$OUT/last-body")"
  done
done < <(sed -n 1,3p "$OUT/users")
for _ in $(seq 1 90); do
  pending="$(psql -Atc "SELECT count(*) FROM event_publication WHERE completion_date IS NULL" -d "$DB")"
  [ "$pending" = 0 ] && break
  sleep 2
done
sleep 3
SUBMISSIONS="$(psql -Atc "SELECT count(*) FROM submission" -d "$DB")"
# Each listener of ApplicationSubmitted (the receipt, the agency's inbox) has its own publication per event.
LISTENERS="$(psql -Atc "SELECT count(DISTINCT listener_id) FROM event_publication WHERE event_type LIKE '%ApplicationSubmitted'" -d "$DB")"
PUBLICATIONS="$(psql -Atc "SELECT count(*) FROM event_publication WHERE completion_date IS NOT NULL AND event_type LIKE '%ApplicationSubmitted'" -d "$DB")"
REPEATED="$(psql -Atc "SELECT count(*) FROM (SELECT serialized_event, listener_id FROM event_publication WHERE event_type LIKE '%ApplicationSubmitted' GROUP BY serialized_event, listener_id HAVING count(*) > 1) repeated" -d "$DB")"
MAILS="$(cat "$OUT/mails-received" 2>/dev/null || echo 0)"
echo "submissions: $SUBMISSIONS, listeners: $LISTENERS, completed publications: $PUBLICATIONS, repeated: $REPEATED, receipt e-mails: $MAILS"
check "6 submissions, 3 on each node" test "$SUBMISSIONS" = 6
check "each submission's event handled exactly once by each listener (one completed publication each, one e-mail)" \
  test "$PUBLICATIONS" = "$((6 * LISTENERS))" -a "$REPEATED" = 0 -a "$MAILS" = 6
check "every receipt recorded as sent" \
  test "$(psql -Atc "SELECT count(*) FROM submission WHERE receipt_sent_at IS NULL" -d "$DB")" = 0

# 2. The scheduled job: watch at least four firings (every 10 s) on both nodes.
sleep 45
grep -h "Forgot .* old sign-in failures" "$OUT/a.log" "$OUT/b.log" | cut -c1-19 | sort >"$OUT/job-runs"
FIRINGS="$(cut -c1-18 "$OUT/job-runs" | sort | uniq | wc -l)"      # to the ten seconds
RUNS="$(wc -l <"$OUT/job-runs")"
echo "job runs: $RUNS in $FIRINGS firings (node A: $(grep -c "Forgot" "$OUT/a.log" || true), node B: $(grep -c "Forgot" "$OUT/b.log" || true))"
check "the scheduled job fired at least four times" test "$FIRINGS" -ge 4
check "it ran once per firing across both nodes" test "$RUNS" = "$FIRINGS"

echo "$([ "$failures" = 0 ] && echo "two nodes: all checks passed" || echo "two nodes: $failures checks failed")"
exit "$failures"
