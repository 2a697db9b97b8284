package org.wattplan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.PhaseSpec;
import org.wattplan.core.engine.WorkloadSpec;
import org.wattplan.core.plan.FleetDraws;
import org.wattplan.core.plan.UncertaintySpec;
import org.wattplan.core.units.Uncertain;
import org.wattplan.io.catalog.CatalogReader;
import org.wattplan.io.plan.PlanScenarioReader;

/** A draw applies each distribution where docs/plan.md says, checked with degenerate (fixed) distributions. */
class FleetDrawsTest {
    static final Path NEXT_GENERATION = Path.of("..", "examples", "next-generation.yaml");

    @Test
    void fixedDrawsScaleWhatTheySay() {
        FleetSpec fleet = PlanScenarioReader.read(NEXT_GENERATION, CatalogReader.embedded())
                .base()
                .fleet();
        UncertaintySpec u = new UncertaintySpec(
                Optional.of(Uncertain.fixed(0.5)),
                Optional.of(Uncertain.fixed(2)),
                Optional.of(new Uncertain(5, 10, 20)),
                Optional.of(Uncertain.fixed(0.5)),
                Optional.of(Uncertain.fixed(2)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(Uncertain.fixed(30 * 86_400)),
                Optional.empty(),
                Optional.empty());
        FleetSpec drawn = FleetDraws.draw(fleet, u, new SplittableRandom(1));
        for (int w = 0; w < fleet.workloads().size(); w++) {
            WorkloadSpec before = fleet.workloads().get(w);
            WorkloadSpec after = drawn.workloads().get(w);
            if (before instanceof WorkloadSpec.Serving s && after instanceof WorkloadSpec.Serving t) {
                assertThat(t.demand().growthPerYear()).isEqualTo(0.5);
                assertThat(t.demand().points().get(0).value())
                        .isCloseTo(2 * s.demand().points().get(0).value(), within(1e-9));
            }
            if (before instanceof WorkloadSpec.Training s && after instanceof WorkloadSpec.Training t) {
                assertThat(t.mfu()).isCloseTo(s.mfu() / 2, within(1e-12));
            }
        }
        for (int s = 0; s < fleet.sites().size(); s++) {
            // PUE overhead doubled: 1 + 2 (PUE - 1), hour by hour
            assertThat(drawn.sites().get(s).pue().hour(0))
                    .isCloseTo(1 + 2 * (fleet.sites().get(s).pue().hour(0) - 1), within(1e-12));
            for (int k = 0; k < fleet.sites().get(s).phases().size(); k++) {
                PhaseSpec before = fleet.sites().get(s).phases().get(k);
                PhaseSpec after = drawn.sites().get(s).phases().get(k);
                assertThat(after.energized())
                        .isEqualTo(
                                before.status() == PhaseSpec.PhaseStatus.LIVE
                                        ? before.energized()
                                        : before.energized().plusDays(30));
            }
        }
    }

    @Test
    void generationsFollowTheAfterChain() {
        FleetSpec fleet = PlanScenarioReader.read(
                        Path.of("..", "examples", "hyperscaler.yaml"), CatalogReader.embedded())
                .base()
                .fleet();
        // the compute multiplier at its mode leaves every run as it is: (mode / mode)^g = 1
        UncertaintySpec atMode = new UncertaintySpec(
                Optional.empty(),
                Optional.empty(),
                Optional.of(Uncertain.fixed(10)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        FleetSpec drawn = FleetDraws.draw(fleet, atMode, new SplittableRandom(1));
        for (int w = 0; w < fleet.workloads().size(); w++) {
            if (fleet.workloads().get(w) instanceof WorkloadSpec.Training t) {
                assertThat(((WorkloadSpec.Training) drawn.workloads().get(w)).flop())
                        .isEqualTo(t.flop());
            }
        }
    }
}
