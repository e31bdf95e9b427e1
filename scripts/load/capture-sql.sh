#!/usr/bin/env bash
# The SQL behind one autosave and one submission, as PostgreSQL receives it: the source that pgbench-autosave.sql
# and pgbench-submit.sql copy statement for statement (with the values turned into pgbench variables). Run it
# again after a change to what those requests do, and bring the two files in line with what it prints.
#
#   scripts/load/capture-sql.sh            # prints target/load/capture-sql-<time>/{autosave,submit}.sql
#
# It turns log_statement=all on for the whole server (ALTER SYSTEM, reload) for the two requests and back off
# again, so run it on a machine where nothing else needs a quiet PostgreSQL log. Settings: DB=capture_sql
# PORT=8193 SMTP_PORT=2526. Needs what run-deadline-day.sh needs.
set -euo pipefail
SMTP_PORT="${SMTP_PORT:-2526}"
source "$(dirname "$0")/common.sh"
DB="${DB:-capture_sql}"
PORT="${PORT:-8193}"
BASE="http://127.0.0.1:$PORT"
OUT="${OUT:-$ROOT/target/load/capture-sql-$(date -u +%Y%m%dT%H%M%S)}"
LOGFILE="$(psql -Atc "SELECT pg_current_logfile()" -d postgres 2>/dev/null || true)"
[ -n "$LOGFILE" ] || LOGFILE="$(ls -t /var/log/postgresql/postgresql-*.log | head -1)"
case "$LOGFILE" in /*) ;; *) LOGFILE="$(psql -Atc "SHOW data_directory" -d postgres)/$LOGFILE" ;; esac
mkdir -p "$OUT"

build_jar
logging_off() { psql -qc "ALTER SYSTEM RESET log_statement" -c "SELECT pg_reload_conf()" -d postgres >/dev/null; }
cleanup() {
  logging_off
  stop_app app "$OUT"
  stop_smtp_sink "$OUT"
}
trap cleanup EXIT

fresh_database "$DB"
start_smtp_sink "$OUT"
start_app app "$PORT" "$DB" "$OUT"
seed_data "$DB" "$BASE" 2 "$OUT/users"
read -r COOKIE DRAFT VERSION OID CSRF < <(head -1 "$OUT/users")   # the API wants the CSRF token with a cookie
# one autosave and one submission first, unlogged, so that both requests below are the steady state
# (caches filled, the draft already numbered: a resubmission, as most deadline-day submissions are)
request() { # kind
  if [ "$1" = autosave ]; then
    VERSION="$(psql -Atc "SELECT version FROM application_draft WHERE id = '$DRAFT'" -d "$DB")"
    sed -e "s/E10000001/$OID/" -e "s/\"title\": \"Green skills for apprentices\"/\"title\": \"Green skills for apprentices, save $RANDOM\"/" \
      "$DOCUMENT" | curl -fsS -o /dev/null -X PUT "$BASE/api/v1/applications/$DRAFT" \
      -H "Cookie: SESSION=$COOKIE" -H "X-CSRF-TOKEN: $CSRF" -H "If-Match: \"$VERSION\"" \
      -H "Content-Type: application/json" \
      -H "Accept: application/json" --data-binary @-
  else
    curl -fsS -o /dev/null -X POST "$BASE/api/v1/applications/$DRAFT/submissions" -H "Cookie: SESSION=$COOKIE" \
      -H "X-CSRF-TOKEN: $CSRF" \
      -H "Idempotency-Key: capture-$RANDOM-$RANDOM" -H "Accept: application/json"
  fi
}
request autosave
request submit
sleep 2

for kind in autosave submit; do
  marker="capture-sql-$kind-$RANDOM$RANDOM"
  psql -qc "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" -d postgres >/dev/null
  sleep 1
  psql -qc "SELECT '$marker-start'" -d "$DB" >/dev/null
  request "$kind"
  sleep 2   # the submission's receipt runs after the commit
  psql -qc "SELECT '$marker-end'" -d "$DB" >/dev/null
  logging_off
  # the statements (with their parameters) between the two markers, this database's only, one per line and
  # headed by the [process id] of their connection, so that each transaction can be followed (a statement's
  # further lines start with a tab in the log)
  awk -v start="$marker-start" -v end="$marker-end" -v db="@$DB " '
    index($0, start) { on = 1; next }
    index($0, end) { on = 0 }
    /^\t/ { if (on && ours) { sub(/^\t+/, " "); line = line $0 }; next }
    { if (line != "") print line; line = ""; ours = on && index($0, db) && /(LOG|DETAIL): /
      if (ours) { match($0, /\[[0-9]+\]/); pid = substr($0, RSTART, RLENGTH); sub(/^.*(LOG|DETAIL): +/, "")
                  line = pid " " $0 } }
    END { if (line != "") print line }
  ' "$LOGFILE" | grep -v '] disconnection\|] connection\|] statement: SELECT version FROM\|] statement: *$' >"$OUT/$kind.sql"
  log "$kind: $(grep -c '] execute\|] statement' "$OUT/$kind.sql") statements in $OUT/$kind.sql"
done
