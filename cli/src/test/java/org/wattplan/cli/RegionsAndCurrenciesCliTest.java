package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cloud regions and prices in other currencies on the command line (issue 17, item 13). */
class RegionsAndCurrenciesCliTest {
    private static CliRun estimate(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "estimate",
                "training",
                "--accelerator",
                "H100",
                "--accelerator-hours",
                "1M",
                "--draws",
                "200",
                "--format",
                "csv"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aCloudRegionEstimatesAsItsGridZone() {
        CliRun cloud = estimate("--region", "aws:us-east-1");
        CliRun zone = estimate("--region", "US-MIDA-PJM");
        assertThat(cloud.code()).as(cloud.err()).isZero();
        assertThat(cloud.out()).isEqualTo(zone.out());
    }

    @Test
    void aPlainCloudNameIsAnsweredWithTheProviderPrefixedIds() {
        CliRun run = estimate("--region", "us-east-1");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .contains("closest known: aws:us-east-1, gcp:us-east1")
                .doesNotContain("Exception");
    }

    @Test
    void aEuroPriceNeedsARateAndThenEqualsItsUsdValue() {
        CliRun missing = estimate("--region", "FR", "--electricity-price", "100 EUR/MWh");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err())
                .contains("training.electricity_price: \"100 EUR/MWh\" is in EUR and no rate is given")
                .doesNotContain("Exception");
        CliRun euro = estimate("--region", "FR", "--electricity-price", "100 EUR/MWh", "--currency", "EUR=1.08 USD");
        CliRun usd = estimate("--region", "FR", "--electricity-price", "108 USD/MWh"); // 100 x 1.08
        assertThat(euro.code()).as(euro.err()).isZero();
        assertThat(euro.out()).isEqualTo(usd.out());
    }

    @Test
    void catalogListRegionsShowsZonesAndCloudRegions() {
        CliRun list = CliRun.of("catalog", "list", "regions");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).anyMatch(l -> l.startsWith("FR ") && l.contains("0.0330"));
        assertThat(list.out().lines())
                .anyMatch(l -> l.startsWith("aws:us-east-1 ") && l.contains("US-MIDA-PJM"))
                .anyMatch(l -> l.startsWith("gcp:europe-west9 ") && l.contains("FR"))
                .anyMatch(l -> l.startsWith("azure:westeurope ") && l.contains("NL"));
        CliRun show = CliRun.of("catalog", "show", "azure:westus2");
        assertThat(show.out()).contains("-> grid zone US-NW-GCPD", "mapping source:", "region US-NW-GCPD");
    }
}
