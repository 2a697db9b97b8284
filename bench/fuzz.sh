#!/usr/bin/env bash
# Issue 11's audit at length: N seeded mutations of the examples (default 10,000) through the server's validation
# and the CLI in-process; prints cases, accepted, rejected-with-path, stack traces, 5xx, hangs (> 5 s) and wrong exit
# codes, and exits 1 when any of the last four is not 0. The JUnit ScenarioFuzzTest runs the first 300 in the build.
# Usage: bench/fuzz.sh [--cases N] [--seed S]
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
WATTPLAN_ROOT="$ROOT"
# shellcheck source=../scripts/build.sh
. "$ROOT/scripts/build.sh"
wattplan_build "wattplan and its tests" -DskipTests -Dspotless.skip=true -pl cli -am package  # -DskipTests still compiles the test classes
CP="cli/target/wattplan.jar:cli/target/test-classes:testkit/target/classes"
exec "$JAVA_HOME/bin/java" -Xmx2g -XX:+UseSerialGC --enable-native-access=ALL-UNNAMED -cp "$CP" \
  org.wattplan.cli.FuzzMain --examples examples "$@"
