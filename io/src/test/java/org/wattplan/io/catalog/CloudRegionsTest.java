package org.wattplan.io.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.catalog.CloudRegionSpec;

/** Cloud regions resolve to their grid zone; a typo is answered with the same provider's regions first. */
class CloudRegionsTest {
    private static final Catalog CATALOG = CatalogReader.embedded();

    @Test
    void samplesOfEachProviderResolveToTheirZone() {
        String[][] samples = {
            {"aws:us-east-1", "US-MIDA-PJM"}, // N. Virginia: PJM (Dominion zone)
            {"aws:eu-west-3", "FR"}, // Paris
            {"aws:eu-north-1", "SE-SE3"}, // Stockholm lies in bidding zone SE3
            {"gcp:us-central1", "US-MIDW-MISO"}, // Council Bluffs, Iowa
            {"gcp:europe-west9", "FR"}, // Paris
            {"gcp:asia-northeast1", "JP-TK"}, // Tokyo
            {"azure:westeurope", "NL"}, // Cloud Carbon Footprint's mapping
            {"azure:francecentral", "FR"},
            {"azure:eastus", "US-MIDA-PJM"}
        };
        for (String[] sample : samples) {
            assertThat(CATALOG.region(sample[0]).orElseThrow().id())
                    .as(sample[0])
                    .isEqualTo(sample[1]);
        }
        assertThat(CATALOG.region("AWS:US-EAST-1").orElseThrow().id()).isEqualTo("US-MIDA-PJM");
        assertThat(CATALOG.region("aws:eu-west-3").orElseThrow().carbonKgPerKwh())
                .isEqualTo(0.033);
    }

    @Test
    void everyCloudRegionNamesAZoneAndASource() {
        List<CloudRegionSpec> clouds = CATALOG.cloudRegions();
        assertThat(clouds).hasSizeGreaterThanOrEqualTo(100);
        assertThat(clouds.stream().map(CloudRegionSpec::provider).distinct())
                .containsExactlyInAnyOrder("aws", "gcp", "azure");
        for (CloudRegionSpec cloud : clouds) {
            assertThat(CATALOG.region(cloud.zoneId())).as(cloud.id()).isPresent();
            assertThat(cloud.source()).as(cloud.id()).isNotBlank();
        }
    }

    @Test
    void aPlainCloudNameSuggestsTheProviderPrefixedIds() {
        // before the cloud regions, "us-east-1" was answered with US-AL
        assertThat(CATALOG.unknownRegion("us-east-1"))
                .startsWith("unknown region \"us-east-1\"; closest known: aws:us-east-1, gcp:us-east1");
    }

    @Test
    void aTypoWithAProviderSuggestsThatProvidersRegions() {
        String message = CATALOG.unknownRegion("aws:us-east-7");
        assertThat(message).contains("aws:us-east-1").contains("aws:us-east-2");
        assertThat(message.substring(message.indexOf("closest known: ") + 15).split(", "))
                .allMatch(id -> id.startsWith("aws:"));
        assertThat(CATALOG.unknownRegion("gcp:europe-west99"))
                .contains("gcp:europe-west9")
                .doesNotContain("aws:")
                .doesNotContain("azure:");
    }
}
