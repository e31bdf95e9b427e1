#!/usr/bin/env bash
# The base of Sadarbe's container image, assembled from this machine's own Java 17 and Debian libraries, for
# machines that reach no container registry (issue 16): a jlink'ed Java runtime at /opt/java/openjdk (where
# Temurin's images have theirs), the shared libraries it loads, and a non-root user 10001 "sadarbe".
# Writes target/image-base/, which `./mvnw -Pimage` adds to the `scratch` base as an extra directory
# (scripts/image/build-image.sh). Where a registry is reachable, the default base eclipse-temurin:17-jre needs none
# of this.
set -euo pipefail
cd "$(dirname "$0")/../.."

JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
ROOT=target/image-base
# Modules the app needs (jdeps on the boot jar finds most; JDBC, JNDI, JMX, AWT for the PDF colour profile,
# CLDR locale data for Latvian names, elliptic-curve TLS to PostgreSQL)
MODULES=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,\
jdk.zipfs

rm -rf "$ROOT"
mkdir -p "$ROOT/opt/java" "$ROOT/etc" "$ROOT/tmp" "$ROOT/home/sadarbe"
"$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$ROOT/opt/java/openjdk"
# Debian's JDK links its CA certificates from /etc; the image gets a real file
if [ -e "$JAVA_HOME/lib/security/cacerts" ]; then
  rm -f "$ROOT/opt/java/openjdk/lib/security/cacerts"
  cp -L "$JAVA_HOME/lib/security/cacerts" "$ROOT/opt/java/openjdk/lib/security/cacerts"
fi

# Every shared library the runtime's binaries and libraries load, at the path the loader finds it
copy_library() {
  local path=$1
  [ -e "$ROOT$path" ] && return 0
  mkdir -p "$ROOT$(dirname "$path")"
  cp -L "$path" "$ROOT$path"
}
while read -r library; do
  copy_library "$library"
done < <(find "$ROOT/opt/java/openjdk" -type f \( -name '*.so' -o -perm -u+x \) -exec ldd {} \; 2>/dev/null \
          | grep -oE '/[^ ]+\.so[^ ]*' | sort -u)
# Loaded by name at run time, not linked: name resolution (NSS) and the resolver
for extra in /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libnss_dns.so.2 \
             /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$extra" ] && copy_library "$extra"
done

cat > "$ROOT/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
sadarbe:x:10001:10001:Sadarbe:/home/sadarbe:/sbin/nologin
PASSWD
cat > "$ROOT/etc/group" <<'GROUP'
root:x:0:
sadarbe:x:10001:
GROUP
printf 'hosts: files dns\n' > "$ROOT/etc/nsswitch.conf"

du -sh "$ROOT" | sed 's/^/[image-base] /'
