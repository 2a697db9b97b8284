package org.wattplan.io.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.csv.CsvTable;

/**
 * Turns the rows of {@code electricitymaps_yearly.csv} (one Electricity Maps zone a row, yearly life-cycle
 * intensity in gCO2e/kWh; licence and provenance in {@code electricitymaps_yearly.NOTICE.md}) into region rows
 * with the columns of {@code regions.csv}. A zone that {@code regions.csv} already has keeps its curated row;
 * an alias that already names another region is dropped, so every alias names one region.
 */
final class ZoneRows {
    private static final BigDecimal GRAMS_PER_KG = BigDecimal.valueOf(1000);

    private ZoneRows() {}

    static void addMissing(CsvTable zones, Map<String, Map<String, String>> regions, Problems problems) {
        Set<String> taken = new HashSet<>();
        regions.values().forEach(row -> {
            taken.add(Catalog.key(row.getOrDefault("id", "")));
            CatalogReader.aliases(row.getOrDefault("aliases", "")).forEach(alias -> taken.add(Catalog.key(alias)));
        });
        for (CsvTable.Row zone : zones.rows()) {
            String id = zone.get("zone_id");
            if (regions.containsKey(id)) {
                continue;
            }
            String where = zones.name() + ":" + zone.line();
            String grams = zone.get("carbon_gco2e_per_kwh");
            Map<String, String> row = new HashMap<>();
            row.put("_where", where);
            row.put("id", id);
            row.put("name", name(zone));
            row.put("kind", id.contains("-") ? "grid-zone" : "country");
            row.put("aliases", String.join(";", freeAliases(zone.get("aliases"), taken)));
            try {
                row.put(
                        "carbon_kgco2e_per_kwh",
                        new BigDecimal(grams).divide(GRAMS_PER_KG).toPlainString());
            } catch (NumberFormatException e) {
                problems.add(where + ".carbon_gco2e_per_kwh", Quote.of(grams) + " is not a number");
                continue;
            }
            row.put("carbon_year", zone.get("carbon_year"));
            row.put("carbon_source", zone.get("carbon_source"));
            taken.add(Catalog.key(id));
            regions.put(id, row);
        }
    }

    private static String name(CsvTable.Row zone) {
        String name = zone.get("zone_name");
        String country = zone.get("country_name");
        return country.isEmpty() || country.equals(name) ? name : name + " (" + country + ")";
    }

    private static List<String> freeAliases(String text, Set<String> taken) {
        List<String> free = new ArrayList<>();
        for (String alias : CatalogReader.aliases(text)) {
            if (taken.add(Catalog.key(alias))) {
                free.add(alias);
            }
        }
        return free;
    }
}
