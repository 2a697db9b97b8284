package org.wattplan.report.chart;

import java.util.List;
import org.jfree.data.category.DefaultCategoryDataset;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunSchema;

/**
 * Columns of annual.csv drawn as bars per year, each under its legend name: for one run ({@link RunCharts}) or for
 * run A beside run B ({@link CompareCharts}). The measures both reports chart are named here once.
 */
final class AnnualBars {
    /** A column of annual.csv and its name in the legend. */
    record Measure(String name, String column) {}

    static final List<Measure> EMISSIONS = List.of(
            new Measure("location-based", RunSchema.CO2E_LOCATION_T),
            new Measure("market-based", RunSchema.CO2E_MARKET_T));
    static final Measure EMBODIED = new Measure("embodied (amortised)", RunSchema.CO2E_EMBODIED_T);
    static final List<Measure> MONEY = List.of(
            new Measure("capex: site phases", RunSchema.CAPEX_SITES_MUSD),
            new Measure("capex: accelerators", RunSchema.CAPEX_ACCELERATORS_MUSD),
            new Measure("opex: electricity", RunSchema.OPEX_ELECTRICITY_MUSD));

    private AnnualBars() {}

    /** One run: a series per measure. */
    static DefaultCategoryDataset of(RunFigures run, List<Measure> measures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Measure measure : measures) {
            add(data, measure.name(), run, measure, run.years());
        }
        return data;
    }

    /** Two runs over run A's years: a series per run and measure, named by the run alone when there is one measure. */
    static DefaultCategoryDataset of(CompareCharts.Labelled a, CompareCharts.Labelled b, List<Measure> measures) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Measure measure : measures) {
            for (CompareCharts.Labelled run : List.of(a, b)) {
                String key = measures.size() == 1 ? run.label() : run.label() + ", " + measure.name();
                add(data, key, run.run(), measure, a.run().years());
            }
        }
        return data;
    }

    private static void add(
            DefaultCategoryDataset data, String key, RunFigures run, Measure measure, List<Integer> years) {
        for (int year : years) {
            data.addValue(run.annual(year, measure.column()), key, String.valueOf(year));
        }
    }
}
