#!/usr/bin/env bash
# Benchmark of issue 8: throughput of the Spark jobs at local[1] and local[2], and the per-task cost that the
# estimate for 100 executors in docs/spark.md starts from.
#   bench/spark-scaling.sh [SCENARIO [UNCERTAINTY]] (default examples/hyperscaler.yaml swept with the
#   distributions of bench/scenarios/hyperscaler-uncertainty.yaml, as bench/sweep.sh does on one machine)
#   DRAWS=64 STEP=monthly SAMPLES=20000000 MASTERS="local[1] local[2]" JOBS="sweep actuals" WORK=/tmp/wattplan-bench-spark
#   CORES=0 (skips the closing measure of what two threads of plain computation get on this machine)
# 1. sweep: `wattplan sweep SCENARIO --engine spark --master M --draws DRAWS --step STEP --seed 1`; the job prints
#    the wall time of its draw phase and the draws' own compute time summed over executors;
# 2. actuals: `wattplan actuals ingest --engine spark --master M --samples S.parquet` on SAMPLES bulk samples
#    (1,024 accelerators on a known sine curve, generated once with DuckDB).
# Each run's tables must equal the others' (same seed, same data): the script compares the CSV files.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
SCENARIO="${1:-$ROOT/examples/hyperscaler.yaml}"
UNCERTAINTY="${2:-$ROOT/bench/scenarios/hyperscaler-uncertainty.yaml}"
DRAWS="${DRAWS:-64}"
STEP="${STEP:-monthly}"
SAMPLES="${SAMPLES:-20000000}"
MASTERS="${MASTERS:-local[1] local[2]}"
JOBS="${JOBS:-sweep actuals}"
has_job() { case " $JOBS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
WORK="${WORK:-/tmp/wattplan-bench-spark}"
bench_package cli,spark "$ROOT/cli/target/wattplan.jar" "$ROOT/spark/target/wattplan-spark.jar"
if has_job actuals; then bench_samples "$WORK" "$SAMPLES" "$ROOT/wattplan"; fi
# the first run of each Spark job after a build records the job's start-up cache (docs/spark.md, "Start-up"): not
# in a timing, so each job is warmed up once on a small input
if has_job sweep; then
  echo "== warm-up: a 2-draw sweep on local[1] (records the sweep's start-up cache when it is missing)"
  "$ROOT/wattplan" sweep "$SCENARIO" --engine spark --master 'local[1]' --uncertainty "$UNCERTAINTY" --draws 2 \
    --step monthly --seed 1 --out "$WORK/warm-up" > /dev/null 2>&1 || echo "   the warm-up failed; the first run may record"
  rm -rf "$WORK/warm-up"
fi
if has_job actuals; then
  echo "== warm-up: actuals on local[1], 4M samples (records the actuals job's start-up cache when it is missing)"
  bench_samples "$WORK/warm-up-samples" 4000000 "$ROOT/wattplan" > /dev/null
  "$ROOT/wattplan" actuals ingest --engine spark --master 'local[1]' --samples "$WORK/warm-up-samples/samples.parquet" \
    --out "$WORK/warm-up" > /dev/null 2>&1 || echo "   the warm-up failed; the first run may record"
  rm -rf "$WORK/warm-up"
fi
first=""
for master in $MASTERS; do
  name="${master//[^a-z0-9]/}"
  if has_job sweep; then
    echo "== sweep on $master: $DRAWS draws of $(basename "$SCENARIO"), $STEP steps"
    /usr/bin/time -f "   process wall %e s (JVM and Spark start included)" "$ROOT/wattplan" sweep "$SCENARIO" \
      --engine spark --master "$master" --uncertainty "$UNCERTAINTY" --draws "$DRAWS" --step "$STEP" --seed 1 \
      --out "$WORK/sweep-$name" | grep -E "^spark:"
  fi
  if has_job actuals; then
    echo "== actuals on $master: $SAMPLES samples"
    /usr/bin/time -f "   process wall %e s (JVM and Spark start included)" "$ROOT/wattplan" actuals ingest \
      --engine spark --master "$master" --samples "$WORK/samples.parquet" --out "$WORK/actuals-$name" \
      | grep -E "^spark:|aggregated"
  fi
  if [ -n "$first" ]; then
    if has_job sweep; then
      for f in sweep_annual sweep_risk sweep_draws; do
        cmp -s "$WORK/sweep-$first/$f.csv" "$WORK/sweep-$name/$f.csv" || { echo "DIFFERENT: $f on $master"; exit 1; }
      done
    fi
    if has_job actuals; then
      cmp -s "$WORK/actuals-$first/accelerator_monthly.csv" "$WORK/actuals-$name/accelerator_monthly.csv" \
        || { echo "DIFFERENT: accelerator_monthly on $master"; exit 1; }
    fi
    echo "   tables equal to those of $first"
  fi
  first="${first:-$name}"
done
echo "== cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
# what two threads get here at all, beside the jobs' ratio (docs/spark.md, "What two cores give"); CORES=0 skips it
if [ "${CORES:-1}" != 0 ]; then
  echo "== this machine's two threads against one (bench CoreScaling, 2 s a run)"
  "$JAVA" "$ROOT/bench/src/main/java/org/wattplan/bench/CoreScaling.java" 2 2 | grep "give"
fi
