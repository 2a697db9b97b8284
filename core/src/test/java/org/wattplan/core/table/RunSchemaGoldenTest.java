package org.wattplan.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The run schema against its golden headers (golden/run-schema, provenance in its README). */
class RunSchemaGoldenTest {
    @Test
    void everyTableMatchesItsGoldenHeaderAndTypes() throws IOException {
        for (TableSpec spec : RunSchema.TABLES) {
            assertThat(render(spec)).as(spec.name()).isEqualTo(golden(spec.name()));
        }
    }

    @Test
    void aRenamedColumnFailsTheGolden() throws IOException {
        TableSpec renamed = TableSpec.of(
                "annual_by_workload",
                RunSchema.ANNUAL_BY_WORKLOAD.columns().stream()
                        .map(c -> c.name().equals("electricity_mwh") ? ColumnSpec.number("facility_mwh", c.unit()) : c)
                        .toList());
        assertThat(render(renamed)).isNotEqualTo(golden("annual_by_workload"));
    }

    @Test
    void aColumnNameMeansOneColumnInEveryTable() {
        Map<String, ColumnSpec> seen = new HashMap<>();
        for (TableSpec spec : RunSchema.TABLES) {
            for (ColumnSpec column : spec.columns()) {
                ColumnSpec first = seen.putIfAbsent(column.name(), column);
                assertThat(first == null ? column : first)
                        .as(spec.name() + "." + column.name())
                        .isEqualTo(column);
            }
        }
    }

    @Test
    void unitsConvertTheEnginesSiValues() {
        // 1 MWh = 3.6e9 J, 1 ML = 1e6 L, 1 m3 = 1e3 L, 1 t = 1e3 kg, 1 MUSD = 1e6 USD, 1 h = 3,600 s
        assertThat(RunColumns.ELECTRICITY_MWH.fromSi(7.2e9)).isEqualTo(2.0);
        assertThat(RunColumns.WATER_WITHDRAWAL_ML.fromSi(3e6)).isEqualTo(3.0);
        assertThat(RunColumns.WATER_WITHDRAWAL_M3.fromSi(2_500)).isEqualTo(2.5);
        assertThat(RunColumns.CO2E_LOCATION_T.fromSi(4_000)).isEqualTo(4.0);
        assertThat(RunColumns.OPEX_ELECTRICITY_MUSD.fromSi(5e6)).isEqualTo(5.0);
        assertThat(RunColumns.ACCELERATOR_HOURS_INSTALLED.fromSi(7_200)).isEqualTo(2.0);
        assertThat(RunColumns.IT_POWER_MW.fromSi(3e6)).isEqualTo(3.0);
        assertThat(Unit.MUSD.toSi(1.25)).isEqualTo(1_250_000.0);
    }

    static String render(TableSpec spec) {
        StringBuilder text = new StringBuilder(String.join(",", spec.names())).append('\n');
        for (ColumnSpec c : spec.columns()) {
            String unit = c.unit().symbol().isEmpty() ? "-" : c.unit().symbol();
            text.append(c.name()).append(' ').append(c.type()).append(' ').append(unit);
            text.append(spec.required().contains(c.name()) ? " required" : "").append('\n');
        }
        return text.toString();
    }

    static String golden(String table) throws IOException {
        try (InputStream in = RunSchemaGoldenTest.class.getResourceAsStream("/golden/run-schema/" + table + ".txt")) {
            return new String(Objects.requireNonNull(in, table).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
