package org.wattplan.core.estimate;

/**
 * What an on-site water factor (L per IT kWh) measures. The Green Grid's WUE counts site water use
 * (withdrawal); Li et al. ("Making AI Less 'Thirsty'", docs/sources.md §5.1) give on-site water consumption
 * (evaporated, not returned). The estimator applies a factor as what it is and derives the other quantity
 * with the discharged share.
 */
public enum WaterBasis {
    WITHDRAWAL,
    CONSUMPTION
}
