package org.wattplan.core.estimate;

import java.util.Optional;
import org.wattplan.core.units.Uncertain;
import org.wattplan.core.units.Units;

/**
 * Everything that turns accelerator time and IT energy into a footprint. Model note (units in names):
 * <ul>
 *   <li>{@code facilityJ = itJ * PUE} (The Green Grid, PUE: ISO/IEC 30134-2).
 *   <li>{@code co2eLocationKg = facilityKwh * gridKgPerKwh}; market-based per {@link MarketBasis}.
 *   <li>{@code waterWithdrawalL = itKwh * WUE} (on-site, WUE per The Green Grid: site water over IT energy);
 *       {@code consumptionL = withdrawalL * (1 - dischargeShare)}; {@code offsiteL = facilityKwh * EWIF} (Li et
 *       al., "Making AI Less Thirsty", arXiv:2304.03271: water = e * (WUE + PUE * EWIF)).
 *   <li>{@code embodiedKg = kgPerAccelerator * acceleratorS / serviceLifeS} (linear amortisation).
 *   <li>{@code costUsd = facilityKwh * priceUsdPerKwh + acceleratorH * priceUsdPerH}.
 * </ul>
 */
public record FootprintFactors(
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

    public FootprintFactors {
        if (pue.low() < 1.0) {
            throw new IllegalArgumentException("PUE must be >= 1");
        }
        if (dischargeShare.low() < 0 || dischargeShare.high() > 1) {
            throw new IllegalArgumentException("discharge share must lie in [0, 1]");
        }
        if (gridKgPerKwh.low() < 0 || wueLPerKwh.low() < 0 || ewifLPerKwh.low() < 0 || electricityUsdPerKwh.low() < 0) {
            throw new IllegalArgumentException("intensities and prices must be >= 0");
        }
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
        double itJ = energyIsFacility ? energyJ / pueValue : energyJ;
        double facilityJ = energyIsFacility ? energyJ : energyJ * pueValue;
        double itKwh = Units.joulesToKwh(itJ);
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
        double locationKg = facilityKwh * gridFactor;
        explain.line(
                "location-based CO2e = %s kWh x %s kgCO2e/kWh (%s) = %s t",
                facilityKwh, gridFactor, regionLabel, Units.kgToTonnes(locationKg));
        double marketFactor = market.kgPerKwh(gridFactor, sampler, explain);
        double marketKg = facilityKwh * marketFactor;
        explain.line(
                "market-based CO2e = %s kWh x %s kgCO2e/kWh = %s t",
                facilityKwh, marketFactor, Units.kgToTonnes(marketKg));
        out[Metric.CO2E_LOCATION.ordinal()] = locationKg;
        out[Metric.CO2E_MARKET.ordinal()] = marketKg;

        applyWater(itKwh, facilityKwh, sampler, explain, out);
        applyEmbodied(acceleratorS, explain, out);
        applyCost(acceleratorS, facilityKwh, sampler, explain, out);
    }

    private void applyWater(double itKwh, double facilityKwh, Sampler sampler, Explain explain, double[] out) {
        double wue = sampler.value(wueLPerKwh);
        double withdrawalL = itKwh * wue;
        double discharge = sampler.value(dischargeShare);
        double consumptionL = withdrawalL * (1 - discharge);
        double ewif = sampler.value(ewifLPerKwh);
        double offsiteL = facilityKwh * ewif;
        explain.line(
                "on-site water withdrawal = %s kWh IT x WUE %s L/kWh = %s kL; consumption = withdrawal x (1 - %s discharged) = %s kL",
                itKwh, wue, withdrawalL / 1e3, discharge, consumptionL / 1e3);
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
        double embodiedKg = spec.co2eKgPerAccelerator() * acceleratorS / spec.serviceLifeS();
        explain.line(
                "embodied CO2e = %s kg per accelerator (%s) x %s h / %s h service life = %s t",
                spec.co2eKgPerAccelerator(),
                spec.label(),
                Units.secondsToHours(acceleratorS),
                Units.secondsToHours(spec.serviceLifeS()),
                Units.kgToTonnes(embodiedKg));
        out[Metric.CO2E_EMBODIED.ordinal()] = embodiedKg;
    }

    private void applyCost(double acceleratorS, double facilityKwh, Sampler sampler, Explain explain, double[] out) {
        double price = sampler.value(electricityUsdPerKwh);
        double electricityUsd = facilityKwh * price;
        explain.line("electricity cost = %s kWh x %s USD/kWh = %s USD", facilityKwh, price, electricityUsd);
        double computeUsd = Double.NaN;
        if (acceleratorHourUsd.isPresent() && !Double.isNaN(acceleratorS)) {
            double hourly = sampler.value(acceleratorHourUsd.get());
            computeUsd = Units.secondsToHours(acceleratorS) * hourly;
            explain.line(
                    "compute cost = %s accelerator-hours x %s USD/h = %s USD",
                    Units.secondsToHours(acceleratorS), hourly, computeUsd);
        }
        out[Metric.COST_ELECTRICITY.ordinal()] = electricityUsd;
        out[Metric.COST_COMPUTE.ordinal()] = computeUsd;
        out[Metric.COST_TOTAL.ordinal()] = electricityUsd + (Double.isNaN(computeUsd) ? 0.0 : computeUsd);
    }
}
