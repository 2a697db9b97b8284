#!/usr/bin/env bash
# Sourced by the bench scripts: sets ROOT (the checkout) and JAVA_HOME/JAVA (a JDK >= 21, or exits with a clear
# message), and defines the steps several benchmarks share.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=../scripts/find-java.sh
. "$ROOT/scripts/find-java.sh"

# bench_package MODULES JAR...: builds MODULES (and what they need) unless every JAR is there and newer than the
# sources and poms (scripts/build.sh:
# one line, Maven's output only when the build fails).
bench_package() {
  local modules="$1" jar
  shift
  for jar in "$@"; do
    # missing, or older than a module's sources or a pom: a stale jar would measure old code
    if [ ! -f "$jar" ] || [ -n "$(find "$ROOT"/*/src/main "$ROOT"/*/pom.xml "$ROOT/pom.xml" -newer "$jar" -print -quit 2>/dev/null)" ]; then
      WATTPLAN_ROOT="$ROOT"
      # shellcheck source=../scripts/build.sh
      . "$ROOT/scripts/build.sh"
      wattplan_build "the $modules jars" -DskipTests -Dspotless.skip=true -pl "$modules" -am package
      return
    fi
  done
}

# bench_samples WORK N WATTPLAN...: N bulk power samples (1,024 accelerators on a known sine curve) as
# WORK/samples.parquet, generated with DuckDB by the command WATTPLAN... unless WORK already holds N of them.
bench_samples() {
  local work="$1" n="$2"
  shift 2
  mkdir -p "$work"
  if [ ! -f "$work/samples.parquet" ] || [ "$(cat "$work/count" 2>/dev/null)" != "$n" ]; then
    echo "== generating $n samples with DuckDB into $work"
    rm -f "$work/samples.parquet"
    /usr/bin/time -f "generated in %e s" "$@" actuals sample --out "$work" --bulk-samples "$n" > /dev/null
    echo "$n" > "$work/count"
  fi
}
