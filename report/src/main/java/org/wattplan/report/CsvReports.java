package org.wattplan.report;

import java.util.List;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.report.run.PeakAndRamp;
import org.wattplan.report.run.PowerSeries;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunSchema;

/**
 * The reports as long CSV tables, one figure a row, with full-precision values: for spreadsheets and scripts.
 */
public final class CsvReports {
    private CsvReports() {}

    /** {@code section,year,scope,metric,unit,value,change,source}. */
    public static String run(RunFigures run) {
        StringBuilder out = new StringBuilder("section,year,scope,metric,unit,value,change,source\n");
        for (Headline headline : Headlines.of(run)) {
            for (int year : run.years()) {
                out.append(line(
                        "headline",
                        String.valueOf(year),
                        "fleet",
                        headline.key(),
                        headline.unit(),
                        Format.plain(headline.value(year)),
                        Headlines.change(headline, year, run.run().info())
                                .map(Format::plain)
                                .orElse(""),
                        headline.method()));
            }
        }
        for (int year : run.years()) {
            out.append(line(
                    "headline",
                    String.valueOf(year),
                    "fleet",
                    "opex_electricity",
                    "million USD",
                    Format.plain(run.annual(year, RunSchema.OPEX_ELECTRICITY_MUSD)),
                    "",
                    "annual.csv " + RunSchema.OPEX_ELECTRICITY_MUSD));
            for (String workload : run.workloads()) {
                out.append(line(
                        "workload",
                        String.valueOf(year),
                        workload,
                        "unserved",
                        "accelerator-h",
                        Format.plain(run.workload(year, workload, RunSchema.UNSERVED_ACCELERATOR_HOURS)),
                        "",
                        "annual_by_workload.csv " + RunSchema.UNSERVED_ACCELERATOR_HOURS));
            }
        }
        for (PowerSeries series : run.power()) {
            PeakAndRamp marks = PeakAndRamp.of(series);
            out.append(powerLine(series, "peak_facility_power", marks.peakMw()));
            out.append(powerLine(series, "largest_ramp", marks.rampMw()));
        }
        return out.toString();
    }

    /** A figure of a site's facility power over the horizon, in MW, read from timeseries.csv. */
    private static String powerLine(PowerSeries series, String metric, double mw) {
        return line(
                "capacity",
                "horizon",
                series.site(),
                metric,
                "MW",
                Format.plain(mw),
                "",
                "timeseries.csv " + RunSchema.FACILITY_POWER_MW);
    }

    /** {@code metric,unit,scope,year,a,b,difference,change}. */
    public static String compare(Comparison comparison) {
        StringBuilder out = new StringBuilder("metric,unit,scope,year,a,b,difference,change\n");
        for (Comparison.Difference d : comparison.differences()) {
            out.append(line(
                    d.metric(),
                    d.unit(),
                    d.scope(),
                    d.year(),
                    Format.plain(d.a()),
                    Format.plain(d.b()),
                    Format.plain(d.difference()),
                    d.change().map(Format::plain).orElse("")));
        }
        for (Comparison.TrainingDates t : comparison.trainings()) {
            out.append(line(
                    "Training completed",
                    "date",
                    t.workload(),
                    "horizon",
                    t.completedA().map(Object::toString).orElse(""),
                    t.completedB().map(Object::toString).orElse(""),
                    t.daysLater().map(days -> days + " d").orElse(""),
                    ""));
        }
        return out.toString();
    }

    private static String line(String... fields) {
        return CsvWriter.line(List.of(fields));
    }
}
