#!/usr/bin/env bash
# Load on `wattplan serve`, loopback only, bounded in time (docs/serve.md, "Load").
# Usage: bench/serve-load.sh [--seconds 20] [--clients 8] [--runs 4] [--scenario FILE] [--url http://127.0.0.1:PORT]
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
if [ ! -f bench/target/wattplan-bench.jar ] || [ -n "$(find app server store io core -name '*.java' -newer bench/target/wattplan-bench.jar | head -1)" ]; then
  WATTPLAN_ROOT="$ROOT"
  # shellcheck source=../scripts/build.sh
  . "$ROOT/scripts/build.sh"
  wattplan_build "the bench jar" -pl bench -am package -DskipTests -Dspotless.skip
fi
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp bench/target/wattplan-bench.jar \
  org.wattplan.bench.ServeLoad "$@"
