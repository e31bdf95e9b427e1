#!/usr/bin/env bash
# The restore drill of docs/operations.md (issue 16), on a small database and the jar the build made:
#   1. Sadarbe with demo data on a fresh PostgreSQL database; the PDF of a submitted application downloaded through
#      the API (which stores it) and its SHA-256 noted, with the row count of every table;
#   2. pg_dump, DROP DATABASE, CREATE DATABASE, pg_restore;
#      the restored database has the same rows in every table;
#   3. Sadarbe with the production profile on the restored database: ready, the same PDF bytes.
# Needs target/sadarbe.jar (./mvnw -DskipTests package) and PostgreSQL at 127.0.0.1:5432 (user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/sadarbe.jar}
PORT=${PORT:-18090}
DB=${DB:-sadarbe_restore_drill}
OFFICER=ilze.ozola@demo.sadarbe.eu:sadarbe-demo
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
WORK=$(mktemp -d /tmp/sadarbe-drill.XXXXXX)
APP_PID=
started=$(date +%s)

stop_app() {
  if [ -n "$APP_PID" ]; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
  fi
}
cleanup() {
  stop_app
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
say() { echo "[restore-drill] $*"; }
fail() { say "FAILED: $*" >&2; [ -f "$WORK/app.log" ] && tail -30 "$WORK/app.log" >&2; exit 1; }

start_app() { # profile, extra arguments...
  local profile=$1; shift
  SPRING_PROFILES_ACTIVE=$profile SADARBE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SADARBE_DB_USER=postgres \
  SADARBE_DB_PASSWORD= SADARBE_SECURE_COOKIES=false \
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$JAR" --server.port="$PORT" --spring.main.banner-mode=off \
      --logging.level.root=WARN "$@" >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$APP_PID" 2>/dev/null || fail "Sadarbe stopped while starting ($profile)"
    sleep 0.5
  done
  fail "Sadarbe did not become ready ($profile)"
}
row_counts() {
  "${PSQL[@]}" -d "$DB" -c "SELECT table_name || '=' || (xpath('/row/c/text()', query_to_xml(
      format('SELECT COUNT(*) AS c FROM %I', table_name), false, true, '')))[1]::text
    FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1"
}
pdf_sha256() {
  curl -fsS -u "$OFFICER" "http://127.0.0.1:$PORT/api/v1/applications/$APPLICATION/submissions/$SUBMISSION/pdf" \
    -o "$WORK/$1.pdf" || fail "the PDF could not be downloaded"
  head -c 5 "$WORK/$1.pdf" | grep -q '%PDF-' || fail "the download is not a PDF"
  sha256sum "$WORK/$1.pdf" | cut -d' ' -f1
}

[ -f "$JAR" ] || fail "$JAR is missing: ./mvnw -DskipTests package"
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB" >/dev/null

say "1. Sadarbe with demo data on a fresh database $DB"
# demo profile with the PostgreSQL URL given directly (the demo profile never runs with the postgres profile)
start_app demo --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
  --spring.datasource.password=
read -r APPLICATION SUBMISSION < <("${PSQL[@]}" -F ' ' -d "$DB" -c "SELECT application_id, id FROM submission
  WHERE national_agency_code = 'LV01' ORDER BY application_number, submitted_at DESC LIMIT 1")
[ -n "${SUBMISSION:-}" ] || fail "no submitted application in the demo data"
BEFORE=$(pdf_sha256 before)
STORED=$("${PSQL[@]}" -d "$DB" -c "SELECT encode(sha256(content), 'hex') FROM submission_pdf WHERE submission_id = '$SUBMISSION'")
[ "$BEFORE" = "$STORED" ] || fail "the stored PDF ($STORED) is not the one downloaded ($BEFORE)"
stop_app
row_counts > "$WORK/rows-before"
say "   submission $SUBMISSION: PDF sha256 $BEFORE; $(wc -l < "$WORK/rows-before") tables"

say "2. dump, drop, restore"
pg_dump -h 127.0.0.1 -U postgres --format=custom --no-owner --file="$WORK/drill.dump" "$DB"
"${PSQL[@]}" -d postgres -c "DROP DATABASE $DB WITH (FORCE)"
"${PSQL[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 && fail "the database is still there"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
pg_restore -h 127.0.0.1 -U postgres --no-owner --exit-on-error --dbname="$DB" "$WORK/drill.dump"
# Compared before any node starts on it: a node catches up at start-up with the events the stopped one had not
# handled yet (Spring Modulith republishes them), and adds sessions and security events of its own
row_counts > "$WORK/rows-after"
diff "$WORK/rows-before" "$WORK/rows-after" || fail "row counts differ after the restore"
say "   dump of $(du -h "$WORK/drill.dump" | cut -f1) restored, every table with the same rows"

say "3. Sadarbe with the production profile on the restored database"
# The drill reads the PDF over HTTP Basic as the demo officer, which two-factor sign-in (on in production) refuses
start_app postgres --sadarbe.accounts.two-factor-required=false
AFTER=$(pdf_sha256 after)
stop_app
[ "$BEFORE" = "$AFTER" ] || fail "the PDF changed: $BEFORE before, $AFTER after the restore"
say "PASSED in $(( $(date +%s) - started )) s: the restored database serves the same PDF (sha256 $AFTER) and rows"
