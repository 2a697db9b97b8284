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

    /** What {@code wattplan estimate KIND --file examples/estimate/EXAMPLE} prints, after it exited with 0. */
    private static String estimate(String kind, String example, String... more) {
        List<String> args = new ArrayList<>(List.of("estimate", kind, "--file", EXAMPLES + example));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void oneQuerysCo2eIsPrintedInGrams() {
        String out = estimate("inference", "epoch-chatgpt-query.yaml");
        // 0.3008 Wh x 0.3753 kgCO2e/kWh (the US grid it assumes without a region, EPA eGRID2022) = 0.1129 g
        assertThat(out).containsPattern("co2e_location_g +0\\.1129 *\n").doesNotContain("co2e_location_t");
        assertThat(out).containsPattern("co2e_embodied_g +0\\.003705 *\n");
    }

    @Test
    void oneQuerysEnergyAndWaterArePrintedInUnitsOfTheirSizeWithoutExponents() {
        String out = estimate("inference", "epoch-chatgpt-query.yaml");
        // 0.3008 Wh at the facility / PUE 1.2 (the example's) = 0.2507 Wh of IT energy; 2.507e-07 MWh before
        assertThat(out).containsPattern("it_energy_wh +0\\.2507 *\n").doesNotContain("it_energy_mwh");
        assertThat(out).containsPattern("facility_energy_wh +0\\.3008 *\n");
        // off-site water: 0.3008 Wh x 3.142 L/kWh (EWIF of the US, Li et al.) = 0.9451 mL
        assertThat(out).containsPattern("water_offsite_ml +0\\.9451 *\n");
        // a cost of 2.497e-05 USD is written out: 0.3008 Wh x 0.083 USD/kWh
        assertThat(out).containsPattern("cost_electricity_usd +0\\.00002497 *\n");
        assertThat(out).doesNotContainPattern("[0-9]e[-+][0-9]");
    }

    @Test
    void aTrainingRunsCo2eStaysInTonnes() {
        String out = estimate("training", "llama31-405b.yaml");
        assertThat(out).contains("co2e_location_t").doesNotContain("co2e_location_g");
    }

    @Test
    void jsonNumbersCarryAtMostTwelveSignificantDigits() {
        String out = estimate("training", "llama31-405b.yaml", "--format", "json");
        List<String> numbers = new ArrayList<>();
        collect(Documents.parse("(output)", out, true), numbers);
        assertThat(numbers).isNotEmpty();
        assertThat(numbers).allMatch(n -> new BigDecimal(n).stripTrailingZeros().precision() <= 12);
        assertThat(out).contains("11873.4,").doesNotContain("11873.400000000001");
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
