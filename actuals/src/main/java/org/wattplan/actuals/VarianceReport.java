package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.wattplan.core.actuals.SiteYearActuals;
import org.wattplan.core.actuals.VarianceDecomposition;
import org.wattplan.core.actuals.VarianceDecomposition.Decomposition;
import org.wattplan.core.actuals.VarianceDecomposition.Factor;
import org.wattplan.core.actuals.VarianceDecomposition.Part;
import org.wattplan.core.catalog.Catalog;

/**
 * Plan vs actual by site and year (and for the fleet): facility energy = IT load x PUE; water withdrawal = IT
 * load x WUE; CO2e = IT load x PUE x grid (or market) factor; cost = IT load x PUE x price. Each variance is
 * split by {@link VarianceDecomposition#lmdi} into the parts those factors explain; the parts sum to it.
 */
public final class VarianceReport {
    private VarianceReport() {}

    public static Table table(ActualsStore store, Catalog catalog, Path runDirectory, Map<String, String> columns) {
        List<PlanSiteYear> plan = RunDirectory.read(runDirectory, columns);
        Map<String, SiteYearActuals> actuals = new LinkedHashMap<>();
        ActualsReport.siteYears(store, catalog).forEach(a -> actuals.put(a.site() + "/" + a.year(), a));
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<Integer, List<PlanSiteYear>> planByYear = new TreeMap<>();
        for (PlanSiteYear p : plan) {
            SiteYearActuals a = actuals.get(p.site() + "/" + p.year());
            if (a == null) {
                notes.add(p.site() + " " + p.year() + " is in the plan but has no metered actuals");
                continue;
            }
            planByYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p);
            rows.addAll(rows(p, a));
        }
        planByYear.forEach((year, list) -> {
            SiteYearActuals fleet = SiteYearActuals.total(
                    ActualsReport.FLEET,
                    year,
                    list.stream()
                            .map(p -> actuals.get(p.site() + "/" + p.year()))
                            .filter(java.util.Objects::nonNull)
                            .toList());
            rows.addAll(rows(total(year, list), fleet));
        });
        notes.add("parts by the additive log-mean Divisia index (LMDI-I): they sum to the variance");
        notes.add("fleet rows cover the sites present in both plan and actuals");
        return new Table(
                "Plan vs actual (" + runDirectory.resolve(RunDirectory.ANNUAL_BY_SITE) + ")",
                List.of(
                        "site",
                        "year",
                        "metric",
                        "plan",
                        "actual",
                        "variance",
                        "variance_pct",
                        "explained_by",
                        "contribution",
                        "ratio"),
                rows,
                notes);
    }

    private static PlanSiteYear total(int year, List<PlanSiteYear> list) {
        return new PlanSiteYear(
                ActualsReport.FLEET,
                year,
                list.stream().mapToDouble(PlanSiteYear::itMwh).sum(),
                list.stream().mapToDouble(PlanSiteYear::facilityMwh).sum(),
                sum(list.stream().map(PlanSiteYear::withdrawalMl).toList()),
                sum(list.stream().map(PlanSiteYear::co2eLocationT).toList()),
                sum(list.stream().map(PlanSiteYear::co2eMarketT).toList()),
                sum(list.stream().map(PlanSiteYear::costUsd).toList()));
    }

    private static OptionalDouble sum(List<OptionalDouble> values) {
        if (values.stream().anyMatch(OptionalDouble::isEmpty)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(
                values.stream().mapToDouble(OptionalDouble::getAsDouble).sum());
    }

    /** Emissions as IT load x PUE x emission factor (t per facility MWh), planned against actual. */
    private static Decomposition emissions(
            String metric,
            String factor,
            double plannedT,
            double actualT,
            PlanSiteYear p,
            SiteYearActuals a,
            Factor it,
            Factor pue) {
        return VarianceDecomposition.lmdi(
                metric, List.of(it, pue, new Factor(factor, plannedT / p.facilityMwh(), actualT / a.facilityMwh())));
    }

    private static List<List<String>> rows(PlanSiteYear p, SiteYearActuals a) {
        List<Decomposition> metrics = new ArrayList<>();
        Factor it = new Factor("it_load_mwh", p.itMwh(), a.itMwh());
        Factor pue = new Factor("pue", p.facilityMwh() / p.itMwh(), a.facilityMwh() / a.itMwh());
        metrics.add(VarianceDecomposition.lmdi("facility_mwh", List.of(it, pue)));
        metrics.add(VarianceDecomposition.lmdi("pue", List.of(pue)));
        p.withdrawalMl()
                .ifPresent(w -> metrics.add(VarianceDecomposition.lmdi(
                        "water_withdrawal_ml",
                        List.of(it, new Factor("wue_ml_per_mwh", w / p.itMwh(), a.withdrawalMl() / a.itMwh())))));
        p.co2eLocationT()
                .ifPresent(c -> metrics.add(
                        emissions("co2e_location_t", "grid_factor_t_per_mwh", c, a.co2eLocationT(), p, a, it, pue)));
        p.co2eMarketT()
                .ifPresent(c -> metrics.add(
                        emissions("co2e_market_t", "market_factor_t_per_mwh", c, a.co2eMarketT(), p, a, it, pue)));
        if (p.costUsd().isPresent() && a.costUsd().isPresent()) {
            double cost = p.costUsd().getAsDouble();
            metrics.add(VarianceDecomposition.lmdi(
                    "cost_usd",
                    List.of(
                            it,
                            pue,
                            new Factor(
                                    "price_usd_per_mwh",
                                    cost / p.facilityMwh(),
                                    a.costUsd().getAsDouble() / a.facilityMwh()))));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Decomposition d : metrics) {
            String pct = d.plan() == 0 ? "" : Table.number(100 * d.variance() / d.plan(), 2);
            List<String> head = List.of(
                    p.site(),
                    Integer.toString(p.year()),
                    d.metric(),
                    Table.number(d.plan(), 3),
                    Table.number(d.actual(), 3),
                    Table.number(d.variance(), 3),
                    pct);
            List<String> total = new ArrayList<>(head);
            total.addAll(List.of(
                    "total",
                    Table.number(d.variance(), 3),
                    d.plan() == 0 ? "" : Table.number(d.actual() / d.plan(), 4)));
            rows.add(total);
            if (d.metric().equals("pue")) {
                continue;
            }
            for (Part part : d.parts()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of(part.factor(), Table.number(part.contribution(), 3), Table.number(part.ratio(), 4)));
                rows.add(row);
            }
            d.note().ifPresent(note -> {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of("(" + note + ")", "", ""));
                rows.add(row);
            });
        }
        return rows;
    }
}
