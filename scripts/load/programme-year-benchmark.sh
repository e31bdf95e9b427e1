#!/usr/bin/env bash
# Issue #21, item 2: the measurements of a programme year at one size, on a database programme-year.sh generated,
# one line per figure (name, value, target), so that SCALE=tenth and SCALE=full run back to back on an idle machine
# give the two columns of the table in BENCHMARKS.md.
#
#   SCALE=tenth scripts/load/programme-year.sh && SCALE=tenth scripts/load/programme-year-benchmark.sh
#   SCALE=full  scripts/load/programme-year.sh && SCALE=full  scripts/load/programme-year-benchmark.sh
#
# 1. one node (-Xmx512m, G1, GC log) on the generated database; the LV01 officer (the large agency) signs in with
#    the sign-in form;
# 2. wrk, 16 connections, SECONDS_PER_RUN (60) after WARMUP_SECONDS (15), p95: the inbox (filters, sorts, pages of
#    50), the results search (words, filters, pages), the round dashboard, the public statistics;
# 3. single requests one after another (REPEAT, 20, after 5 warm-ups; median and p95 of curl's time to the first
#    byte on the loopback, i.e. server time): the ranking of the largest agency-round-action type (2,000 candidates
#    at full size) and its what-if; the ranking .xlsx and the SEPA file of LV01's due orders (all of them);
#    then (back-office) every other list page of the officer and the agency APIs' lists the same way;
# 4. the node again with -Xmx256m: the three open-data exports of all funded projects, with the largest heap the GC
#    log saw during the downloads;
# 5. with DEADLINE_DAY=1 (default), scripts/load/run-deadline-day.sh on a copy of the generated database
#    (KEEP_DATABASE=1: its coordinators, drafts and open round are added to the year's data).
#
# Settings: SCALE=tenth|full, DB (sadarbe_bench_year_<scale>), PORT=8198, CONNECTIONS=16, SECONDS_PER_RUN=60,
# WARMUP_SECONDS=15, REPEAT=20, DEADLINE_DAY=1, PARTS="pages single back-office open-data" (which of 2-4 to run),
# PAGES="inbox results dashboard statistics" (which of 2's pages), PROFILE=1 (a JFR recording of each page's run and
# its hot methods, hot-<page>.txt). Results in target/programme-year/bench-<db>-<time>/.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="${SCALE:-tenth}"
DB="${DB:-sadarbe_bench_year_$SCALE}"
PORT="${PORT:-8198}"
CONNECTIONS="${CONNECTIONS:-16}"
SECONDS_PER_RUN="${SECONDS_PER_RUN:-60}"
WARMUP_SECONDS="${WARMUP_SECONDS:-15}"
REPEAT="${REPEAT:-20}"
DEADLINE_DAY="${DEADLINE_DAY:-1}"
PARTS="${PARTS:-pages single back-office open-data}"
PAGES="${PAGES:-inbox results dashboard statistics}"
OUT="${OUT:-$ROOT/target/programme-year/bench-$DB-$(date -u +%Y%m%dT%H%M%S)}"
BASE="http://127.0.0.1:$PORT"
OFFICER="officer.lv01@year.sadarbe.test"
mkdir -p "$OUT"
command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }
psql -X -d "$DB" -Atc "SELECT 1 FROM submission LIMIT 1" >/dev/null \
  || { log "$DB has no programme year: SCALE=$SCALE scripts/load/programme-year.sh first"; exit 1; }
build_jar

figure() { # name value target
  printf '%-58s %12s   %s\n' "$1" "$2" "$3" | tee -a "$OUT/figures.txt"
}

node() { # heap
  # Officers sign in with one factor here (the benchmark is not about sign-in); no mail server is needed.
  SADARBE_TWO_FACTOR_REQUIRED=false start_app "node-$1" "$PORT" "$DB" "$OUT" "-Xmx$1" \
    -Dmanagement.health.mail.enabled=false
}

sign_in() { # email -> SESSION cookie value
  local jar="$OUT/cookies" csrf
  rm -f "$jar"
  csrf="$(curl -fs -c "$jar" -b "$jar" "$BASE/sign-in" | sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$1" --data-urlencode "password=$LOAD_PASSWORD" \
    --data-urlencode "_csrf=$csrf" "$BASE/sign-in"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

# The loopback time to the first byte of REPEAT requests after 5 warm-ups: "median p95" in ms
timed() { # url [curl options...]
  local url="$1" i
  shift
  for i in $(seq 1 5); do curl -fs -o /dev/null -b "SESSION=$SESSION" "$@" "$url" || true; done
  for i in $(seq 1 "$REPEAT"); do
    curl -fs -o /dev/null -b "SESSION=$SESSION" -w '%{time_starttransfer}\n' "$@" "$url"
  done | sort -n | awk '{ t[NR] = $1 * 1000 } END {
    p95 = int(NR * 0.95 + 0.999); if (p95 > NR) p95 = NR; printf "%.0f %.0f\n", t[int((NR + 1) / 2)], t[p95] }'
}

run_wrk() { # label paths-file [sessions-file]
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout 10s -s "$ROOT/scripts/load/programme-year.lua" \
    "$BASE" -- "$2" "${3:-}" >/dev/null 2>&1 || true
  local pid
  pid="$(cat "$OUT/node-512m.pid")"
  # PROFILE=1: a JFR recording of the measured run alone, and where its CPU went (hot-methods.py)
  [ -n "${PROFILE:-}" ] && jcmd "$pid" JFR.start name="$1" settings=profile >/dev/null
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s \
    -s "$ROOT/scripts/load/programme-year.lua" "$BASE" -- "$2" "${3:-}" >"$OUT/wrk-$1.txt" 2>&1
  if [ -n "${PROFILE:-}" ]; then
    jcmd "$pid" JFR.stop name="$1" filename="$OUT/$1.jfr" >/dev/null
    python3 "$ROOT/scripts/load/hot-methods.py" "$OUT/$1.jfr" >"$OUT/hot-$1.txt" 2>&1 || true
  fi
  tail -n 1 "$OUT/wrk-$1.txt"
}

wanted() { # part
  [[ " $PARTS " == *" $1 "* ]]
}

json() { # line field
  sed -n "s/.*\"$2\": \([0-9.]*\).*/\1/p" <<<"$1"
}

machine_state "start" >>"$OUT/machine-state.txt"
trap 'stop_app node-512m "$OUT"; stop_app node-256m "$OUT"' EXIT
node 512m
SESSION="$(sign_in "$OFFICER")"
[ -n "$SESSION" ] || { log "the officer could not sign in"; exit 1; }
# One session per connection for the page loads: the officers of one agency, each in a browser of their own
for _ in $(seq 1 "$CONNECTIONS"); do sign_in "$OFFICER"; done >"$OUT/sessions"
# The largest agency-round-action type and a date by which every order of LV01 is due
read -r YEAR ROUND TYPE CANDIDATES < <(psql -X -d "$DB" -At -F ' ' -c "
  SELECT call_year, round_number, action_type, count(*) FROM selection_candidate WHERE national_agency_code = 'LV01'
  GROUP BY 1, 2, 3 ORDER BY 4 DESC LIMIT 1")
DUE_BY="$(psql -X -d "$DB" -Atc "SELECT max(o.due_on) FROM payment_order o JOIN payment_agreement a
  ON a.agreement_id = o.agreement_id WHERE a.agency_code = 'LV01' AND o.state = 'DUE'")"
ENVELOPE="$(psql -X -d "$DB" -Atc "SELECT round(amount * 0.8) FROM selection_envelope WHERE national_agency_code = 'LV01'
  AND call_year = $YEAR AND round_number = $ROUND AND action_type = '$TYPE'")"
log "SCALE=$SCALE DB=$DB: ranking $YEAR-$ROUND $TYPE of LV01 with $CANDIDATES candidates; SEPA due by $DUE_BY"
figure "scale ($DB)" "$SCALE" ""
figure "submitted applications" "$(psql -X -d "$DB" -Atc "SELECT count(*) FROM submission")" ""

# The page loads: paths each connection goes through in turn
{
  for type in KA201 KA202 KA203 KA204 KA229; do
    for sort in number score grant submitted; do
      for page in 1 2 3; do
        echo "/agency/applications?actionType=$type&sort=$sort&direction=desc&page=$page"
      done
    done
  done
  for status in SELECTED RESERVE REJECTED; do echo "/agency/applications?status=$status&sort=score"; done
  for stage in consolidated decided letters-sent; do echo "/agency/applications?stage=$stage&page=2"; done
  echo "/agency/applications?search=vocational"
  echo "/agency/applications?round=2020-1&page=10"
} >"$OUT/paths-inbox"
{
  for words in "digital classrooms" "inclusive" "energy transition" "riga" "open science lab" "literacy"; do
    echo "/results?q=${words// /+}"
    echo "/results?q=${words// /+}&page=2"
  done
  for type in KA201 KA202 KA203 KA204 KA205 KA229; do echo "/results?actionType=$type&callYear=2020"; done
  for country in LV PL DE EE FI; do echo "/results?country=$country&page=3"; done
  echo "/results"
  echo "/results?status=COMPLETED&page=5"
} >"$OUT/paths-results"
echo "/agency/rounds" >"$OUT/paths-dashboard"
{
  echo "/statistics"
  echo "/statistics?callYear=2020"
  for agency in LV01 PL01 DE02 FR01 ES01; do echo "/statistics?callYear=2020&agency=$agency"; done
  for type in KA201 KA205 KA229; do echo "/statistics?callYear=2020&actionType=$type"; done
  echo "/api/v1/statistics?callYear=2020"
} >"$OUT/paths-statistics"

# The JVM warmed on every page first (WARMUP_SECONDS each): a node in service has compiled the templates' and
# the filters' code long since; measured 15 s after its start, the inbox (measured first) ran on a compiler still
# busy and showed 123 requests/s where the same node gave 194/s a few minutes later
wanted pages && for run in inbox results dashboard statistics; do
  [[ " $PAGES " == *" $run "* ]] || continue
  case "$run" in results | statistics) session="" ;; *) session="$OUT/sessions" ;; esac
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"${WARMUP_SECONDS}s" --timeout 10s \
    -s "$ROOT/scripts/load/programme-year.lua" "$BASE" -- "$OUT/paths-$run" "$session" >/dev/null 2>&1 || true
done
wanted pages && for run in inbox:150 results:150 dashboard:200 statistics:200; do
  name="${run%%:*}"
  target="${run##*:}"
  [[ " $PAGES " == *" $name "* ]] || continue
  log "$name: ${WARMUP_SECONDS}s warm-up, ${SECONDS_PER_RUN}s at $CONNECTIONS connections"
  case "$name" in
    results | statistics) session="" ;;   # public pages
    *) session="$OUT/sessions" ;;
  esac
  result="$(run_wrk "$name" "$OUT/paths-$name" "$session")"
  figure "$name: p95 ms at $CONNECTIONS connections" "$(json "$result" p95_ms)" "<= $target"
  figure "$name: requests/s (statuses $(sed -n 's/.*"statuses": {\(.*\)}.*/\1/p' <<<"$result"))" \
    "$(json "$result" rate)" ""
done

if wanted single; then
  # SESSION is re-read: the wrk runs do not touch it, but a long run may outlive an officer's idle time-out
  SESSION="$(sign_in "$OFFICER")"
  RANKING="$BASE/agency/selection?year=$YEAR&round=$ROUND&actionType=$TYPE"
  read -r median p95 < <(timed "$RANKING")
  figure "ranking of $CANDIDATES candidates: median / p95 ms (page)" "$median / $p95" "<= 100 (server)"
  read -r median p95 < <(timed "$RANKING&whatIf=$ENVELOPE" -H "HX-Request: true")
  figure "what-if of $CANDIDATES candidates: median / p95 ms (htmx)" "$median / $p95" "<= 100 (server)"
  read -r median p95 < <(timed "$BASE/api/v1/agency/LV01/ranking?year=$YEAR&round=$ROUND&actionType=$TYPE")
  figure "ranking API of $CANDIDATES candidates: median / p95 ms" "$median / $p95" "<= 100 (server)"

  curl -fs -b "SESSION=$SESSION" -o "$OUT/ranking.xlsx" -w '%{time_total}\n' \
    "$BASE/agency/selection/ranking.xlsx?year=$YEAR&round=$ROUND&actionType=$TYPE" >/dev/null
  xlsx="$(for i in 1 2 3; do curl -fs -b "SESSION=$SESSION" -o "$OUT/ranking.xlsx" -w '%{time_total}\n' \
    "$BASE/agency/selection/ranking.xlsx?year=$YEAR&round=$ROUND&actionType=$TYPE"; done | sort -n | tail -1)"
  figure "ranking .xlsx of $CANDIDATES rows: s (slowest of 3, $(stat -c %s "$OUT/ranking.xlsx") bytes)" "$xlsx" "<= 2"
  curl -fs -b "SESSION=$SESSION" -o "$OUT/sepa.xml" "$BASE/agency/payments/credit-transfer?dueBy=$DUE_BY"
  sepa="$(for i in 1 2 3; do curl -fs -b "SESSION=$SESSION" -o "$OUT/sepa.xml" -w '%{time_total}\n' \
    "$BASE/agency/payments/credit-transfer?dueBy=$DUE_BY"; done | sort -n | tail -1)"
  figure "SEPA file of $(grep -o '<CdtTrfTxInf>' "$OUT/sepa.xml" | wc -l) payments: s (slowest of 3)" "$sepa" "<= 2"
  jcmd "$(cat "$OUT/node-512m.pid")" GC.heap_info >"$OUT/heap-512m.txt" 2>&1 || true
fi
if wanted back-office; then
  # Every other list an officer opens, and the agency APIs' lists, one request after another: no page that shows 50
  # may take longer with ten times the data (issue #21, item 3)
  SESSION="$(sign_in "$OFFICER")"
  for path in /agency /agency/assessments "/agency/assessments?page=20" /agency/assessments/routine \
    /agency/experts /agency/selection/letters /organisations /agency/grants "/agency/grants?status=IN_FORCE&page=10" \
    /agency/monitoring "/agency/monitoring?sort=ABSORPTION&direction=desc&page=5" "/agency/monitoring?flag=late" \
    /agency/payments "/agency/payments?page=5" /agency/reports "/agency/reports?status=CLOSED" \
    /api/v1/agency/LV01/applications /api/v1/agency/LV01/assessments /api/v1/agency/LV01/grants \
    /api/v1/agency/LV01/payments \
    "/api/v1/agency/LV01/reports?status=CLOSED"; do
    read -r median p95 < <(timed "$BASE$path")
    figure "back office $path: median / p95 ms" "$median / $p95" ""
  done
fi
stop_app node-512m "$OUT"

if wanted open-data; then
  # The open-data exports of all funded projects within 256 MB of heap (as scripts/open-data-benchmark.sh)
  node 256m
  gc="$OUT/node-256m-gc.log"
  before=$(wc -l <"$gc")
  for file in grants.json activities.xml projects.csv; do
    took="$(curl -fs -o "$OUT/$file" -w '%{time_total}' "$BASE/api/v1/open-data/$file")"
    figure "open data $file of $(psql -X -d "$DB" -Atc "SELECT count(*) FROM results_project") projects: s ($(stat -c %s "$OUT/$file") bytes)" "$took" "streamed"
  done
  heap="$(tail -n +"$((before + 1))" "$gc" | grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' | sed -E 's/M->.*//' | sort -n | tail -1)"
  figure "open data: largest heap before a collection, MB (-Xmx256m)" "${heap:-0}" "<= 256, no OutOfMemoryError"
  figure "open data: OutOfMemoryError lines in the node's log" "$(grep -c OutOfMemoryError "$OUT/node-256m.out" || true)" "0"
  stop_app node-256m "$OUT"
fi
trap - EXIT

if [ "$DEADLINE_DAY" = 1 ]; then
  # Deadline day with the year's data in the database: on a copy, so that the generated year stays as it was
  copy="${DB}_deadline_day"
  dropdb --if-exists "$copy"
  createdb -T "$DB" "$copy"
  log "deadline day on $copy (the year's data plus the scenario's coordinators, drafts and round 2020-2)"
  KEEP_DATABASE=1 ROUND_NUMBER=2 DB="$copy" PORT="$PORT" OUT="$OUT/deadline-day" \
    "$ROOT/scripts/load/run-deadline-day.sh" >"$OUT/deadline-day.txt" 2>&1 || log "deadline day failed: $OUT/deadline-day.txt"
  if [ -f "$OUT/deadline-day/results.json" ]; then
    ceiling() { sed -n "s/.*\"ceiling\": \"$1\".*\"tps\": \([0-9.]*\).*/\1/p" "$OUT/deadline-day/ceiling.json"; }
    rate() { sed -n "s/.*\"type\": \"$1\", \"run\": \"max\".*\"rate\": \([0-9.]*\).*/\1/p" "$OUT/deadline-day/results.json"; }
    p99() { sed -n "s/.*\"type\": \"$1\", \"run\": \"paced\".*\"p99_ms\": \([0-9.]*\).*/\1/p" "$OUT/deadline-day/results.json"; }
    figure "deadline day: submissions / pgbench ceiling" \
      "$(awk -v a="$(rate submit)" -v c="$(ceiling submit)" 'BEGIN { printf "%.2f", a / c }')" ">= 0.75"
    figure "deadline day: autosaves / pgbench ceiling" \
      "$(awk -v a="$(rate autosave)" -v c="$(ceiling autosave)" 'BEGIN { printf "%.2f", a / c }')" ">= 0.4"
    figure "deadline day: p99 ms, submissions paced" "$(p99 submit)" "<= 100"
    figure "deadline day: p99 ms, autosaves paced" "$(p99 autosave)" "<= 100"
  fi
  dropdb --if-exists "$copy"
fi
machine_state "end" >>"$OUT/machine-state.txt"
log "figures in $OUT/figures.txt"
