package org.wattplan.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.plan.PlanOptions;
import org.wattplan.plan.Planner;
import org.wattplan.plan.SolverKind;
import org.wattplan.plan.SyntheticPlans;

/**
 * The build-out MILP at the size: 30 candidate sites of three phases each (plus four existing sites),
 * two accelerator types, three workloads, 15 yearly periods ({@link SyntheticPlans}), solved to a 1% gap. One
 * solve per measurement (single-shot time). Goal: under 30 s. Run:
 * {@code java -jar bench/target/wattplan-bench.jar PlanBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class PlanBenchmark {
    @Param({"highs"})
    public String solver = "highs";

    private final PlanSpec spec = SyntheticPlans.fleet(30, 15, 1);

    @Benchmark
    public BuildPlan thirtySitesFifteenYears() {
        BuildPlan plan = Planner.plan(spec, new PlanOptions(SolverKind.named(solver), 0.01, Duration.ofMinutes(2)));
        if (!plan.meetsDemand()) {
            throw new IllegalStateException("the benchmark plan must meet its demand");
        }
        return plan;
    }
}
