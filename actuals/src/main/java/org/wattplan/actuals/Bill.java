package org.wattplan.actuals;

import java.time.YearMonth;

/** One monthly utility bill of a site: the billed energy and its cost. */
record Bill(String site, YearMonth month, double energyKwh, double costUsd, long line) {}
