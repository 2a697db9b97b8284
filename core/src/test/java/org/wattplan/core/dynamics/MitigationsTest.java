package org.wattplan.core.dynamics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Each mitigation on a square wave worked by hand. One group of 1,000 accelerators, idle 100 W, max 700 W, no
 * host share; iterations of 1 s, 25% communication at utilisation 0 and a mean of 0.75, so the compute phase runs
 * at 1.0: the site swings between 100 kW (idle) and 700 kW, mean 550 kW; PUE 1, no lags, no other load, 100 s
 * at 10 ms. Unmitigated energy: 550 kW x 100 s = 55 MJ.
 */
class MitigationsTest {
    static final double N = 1_000;
    static final double STEP_S = 0.01;
    static final int STEPS = 10_000;
    static final double UNMITIGATED_J = 550e3 * 100;

    static TrainingGroupSpec group(double checkpointEveryS, double checkpointS) {
        return new TrainingGroupSpec(
                "job",
                N,
                100,
                700,
                0,
                1.0,
                0.25,
                0.75,
                0.0,
                checkpointEveryS,
                checkpointS,
                0,
                0,
                0,
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
    }

    static SiteDynamicsSpec site(List<MitigationSpec> mitigations, TrainingGroupSpec group, UtilityLimits limits) {
        return new SiteDynamicsSpec(
                "site",
                STEP_S,
                STEPS,
                0,
                new double[] {0},
                new double[] {1.0},
                List.of(group),
                0,
                0,
                0,
                1,
                limits,
                mitigations,
                List.of(new UtilityLimits.Band(0.1, 20, 1)),
                0.1,
                42);
    }

    static CaseSummary only(MitigationSpec mitigation) {
        GridSummary summary = GridModel.run(site(List.of(mitigation), group(0, 0), UtilityLimits.none()));
        return summary.cases().get(1);
    }

    @Test
    void unmitigatedSquareWave() {
        CaseSummary c = GridModel.run(site(List.of(), group(0, 0), UtilityLimits.none()))
                .cases()
                .get(0);
        assertThat(c.metrics().energyJ()).isCloseTo(UNMITIGATED_J, within(1e-6 * UNMITIGATED_J));
        assertThat(c.metrics().peakW()).isCloseTo(700e3, within(1e-6));
        assertThat(c.metrics().troughW()).isCloseTo(100e3, within(1e-6));
        assertThat(c.metrics().swingW()).isCloseTo(600e3, within(1e-6));
        assertThat(c.metrics().maxRampWPerS()).isCloseTo(600e3 / STEP_S, within(1e-3));
    }

    @Test
    void powerFloorFillsTheCommunicationPhaseToTheFloor() {
        // floor 50% of 700 W = 350 W: each 0.25 s communication phase draws 250 W more per accelerator.
        CaseSummary c = only(new MitigationSpec.PowerFloor(0.5));
        double overheadJ = N * 250 * 0.25 * 100;
        assertThat(c.energyOverheadJ()).isCloseTo(overheadJ, within(1e-6 * overheadJ));
        assertThat(c.energyOverheadPct()).isCloseTo(100 * overheadJ / UNMITIGATED_J, within(1e-6));
        assertThat(c.metrics().swingW()).isCloseTo(700e3 - 350e3, within(1e-6));
    }

    @Test
    void rampLimitSpreadsEachStepAndBurnsWhatItLaterSaves() {
        // 6,000 W/s per accelerator: 600 W take 0.1 s (ten 10 ms steps of 60 W); the group ramps at 6 MW/s. Each
        // fall burns 540 + 480 + ... + 60 W x 10 ms = 27 J per accelerator above demand, each rise misses as much.
        // The window starts in a compute phase and ends in a communication phase: 100 falls, 99 rises.
        CaseSummary c = only(new MitigationSpec.RampLimit(6_000, 6_000));
        assertThat(c.metrics().maxRampWPerS()).isCloseTo(N * 6_000, within(1e-3));
        assertThat(c.energyOverheadJ()).isCloseTo(N * 27, within(1e-6 * UNMITIGATED_J));
        assertThat(c.metrics().swingW()).isCloseTo(600e3, within(1e-6));
    }

    @Test
    void dummyLoadFillsEveryDipAtAlmostNoFall() {
        // falling at 1 mW/s, the dummy load holds the site at 700 kW: 600 kW x 0.25 s each iteration.
        CaseSummary c = only(new MitigationSpec.DummyLoad(1e6, 1e-3));
        double overheadJ = 600e3 * 0.25 * 100;
        assertThat(c.energyOverheadJ()).isCloseTo(overheadJ, within(1e-4 * overheadJ));
        assertThat(c.metrics().swingW()).isLessThan(1.0);
    }

    @Test
    void storageOverOneIterationHoldsTheMean() {
        // a 1 s window holds the mean, 550 kW, exactly; storage supplies 150 kW for 0.75 s and absorbs 450 kW for
        // 0.25 s: 450 kW and 112.5 kJ = 31.25 Wh; losses 10% of 100 x 112.5 kJ charged.
        CaseSummary c = only(new MitigationSpec.Storage(1.0, 1e12, 0.9, 0, 0, 3.15e8));
        assertThat(c.metrics().swingW()).isLessThan(1e-3);
        assertThat(c.storageW()).isCloseTo(450e3, within(1e-3));
        assertThat(c.storageWh()).isCloseTo(112.5e3 / 3600, within(1e-6));
        assertThat(c.energyOverheadJ()).isCloseTo(0.1 * 100 * 112.5e3, within(1e-3));
    }

    @Test
    void storageCostIsItsCapexOverItsLifePlusItsLosses() {
        double lifeS = 10 * org.wattplan.core.units.Units.SECONDS_PER_YEAR;
        CaseSummary c = only(new MitigationSpec.Storage(1.0, 1e12, 0.9, 1e6, 2e6, lifeS));
        double capexPerYear = (1e6 * 0.45 + 2e6 * 112.5e3 / 3600 / 1e6) / 10;
        double lossKwhPerYear = 0.1 * 100 * 112.5e3 / 3.6e6 * (org.wattplan.core.units.Units.SECONDS_PER_YEAR / 100);
        assertThat(c.costUsdPerYear()).isCloseTo(capexPerYear + 0.1 * lossKwhPerYear, within(1e-6));
    }

    @Test
    void checkpointsPauseTheGroupForTheirDuration() {
        // every 10 s of running, 1 s at utilisation 0: in 100 s, 9 checkpoints and 91 s of whole iterations.
        GridSummary summary = GridModel.run(site(List.of(), group(10, 1), UtilityLimits.none()));
        double expectedJ = N * 100 * 100 + N * 600 * 0.75 * 91;
        assertThat(summary.groups().get(0).checkpoints()).isEqualTo(9);
        assertThat(summary.cases().get(0).metrics().energyJ()).isCloseTo(expectedJ, within(1e-6 * expectedJ));
    }

    @Test
    void limitsPickTheCheapestCaseThatMeetsThem() {
        UtilityLimits limits =
                new UtilityLimits(OptionalDouble.of(10e6), false, OptionalDouble.of(400e3), 1.0, List.of());
        GridSummary summary = GridModel.run(site(
                List.of(new MitigationSpec.PowerFloor(0.5), new MitigationSpec.DummyLoad(1e6, 1e-3)),
                group(0, 0),
                limits));
        assertThat(summary.cases().get(0).meetsLimits()).isFalse();
        assertThat(summary.cases().get(0).violations()).anyMatch(v -> v.startsWith("swing"));
        // both meet the swing (350 kW, ~0 kW) but only the floor meets 10 MW/s (its ramp is 350 kW / 10 ms =
        // 35 MW/s... so neither does) -- the dummy load's rise is its only ramp: 0 after the first iteration.
        assertThat(summary.cheapestMeetingLimits().map(CaseSummary::name)).contains("dummy_load");
    }
}
