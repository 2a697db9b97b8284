package org.wattplan.actuals;

import java.util.OptionalDouble;

/** One row of a simulated run's annual figures by site, in MWh, ML, t and USD; absent figures are empty. */
record PlanSiteYear(
        String site,
        int year,
        double itMwh,
        double facilityMwh,
        OptionalDouble withdrawalMl,
        OptionalDouble co2eLocationT,
        OptionalDouble co2eMarketT,
        OptionalDouble costUsd) {}
