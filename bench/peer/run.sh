#!/usr/bin/env bash
# The peer question of issue 16, answered by trace replay: the annual IT energy of 20,000 hosts with a linear
# 450-1,275 W power model under the hourly utilisation trace
#   u(h) = clamp(0.55 + 0.25 sin(2 pi h / 24) + 0.1 sin(2 pi h / 8760), 0, 1),  h = 0..8759 (2023, hourly, PUE 1),
# the question CloudSim Plus 8.5.7 answers in 304 s (issue 16). Writes the trace (CSV, 17 significant digits) and a
# scenario that replays it as the hosts' utilisation, runs `./wattplan simulate --quiet` RUNS times with JAVA_HOME
# unset (as for a new user; the run is stored in WORK/store.duckdb, not in the user's store), prints the wall time,
# CPU time and load average of each run and of `./wattplan --version` (the launcher and JVM alone), and checks the
# answer against the closed form
#   E = N x (450 W x 8,760 h + 825 W x sum_h u(h)) = N x 7,916.85 kWh
# (the clamp never binds: 0.2 <= u <= 0.9; both sines sum to zero over whole periods, so sum_h u(h) = 0.55 x 8,760).
#   bench/peer/run.sh [RUNS] [-- extra simulate options, e.g. --no-parquet --no-store]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${1:-3}"
shift || true
[ "${1:-}" = "--" ] && shift
HOSTS=20000
WORK="${WORK:-/tmp/wattplan-bench-peer}"
mkdir -p "$WORK"
awk 'BEGIN {
  pi = atan2(0, -1); print "timestamp_utc,util"
  for (h = 0; h < 8760; h++) {
    u = 0.55 + 0.25 * sin(2 * pi * h / 24) + 0.1 * sin(2 * pi * h / 8760)
    if (u < 0) u = 0; if (u > 1) u = 1
    d = int(h / 24); printf "2023-%s,%.17g\n", sprintf("D%03dT%02d", d, h % 24), u
  }
}' > "$WORK/utilisation.raw"
# day-of-year to a calendar date without GNU date (2023 is not a leap year)
awk -F, 'BEGIN { split("31 28 31 30 31 30 31 31 30 31 30 31", len, " ") }
  NR == 1 { print; next }
  { doy = substr($1, 7, 3) + 0; hh = substr($1, 11, 2); m = 1
    while (doy >= len[m]) { doy -= len[m]; m++ }
    printf "2023-%02d-%02dT%s:00:00Z,%s\n", m, doy + 1, hh, $2 }' "$WORK/utilisation.raw" > "$WORK/utilisation.csv"
rm -f "$WORK/utilisation.raw"
cat > "$WORK/peer.yaml" <<YAML
name: peer-20000-hosts
description: 20,000 hosts, linear 450-1,275 W, an hourly utilisation trace over 2023, PUE 1 (bench/peer/run.sh).
horizon: {start: 2023-01-01, end: 2024-01-01}
step: hourly
sites:
  - id: dc
    region: US-VA
    grid_limit: "100 MW"
    pue: "1.0"
    electricity_price: "0.10 USD/kWh"
    phases:
      - {id: hall, capacity: "30 MW", construction_start: 2019-01-01, energized: 2020-01-01}
cohorts:
  - {id: hosts, site: dc, accelerator: H100-SXM, count: $HOSTS, installed: 2022-01-01,
     idle_power: "450 W", max_power: "1275 W", server_overhead: "0 W"}
workloads:
  - {id: hosts, kind: ranking, demand: "$HOSTS", utilisation: {file: utilisation.csv, value_column: util}}
YAML
cd "$ROOT"
unset JAVA_HOME
export WATTPLAN_STORE="$WORK/store.duckdb"
./wattplan --version > /dev/null # builds the jar if it is missing or stale (not timed)
/usr/bin/time -f "./wattplan --version: %e s wall, %U s user + %S s sys CPU" ./wattplan --version > /dev/null
echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
  rm -rf "$WORK/out"
  /usr/bin/time -f "simulate $* run $run: %e s wall, %U s user + %S s sys CPU" \
    ./wattplan simulate "$WORK/peer.yaml" --out "$WORK/out" --quiet "$@" > /dev/null
  echo "  load average: $(cut -d' ' -f1-3 /proc/loadavg)"
done
awk -F, -v n="$HOSTS" '
  NR == 1 { for (i = 1; i <= NF; i++) if ($i == "it_energy_mwh") c = i; next }
  { mwh += $c }
  END {
    expected = n * 7916.85 / 1000
    printf "annual IT energy: %.6f MWh; closed form %d x 7,916.85 kWh = %.6f MWh; relative error %.3g" \
      " (annual_by_site.csv has 6 decimals of MWh)\n",
      mwh, n, expected, (mwh - expected) / expected
    if ((mwh - expected) / expected > 1e-9 || (expected - mwh) / expected > 1e-9) { print "FAILED"; exit 1 }
  }' "$WORK/out/annual_by_site.csv"
