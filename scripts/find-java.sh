#!/usr/bin/env bash
# Sourced by ./wattplan and scripts/test: sets JAVA_HOME and JAVA to a JDK >= 21, or exits with a clear message.
# Order: $JAVA_HOME, `java` on PATH, then the newest JDK under /usr/lib/jvm (Temurin 25 on our machines).
# The major version of the JDK at $1, read from its `release` file (no JVM started: a JVM costs 0.3-0.5 s on a
# loaded machine); only a JDK without one is asked by running it. JAVA_VERSION="1.8.0_392" gives 8, "25.0.3" 25.
wattplan_java_major() {
  local version=""
  if [ -r "$1/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\{0,1\}\([0-9][0-9._]*\).*/\1/p' "$1/release" | head -n 1)
  fi
  if [ -z "$version" ] && [ -x "$1/bin/java" ]; then
    version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9.]*\).*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  echo "${version%%[._]*}"
}
wattplan_find_java() {
  local candidates=() dir major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for dir in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do candidates+=("${dir%/}"); done
  for dir in "${candidates[@]}"; do
    if [ -x "$dir/bin/java" ] && [ -x "$dir/bin/javac" ]; then
      major=$(wattplan_java_major "$dir")
      if [ -n "$major" ] && [ "$major" -ge 21 ]; then
        export JAVA_HOME="$dir"
        export JAVA="$dir/bin/java"
        return 0
      fi
    fi
  done
  echo "wattplan needs a JDK 21 or newer (Temurin 25 recommended). None found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}
wattplan_find_java || exit 2
if ! command -v mvn >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Maven not found; installing Debian's maven package..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq maven >/dev/null) || {
      echo "Could not install Maven; install Apache Maven 3.8+ and retry." >&2; exit 2; }
  else
    echo "wattplan builds with Apache Maven 3.8+, which is not on PATH; install it (e.g. 'apt-get install maven')." >&2
    exit 2
  fi
fi
