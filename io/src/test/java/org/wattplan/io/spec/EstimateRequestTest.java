package org.wattplan.io.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.core.estimate.Metric;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.io.catalog.CatalogReader;

class EstimateRequestTest {
    static Estimate estimate(String yaml) {
        return EstimateRequest.read(Documents.parse("test.yaml", yaml, false), "", CatalogReader.embedded())
                .run();
    }

    static List<Problem> problems(String yaml) {
        try {
            estimate(yaml);
        } catch (InvalidInputException e) {
            return e.problems();
        }
        throw new AssertionError("expected the input to be rejected");
    }

    @Test
    void sixNdAtTheFittedPriorUsesItsMedianAndTheOverhead() {
        Estimate estimate = estimate("""
                training: {accelerator: H100, parameters: 405B, tokens: 15.6T, accelerators: 16384}
                """);
        var features = new org.wattplan.core.estimate.RunFeatures(
                989e12, false, false, java.util.OptionalDouble.of(405e9), java.util.OptionalDouble.of(16384));
        var prior = org.wattplan.io.reference.TrainingRuns.shippedModel()
                .prior(features, new org.wattplan.core.units.Uncertain(1.0, 1.11, 1.24));
        var hours = estimate.display(Metric.ACCELERATOR_HOURS);
        double atModeH = 6 * 405e9 * 15.6e12 / (989e12 * prior.medianMfu()) / 3600 * 1.11;
        assertThat(hours.atModes()).isCloseTo(atModeH, within(1.0));
        assertThat(hours.p10()).isLessThan(hours.p50());
        assertThat(hours.p90()).isGreaterThan(hours.p50());
        assertThat(hours.p90() / hours.p10()).as("an honest band, not +-10%").isGreaterThan(1.5);
        assertThat(estimate.assumptions()).anyMatch(line -> line.startsWith("MFU prior fitted to 23 published runs"));
        assertThat(estimate.assumptions()).anyMatch(line -> line.startsWith("overhead"));
    }

    @Test
    void fp8UsesTheFp8PeakAndTheFittedPriorForIt() {
        Estimate bf16 = estimate("training: {accelerator: H800, active_parameters: 37B, tokens: 14.8T}");
        Estimate fp8 = estimate("training: {accelerator: H800, precision: fp8, active_parameters: 37B, tokens: 14.8T}");
        // The FP8 peak is twice the BF16 one, but the fitted prior does not keep the BF16 MFU: FP8 is not 2x shorter.
        double ratio = bf16.display(Metric.ACCELERATOR_HOURS).atModes()
                / fp8.display(Metric.ACCELERATOR_HOURS).atModes();
        assertThat(ratio).isLessThan(2.0).isGreaterThan(1.0);
    }

    @Test
    void measuredItEnergyDrivesEveryFigure() {
        Estimate estimate = estimate("""
                training: {accelerator: H100, energy: 131 MWh, energy_scope: it, pue: 1.2, grid_intensity: 0.4 kgCO2e/kWh,
                           wue: 0.5 L/kWh, ewif: 3 L/kWh, discharge_share: 0.2, electricity_price: 0.1 USD/kWh}
                """);
        assertThat(estimate.display(Metric.IT_ENERGY).p50()).isCloseTo(131, within(1e-9));
        assertThat(estimate.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(131 * 1.2, within(1e-9));
        assertThat(estimate.display(Metric.CO2E_LOCATION).p50()).isCloseTo(131 * 1.2 * 0.4, within(1e-9));
        assertThat(estimate.display(Metric.CO2E_MARKET).p50()).isCloseTo(131 * 1.2 * 0.4, within(1e-9));
        assertThat(estimate.display(Metric.WATER_ONSITE_WITHDRAWAL).p50()).isCloseTo(131e3 * 0.5 / 1e3, within(1e-9));
        assertThat(estimate.display(Metric.WATER_OFFSITE).p50()).isCloseTo(131e3 * 1.2 * 3 / 1e3, within(1e-9));
        assertThat(estimate.display(Metric.COST_TOTAL).p50()).isCloseTo(131e3 * 1.2 * 0.1, within(1e-6));
        assertThat(estimate.metrics()).doesNotContainKey(Metric.ACCELERATOR_HOURS);
    }

    @Test
    void measuredFacilityEnergyOnAnAcceleratorWithoutPublishedPower() {
        Estimate estimate = estimate("""
                training: {accelerator: TPU v5e, energy: 131 MWh, energy_scope: facility, pue: 1.1, accelerator_hours: 1M}
                """);
        assertThat(estimate.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(131, within(1e-9));
        assertThat(estimate.display(Metric.IT_ENERGY).p50()).isCloseTo(131 / 1.1, within(1e-9));
        assertThat(estimate.display(Metric.ACCELERATOR_HOURS).p50()).isCloseTo(1e6, within(1e-6));
    }

    @Test
    void energyAndHoursThatDisagreeWithTheGivenPowerAreAnErrorNamingBoth() {
        List<Problem> problems = problems("""
                training: {accelerator: H100, energy: 131 MWh, accelerator_hours: 30.84M, power: 700 W}
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("training.energy");
            assertThat(p.message()).contains("131 MWh IT", "30,840,000 h x 700 W = 21,588 MWh", "more than 10%");
        });
        // Consistent within 10%: accepted (1,000 h x 700 W = 0.7 MWh).
        assertThat(estimate("training: {accelerator: H100, energy: 0.68 MWh, accelerator_hours: 1000, power: 700 W}")
                        .display(Metric.IT_ENERGY)
                        .p50())
                .isCloseTo(0.68, within(1e-9));
    }

    @Test
    void withoutPowerOrEnergyAnAcceleratorWithoutPublishedPowerSaysWhatItNeeds() {
        assertThat(problems("training: {accelerator: TPU v6e, accelerator_hours: 1000}"))
                .singleElement()
                .satisfies(
                        p -> assertThat(p.message()).contains("no published power", "give power", "measured energy"));
    }

    @Test
    void allInHourlyPriceMakesTheTotalHoursTimesPrice() {
        Estimate estimate = estimate("""
                training: {accelerator: H800, accelerator_hours: 2.788M, accelerator_hour_price: 2 USD/h, price_all_in: true}
                """);
        assertThat(estimate.display(Metric.COST_TOTAL).p50()).isCloseTo(2.788e6 * 2, within(1e-6));
    }

    @Test
    void noRegionMeansEveryDefaultFromTheUnitedStatesAndSaysSo() {
        Estimate estimate = estimate("training: {accelerator: H100, accelerator_hours: 1000, discharge_share: 0.2}");
        double itKwh = 700;
        assertThat(estimate.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(itKwh * 1.17 / 1000, within(1e-9));
        assertThat(estimate.display(Metric.CO2E_LOCATION).p50()).isCloseTo(itKwh * 1.17 * 0.3753 / 1000, within(1e-9));
        assertThat(estimate.display(Metric.WATER_ONSITE_CONSUMPTION).p50())
                .isCloseTo(itKwh * 0.55 / 1000, within(1e-9));
        assertThat(estimate.display(Metric.WATER_OFFSITE).p50()).isCloseTo(itKwh * 1.17 * 3.142 / 1000, within(1e-9));
        assertThat(estimate.assumptions()).anyMatch(line -> line.contains("every regional default"));
    }

    @Test
    void defaultsComeFromTheRegion() {
        Estimate estimate = estimate("""
                training: {accelerator: H100, accelerator_hours: 1000, region: Iowa, discharge_share: 0.2}
                """);
        double itKwh = 1000 * 0.7;
        assertThat(estimate.display(Metric.FACILITY_ENERGY).p50()).isCloseTo(itKwh * 1.16 / 1000, within(1e-9));
        // Li et al.'s regional WUE is a consumption factor: withdrawal = consumption / (1 - discharged).
        assertThat(estimate.display(Metric.WATER_ONSITE_CONSUMPTION).p50())
                .isCloseTo(itKwh * 0.14 / 1000, within(1e-9));
        assertThat(estimate.display(Metric.WATER_ONSITE_WITHDRAWAL).p50())
                .isCloseTo(itKwh * 0.14 / 0.8 / 1000, within(1e-9));
    }

    @Test
    void includeHostAddsTheCatalogServerOverhead() {
        Estimate estimate = estimate("""
                training: {accelerator: H100, accelerator_hours: 1000, include_host: true, pue: 1.0, discharge_share: 0.2}
                """);
        assertThat(estimate.display(Metric.IT_ENERGY).p50()).isCloseTo(1000 * 1275.0 / 1e6, within(1e-9));
    }

    @Test
    void powerModelUsesIdleAndMaxAtTheUtilisation() {
        Estimate estimate = estimate("""
                training: {accelerator: H100, accelerator_hours: 1000, power_utilisation: 0.5, idle_power: 100 W, pue: 1.0, discharge_share: 0.2}
                """);
        assertThat(estimate.display(Metric.IT_ENERGY).p50()).isCloseTo(1000 * (100 + 600 * 0.5) / 1e6, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{accelerator: H101, accelerator_hours: 5} | training.accelerator | closest known: H100",
                "{accelerator: H100, accelerator_hours: 5, region: Iowaa} | training.region | closest known: Iowa",
                "{accelerator: H100} | training.(compute) | missing",
                "{accelerator: H100, accelerator_hours: 5, flops: 1e20} | training.(compute) | conflicting",
                "{accelerator: H100, accelerator_hours: 5, power: 700} | training.power | has no unit",
                "{accelerator: H100, accelerator_hours: 5, power: 700 furlongs} | training.power | unknown unit",
                "{accelerator: H100, accelerator_hours: -5} | training.accelerator_hours | must be positive",
                "{accelerator: H100, accelerator_hours: 5, pue: 0.9} | training.pue | must be >= 1.0",
                "{accelerator: H100, accelerator_hours: NaN} | training.accelerator_hours | not a finite number",
                "{accelerator: H100, accelerator_hours: Infinity} | training.accelerator_hours | not a finite number",
                "{accelerator: H100, accelerator_hours: 5, colour: red} | training.colour | unknown key",
                "{accelerator: H100, acelerator_hours: 5} | training.acelerator_hours | did you mean \"accelerator_hours\"",
                "{accelerator: H100, duration: 5 d} | training.accelerators | duration needs the number of accelerators",
                "{accelerator: H100, accelerator_hours: 5, power: 700 W, power_utilisation: 0.5} | training.power_utilisation | conflicts with power",
                "{accelerator: H100, accelerator_hours: 5, market_intensity: 0 kg/kWh, carbon_free_share: 1} | training.carbon_free_share | conflicts",
                "{accelerator: H100, accelerator_hours: 5, mfu: 1.5} | training.mfu | must lie between",
                "{accelerator: TPU-v5e, accelerator_hours: 5} | training.power | has no published power",
            })
    void eachBadTrainingInputIsReportedWithItsPath(String training, String path, String message) {
        List<Problem> problems = problems("training: " + training);
        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void everyProblemIsListedAtOnce() {
        List<Problem> problems = problems("""
                training: {accelerator: H101, accelerator_hours: -1, pue: 0.5, region: Mars, wue: 3 gallons, colour: red}
                draws: 0
                """);
        assertThat(problems)
                .extracting(Problem::path)
                .contains(
                        "training.accelerator",
                        "training.accelerator_hours",
                        "training.pue",
                        "training.region",
                        "training.wue",
                        "training.colour",
                        "draws");
    }

    @Test
    void documentsNeedExactlyOneWorkload() {
        assertThat(problems("seed: 1"))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("needs a training: or inference:"));
        assertThat(problems("training: {accelerator: H100, accelerator_hours: 5}\ninference: {}"))
                .extracting(Problem::message)
                .anyMatch(m -> m.contains("both"));
        assertThatThrownBy(() -> Documents.parse("x.yaml", "", false)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> Documents.parse("x.yaml", "training: {a: 1, a: 2}", false))
                .hasMessageContaining("duplicate key \"a\"");
        assertThatThrownBy(() -> Documents.parse("x.json", "{\"training\": ", true))
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void yamlInfinityIsRejectedWithItsPath() {
        assertThat(problems("training: {accelerator: H100, accelerator_hours: .inf}"))
                .extracting(Problem::toString)
                .contains("training.accelerator_hours: \".inf\" is not a finite number");
    }

    @Test
    void inferenceFromMeasuredEnergyPerToken() {
        Estimate estimate = estimate("""
                inference: {accelerator: H100, tokens_per_day: 1B, period: 30 d, energy_per_token: 0.12 J, throughput: 5000, pue: 1.1, discharge_share: 0.2}
                """);
        double itJ = 1e9 * 30 * 0.12;
        assertThat(estimate.si(Metric.IT_ENERGY).p50()).isCloseTo(itJ, within(1e-3));
        assertThat(estimate.si(Metric.FACILITY_ENERGY).p50()).isCloseTo(itJ * 1.1, within(1e-3));
        assertThat(estimate.display(Metric.ACCELERATOR_HOURS).p50()).isCloseTo(1e9 * 30 / 5000 / 3600, within(1e-6));
    }

    @Test
    void inferenceBadInputs() {
        assertThat(problems("inference: {accelerator: H100, energy_per_request: 0.3 Wh}"))
                .extracting(Problem::path)
                .contains("inference.requests_per_day");
        assertThat(problems("inference: {accelerator: H100, requests_per_day: 1M, parameters: 70B}"))
                .extracting(Problem::path)
                .contains("inference.tokens_per_request");
        assertThat(problems("inference: {accelerator: H100, requests_per_day: 1M, energy_per_token: 0.1 J}"))
                .extracting(Problem::path)
                .contains("inference.tokens_per_request");
        assertThat(
                        problems(
                                "inference: {accelerator: H100, requests_per_day: 1M, energy_per_request: 1 Wh, energy_boundary: site}"))
                .extracting(Problem::path)
                .contains("inference.energy_boundary");
    }
}
