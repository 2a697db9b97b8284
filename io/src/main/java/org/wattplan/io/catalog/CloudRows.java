package org.wattplan.io.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wattplan.core.catalog.CloudRegionSpec;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.csv.CsvTable;

/**
 * Reads {@code cloud_regions.csv}: one cloud region a row ({@code aws:us-east-1}), the grid zone that stands for
 * it, and the source of that mapping. A zone the catalog does not have is a problem with its line.
 */
final class CloudRows {
    private CloudRows() {}

    static List<CloudRegionSpec> read(CsvTable table, Map<String, ?> regionIds, Problems problems) {
        List<CloudRegionSpec> clouds = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = table.name() + ":" + row.line();
            String provider = row.get("provider").toLowerCase(Locale.ROOT);
            String region = row.get("region");
            String zone = row.get("zone");
            if (!row.get("id").equals(provider + ":" + region)) {
                problems.add(where + ".id", Quote.of(row.get("id")) + " must be provider:region");
            } else if (!regionIds.containsKey(zone)) {
                problems.add(where + ".zone", Quote.of(zone) + " is not a region of the catalog");
            } else if (row.get("source").isBlank()) {
                problems.add(where + ".source", "is empty; every mapping needs a source");
            } else {
                clouds.add(new CloudRegionSpec(
                        row.get("id"),
                        provider,
                        region,
                        zone,
                        row.get("location"),
                        row.get("source"),
                        row.get("notes")));
            }
        }
        return clouds;
    }
}
