package org.wattplan.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunInfo;
import org.wattplan.report.run.RunSchema;
import org.wattplan.report.run.Table;

/**
 * What differs between two runs over the same horizon (a what-if against its baseline): each headline figure,
 * opex, IT energy and unserved demand per year, and each site's peak and largest ramp, as A, B, B - A and B / A - 1.
 */
public final class Comparison {
    private final RunFigures a;
    private final RunFigures b;
    private final List<Difference> differences;

    /** One compared figure. */
    public record Difference(String metric, String unit, String scope, String year, double a, double b) {
        public double difference() {
            return b - a;
        }

        public Optional<Double> change() {
            return a == 0 ? Optional.empty() : Optional.of(b / a - 1);
        }
    }

    /** A training run in both runs: when it completed in each (empty if it did not) and its deadline. */
    public record TrainingDates(
            String workload,
            Optional<LocalDate> completedA,
            Optional<LocalDate> completedB,
            Optional<LocalDate> deadline) {
        /** Days B completed after A (negative: earlier); empty unless both completed. */
        public Optional<Long> daysLater() {
            return completedA.flatMap(da -> completedB.map(db -> ChronoUnit.DAYS.between(da, db)));
        }
    }

    private final List<TrainingDates> trainings;

    private Comparison(RunFigures a, RunFigures b) {
        this.a = a;
        this.b = b;
        this.differences = differences(a, b);
        this.trainings = trainings(a, b);
    }

    /** The training runs both runs have (trainings.csv), in A's order. */
    public List<TrainingDates> trainings() {
        return trainings;
    }

    /** Compares two runs; runs over different horizons are bad input (exit code 2). */
    public static Comparison of(RunFigures a, RunFigures b) {
        RunInfo infoA = a.run().info();
        RunInfo infoB = b.run().info();
        if (!infoA.start().equals(infoB.start()) || !infoA.end().equals(infoB.end())) {
            throw new InvalidInputException(List.of(new Problem(
                    b.run().dir().toString(),
                    "runs over different horizons cannot be compared year by year: " + infoB.horizon() + " here, "
                            + infoA.horizon() + " in " + a.run().dir() + "; simulate both over the same horizon")));
        }
        return new Comparison(a, b);
    }

    public RunFigures a() {
        return a;
    }

    public RunFigures b() {
        return b;
    }

    public List<Difference> differences() {
        return differences;
    }

    /** How the report names each run: its scenario, or its folder when both scenarios share a name. */
    public String label(RunFigures run) {
        boolean same = a.run().info().scenario().equals(b.run().info().scenario());
        String name = same
                ? run.run().dir().getFileName().toString()
                : run.run().info().scenario();
        return (run == a ? "A: " : "B: ") + name;
    }

    private static List<Difference> differences(RunFigures a, RunFigures b) {
        List<Difference> out = new ArrayList<>();
        List<Headline> headlinesA = Headlines.of(a);
        List<Headline> headlinesB = Headlines.of(b);
        for (int i = 0; i < headlinesA.size(); i++) {
            Headline ha = headlinesA.get(i);
            Headline hb = headlinesB.get(i);
            for (int year : common(a, b)) {
                out.add(new Difference(
                        ha.label(), ha.unit(), "fleet", String.valueOf(year), ha.value(year), hb.value(year)));
            }
        }
        for (int year : common(a, b)) {
            out.add(annual(a, b, "Opex, electricity", "million USD", RunSchema.OPEX_ELECTRICITY_MUSD, year));
        }
        for (int year : common(a, b)) {
            out.add(annual(a, b, "IT energy", "MWh", RunSchema.IT_ENERGY_MWH, year));
        }
        for (int year : common(a, b)) {
            out.add(new Difference(
                    "Unserved demand",
                    "accelerator-h",
                    "fleet",
                    String.valueOf(year),
                    a.workloadsTotal(year, RunSchema.UNSERVED_ACCELERATOR_HOURS),
                    b.workloadsTotal(year, RunSchema.UNSERVED_ACCELERATOR_HOURS)));
        }
        List<PowerSeries> powerB = b.power();
        for (PowerSeries series : a.power()) {
            powerB.stream()
                    .filter(s -> s.site().equals(series.site()))
                    .findFirst()
                    .ifPresent(other -> {
                        PeakAndRamp pa = PeakAndRamp.of(series);
                        PeakAndRamp pb = PeakAndRamp.of(other);
                        out.add(new Difference(
                                "Peak facility power", "MW", series.site(), "horizon", pa.peakMw(), pb.peakMw()));
                        out.add(new Difference(
                                "Largest ramp", "MW", series.site(), "horizon", pa.rampMw(), pb.rampMw()));
                    });
        }
        return List.copyOf(out);
    }

    private static List<TrainingDates> trainings(RunFigures a, RunFigures b) {
        Map<String, Table.Row> rowsB = new java.util.HashMap<>();
        b.run().trainings().ifPresent(t -> t.rows().forEach(row -> rowsB.put(row.text(RunSchema.WORKLOAD), row)));
        List<TrainingDates> out = new ArrayList<>();
        a.run()
                .trainings()
                .ifPresent(t -> t.rows().forEach(row -> {
                    Table.Row other = rowsB.get(row.text(RunSchema.WORKLOAD));
                    if (other != null) {
                        out.add(new TrainingDates(
                                row.text(RunSchema.WORKLOAD),
                                date(row.text("completed")),
                                date(other.text("completed")),
                                date(row.text("deadline"))));
                    }
                }));
        return List.copyOf(out);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static List<Integer> common(RunFigures a, RunFigures b) {
        return a.years().stream().filter(b.years()::contains).toList();
    }

    private static Difference annual(RunFigures a, RunFigures b, String label, String unit, String column, int year) {
        return new Difference(
                label, unit, "fleet", String.valueOf(year), a.annual(year, column), b.annual(year, column));
    }
}
