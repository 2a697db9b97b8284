package org.wattplan.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Properties every run must have, over random small fleets (QuickTheories; the seed is printed on failure). */
class InvariantsTest {
    private static final int EXAMPLES = 60;

    private static double tolerance(double scale) {
        return Math.abs(scale) * 1e-9 + 1e-6;
    }

    /** Runs {@code check} on the run of each of {@link #EXAMPLES} random fleets (the seed is printed on failure). */
    private static void forRandomRuns(Consumer<FleetSummary> check) {
        qt().withExamples(EXAMPLES)
                .forAll(longs().all())
                .checkAssert(seed -> check.accept(Fleets.run(RandomFleets.of(seed))));
    }

    @Test
    void facilityEnergyIsAtLeastItEnergyAndNothingIsNegative() {
        forRandomRuns(InvariantsTest::nothingIsNegative);
    }

    /**
     * The seed QuickTheories found on 2026-12-06: a site throttled at its grid limit shed all it had allocated, and
     * allocated-minus-shed came out at -1.3e-6 accelerator-seconds.
     */
    @Test
    void aSiteThatShedsAllItAllocatedAllocatesNothingNegative() {
        nothingIsNegative(Fleets.run(RandomFleets.of(-12000092L)));
    }

    private static void nothingIsNegative(FleetSummary run) {
        for (int y = 0; y < run.years(); y++) {
            for (int s = 0; s < run.fleet().sites().size(); s++) {
                assertThat(run.site(y, s, SiteMetric.FACILITY_J))
                        .isGreaterThanOrEqualTo(run.site(y, s, SiteMetric.IT_J));
                for (SiteMetric metric : SiteMetric.values()) {
                    assertThat(run.site(y, s, metric)).as(metric.name()).isGreaterThanOrEqualTo(-1e-6);
                }
                assertThat(run.co2eMarketKg(y, s)).isGreaterThanOrEqualTo(-1e-6);
                assertThat(run.co2eMarketKg(y, s))
                        .isLessThanOrEqualTo(run.site(y, s, SiteMetric.FACILITY_J) / 3.6e6 * 1.0 + 1e-6);
            }
            for (int w = 0; w < run.fleet().workloads().size(); w++) {
                for (WorkloadMetric metric : WorkloadMetric.values()) {
                    assertThat(run.workload(y, w, metric)).as(metric.name()).isGreaterThanOrEqualTo(-1e-6);
                }
            }
        }
    }

    @Test
    void acceleratorHoursAreConservedBetweenCapacityAllocationAndIdle() {
        forRandomRuns(run -> {
            for (int y = 0; y < run.years(); y++) {
                for (int s = 0; s < run.fleet().sites().size(); s++) {
                    double installed = run.site(y, s, SiteMetric.ACCELERATOR_INSTALLED_S);
                    double parts = run.site(y, s, SiteMetric.ACCELERATOR_STRANDED_S)
                            + run.site(y, s, SiteMetric.ACCELERATOR_ALLOCATED_S)
                            + run.site(y, s, SiteMetric.ACCELERATOR_IDLE_S);
                    assertThat(parts).isCloseTo(installed, within(tolerance(installed)));
                }
                for (int w = 0; w < run.fleet().workloads().size(); w++) {
                    double demand = run.workload(y, w, WorkloadMetric.DEMAND);
                    double served = run.workload(y, w, WorkloadMetric.SERVED);
                    double unserved = run.workload(y, w, WorkloadMetric.UNSERVED);
                    assertThat(served + unserved).isCloseTo(demand, within(tolerance(demand)));
                }
            }
        });
    }

    @Test
    void siteEnergiesSumToTheFleetTotalAndRunningTotalsNeverDecrease() {
        forRandomRuns(run -> {
            TimeGrid grid = run.grid();
            double cumulative = 0;
            double[] fromSeries = new double[run.years()];
            for (int t = 0; t < grid.steps(); t++) {
                double stepJ = 0;
                for (int s = 0; s < run.fleet().sites().size(); s++) {
                    double powerW = run.series(FleetSummary.Series.FACILITY_POWER_W, s, t);
                    assertThat(powerW).isGreaterThanOrEqualTo(0);
                    stepJ += powerW * grid.stepS(t);
                }
                double next = cumulative + stepJ;
                assertThat(next).isGreaterThanOrEqualTo(cumulative);
                cumulative = next;
                fromSeries[grid.yearIndex(t)] += stepJ;
            }
            for (int y = 0; y < run.years(); y++) {
                double sites = 0;
                for (int s = 0; s < run.fleet().sites().size(); s++) {
                    sites += run.site(y, s, SiteMetric.FACILITY_J);
                }
                assertThat(run.fleetTotal(y, SiteMetric.FACILITY_J)).isEqualTo(sites);
                // the series is kept in float: 1e-6 relative
                assertThat(fromSeries[y]).isCloseTo(sites, within(sites * 1e-6 + 1));
            }
        });
    }

    @Test
    void theSameFleetGivesTheSameResultsToTheBit() {
        qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
            FleetSummary a = Fleets.run(RandomFleets.of(seed));
            FleetSummary b = Fleets.run(RandomFleets.of(seed));
            for (int y = 0; y < a.years(); y++) {
                for (int s = 0; s < a.fleet().sites().size(); s++) {
                    for (SiteMetric metric : SiteMetric.values()) {
                        assertThat(Double.doubleToRawLongBits(b.site(y, s, metric)))
                                .isEqualTo(Double.doubleToRawLongBits(a.site(y, s, metric)));
                    }
                }
            }
            assertThat(b.trainings()).isEqualTo(a.trainings());
        });
    }
}
