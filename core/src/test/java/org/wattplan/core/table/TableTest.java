package org.wattplan.core.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
    private static final TableSpec SPEC = TableSpec.concat(
            "t",
            List.of(ColumnSpec.integer("year"), ColumnSpec.text("site")),
            List.of(ColumnSpec.number("energy_mwh", Unit.MWH), ColumnSpec.date("started"), ColumnSpec.bool("leased")));

    @Test
    void cellsAreKeptAsTheirColumnsDeclare() {
        Table table = Table.of(SPEC)
                .add(2025, "a", 1, LocalDate.of(2025, 1, 2), true)
                .add(2026L, "b", 2.5, Table.NONE, false);
        assertThat(table.rows().get(0)).containsExactly(2025L, "a", 1.0, LocalDate.of(2025, 1, 2), true);
        assertThat(table.rows().get(1)).containsExactly(2026L, "b", 2.5, Table.NONE, false);
        assertThat(table.columns()).containsExactly("year", "site", "energy_mwh", "started", "leased");
    }

    @Test
    void aCellOfAnotherTypeOrAShortRowIsRefused() {
        assertThatThrownBy(() -> Table.of(SPEC).add("2025", "a", 1.0, Table.NONE, true))
                .hasMessageContaining("t[0].year");
        assertThatThrownBy(() -> Table.of(SPEC).add(2025L, "a", 1.0, "2025-01-02", true))
                .hasMessageContaining("t[0].started");
        assertThatThrownBy(() -> Table.of(SPEC).add(2025L, "a")).hasMessageContaining("2 values for 5 columns");
    }

    @Test
    void aSpecRefusesTwinColumnsAndUnknownRequiredOnes() {
        assertThatThrownBy(() -> TableSpec.of("t", ColumnSpec.text("a"), ColumnSpec.integer("a")))
                .hasMessageContaining("column a twice");
        assertThatThrownBy(() -> new TableSpec("t", List.of(ColumnSpec.text("a")), List.of("b")))
                .hasMessageContaining("required column b");
        assertThatThrownBy(() -> ColumnSpec.text("a,b")).hasMessageContaining("comma");
    }
}
