package org.wattplan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void levenshteinDistanceMatchesHandCountedEdits() {
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.distance("h101", "h100")).isEqualTo(1);
        assertThat(Names.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsTheClosestNamesFirst() {
        assertThat(Names.closest("H101", List.of("A100", "H100", "TPU-v4", "H200"), 2))
                .containsExactly("H100", "A100");
    }
}
