package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.testkit.fuzz.ScenarioMutator;

/**
 * Issue 11's audit, kept in the build: 300 seeded mutations of the examples through the server's validation and
 * the CLI. Every case is accepted (exit 0) or rejected with exit 2 and at least one `path: message` problem; no stack
 * trace, no exception out of the server's validation, the CLI and the server agree, and no case hangs (the 5 s
 * guard is a hang guard, not a speed goal; bench/fuzz.sh runs 10,000 cases).
 */
class ScenarioFuzzTest {
    static final long SEED = 11;
    static final int CASES = 300;

    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path work;

    @Test
    void everyMutatedExampleIsAcceptedOrRejectedWithAPathAndExitTwo() {
        List<String> failures = new ArrayList<>();
        int rejected = 0;
        try (FuzzRunner runner = new FuzzRunner(Path.of("../examples"), work)) {
            // the examples themselves are accepted by both (this also loads the classes before the timed cases)
            for (FuzzRunner.Base base : runner.bases()) {
                FuzzRunner.Outcome original = runner.run(base, runner.original(base));
                assertThat(original.accepted())
                        .as(base.name() + ": " + original.failures())
                        .isTrue();
                assertThat(original.failures()).isEmpty();
            }
            for (int i = 0; i < CASES; i++) {
                FuzzRunner.Base base = runner.bases().get(i % runner.bases().size());
                ScenarioMutator.Case fuzzed = ScenarioMutator.mutate(base.text(), SEED, i);
                // a hang guard, not a speed goal: generous so that a loaded build machine does not fail it
                // (bench/fuzz.sh holds every case to 5 s on a quiet machine)
                FuzzRunner.Outcome outcome = assertTimeoutPreemptively(
                        Duration.ofSeconds(20),
                        () -> runner.run(base, fuzzed),
                        () -> "case " + fuzzed.seed() + " (" + fuzzed.description() + ") hangs");
                outcome.failures()
                        .forEach(f -> failures.add("case " + fuzzed.seed() + " of " + base.name() + " ("
                                + fuzzed.description() + "): " + f));
                rejected += outcome.accepted() ? 0 : 1;
            }
        }
        assertThat(failures).isEmpty();
        // the mutations are hostile: most cases must be rejected, and some harmless ones accepted
        assertThat(rejected).isBetween(CASES / 2, CASES - 1);
    }
}
