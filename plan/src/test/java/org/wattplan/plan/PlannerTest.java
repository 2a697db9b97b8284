package org.wattplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.wattplan.plan.Plans.MW;
import static org.wattplan.plan.Plans.demand;
import static org.wattplan.plan.Plans.each;
import static org.wattplan.plan.Plans.kilowattCard;
import static org.wattplan.plan.Plans.phase;
import static org.wattplan.plan.Plans.plan;
import static org.wattplan.plan.Plans.site;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.CandidatePhase;
import org.wattplan.core.plan.CandidateSite;
import org.wattplan.core.plan.DemandSeries;
import org.wattplan.core.plan.HardwareOption;
import org.wattplan.core.plan.PlanObjectives;
import org.wattplan.core.plan.PlanSpec;
import org.wattplan.core.plan.WaterCap;

/** Plans small enough to solve by hand; each test writes the arithmetic of its optimum. */
class PlannerTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    private static PlanOptions exact(SolverKind kind) {
        return new PlanOptions(kind, 0, Duration.ofSeconds(30));
    }

    /**
     * One site with two phases (a1: 10 MW for $100M, a2: 10 MW for $50M, 10-year lives), 1-kW cards at $10,000
     * with a 3-year life, no discounting, demand 5,000 / 12,000 / 15,000 cards. 12 MW in year 1 needs both phases,
     * a1 from year 0 (5 MW) and a2 from year 1. Phases: a1 3 years x 100M/10 + a2 2 years x 50M/10 = 30M + 10M.
     * Cards bought as needed: 5,000 in year 0 (3 years in service), 7,000 in year 1 (2), 3,000 in year 2 (1), each
     * year $10,000/3: 10,000/3 x (5,000 x 3 + 7,000 x 2 + 3,000 x 1) = 106,666,666.67.
     */
    @ParameterizedTest
    @EnumSource(SolverKind.class)
    void buildsPhasesInOrderAndCardsAsDemandGrows(SolverKind kind) {
        PlanSpec spec = plan(
                3,
                List.of(site("a", 3, 0, INF, phase("a1", 10, 100e6, 10, 0), phase("a2", 10, 50e6, 10, 0))),
                List.of(kilowattCard(10_000, 3)),
                List.of(demand("w", 5_000, 12_000, 15_000)),
                PlanObjectives.leastCost(0));
        BuildPlan plan = Planner.plan(spec, exact(kind));
        assertThat(plan.meetsDemand()).isTrue();
        assertThat(plan.phases())
                .containsExactly(new BuildPlan.PhaseBuild("a", "a1", 0, 0), new BuildPlan.PhaseBuild("a", "a2", 1, 1));
        assertThat(plan.purchases()).extracting(BuildPlan.Purchase::count).containsExactly(5_000L, 7_000L, 3_000L);
        assertThat(plan.costs().phaseCapexUsd()).isCloseTo(30e6 + 10e6, within(1.0));
        assertThat(plan.costs().hardwareCapexUsd())
                .isCloseTo(10_000.0 / 3 * (5_000 * 3 + 7_000 * 2 + 3_000 * 1), within(1.0));
    }

    /**
     * Phase order: site b's second phase is cheap ($10M for 10 MW) but needs b1 first ($100M for 5 MW), so 9 MW of
     * demand is served by site a's single 10-MW phase at $50M (one period, one-year lives, free cards): 50M < 110M.
     */
    @Test
    void phaseOrderWithinASiteIsRespected() {
        PlanSpec spec = plan(
                1,
                List.of(
                        site("a", 1, 0, INF, phase("a1", 10, 50e6, 1, 0)),
                        site("b", 1, 0, INF, phase("b1", 5, 100e6, 1, 0), phase("b2", 10, 10e6, 1, 0))),
                List.of(kilowattCard(0, 1)),
                List.of(demand("w", 9_000)),
                PlanObjectives.leastCost(0));
        BuildPlan plan = Planner.plan(spec, exact(SolverKind.HIGHS));
        assertThat(plan.phases()).containsExactly(new BuildPlan.PhaseBuild("a", "a1", 0, 0));
        assertThat(plan.costs().totalUsd()).isCloseTo(50e6, within(1.0));
    }

    /**
     * Discounting and electricity: 1,000 cards (100 W idle, 700 W max, 300 W host) on existing capacity, at mean
     * load 0.5, PUE 1.2, $0.10/kWh, 10% a year over 2 years. Mean IT power per card 100 + 300 + 0.5 x 600 = 700 W;
     * 0.7 MW x 1.2 x 8,760 h = 7,358.4 MWh = $735,840 a year; discounted 735,840 x (1 + 1/1.1). The cards ($20,000,
     * 2-year life) are paid by a start-of-year annuity whose present value is exactly their price: $20M. With a
     * carbon price of $0.10/kg at 0.4 kg/kWh, carbon adds 7,358,400 kWh x 0.04 x (1 + 1/1.1).
     */
    @Test
    void discountedEnergyCarbonAndHardwareCosts() {
        CandidateSite existing =
                new CandidateSite("e", "r", each(2, 100 * MW), each(2, INF), 1.2, 1.2, 0, 0.10, 0.4, List.of());
        HardwareOption card = new HardwareOption("card", "K1", 20_000, 100, 700, 300, 2, 1e15, 0, 1, List.of());
        DemandSeries halfLoaded = new DemandSeries("w", each(2, 1_000), each(2, 0.5), List.of(), Optional.empty());
        PlanSpec spec = new PlanSpec(
                2030,
                each(2, 8760),
                List.of(existing),
                List.of(card),
                List.of(),
                List.of(halfLoaded),
                each(2, 0),
                new PlanObjectives(0.10, 0.10, List.of(), 1.0, 1e7));
        BuildPlan plan = Planner.plan(spec, exact(SolverKind.HIGHS));
        double years = 1 + 1 / 1.1;
        assertThat(plan.costs().energyUsd()).isCloseTo(735_840 * years, within(0.01));
        assertThat(plan.costs().carbonUsd()).isCloseTo(7_358_400 * 0.4 * 0.10 * years, within(0.01));
        assertThat(plan.costs().hardwareCapexUsd()).isCloseTo(20e6, within(0.01));
    }

    /**
     * A carbon price moves the load: site "dirty" sells power at $0.08/kWh at 0.5 kg/kWh, "clean" at $0.10 with
     * none. Without a carbon price dirty is cheaper; at $0.10/kg dirty costs 0.08 + 0.05 = $0.13/kWh > $0.10.
     */
    @Test
    void aCarbonPriceMovesLoadToTheCleanSite() {
        CandidateSite dirty =
                new CandidateSite("dirty", "r", each(1, 10 * MW), each(1, INF), 1, 1, 0, 0.08, 0.5, List.of());
        CandidateSite clean =
                new CandidateSite("clean", "r", each(1, 10 * MW), each(1, INF), 1, 1, 0, 0.10, 0, List.of());
        for (double carbonPrice : new double[] {0, 0.10}) {
            PlanSpec spec = plan(
                    1,
                    List.of(dirty, clean),
                    List.of(kilowattCard(1_000, 1)),
                    List.of(demand("w", 1_000)),
                    new PlanObjectives(0, carbonPrice, List.of(), 1.0, 1e7));
            BuildPlan plan = Planner.plan(spec, exact(SolverKind.HIGHS));
            assertThat(plan.purchases())
                    .singleElement()
                    .satisfies(p -> assertThat(p.site()).isEqualTo(carbonPrice == 0 ? "dirty" : "clean"));
        }
    }

    /**
     * A required service level of 90% builds for 9,000 of 10,000 cards. A water cap is "per year", a Julian year
     * of 8,766 h (Units.HOURS_PER_YEAR), spread over a period's real hours: a cap of 8.766 ML/year allows 8.76 ML
     * in an 8,760-h period, which at 1 L/kWh is 1 MW of IT on average (8,760 MWh x 1,000 L/MWh), so 1,000 cards.
     */
    @Test
    void serviceLevelAndWaterCap() {
        CandidateSite wet = new CandidateSite("wet", "r", each(1, 100 * MW), each(1, INF), 1, 1, 1.0, 0, 0, List.of());
        PlanSpec serviceLevel = plan(
                1,
                List.of(wet),
                List.of(kilowattCard(1_000, 1)),
                List.of(demand("w", 10_000)),
                new PlanObjectives(0, 0, List.of(), 0.9, 1e7));
        assertThat(Planner.plan(serviceLevel, exact(SolverKind.HIGHS)).purchases())
                .singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(9_000L));
        PlanSpec capped = plan(
                1,
                List.of(wet),
                List.of(kilowattCard(1_000, 1)),
                List.of(demand("w", 10_000)),
                new PlanObjectives(0, 0, List.of(new WaterCap("basin", List.of("r"), 8.766e6)), 1.0, 1e7));
        BuildPlan plan = Planner.plan(capped, exact(SolverKind.HIGHS));
        assertThat(plan.purchases())
                .singleElement()
                .satisfies(p -> assertThat(p.count()).isEqualTo(1_000L));
        assertThat(plan.shortfalls())
                .singleElement()
                .satisfies(s -> assertThat(s.amount()).isCloseTo(9_000, within(1e-3)));
        assertThat(plan.bindings()).extracting(BuildPlan.Binding::constraint).contains("water cap");
    }

    /**
     * Demand of 30 MW in the first year against: site a, both phases (20 MW) built and full; site b, a 10-MW phase
     * behind a 6-MW grid limit at PUE 1.2 (5 MW of IT); site c, whose phase cannot be energized before the third
     * year. 25 MW can be served; 5,000 cards are short, and the plan names all three reasons.
     */
    @Test
    void demandBeyondEveryCandidateNamesTheBindingConstraints() {
        CandidateSite limited = new CandidateSite(
                "b", "r", each(3, 0), each(3, 6 * MW), 1.2, 1.2, 0, 0, 0, List.of(phase("b1", 10, 1e6, 20, 0)));
        PlanSpec spec = plan(
                3,
                List.of(
                        site("a", 3, 0, INF, phase("a1", 10, 1e6, 20, 0), phase("a2", 10, 1e6, 20, 0)),
                        limited,
                        site("c", 3, 0, INF, new CandidatePhase("c1", 50 * MW, 1e6, 20, 2, 2))),
                List.of(kilowattCard(1_000, 3)),
                List.of(demand("w", 30_000, 0, 0)),
                PlanObjectives.leastCost(0));
        BuildPlan plan = Planner.plan(spec, exact(SolverKind.HIGHS));
        assertThat(plan.meetsDemand()).isFalse();
        assertThat(plan.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.period()).isZero();
            assertThat(s.amount()).isCloseTo(5_000, within(1e-3));
        });
        assertThat(plan.bindings())
                .extracting(BuildPlan.Binding::constraint)
                .containsExactlyInAnyOrder("site capacity", "grid limit", "lead time");
        assertThat(plan.bindings().toString())
                .contains(
                        "a has all 2 candidate phases built",
                        "b draws its grid limit",
                        "c phase c1 cannot be energized before 2032");
    }

    /**
     * Lease vs build, known by hand. 5 MW (5,000 one-kW cards) is needed in all three years. Site own's phase costs
     * $1M (20-year life at a 0% rate: $50k a year) but cannot be energized before the third year; site colo's
     * 10-MW lease is ready at once at $0.5M a year. Demand from year one: the lease is the only way, so it is
     * taken in period 0. Demand from year three only: the build ($50k a year) beats the lease ($0.5M a year).
     */
    @Test
    void aLeaseIsChosenWhenNeededBeforeABuildCouldBeEnergisedAndNotOtherwise() {
        List<CandidateSite> sites = List.of(
                site("own", 3, 0, INF, new CandidatePhase("b1", 10 * MW, 1e6, 20, 2, 2)),
                site("colo", 3, 0, INF, new CandidatePhase("l1", 10 * MW, 0, 20, 0, 0, 0.5e6)));
        BuildPlan early = leaseOrBuild(sites, 5_000, 5_000, 5_000);
        assertThat(early.meetsDemand()).isTrue();
        assertThat(early.phases()).anySatisfy(b -> {
            assertThat(b.phase()).isEqualTo("l1");
            assertThat(b.period()).isZero();
        });
        BuildPlan late = leaseOrBuild(sites, 0, 0, 5_000);
        assertThat(late.meetsDemand()).isTrue();
        assertThat(late.phases()).extracting(BuildPlan.PhaseBuild::phase).containsExactly("b1");
    }

    private static BuildPlan leaseOrBuild(List<CandidateSite> sites, double... peaks) {
        return Planner.plan(
                plan(
                        3,
                        sites,
                        List.of(kilowattCard(1_000, 3)),
                        List.of(demand("w", peaks)),
                        PlanObjectives.leastCost(0)),
                exact(SolverKind.HIGHS));
    }

    @Test
    void aLeaseWithABuildCostIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CandidatePhase("l1", 10 * MW, 1e6, 20, 0, 0, 1))
                .hasMessageContaining("l1: a lease costs >= 0 per year and has no build capex");
    }

    @Test
    void unknownSolverNamesTheKnownOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SolverKind.named("gurobi"))
                .hasMessageContaining("highs, scip, cbc");
    }
}
