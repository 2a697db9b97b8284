package org.wattplan.plan;

/**
 * The capital recovery factor for payments at the start of each year: the share of a capital cost paid in each
 * year of an asset's life so that the payments, discounted at rate r to the year of purchase, equal the cost:
 * A = r / ((1 + r) (1 - (1 + r)^-L)), and 1 / L when r = 0. Capacity-expansion models (GenX, PyPSA) annualise
 * capex the same way; paying at the start of the year keeps an asset whose life lies inside the horizon at
 * exactly its price in present value.
 */
final class Annuity {
    private Annuity() {}

    static double factor(double rate, double lifeYears) {
        if (Math.abs(rate) < 1e-12) {
            return 1 / lifeYears;
        }
        return rate / ((1 + rate) * (1 - Math.pow(1 + rate, -lifeYears)));
    }
}
