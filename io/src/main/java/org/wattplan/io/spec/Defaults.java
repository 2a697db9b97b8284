package org.wattplan.io.spec;

import org.wattplan.core.units.Uncertain;

/**
 * The values the estimator assumes when an input is not given, each with its source. Every default used is
 * listed in the estimate's assumptions. See docs/estimate.md.
 */
final class Defaults {
    /**
     * Accelerator time a training run holds beyond its running time (restarts after interruptions, evaluation,
     * idle), as a factor on FLOP / (peak x MFU): triangular 1.00 / 1.11 / 1.24. Llama 3 (arXiv:2407.21783,
     * docs/sources.md §2): effective training time above 90% (1 / 0.9 = 1.11); in-run BF16 MFU 38-43% against 34.6%
     * over all 405B GPU-hours (0.43 / 0.346 = 1.24 at most); 1.00 for a run without interruptions.
     */
    static final Uncertain OVERHEAD = new Uncertain(1.00, 1.11, 1.24);

    static final String OVERHEAD_NOTE =
            "overhead 1.00..1.11..1.24 x running time for restarts, evaluation and idle (Llama 3: >90% effective"
                    + " training time; 34.6% MFU over all GPU-hours vs 38-43% in-run)";

    /** Inference compute utilisation: triangular 0.05 / 0.10 / 0.20 around Epoch AI's 10% (2025). */
    static final Uncertain INFERENCE_UTILISATION = new Uncertain(0.05, 0.10, 0.20);

    static final String INFERENCE_UTILISATION_NOTE =
            "inference utilisation 0.05..0.10..0.20 (Epoch AI 2025 assumes 10% of peak FLOP/s)";

    /**
     * PUE when neither given nor published for the region: triangular 1.08 / 1.17 / 1.58 (Meta 2023 fleet 1.08;
     * Li et al. US average 1.17; Uptime Institute 2023 survey average 1.58).
     */
    static final Uncertain PUE = new Uncertain(1.08, 1.17, 1.58);

    static final String PUE_NOTE = "PUE 1.08..1.17..1.58 (Meta 2023 1.08; Li et al. US average 1.17; Uptime 2023 1.58)";

    /** On-site WUE when neither given nor published for the region: Li et al. Table 1 US average 0.55 L/kWh. */
    static final double WUE_L_PER_KWH = 0.55;

    /** EWIF when neither given nor published for the region: Li et al. Table 1 US average 3.142 L/kWh. */
    static final double EWIF_L_PER_KWH = 3.142;

    /**
     * Share of on-site withdrawal discharged (not consumed): 0.20..0.30. Li et al.: cooling towers evaporate about
     * 80% of the water withdrawn; Meta's air cooling with evaporative assist consumes about 70%.
     */
    static final Uncertain DISCHARGE_SHARE = new Uncertain(0.20, 0.25, 0.30);

    static final String DISCHARGE_NOTE =
            "discharged share of on-site withdrawal 0.20..0.30 (Li et al.: towers evaporate ~80%; Meta evaporative assist consumes ~70%)";

    /** Electricity price: USD 0.083/kWh, the figure of SemiAnalysis's worked cluster example (Mar 2024). */
    static final double ELECTRICITY_USD_PER_KWH = 0.083;

    /** Inference period when not given: one year (365 days). */
    static final double INFERENCE_PERIOD_DAYS = 365.0;

    /**
     * Grid region when neither region nor grid intensity is given: the United States, the one geography whose
     * carbon (EPA eGRID), PUE, WUE and EWIF (Li et al. Table 1 US average) the catalog all holds, so every
     * default factor comes from the same place.
     */
    static final String REGION = "US";

    static final String GEOGRAPHY_RULE =
            "no region given: every regional default (grid factor, PUE, WUE, EWIF) is the United States'";

    private Defaults() {}
}
