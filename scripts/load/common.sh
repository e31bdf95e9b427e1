# Shared by the load and fault scripts: a fresh PostgreSQL database, the app on it, the scenario's data.
# Source it; every setting can be overridden from the environment.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGHOST PGPORT PGUSER
JAR="${JAR:-$ROOT/target/sadarbe.jar}"
SMTP_PORT="${SMTP_PORT:-2525}"
# The coordinators' password; its bcrypt hash (strength 10, as the app's encoder makes it) is below.
LOAD_PASSWORD="load-test-2020"
LOAD_PASSWORD_HASH='{bcrypt}$2a$10$laQ6PtTYX44uqafc3dlKyeeSO7YGvGtyOhx.QURROo1WE0ePTd/76'
# The green-skills example with the declaration of honour signed: submission refuses an application without it,
# and every save (autosave, the two-node check) sends the whole document, declaration included.
DOCUMENT="${DOCUMENT:-$ROOT/scripts/load/green-skills-signed.json}"

log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }

build_jar() {
  if [ ! -f "$JAR" ] || [ -n "${REBUILD:-}" ]; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -B -q package -DskipTests)
  fi
}

fresh_database() { # name
  dropdb --if-exists "$1"
  createdb "$1"
}

# start_app NAME PORT DB OUTDIR [extra JVM options...]: starts the jar in the background, PID in OUTDIR/NAME.pid
start_app() {
  local name="$1" port="$2" db="$3" out="$4"
  shift 4
  SADARBE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" SADARBE_DB_USER="$PGUSER" SADARBE_DB_PASSWORD="" \
  SADARBE_SECURE_COOKIES=false \
    nohup java -Xmx512m -Xlog:gc*:file="$out/$name-gc.log":time,uptime,level,tags "$@" -jar "$JAR" \
      --spring.profiles.active=postgres --server.port="$port" \
      --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
      --logging.file.name="$out/$name.log" >"$out/$name.out" 2>&1 &
  echo $! >"$out/$name.pid"
  wait_up "$port" || { tail -50 "$out/$name.out" >&2; return 1; }
  log "$name up on port $port (pid $(cat "$out/$name.pid"))"
}

wait_up() { # port  (a loaded 2-core machine may need minutes to start the app)
  for _ in $(seq 1 ${START_TIMEOUT_SECONDS:-400}); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

stop_app() { # name outdir
  local pid
  pid="$(cat "$2/$1.pid" 2>/dev/null)" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$pid" 2>/dev/null || true
}

start_smtp_sink() { # outdir
  python3 "$ROOT/scripts/load/smtp-sink.py" "$SMTP_PORT" "$1/mails-received" >/dev/null 2>&1 &
  echo $! >"$1/smtp-sink.pid"
}

stop_smtp_sink() { # outdir
  kill "$(cat "$1/smtp-sink.pid")" 2>/dev/null || true
}

# seed_data DB BASE_URL COUNT OUT_FILE: accounts (their e-mail addresses verified, or they could not sign in since
# issue 15) and an open round by SQL (the app has no public sign-up and
# defines rounds on an administrator's page), then organisations and drafts through the API.
seed_data() {
  local db="$1" base="$2" count="$3" users="$4"
  psql -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
INSERT INTO account (id, email, display_name, password_hash, preferred_language, created_at, email_verified_at)
SELECT gen_random_uuid(), 'coordinator' || lpad(n::text, 4, '0') || '@load.sadarbe.test',
       'Coordinator ' || n, '$LOAD_PASSWORD_HASH', 'en', now(), now()
FROM generate_series(1, $count) AS n;
INSERT INTO account_role (account_id, role)
SELECT id, 'APPLICANT' FROM account WHERE email LIKE '%@load.sadarbe.test';
INSERT INTO call_round (id, call_year, round_number, label, deadline_brussels, created_at, created_by)
VALUES ('00000000-0000-0000-0000-000000002020', 2020, ${ROUND_NUMBER:-1}, 'Load test round',
        (now() AT TIME ZONE 'Europe/Brussels') + interval '2 days', now(), 'load-test');
INSERT INTO call_round_action_type (call_round, action_type_code)
SELECT '00000000-0000-0000-0000-000000002020', code FROM action_type;
SQL
  python3 "$ROOT/scripts/load/seed.py" "$base" "$count" "$LOAD_PASSWORD" "$DOCUMENT" "$users"
}

machine_state() { # label
  echo "$1: $(uptime | sed 's/.*load average/load average/'); busiest other processes:"
  ps -eo pcpu,comm --sort=-pcpu | sed -n 2,6p | tr '\n' ';'
  echo
}
