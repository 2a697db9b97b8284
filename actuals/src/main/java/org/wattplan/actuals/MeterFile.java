package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.core.units.Quantities;
import org.wattplan.core.units.QuantityFormatException;
import org.wattplan.io.csv.CsvTable;

/**
 * Site meters (CSV or Parquet): {@code timestamp,site,meter,quantity,value,unit[,source]}. Energy meters give
 * cumulative readings (kWh, MWh...) or power (kW, MW...); water meters give cumulative volumes (m3, L, ML,
 * gal) and name their source. See docs/actuals.md.
 */
final class MeterFile {
    static final List<String> QUANTITIES = List.of("it", "facility", "water_withdrawal", "water_discharge");
    static final List<String> WATER_SOURCES =
            List.of("municipal", "surface", "ground", "seawater", "produced", "recycled", "other");
    private static final List<String> REQUIRED = List.of("timestamp", "site", "meter", "quantity", "value", "unit");

    private MeterFile() {}

    static List<MeterReading> read(Path file, Problems problems) {
        TabularFile table = TabularFile.read(file, REQUIRED, List.of("source"), problems);
        List<MeterReading> readings = new ArrayList<>();
        Map<String, SeriesKind> kindByMeter = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String where = table.name() + ":" + row.line();
            reading(row, where, problems).ifPresent(reading -> {
                String key = reading.site() + "/" + reading.meter();
                SeriesKind first = kindByMeter.putIfAbsent(key, reading.kind());
                if (first != null && first != reading.kind()) {
                    problems.add(where, "meter " + key + " mixes counter and power units");
                } else {
                    readings.add(reading);
                }
            });
        }
        return readings;
    }

    private static Optional<MeterReading> reading(CsvTable.Row row, String where, Problems problems) {
        int before = problems.list().size();
        Optional<Long> timeMs = Timestamps.epochMs(row.get("timestamp"));
        if (timeMs.isEmpty()) {
            problems.add(where, "timestamp \"" + row.get("timestamp") + "\" is not ISO-8601 (2024-05-01T12:00:00Z)");
        }
        String site = Cells.required(row, "site", where, problems);
        String meter = Cells.required(row, "meter", where, problems);
        String quantity = row.get("quantity");
        if (!QUANTITIES.contains(quantity)) {
            problems.add(where, "quantity \"" + quantity + "\" must be one of " + String.join(", ", QUANTITIES));
        }
        boolean water = quantity.startsWith("water");
        String source = row.get("source");
        boolean sourceNeeded = quantity.equals("water_withdrawal");
        if (water && (sourceNeeded || !source.isEmpty()) && !WATER_SOURCES.contains(source)) {
            problems.add(where, "water source \"" + source + "\" must be one of " + String.join(", ", WATER_SOURCES));
        } else if (!water && !source.isEmpty()) {
            problems.add(where, "source is for water meters only; leave it empty for " + quantity);
        }
        Optional<Unit> unit = unit(row.get("unit"), water, where, problems);
        double value = Cells.number(row, "value", where, problems);
        if (problems.list().size() > before || timeMs.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MeterReading(
                site,
                meter,
                quantity,
                source,
                unit.get().kind(),
                timeMs.get(),
                value * unit.get().factor(),
                row.line()));
    }

    private record Unit(SeriesKind kind, double factor) {}

    private static Optional<Unit> unit(String text, boolean water, String where, Problems problems) {
        List<Dimension> dimensions = water ? List.of(Dimension.VOLUME) : List.of(Dimension.ENERGY, Dimension.POWER);
        for (Dimension dimension : dimensions) {
            try {
                double factor = Quantities.parse("1 " + text, dimension);
                return Optional.of(
                        new Unit(dimension == Dimension.POWER ? SeriesKind.RATE : SeriesKind.COUNTER, factor));
            } catch (QuantityFormatException e) {
                // try the next dimension
            }
        }
        String accepted = dimensions.stream()
                .map(Dimension::acceptedUnits)
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
        problems.add(where, "unit \"" + text + "\" is not one of " + accepted);
        return Optional.empty();
    }
}
