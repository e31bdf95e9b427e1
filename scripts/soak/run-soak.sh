#!/usr/bin/env bash
# The review's half hour of mixed use, for longer, against ONE node (issue #12), then a restart and a check that
# every write the node confirmed is still there. Passes (exit 0) with no 5xx and nothing confirmed lost.
#
#   scripts/soak/run-soak.sh                       H2 file database under $OUT/data, 45 minutes, port 18081
#   DB=postgres PORT=18082 scripts/soak/run-soak.sh   the same on a fresh PostgreSQL database ($PGDATABASE)
#
# Settings (environment): DB (h2 | postgres), PORT, SECONDS_TO_RUN (2700), WORKERS (6), PGDATABASE (sadarbe_soak,
# dropped and created afresh), JAR (target/sadarbe.jar), OUT (target/soak/<db>-<time>), APP_ARGS (more arguments
# for the node, e.g. "--spring.datasource.hikari.max-lifetime=60000" to shorten the pool's 30 minutes).
# Only 127.0.0.1 is used; the node is stopped at the end whatever happens.
set -euo pipefail
source "$(dirname "$0")/../load/common.sh"
DB="${DB:-h2}"
PORT="${PORT:-18081}"
SECONDS_TO_RUN="${SECONDS_TO_RUN:-2700}"
PGDATABASE="${PGDATABASE:-sadarbe_soak}"
OUT="${OUT:-$ROOT/target/soak/$DB-$(date -u +%Y%m%dT%H%M%S)}"
BASE="http://127.0.0.1:$PORT"
read -r -a EXTRA <<<"${APP_ARGS:-}"
mkdir -p "$OUT"
build_jar
if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then
  echo "Something already answers on port $PORT: stop it or choose another PORT." >&2
  exit 2
fi

if [ "$DB" = h2 ]; then
  URL="jdbc:h2:file:$OUT/data/sadarbe;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=FALSE"
  USER_ARGS=(--spring.datasource.username=sa --spring.datasource.password=)
else
  fresh_database "$PGDATABASE"
  URL="jdbc:postgresql://$PGHOST:$PGPORT/$PGDATABASE"
  USER_ARGS=(--spring.datasource.username="$PGUSER" --spring.datasource.password=)
fi

# The demo profile (every role's demo user) on the chosen database; no mail server, as in the review.
start_node() { # name
  nohup java -Xmx768m -jar "$JAR" --spring.profiles.active=demo --server.port="$PORT" \
    --spring.datasource.url="$URL" "${USER_ARGS[@]}" --logging.file.name="$OUT/$1.log" "${EXTRA[@]}" \
    >"$OUT/$1.out" 2>&1 &
  echo $! >"$OUT/$1.pid"
  wait_up "$PORT" || { tail -50 "$OUT/$1.out" >&2; return 1; }
  log "$1 up on port $PORT (pid $(cat "$OUT/$1.pid"))"
}
trap 'stop_app before-restart "$OUT"; stop_app after-restart "$OUT"' EXIT

machine_state "before" >"$OUT/machine.txt"
start_node before-restart
log "soak: $SECONDS_TO_RUN s of mixed use against $BASE ($DB), results in $OUT"
run_status=0
python3 "$ROOT/scripts/soak/soak.py" run "$BASE" "$SECONDS_TO_RUN" "$OUT" | tee "$OUT/run-summary.json" || run_status=$?
curl -s "$BASE/actuator/health/readiness" >"$OUT/readiness-at-end.json" || true
machine_state "end of run" >>"$OUT/machine.txt"

log "restarting the node"
stop_app before-restart "$OUT"
for _ in $(seq 1 30); do curl -fs "$BASE/actuator/health" >/dev/null 2>&1 || break; sleep 1; done
start_node after-restart
verify_status=0
python3 "$ROOT/scripts/soak/soak.py" verify "$BASE" "$OUT" | tee "$OUT/verify-summary.json" || verify_status=$?
stop_app after-restart "$OUT"

errors="$(grep -c ' ERROR ' "$OUT/before-restart.log" "$OUT/after-restart.log" | awk -F: '{s += $2} END {print s}')"
echo "ERROR lines in the node's logs: $errors (see $OUT/*.log)"
if [ "$run_status" = 0 ] && [ "$verify_status" = 0 ]; then
  echo "soak ($DB): passed — no 5xx, every confirmed write kept after the restart"
else
  echo "soak ($DB): FAILED — run exit $run_status, verify exit $verify_status (see $OUT/run.json, $OUT/verify.json)"
  exit 1
fi
