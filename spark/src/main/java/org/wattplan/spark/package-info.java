/**
 * Scale-out on Apache Spark: sweeps with draws partitioned across executors and accelerator telemetry
 * aggregated from Parquet, as Dataset jobs that call the same per-draw function and the same integration rules
 * as the single-machine path, and write their tables by staging them and renaming on success. Spark is
 * {@code provided}: this module is the job jar for spark-submit; the CLI's own jar does not carry Spark and
 * starts this jar in a child process ({@code org.wattplan.cli.SparkLauncher}).
 */
@NullMarked
package org.wattplan.spark;

import org.jspecify.annotations.NullMarked;
