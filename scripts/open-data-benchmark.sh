#!/usr/bin/env bash
# Issue 20: the three open-data downloads of 100,000 generated funded projects from one node whose heap is capped
# at 256 MB (-Xmx256m), on a fresh PostgreSQL database. Prints each download's size and time and the largest heap
# the garbage collector saw (from its log). Only talks to 127.0.0.1.
#
#   ./mvnw -q -DskipTests package && scripts/open-data-benchmark.sh
#
# PGDATABASE (default sadarbe_bench_open_data) is dropped and created afresh; PORT (default 8186); PROJECTS
# (default 100000).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${PGDATABASE:-sadarbe_bench_open_data}
PORT=${PORT:-8186}
PROJECTS=${PROJECTS:-100000}
OUT=target/open-data-benchmark
mkdir -p "$OUT"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"

dropdb -h 127.0.0.1 -U postgres --if-exists "$DB"
createdb -h 127.0.0.1 -U postgres "$DB"

java -Xmx256m -Xlog:gc:file="$OUT/gc.log" -jar target/sadarbe.jar --server.port="$PORT" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --spring.datasource.username=postgres \
    --spring.datasource.password= --sadarbe.accounts.two-factor-required=false > "$OUT/node.log" 2>&1 &
NODE=$!
trap 'kill $NODE 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null && break
    sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health" > /dev/null || { echo "node did not start"; tail -40 "$OUT/node.log"; exit 1; }

echo "Generating $PROJECTS funded projects, 3 organisations and 1 payment each ..."
start=$(date +%s)
$PSQL -d "$DB" <<SQL
INSERT INTO results_project (application_id, application_number, title, original_language, summary_original,
    summary_en, action_type, field, call_year, round_number, agency_code, coordinator_country, priorities,
    granted_amount, awarded_at, planned_start, planned_end, agreement_number, contracted_amount, in_force_on,
    search_key, updated_at)
SELECT md5('p' || g)::uuid, '2020-1-LV01-KA201-' || lpad(g::text, 6, '0'),
       'Zaļās prasmes skolās ' || g, 'lv', repeat('Skolēni Rīgā un Tallinā apgūst zaļās prasmes. ', 30),
       repeat('Pupils in Riga and Tallinn learn green skills. ', 30), 'KA201', 'SCHOOL_EDUCATION', 2020, 1, 'LV01',
       'LV', ' SCH-OPEN-EDU HOR-INCLUSION ', 150000.00, now(), DATE '2021-09-01', DATE '2023-08-31',
       'AG-' || g, 148000.00, DATE '2021-08-20', 'zalas prasmes skolas ' || g || ' riga tallinn', now()
FROM generate_series(1, $PROJECTS) g;
INSERT INTO results_organisation (application_id, position, application_number, name, organisation_id, country,
    city, role)
SELECT md5('p' || g)::uuid, k, '2020-1-LV01-KA201-' || lpad(g::text, 6, '0'),
       (ARRAY['Rīgas Valsts 1. ģimnāzija ', 'Tallinna Reaalkool ', 'Gymnasium Hamburg-Nord '])[k + 1] || g,
       'E' || lpad((g * 3 + k)::text, 8, '0'), (ARRAY['LV', 'EE', 'DE'])[k + 1],
       (ARRAY['Rīga', 'Tallinn', 'Hamburg'])[k + 1], CASE WHEN k = 0 THEN 'APPLICANT' ELSE 'PARTNER' END
FROM generate_series(1, $PROJECTS) g CROSS JOIN generate_series(0, 2) k;
INSERT INTO results_disbursement (payment_order_id, application_id, application_number, kind, amount, paid_on)
SELECT md5('d' || g)::uuid, md5('p' || g)::uuid, '2020-1-LV01-KA201-' || lpad(g::text, 6, '0'),
       'FIRST_PREFINANCING', 118400.00, DATE '2021-09-15'
FROM generate_series(1, $PROJECTS) g;
ANALYZE;
SQL
echo "Generated in $(( $(date +%s) - start )) s"

before=$(wc -l < "$OUT/gc.log")
for file in grants.json activities.xml projects.csv; do
    curl -fs -o "$OUT/$file" -w "$file: HTTP %{http_code}, %{size_download} bytes in %{time_total} s\n" \
        "http://127.0.0.1:$PORT/api/v1/open-data/$file"
done
echo "Node still up: $(curl -fs "http://127.0.0.1:$PORT/actuator/health")"
grep -c 'OutOfMemoryError' "$OUT/node.log" | sed 's/^/OutOfMemoryError lines in the node log: /' || true
after_gc() { grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' | sed -E 's/^[0-9]+M->([0-9]+)M.*/\1/' | sort -n | tail -1; }
before_gc() { grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' | sed -E 's/M->.*//' | sort -n | tail -1; }
echo "Heap after a collection, largest, from start-up to the downloads: $(head -n "$before" "$OUT/gc.log" | after_gc) MB"
echo "Heap after a collection, largest, during the downloads: $(tail -n +"$((before + 1))" "$OUT/gc.log" | after_gc) MB"
echo "Heap before a collection, largest, during the downloads: $(tail -n +"$((before + 1))" "$OUT/gc.log" | before_gc) MB"
echo "Collections during the downloads: $(tail -n +"$((before + 1))" "$OUT/gc.log" | grep -c 'Pause')"
