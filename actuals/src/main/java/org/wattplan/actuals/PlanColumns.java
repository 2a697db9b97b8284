package org.wattplan.actuals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;

/**
 * Which column of a simulated run's {@code annual_by_site.csv} holds each figure the variance needs: the first
 * of the known names found in the header, unless the user names the column ({@code --column it_mwh=it_gwh}
 * style overrides are exact header names). The table of known names is in docs/actuals.md.
 */
public final class PlanColumns {
    static final Map<String, List<String>> KNOWN = known();

    private final Map<String, String> resolved;

    private PlanColumns(Map<String, String> resolved) {
        this.resolved = resolved;
    }

    private static Map<String, List<String>> known() {
        Map<String, List<String>> known = new LinkedHashMap<>();
        known.put("year", List.of("year"));
        known.put("site", List.of("site", "site_id"));
        known.put("it_mwh", List.of("it_energy_mwh", "it_mwh", "it_electricity_mwh"));
        known.put(
                "facility_mwh",
                List.of("facility_energy_mwh", "electricity_mwh", "facility_mwh", "energy_mwh", "total_energy_mwh"));
        known.put("pue", List.of("pue"));
        known.put(
                "water_withdrawal_ml",
                List.of("water_withdrawal_ml", "withdrawal_ml", "water_onsite_ml", "water_ml", "onsite_water_ml"));
        known.put("co2e_location_t", List.of("co2e_location_t", "co2e_location_tonnes", "location_co2e_t"));
        known.put("co2e_market_t", List.of("co2e_market_t", "co2e_market_tonnes", "market_co2e_t"));
        known.put("cost_usd", List.of("opex_usd", "electricity_cost_usd", "cost_usd", "opex", "opex_electricity_musd"));
        return known;
    }

    /** Resolves the columns against a header; overrides name a header column for a figure. */
    static PlanColumns resolve(String file, List<String> header, Map<String, String> overrides, Problems problems) {
        Map<String, String> resolved = new LinkedHashMap<>();
        overrides.forEach((figure, column) -> {
            if (!KNOWN.containsKey(figure)) {
                problems.add("--column " + figure, "unknown figure; known: " + String.join(", ", KNOWN.keySet()));
            } else if (!header.contains(column)) {
                problems.add("--column " + figure, "\"" + column + "\" is not a column of " + file + " " + header);
            } else {
                resolved.put(figure, column);
            }
        });
        KNOWN.forEach((figure, names) -> {
            if (!resolved.containsKey(figure)) {
                names.stream().filter(header::contains).findFirst().ifPresent(name -> resolved.put(figure, name));
            }
        });
        for (String figure : List.of("year", "site")) {
            if (!resolved.containsKey(figure)) {
                problems.add(file, "has no " + figure + " column; known names: " + KNOWN.get(figure));
            }
        }
        if (!resolved.containsKey("facility_mwh") && !resolved.containsKey("it_mwh")) {
            problems.add(
                    file,
                    "has no energy column; known names: " + KNOWN.get("facility_mwh") + ", " + KNOWN.get("it_mwh"));
        }
        return new PlanColumns(resolved);
    }

    Optional<String> column(String figure) {
        return Optional.ofNullable(resolved.get(figure));
    }
}
