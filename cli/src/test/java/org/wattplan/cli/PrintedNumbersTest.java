package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.core.plan.SweepFigure;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.io.spec.Documents;

/** Numbers as a reader wants them in what the command line prints: units by magnitude, no exponents, no noise. */
class PrintedNumbersTest {
    private static final String EXAMPLES = "../examples/estimate/";

    @Test
    void oneQuerysCo2eIsPrintedInGrams() {
        CliRun run = CliRun.of("estimate", "inference", "--file", EXAMPLES + "epoch-chatgpt-query.yaml");
        assertThat(run.code()).as(run.err()).isZero();
        // 0.3008 Wh x 0.3753 kgCO2e/kWh (the US grid it assumes without a region, EPA eGRID2022) = 0.1129 g
        assertThat(run.out()).containsPattern("co2e_location_g +0\\.1129 *\n").doesNotContain("co2e_location_t");
        assertThat(run.out()).containsPattern("co2e_embodied_g +0\\.003705 *\n");
    }

    @Test
    void oneQuerysEnergyAndWaterArePrintedInUnitsOfTheirSizeWithoutExponents() {
        CliRun run = CliRun.of("estimate", "inference", "--file", EXAMPLES + "epoch-chatgpt-query.yaml");
        assertThat(run.code()).as(run.err()).isZero();
        // 0.3008 Wh at the facility / PUE 1.2 (the example's) = 0.2507 Wh of IT energy; 2.507e-07 MWh before
        assertThat(run.out()).containsPattern("it_energy_wh +0\\.2507 *\n").doesNotContain("it_energy_mwh");
        assertThat(run.out()).containsPattern("facility_energy_wh +0\\.3008 *\n");
        // off-site water: 0.3008 Wh x 3.142 L/kWh (EWIF of the US, Li et al.) = 0.9451 mL
        assertThat(run.out()).containsPattern("water_offsite_ml +0\\.9451 *\n");
        // a cost of 2.497e-05 USD is written out: 0.3008 Wh x 0.083 USD/kWh
        assertThat(run.out()).containsPattern("cost_electricity_usd +0\\.00002497 *\n");
        assertThat(run.out()).doesNotContainPattern("[0-9]e[-+][0-9]");
    }

    @Test
    void aTrainingRunsCo2eStaysInTonnes() {
        CliRun run = CliRun.of("estimate", "training", "--file", EXAMPLES + "llama31-405b.yaml");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("co2e_location_t").doesNotContain("co2e_location_g");
    }

    @Test
    void jsonNumbersCarryAtMostTwelveSignificantDigits() {
        CliRun run = CliRun.of("estimate", "training", "--file", EXAMPLES + "llama31-405b.yaml", "--format", "json");
        assertThat(run.code()).as(run.err()).isZero();
        List<String> numbers = new ArrayList<>();
        collect(Documents.parse("(output)", run.out(), true), numbers);
        assertThat(numbers).isNotEmpty();
        assertThat(numbers).allMatch(n -> new BigDecimal(n).stripTrailingZeros().precision() <= 12);
        assertThat(run.out()).contains("11873.4,").doesNotContain("11873.400000000001");
    }

    private static void collect(JsonNode node, List<String> numbers) {
        if (node.isNumber()) {
            numbers.add(node.asText());
        }
        node.forEach(child -> collect(child, numbers));
    }

    @Test
    void theSweepTableHasNoExponents() {
        String triple = SweepCommand.triple(
                new SweepSummary.FigureStats(SweepFigure.FACILITY_ENERGY, 334_512.3, 1_204_000.6, 0.5, 0));
        assertThat(triple).isEqualTo("334,512 / 1,204,001 / 0.500");
    }
}
