#!/usr/bin/env bash
# End-to-end figures of issue 16, from ./wattplan as a user runs it (JAVA_HOME unset, the launcher finds the JDK):
#   1. the main job: examples/hyperscaler.yaml simulated and stored (in a fresh store file of its own);
#   2. the same with --no-store;
#   3. the peer question (bench/peer/, when it exists);
#   4. the sweep: 10,000 daily draws of examples/hyperscaler.yaml with bench/scenarios/hyperscaler-uncertainty.yaml.
# Each is run RUNS times (default 3); every run prints wall, CPU (user + sys) and the load average (1, 5, 15 min)
# beside it, then the median wall and CPU of the runs. The machine is shared: read CPU time where the load
# average is above the number of cores. Usage: bench/e2e.sh [RUNS] [DRAWS] (defaults 3 and 10000).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-3}"
DRAWS="${2:-10000}"
WORK="${WORK:-/tmp/wattplan-bench-e2e}"
cd "$ROOT"
unset JAVA_HOME
mkdir -p "$WORK"
./wattplan --version >/dev/null # builds the jar if it is stale, and creates the class-data archive

# measure NAME SCRIPT: runs the bash SCRIPT RUNS times; one line per run and a median line.
measure() {
  local name="$1" script="$2" times="$WORK/times" i
  : >"$times"
  for i in $(seq "$RUNS"); do
    /usr/bin/time -o "$WORK/time" -f "%e %U %S" bash -c "$script" >"$WORK/out" 2>&1 || {
      cat "$WORK/out" >&2
      exit 1
    }
    read -r wall user sys <"$WORK/time"
    printf '%-26s run %d: %6.2f s wall, %6.2f s CPU (%s user + %s sys), load %s\n' "$name" "$i" "$wall" \
      "$(echo "$user + $sys" | bc)" "$user" "$sys" "$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "$wall $(echo "$user + $sys" | bc)" >>"$times"
  done
  printf '%-26s median: %6.2f s wall, %6.2f s CPU\n' "$name" \
    "$(cut -d' ' -f1 "$times" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')" \
    "$(cut -d' ' -f2 "$times" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}

# The stored run goes to a fresh store file each time, so every run appends to the same empty store.
measure "simulate (stored)" "rm -f '$WORK/store.duckdb' '$WORK/store.duckdb.wal'
  ./wattplan simulate examples/hyperscaler.yaml --out '$WORK/run' --force --quiet --store '$WORK/store.duckdb'"
measure "simulate --no-store" "./wattplan simulate examples/hyperscaler.yaml --out '$WORK/run' --force --quiet --no-store"
if [ -x bench/peer/run.sh ]; then
  measure "peer question (one run, its own checks)" "bench/peer/run.sh 1"
fi
measure "sweep ($DRAWS daily draws)" "rm -rf '$WORK/sweep'
  ./wattplan sweep examples/hyperscaler.yaml --uncertainty bench/scenarios/hyperscaler-uncertainty.yaml \
    --draws $DRAWS --step daily --out '$WORK/sweep'"
echo "cores: $(nproc)"
