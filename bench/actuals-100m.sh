#!/usr/bin/env bash
# Benchmark of issue 7: ingest and aggregate 100 million accelerator power samples with under 2 GB of Java heap.
#   bench/actuals-100m.sh [SAMPLES] (default 100000000); WORK=dir to keep the files (default /tmp/wattplan-bench-actuals)
# 1. generates the samples as Parquet with DuckDB itself (wattplan actuals sample --bulk-samples N: 1,024
#    accelerators, one sample a second each, on a known sine power curve) and a job mapping, unless present;
# 2. times `wattplan actuals ingest` of them into a fresh DuckDB file with -Xmx2g under /usr/bin/time -v,
#    printing the wall time and the peak resident memory of the whole process (Java heap + DuckDB's native memory).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N="${1:-100000000}"
WORK="${WORK:-/tmp/wattplan-bench-actuals}"
JAR="$ROOT/cli/target/wattplan.jar"
bench_package cli "$JAR"
bench_samples "$WORK" "$N" "$JAVA" --enable-native-access=ALL-UNNAMED -jar "$JAR"
ls -l "$WORK/samples.parquet"
rm -f "$WORK/actuals.duckdb" "$WORK/actuals.duckdb.wal"
# DUCKDB_MEMORY=1GB caps DuckDB's native memory too (it spills to disk beyond it); unset: DuckDB's default.
CMD=("$JAVA" -Xmx2g ${DUCKDB_MEMORY:+-Dwattplan.duckdb.memory_limit=$DUCKDB_MEMORY} --enable-native-access=ALL-UNNAMED -jar "$JAR" actuals ingest
  --db "$WORK/actuals.duckdb" --samples "$WORK/samples.parquet" --jobs "$WORK/samples-jobs.csv")
echo "== ${CMD[*]}"
/usr/bin/time -v "${CMD[@]}" 2> "$WORK/time.txt"
grep -E "User time|System time|Elapsed \(wall clock\)|Maximum resident set size" "$WORK/time.txt"
echo "== cores: $(nproc); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
