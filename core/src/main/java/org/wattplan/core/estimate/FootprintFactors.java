package org.wattplan.core.estimate;

import java.util.Optional;
import org.wattplan.core.physics.CarbonModel;
import org.wattplan.core.physics.CostModel;
import org.wattplan.core.physics.EnergyModel;
import org.wattplan.core.physics.WaterModel;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * The estimator's footprint factors, each a range to draw from, and the step that turns accelerator time and
 * IT energy into a footprint with them. The arithmetic is the engine's and the planner's: {@link EnergyModel},
 * {@link CarbonModel} (market-based factor per {@link MarketBasis}), {@link WaterModel} and {@link CostModel};
 * this class draws the factors and explains each step.
 */
public record FootprintFactors(
        String regionLabel,
        Uncertain pue,
        Uncertain gridKgPerKwh,
        MarketBasis market,
        Uncertain wueLPerKwh,
        WaterBasis wueBasis,
        Uncertain ewifLPerKwh,
        Uncertain dischargeShare,
        Uncertain electricityUsdPerKwh,
        Optional<Uncertain> acceleratorHourUsd,
        boolean hourPriceAllIn,
        Optional<EmbodiedSpec> embodied) {

    public FootprintFactors {
        if (pue.low() < 1.0) {
            throw new IllegalArgumentException("PUE must be >= 1");
        }
        if (dischargeShare.low() < 0 || dischargeShare.high() > 1) {
            throw new IllegalArgumentException("discharge share must lie in [0, 1]");
        }
        if (wueBasis == WaterBasis.CONSUMPTION && dischargeShare.high() >= 1) {
            throw new IllegalArgumentException("discharge share must be below 1 for a consumption WUE");
        }
        if (gridKgPerKwh.low() < 0 || wueLPerKwh.low() < 0 || ewifLPerKwh.low() < 0 || electricityUsdPerKwh.low() < 0) {
            throw new IllegalArgumentException("intensities and prices must be >= 0");
        }
    }

    /** Factors with a withdrawal WUE (The Green Grid) and an hourly price that excludes electricity. */
    public FootprintFactors(
            String regionLabel,
            Uncertain pue,
            Uncertain gridKgPerKwh,
            MarketBasis market,
            Uncertain wueLPerKwh,
            Uncertain ewifLPerKwh,
            Uncertain dischargeShare,
            Uncertain electricityUsdPerKwh,
            Optional<Uncertain> acceleratorHourUsd,
            Optional<EmbodiedSpec> embodied) {
        this(
                regionLabel,
                pue,
                gridKgPerKwh,
                market,
                wueLPerKwh,
                WaterBasis.WITHDRAWAL,
                ewifLPerKwh,
                dischargeShare,
                electricityUsdPerKwh,
                acceleratorHourUsd,
                false,
                embodied);
    }

    /**
     * Fills the footprint metrics from accelerator time (s; NaN when unknown) and energy. When
     * {@code energyIsFacility} the given energy already includes PUE, and IT energy is recovered by dividing.
     */
    void apply(
            double acceleratorS,
            double energyJ,
            boolean energyIsFacility,
            Sampler sampler,
            Explain explain,
            double[] out) {
        double pueValue = sampler.value(pue);
        double itJ = energyIsFacility ? EnergyModel.itJ(energyJ, pueValue) : energyJ;
        double facilityJ = energyIsFacility ? energyJ : EnergyModel.facilityJ(energyJ, pueValue);
        double facilityKwh = Units.joulesToKwh(facilityJ);
        explain.line(
                energyIsFacility
                        ? "IT energy = %2$s kWh facility / PUE %1$s = %3$s MWh"
                        : "facility energy = %2$s MWh IT x PUE %1$s = %3$s MWh",
                pueValue,
                energyIsFacility ? facilityKwh : Units.joulesToMwh(itJ),
                Units.joulesToMwh(energyIsFacility ? itJ : facilityJ));
        out[Metric.IT_ENERGY.ordinal()] = itJ;
        out[Metric.FACILITY_ENERGY.ordinal()] = facilityJ;

        double gridFactor = sampler.value(gridKgPerKwh);
        double locationKg = CarbonModel.co2eKg(facilityJ, gridFactor);
        explain.line(
                "location-based CO2e = %s kWh x %s kgCO2e/kWh (%s) = %s t",
                facilityKwh, gridFactor, regionLabel, Units.kgToTonnes(locationKg));
        double marketFactor = market.kgPerKwh(gridFactor, sampler, explain);
        double marketKg = CarbonModel.co2eKg(facilityJ, marketFactor);
        explain.line(
                "market-based CO2e = %s kWh x %s kgCO2e/kWh = %s t",
                facilityKwh, marketFactor, Units.kgToTonnes(marketKg));
        out[Metric.CO2E_LOCATION.ordinal()] = locationKg;
        out[Metric.CO2E_MARKET.ordinal()] = marketKg;

        applyWater(itJ, facilityJ, sampler, explain, out);
        applyEmbodied(acceleratorS, explain, out);
        applyCost(acceleratorS, facilityJ, sampler, explain, out);
    }

    private void applyWater(double itJ, double facilityJ, Sampler sampler, Explain explain, double[] out) {
        double itKwh = Units.joulesToKwh(itJ);
        double facilityKwh = Units.joulesToKwh(facilityJ);
        double wue = sampler.value(wueLPerKwh);
        double discharge = sampler.value(dischargeShare);
        double withdrawalL;
        double consumptionL;
        if (wueBasis == WaterBasis.CONSUMPTION) {
            consumptionL = WaterModel.onsiteConsumptionFromFactorL(itJ, wue);
            withdrawalL = WaterModel.onsiteWithdrawalFromConsumptionL(consumptionL, discharge);
            explain.line(
                    "on-site water consumption = %s kWh IT x WUE %s L/kWh (consumption) = %s kL; withdrawal = consumption / (1 - %s discharged) = %s kL",
                    itKwh, wue, consumptionL / 1e3, discharge, withdrawalL / 1e3);
        } else {
            withdrawalL = WaterModel.onsiteWithdrawalL(itJ, wue);
            consumptionL = WaterModel.onsiteConsumptionL(withdrawalL, discharge);
            explain.line(
                    "on-site water withdrawal = %s kWh IT x WUE %s L/kWh (withdrawal) = %s kL; consumption = withdrawal x (1 - %s discharged) = %s kL",
                    itKwh, wue, withdrawalL / 1e3, discharge, consumptionL / 1e3);
        }
        double ewif = sampler.value(ewifLPerKwh);
        double offsiteL = WaterModel.offsiteL(facilityJ, ewif);
        explain.line(
                "off-site water = %s kWh facility x EWIF %s L/kWh = %s kL (Li et al. 2023)",
                facilityKwh, ewif, offsiteL / 1e3);
        out[Metric.WATER_ONSITE_WITHDRAWAL.ordinal()] = withdrawalL;
        out[Metric.WATER_ONSITE_CONSUMPTION.ordinal()] = consumptionL;
        out[Metric.WATER_OFFSITE.ordinal()] = offsiteL;
    }

    private void applyEmbodied(double acceleratorS, Explain explain, double[] out) {
        if (embodied.isEmpty() || Double.isNaN(acceleratorS)) {
            out[Metric.CO2E_EMBODIED.ordinal()] = Double.NaN;
            return;
        }
        EmbodiedSpec spec = embodied.get();
        double embodiedKg = CarbonModel.embodiedKg(spec.co2eKgPerAccelerator(), acceleratorS, spec.serviceLifeS());
        explain.line(
                "embodied CO2e = %s kg per accelerator (%s) x %s h / %s h service life = %s t",
                spec.co2eKgPerAccelerator(),
                spec.label(),
                Units.secondsToHours(acceleratorS),
                Units.secondsToHours(spec.serviceLifeS()),
                Units.kgToTonnes(embodiedKg));
        out[Metric.CO2E_EMBODIED.ordinal()] = embodiedKg;
    }

    private void applyCost(double acceleratorS, double facilityJ, Sampler sampler, Explain explain, double[] out) {
        double facilityKwh = Units.joulesToKwh(facilityJ);
        double price = sampler.value(electricityUsdPerKwh);
        double electricityUsd = CostModel.electricityUsd(facilityJ, price);
        explain.line("electricity cost = %s kWh x %s USD/kWh = %s USD", facilityKwh, price, electricityUsd);
        double computeUsd = Double.NaN;
        if (acceleratorHourUsd.isPresent() && !Double.isNaN(acceleratorS)) {
            double hourly = sampler.value(acceleratorHourUsd.get());
            computeUsd = CostModel.computeUsd(acceleratorS, hourly);
            explain.line(
                    "compute cost = %s accelerator-hours x %s USD/h = %s USD",
                    Units.secondsToHours(acceleratorS), hourly, computeUsd);
        }
        out[Metric.COST_ELECTRICITY.ordinal()] = electricityUsd;
        out[Metric.COST_COMPUTE.ordinal()] = computeUsd;
        boolean allIn = hourPriceAllIn && !Double.isNaN(computeUsd);
        if (allIn) {
            explain.line("total cost = compute cost: the hourly price is all-in (electricity included in it)");
        }
        out[Metric.COST_TOTAL.ordinal()] =
                allIn ? computeUsd : electricityUsd + (Double.isNaN(computeUsd) ? 0.0 : computeUsd);
    }
}
