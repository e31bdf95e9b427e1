#!/usr/bin/env bash
# A whole programme year on one PostgreSQL database (issue #21, item 1): 34 agencies, 30,000 submitted applications
# (the largest agency-round-action type, LV01 2020-1 KA201, with 2,000), 1,500 experts, 60,000 assignments with
# scores, the selection, 6,000 grant agreements in force with their payment orders, 3,000 final reports, the results
# read model with 100,000 result links and the statistics read model; SCALE=tenth makes one tenth of each.
#
#   SCALE=tenth scripts/load/programme-year.sh [DATABASE]     # default database: sadarbe_bench_year_<scale>
#
# The database is dropped and created afresh, migrated by the application itself (target/sadarbe.jar, started once
# and stopped), then filled set-based by SQL (programme-year.sql) from the plan programme-year-plan.py prints and
# the template application programme-year-template.sql. Every generated account's password is load-test-2020;
# an officer per agency: officer.lv01@year.sadarbe.test (LV01 is the large agency), experts expert1@…, coordinators
# coordinator1@… (all @year.sadarbe.test). Settings: PORT=8198, JAR. Needs java 17, psql/createdb, python3.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="${SCALE:-tenth}"
case "$SCALE" in
  full) LINKS=100000 ;;
  tenth) LINKS=10000 ;;
  *) echo "SCALE must be full or tenth" >&2; exit 2 ;;
esac
DB="${1:-sadarbe_bench_year_$SCALE}"
PORT="${PORT:-8198}"
OUT="${OUT:-$ROOT/target/programme-year/$DB}"
mkdir -p "$OUT"
PSQL=(psql -q -X -v ON_ERROR_STOP=1 -d "$DB")

build_jar
started=$(date +%s)
log "migrating $DB with the application"
fresh_database "$DB"
trap 'stop_app migrate "$OUT"' EXIT
# No mail server here: the health of mail would keep the node "down" (the generator sends nothing)
start_app migrate "$PORT" "$DB" "$OUT" -Dmanagement.health.mail.enabled=false
stop_app migrate "$OUT"
trap - EXIT
migrated=$(date +%s)

log "generating a programme year at $SCALE size"
{
  cat <<'SQL'
CREATE TABLE load_slot (slot int PRIMARY KEY, agency varchar(4), action_type varchar(5), field varchar(40),
    applications int, first_application int, selected int);
CREATE TABLE load_agency (agency varchar(4) PRIMARY KEY, country varchar(2), iban varchar(34), bic varchar(11),
    experts int, first_expert int);
CREATE TABLE load_section_template (section varchar(30), content text);
CREATE TABLE load_document_template (title text, canonical_json text);
SQL
  python3 "$ROOT/scripts/load/programme-year-plan.py" "$SCALE"
  cat "$ROOT/scripts/load/programme-year-template.sql"
  cat "$ROOT/scripts/load/programme-year.sql"
} > "$OUT/generate.sql"
"${PSQL[@]}" --single-transaction -v links="$LINKS" -v password_hash="$LOAD_PASSWORD_HASH" -f "$OUT/generate.sql"
# As autovacuum would leave a database in use: the rows the generator updated after inserting them, vacuumed
"${PSQL[@]}" -c "VACUUM (ANALYZE)"
generated=$(date +%s)

"${PSQL[@]}" -At -F ' ' <<'SQL' | tee "$OUT/counts.txt"
SELECT 'agencies', count(DISTINCT national_agency_code) FROM submission
UNION ALL SELECT 'submitted applications', count(*) FROM submission
UNION ALL SELECT 'largest agency-round-action type', max(c) FROM (SELECT count(*) c FROM submission
    GROUP BY national_agency_code, call_year, round_number, action_type) s
UNION ALL SELECT 'experts', count(*) FROM assessment_expert
UNION ALL SELECT 'assignments with scores', count(*) FROM assessment_assignment WHERE status = 'SUBMITTED'
UNION ALL SELECT 'decisions', count(*) FROM selection_decision
UNION ALL SELECT 'grant agreements in force', count(*) FROM grant_agreement WHERE status = 'IN_FORCE'
UNION ALL SELECT 'payment orders', count(*) FROM payment_order
UNION ALL SELECT 'payment orders paid', count(*) FROM payment_order WHERE state = 'MADE'
UNION ALL SELECT 'payment orders due at LV01', count(*) FROM payment_order o
    JOIN payment_agreement a ON a.agreement_id = o.agreement_id WHERE o.state = 'DUE' AND a.agency_code = 'LV01'
UNION ALL SELECT 'final reports', count(*) FROM project_report WHERE kind = 'FINAL'
UNION ALL SELECT 'funded projects (results)', count(*) FROM results_project
UNION ALL SELECT 'result links', count(*) FROM results_link
UNION ALL SELECT 'statistics rows', count(*) FROM statistics_application
UNION ALL SELECT 'database MB', pg_database_size(current_database()) / 1024 / 1024;
SQL
log "$DB: migrated in $((migrated - started)) s, generated in $((generated - migrated)) s (counts in $OUT/counts.txt)"
