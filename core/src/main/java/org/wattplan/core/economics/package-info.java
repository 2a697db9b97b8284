/**
 * Fleet economics: asset classes with their unit costs, useful lives and opex inputs ({@link EconomicsSpec}), and
 * the calendar arithmetic of spending and straight-line depreciation ({@link YearShare}). Pure JDK; the engine's
 * {@code FleetEconomics} applies them to a run. See docs/economics.md.
 */
@NullMarked
package org.wattplan.core.economics;

import org.jspecify.annotations.NullMarked;
