package org.wattplan.core.estimate;

import org.wattplan.core.units.Uncertain;

/**
 * How market-based CO2e is reckoned (GHG Protocol Scope 2 Guidance, 2015): from an emission factor the
 * buyer's contracts give, from a carbon-free share matched by PPAs or RECs (the rest at the residual mix), or,
 * with no contractual instruments, equal to the location-based figure.
 */
public sealed interface MarketBasis {
    /** The market-based factor in kgCO2e/kWh given the location-based one. */
    double kgPerKwh(double locationKgPerKwh, Sampler sampler, Explain explain);

    record SameAsLocation() implements MarketBasis {
        @Override
        public double kgPerKwh(double locationKgPerKwh, Sampler sampler, Explain explain) {
            explain.line("market-based factor = location-based factor (no contractual instruments given)");
            return locationKgPerKwh;
        }
    }

    record Factor(Uncertain marketKgPerKwh) implements MarketBasis {
        @Override
        public double kgPerKwh(double locationKgPerKwh, Sampler sampler, Explain explain) {
            double factor = sampler.value(marketKgPerKwh);
            explain.line("market-based factor = %s kgCO2e/kWh (given)", factor);
            return factor;
        }
    }

    /** {@code (1 - share) * residual}; residual defaults to the location factor where none is published. */
    record CarbonFreeShare(Uncertain share, double residualKgPerKwh, String residualLabel) implements MarketBasis {
        public CarbonFreeShare {
            if (share.low() < 0 || share.high() > 1) {
                throw new IllegalArgumentException("carbon-free share must lie in [0, 1]");
            }
        }

        @Override
        public double kgPerKwh(double locationKgPerKwh, Sampler sampler, Explain explain) {
            double cfe = sampler.value(share);
            double residual = Double.isNaN(residualKgPerKwh) ? locationKgPerKwh : residualKgPerKwh;
            double factor = (1 - cfe) * residual;
            explain.line(
                    "market-based factor = (1 - %s carbon-free share) x %s kgCO2e/kWh %s = %s kgCO2e/kWh",
                    cfe, residual, residualLabel, factor);
            return factor;
        }
    }
}
