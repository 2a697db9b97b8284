#!/usr/bin/env bash
# Benchmark of issue 15: one hour of the 100,000-accelerator campus (examples/grid/campus-100k.yaml) at 10 ms steps
# (360,000 steps), end to end from the command line: scenario, hourly engine, the sub-hourly model with four
# mitigations and five spectra, the trace as CSV and Parquet. Prints wall and CPU seconds of each of RUNS runs.
#   bench/grid.sh [RUNS] (default 3)
# (A JMH benchmark of the model alone was not added: jmh-core is not in the offline Maven cache this was built with.)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
OUT="${OUT:-/tmp/wattplan-bench-grid}"
cd "$ROOT"
./wattplan --version >/dev/null
for _ in $(seq "$RUNS"); do
  /usr/bin/time -f "%e s wall, %U s user, %S s sys" ./wattplan grid examples/grid/campus-100k.yaml --site campus \
    --from 2025-03-02T12:00:00Z --to 2025-03-02T13:00:00Z --step 10ms --out "$OUT" --format json >/dev/null
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
