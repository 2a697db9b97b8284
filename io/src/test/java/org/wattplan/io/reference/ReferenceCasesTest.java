package org.wattplan.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.testkit.Golden;

class ReferenceCasesTest {
    @Test
    void everyCaseNamesItsSourceAndAWorkload() {
        List<ReferenceCase> cases = ReferenceCases.shipped();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(12);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.source()).isNotBlank();
            assertThat(c.expected()).isNotEmpty();
            assertThat(c.tolerance()).isPositive();
        });
    }

    /**
     * Unconditional: every shipped case has its row in docs/sources.md §9 (the published training footprints, the
     * worked SemiAnalysis and Epoch AI cases), so a case whose source entry is removed fails here.
     */
    @Test
    void everyCaseHasItsEntryInTheSources() throws Exception {
        String sources = Files.readString(Golden.repositoryRoot().resolve("docs/sources.md"));
        String section = SourcesIndex.section(sources, "9");
        assertThat(ReferenceCases.shipped())
                .allSatisfy(c -> assertThat(section)
                        .as("docs/sources.md §9 row of " + c.id())
                        .contains("| `" + c.id() + "` |"));
        assertThat(ReferenceCases.shipped().stream().map(ReferenceCase::id))
                .contains("semianalysis_cluster", "epoch_chatgpt_query");
    }
}
