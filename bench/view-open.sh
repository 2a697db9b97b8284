#!/usr/bin/env bash
# How long each view of `wattplan serve`'s page takes to open on the hourly hyperscaler run, in Debian's headless
# Chromium (docs/serve.md, "Speed"). Builds the server module with its tests compiled and runs
# server/src/test/java/org/wattplan/server/ViewOpenBenchmark.java, which prints one line per view.
# Usage: bench/view-open.sh
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"
# shellcheck source=../scripts/test.d/chromium.sh
. "$ROOT/scripts/test.d/chromium.sh"
mvn -B -ntp -q -pl server -am verify -Dspotless.skip=true -Dtest=ViewOpenBenchmark \
  -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.printSummary=false 2>&1 \
  | grep -E '^(view open times|  )' || { echo "bench/view-open.sh: the benchmark failed; see server/target/surefire-reports" >&2; exit 1; }
