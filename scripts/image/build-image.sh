#!/usr/bin/env bash
# Builds target/sadarbe-image.tar (OCI/Docker image tarball) without a Docker engine and without a registry: the
# base is assembled here (scripts/image/build-base.sh) and added to Jib's empty `scratch` base. With a registry at
# hand, `./mvnw -Pimage -DskipTests package` alone builds on eclipse-temurin:17-jre instead.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ -x target/image-base/opt/java/openjdk/bin/java ] || scripts/image/build-base.sh
./mvnw -B -Pimage -DskipTests "$@" package \
  -Djib.from.image=scratch \
  -Djib.extraDirectories.paths=target/image-base \
  -Djib.extraDirectories.permissions='/opt/java/openjdk/bin/*=755,/opt/java/openjdk/lib/jspawnhelper=755,/opt/java/openjdk/lib/*.so=755,/lib64/*=755,/lib/x86_64-linux-gnu/*=755,/usr/lib/x86_64-linux-gnu/*=755,/tmp=777,/home/sadarbe=777'
ls -l target/sadarbe-image.tar
