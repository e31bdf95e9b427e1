#!/usr/bin/env bash
# Proves that target/sadarbe-image.tar is a runnable image without a container engine (issue 16):
#  1. its manifest.json names a config and layers that exist, and each layer's SHA-256 is the config's diff_id
#     (what `docker load` / `podman load` check);
#  2. the config runs as a non-root user with the postgres profile and an entry point;
#  3. the layers unpacked in order give a root file system whose entry point, run in it (chroot, private /proc,
#     as the image's user), starts Sadarbe on a fresh PostgreSQL database until its readiness check says UP.
# Needs root (chroot, unshare) and the local PostgreSQL (127.0.0.1:5432, user postgres). PORT defaults to 18080.
set -euo pipefail
cd "$(dirname "$0")/../.."

TAR=${1:-target/sadarbe-image.tar}
PORT=${PORT:-18080}
SECONDS_TO_START=${SECONDS_TO_START:-300}
DB=sadarbe_image_check
export PGOPTIONS="-c client_min_messages=warning"
WORK=$(mktemp -d /tmp/sadarbe-image.XXXXXX)
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ]; then
    # unshare --fork ignores SIGTERM and waits for its child, the image's entry point: end that one
    for child in $(ps -o pid= --ppid "$APP_PID"); do kill "$child" 2>/dev/null || true; done
    wait "$APP_PID" 2>/dev/null || true
  fi
  umount "$WORK/rootfs/proc" 2>/dev/null || true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

tar -xf "$TAR" -C "$WORK"
python3 - "$WORK" > "$WORK/run.env" <<'PY'
import hashlib, gzip, json, os, shlex, sys
work = sys.argv[1]
manifest = json.load(open(os.path.join(work, "manifest.json")))
assert len(manifest) == 1, "one image in the tarball"
image = manifest[0]
config = json.load(open(os.path.join(work, image["Config"])))
diff_ids = config["rootfs"]["diff_ids"]
assert len(diff_ids) == len(image["Layers"]) > 0, "a diff_id for every layer"
for layer, diff_id in zip(image["Layers"], diff_ids):
    with gzip.open(os.path.join(work, layer)) as stream:
        digest = hashlib.sha256()
        for chunk in iter(lambda: stream.read(1 << 20), b""):
            digest.update(chunk)
    assert "sha256:" + digest.hexdigest() == diff_id, f"layer {layer} matches its diff_id"
run = config["config"]
user = run.get("User", "")
assert user and not user.startswith("0") and user != "root", f"a non-root user, not {user!r}"
env = dict(entry.split("=", 1) for entry in run.get("Env", []))
assert env.get("SPRING_PROFILES_ACTIVE") == "postgres", "the postgres profile by default"
entrypoint = run.get("Entrypoint") or []
assert entrypoint, "an entry point"
print(f"[image] {image['RepoTags']}: {len(image['Layers'])} layers, user {user}, entry point {' '.join(entrypoint)}",
      file=sys.stderr)
print("LAYERS=" + shlex.quote(" ".join(image["Layers"])))
print("USERSPEC=" + shlex.quote(user))
print("ENTRYPOINT=" + shlex.quote(" ".join(shlex.quote(part) for part in entrypoint + (run.get("Cmd") or []))))
print("IMAGE_ENV=" + shlex.quote(" ".join(shlex.quote(k + "=" + v) for k, v in env.items())))
PY
# shellcheck disable=SC1091
source "$WORK/run.env"

mkdir -p "$WORK/rootfs"
for layer in $LAYERS; do
  tar --warning=no-unknown-keyword -xzf "$WORK/$layer" -C "$WORK/rootfs"
done
mkdir -p "$WORK/rootfs/proc" "$WORK/rootfs/dev"
echo "[image] root file system: $(du -sh "$WORK/rootfs" | cut -f1)"

psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE $DB" >/dev/null
# The image's entry point in its own root file system, as its user; /proc mounted as a container runtime would
# (the image has no shell: the host's env and chroot start the entry point, which chroot finds on the image's PATH)
unshare --mount --pid --fork sh -c "mount -t proc proc '$WORK/rootfs/proc' && \
  exec /usr/bin/env -i $IMAGE_ENV HOME=/home/sadarbe \
    SADARBE_DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB SADARBE_DB_USER=postgres SADARBE_DB_PASSWORD= \
    SADARBE_SECURE_COOKIES=false SERVER_PORT=$PORT \
    chroot --userspec='$USERSPEC' '$WORK/rootfs' $ENTRYPOINT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 "$SECONDS_TO_START"); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
    echo "[image] the image's entry point started Sadarbe: readiness UP on port $PORT"
    # and the image's own health check (deploy/compose.yaml) agrees, run in the image as its user
    unshare --mount --fork sh -c "mount -t proc proc '$WORK/rootfs/proc' && exec /usr/bin/env -i $IMAGE_ENV \
        chroot --userspec='$USERSPEC' '$WORK/rootfs' java -cp /app/classes eu.sadarbe.ReadinessProbe $PORT" \
      && echo "[image] its health check (eu.sadarbe.ReadinessProbe) says healthy" \
      || { echo "[image] FAILED: the image's health check says unhealthy" >&2; exit 1; }
    exit 0
  fi
  kill -0 "$APP_PID" 2>/dev/null || break
  sleep 1
done
tail -40 "$WORK/app.log"
echo "[image] FAILED: Sadarbe did not become ready from the image's root file system" >&2
exit 1
