package org.wattplan.core.engine;

/** A site's yearly profiles laid on the run's grid, read once per step. */
final class SiteInputs {
    final Profile.StepValues pue;
    final Profile.StepValues wueLPerKwh;
    final Profile.StepValues carbonKgPerKwh;
    final Profile.StepValues priceUsdPerKwh;
    final double ewifLPerKwh;
    final double ppaW;

    SiteInputs(SiteSpec spec, TimeGrid grid) {
        this.pue = spec.pue().onGrid(grid);
        this.wueLPerKwh = spec.wueLPerKwh().onGrid(grid);
        this.carbonKgPerKwh = spec.carbonKgPerKwh().onGrid(grid);
        this.priceUsdPerKwh = spec.priceUsdPerKwh().onGrid(grid);
        this.ewifLPerKwh = spec.ewifLPerKwh();
        this.ppaW = spec.carbonFree().ppaW();
    }
}
