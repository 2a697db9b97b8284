package org.wattplan.core.actuals;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.wattplan.core.physics.CarbonModel;
import org.wattplan.core.units.Units;

/**
 * The annual figures of one site (or of the fleet) from metered amounts.
 *
 * <p>Model note. PUE = facility energy / IT energy (The Green Grid, ISO/IEC 30134-2). Water consumption =
 * withdrawal - discharge (GRI 303-5). Location-based CO2e = facility energy x the grid region's average factor;
 * market-based CO2e = facility energy x (1 - share matched by contracted carbon-free supply) x the residual-mix
 * factor, or the location factor where no residual mix is published (GHG Protocol Scope 2 Guidance, 2015,
 * chapter 6), computed by {@link CarbonModel}. Energy in MWh, water in ML, CO2e in t.
 */
public record SiteYearActuals(
        String site,
        int year,
        double itMwh,
        double facilityMwh,
        OptionalDouble pue,
        SortedMap<String, Double> withdrawalMlBySource,
        double dischargeMl,
        double stressedWithdrawalMl,
        double co2eLocationT,
        double co2eMarketT,
        OptionalDouble billedMwh,
        OptionalDouble costUsd) {
    public SiteYearActuals {
        withdrawalMlBySource = new TreeMap<>(withdrawalMlBySource);
    }

    /** Metered amounts of one site and year, in SI. */
    public record Amounts(double itJ, double facilityJ, Map<String, Double> withdrawalLBySource, double dischargeL) {}

    /** The emission and water settings of a site. */
    public record Factors(
            double locationKgPerKwh,
            OptionalDouble residualKgPerKwh,
            double carbonFreeFraction,
            boolean waterStressed) {}

    public static SiteYearActuals of(
            String site, int year, Amounts amounts, Factors factors, OptionalDouble billedKwh, OptionalDouble costUsd) {
        double locationKg = CarbonModel.co2eKg(amounts.facilityJ(), factors.locationKgPerKwh());
        double marketFactor = factors.residualKgPerKwh().orElse(factors.locationKgPerKwh());
        double matchedJ = amounts.facilityJ() * factors.carbonFreeFraction();
        double marketKg = CarbonModel.marketKg(amounts.facilityJ(), matchedJ, marketFactor);
        SortedMap<String, Double> withdrawal = new TreeMap<>();
        amounts.withdrawalLBySource()
                .forEach((source, litres) -> withdrawal.put(source, litres / Units.LITRES_PER_MEGALITRE));
        double withdrawalMl =
                withdrawal.values().stream().mapToDouble(Double::doubleValue).sum();
        return new SiteYearActuals(
                site,
                year,
                Units.joulesToMwh(amounts.itJ()),
                Units.joulesToMwh(amounts.facilityJ()),
                amounts.itJ() > 0 ? OptionalDouble.of(amounts.facilityJ() / amounts.itJ()) : OptionalDouble.empty(),
                withdrawal,
                amounts.dischargeL() / Units.LITRES_PER_MEGALITRE,
                factors.waterStressed() ? withdrawalMl : 0,
                Units.kgToTonnes(locationKg),
                Units.kgToTonnes(marketKg),
                billedKwh.isPresent() ? OptionalDouble.of(billedKwh.getAsDouble() / 1000) : OptionalDouble.empty(),
                costUsd);
    }

    public double withdrawalMl() {
        return withdrawalMlBySource.values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
    }

    public double consumptionMl() {
        return withdrawalMl() - dischargeMl;
    }

    /** The sum of several sites' figures for one year; PUE from the sums. */
    public static SiteYearActuals total(String name, int year, Iterable<SiteYearActuals> sites) {
        double it = 0;
        double facility = 0;
        double discharge = 0;
        double stressed = 0;
        double location = 0;
        double market = 0;
        double billed = 0;
        double cost = 0;
        boolean anyBill = false;
        boolean anyCost = false;
        SortedMap<String, Double> withdrawal = new TreeMap<>();
        for (SiteYearActuals s : sites) {
            it += s.itMwh;
            facility += s.facilityMwh;
            discharge += s.dischargeMl;
            stressed += s.stressedWithdrawalMl;
            location += s.co2eLocationT;
            market += s.co2eMarketT;
            s.withdrawalMlBySource.forEach((source, ml) -> withdrawal.merge(source, ml, Double::sum));
            if (s.billedMwh.isPresent()) {
                anyBill = true;
                billed += s.billedMwh.getAsDouble();
            }
            if (s.costUsd.isPresent()) {
                anyCost = true;
                cost += s.costUsd.getAsDouble();
            }
        }
        return new SiteYearActuals(
                name,
                year,
                it,
                facility,
                it > 0 ? OptionalDouble.of(facility / it) : OptionalDouble.empty(),
                withdrawal,
                discharge,
                stressed,
                location,
                market,
                anyBill ? OptionalDouble.of(billed) : OptionalDouble.empty(),
                anyCost ? OptionalDouble.of(cost) : OptionalDouble.empty());
    }
}
