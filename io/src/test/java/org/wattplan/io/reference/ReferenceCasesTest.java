package org.wattplan.io.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;
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

    @Test
    void coversEveryPublicTrainingCaseAndTheWorkedFactsCases() throws Exception {
        Set<String> ids =
                ReferenceCases.shipped().stream().map(ReferenceCase::id).collect(Collectors.toSet());
        var csv = Golden.repositoryRoot().resolve("../shared/reference/public-training-cases.csv");
        if (Files.exists(csv)) {
            Problems problems = new Problems();
            try (var reader = Files.newBufferedReader(csv)) {
                for (CsvTable.Row row : CsvTable.read("cases", reader, problems).rows()) {
                    assertThat(ids).contains(row.get("case_id"));
                }
            }
        }
        assertThat(ids).contains("semianalysis_cluster", "epoch_chatgpt_query");
    }
}
