package org.wattplan.report.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wattplan.core.problem.Problems;

/**
 * Streams timeseries.csv (a row per step and site, hundreds of thousands of rows for an hourly multi-year run)
 * into one {@link PowerSeries} per site, reading only the columns the report needs. Fields are never quoted.
 * Bad values are reported with their line; after {@value #MAX_PROBLEMS} the rest are counted.
 */
final class TimeseriesReader {
    static final int MAX_PROBLEMS = 20;

    private TimeseriesReader() {}

    /** A site's columns while they grow. */
    private static final class Growing {
        long[] timeMs = new long[1024];
        double[] facilityMw = new double[1024];
        double[] limitMw = new double[1024];
        int size;

        void add(long time, double facility, double limit) {
            if (size == timeMs.length) {
                timeMs = Arrays.copyOf(timeMs, size * 2);
                facilityMw = Arrays.copyOf(facilityMw, size * 2);
                limitMw = Arrays.copyOf(limitMw, size * 2);
            }
            timeMs[size] = time;
            facilityMw[size] = facility;
            limitMw[size] = limit;
            size++;
        }
    }

    /**
     * Reads the file; {@code limitByYear} gives a site's grid limit (MW) in a year when the file has no
     * grid_limit_mw column.
     */
    static List<PowerSeries> read(Path file, LocalDate end, LimitByYear limitByYear, Problems problems) {
        String where = file.toString();
        Map<String, Growing> sites = new LinkedHashMap<>();
        int bad = 0;
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String headerLine = reader.readLine();
            if (headerLine == null) {
                problems.add(where, "is empty; expected a header row");
                return List.of();
            }
            List<String> header = List.of(headerLine.strip().split(",", -1));
            List<String> missing = RunSchema.TIMESERIES.required().stream()
                    .filter(c -> !header.contains(c))
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(where, "missing column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
                return List.of();
            }
            int time = header.indexOf(RunSchema.TIME);
            int site = header.indexOf(RunSchema.SITE);
            int facility = header.indexOf(RunSchema.FACILITY_POWER_MW);
            int limit = header.indexOf(RunSchema.GRID_LIMIT_MW);
            String lastTime = "";
            long lastMs = 0;
            int lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != header.size()) {
                    bad = report(
                            problems,
                            bad,
                            where + ":" + lineNumber,
                            "has " + fields.length + " fields; the header has " + header.size());
                    continue;
                }
                if (!fields[time].equals(lastTime)) {
                    Optional<Long> ms = RunTime.epochMs(fields[time]);
                    if (ms.isEmpty()) {
                        bad = report(
                                problems,
                                bad,
                                where + ":" + lineNumber + ":" + RunSchema.TIME,
                                "\"" + fields[time] + "\" is not a time such as 2025-01-01T00:00:00Z");
                        continue;
                    }
                    lastTime = fields[time];
                    lastMs = ms.get();
                }
                Optional<Double> power = number(fields[facility]);
                Optional<Double> gridLimit = limit < 0 ? Optional.of(Double.NaN) : number(fields[limit]);
                if (power.isEmpty() || gridLimit.isEmpty()) {
                    String column = power.isEmpty() ? RunSchema.FACILITY_POWER_MW : RunSchema.GRID_LIMIT_MW;
                    String value = power.isEmpty() ? fields[facility] : fields[limit];
                    bad = report(
                            problems,
                            bad,
                            where + ":" + lineNumber + ":" + column,
                            "\"" + value + "\" is not a number");
                    continue;
                }
                sites.computeIfAbsent(fields[site], s -> new Growing()).add(lastMs, power.get(), gridLimit.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bad > MAX_PROBLEMS) {
            problems.add(where, "and " + (bad - MAX_PROBLEMS) + " more bad rows");
        }
        if (sites.isEmpty() && bad == 0) {
            problems.add(where, "has no rows; the run is incomplete");
        }
        long endMs = end.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
        List<PowerSeries> out = new ArrayList<>();
        sites.forEach((id, g) -> out.add(series(id, g, endMs, limitByYear)));
        return out;
    }

    /** A site's grid limit (MW) in a calendar year, from annual_by_site.csv. */
    interface LimitByYear {
        double limitMw(String site, int year);
    }

    private static PowerSeries series(String site, Growing g, long endMs, LimitByYear limitByYear) {
        int n = g.size;
        double[] stepH = new double[n];
        double[] limitMw = Arrays.copyOf(g.limitMw, n);
        for (int i = 0; i < n; i++) {
            long nextMs = i + 1 < n ? g.timeMs[i + 1] : endMs;
            stepH[i] = (nextMs - g.timeMs[i]) / 3_600_000.0;
            if (Double.isNaN(limitMw[i])) {
                int year = Instant.ofEpochMilli(g.timeMs[i])
                        .atOffset(ZoneOffset.UTC)
                        .getYear();
                limitMw[i] = limitByYear.limitMw(site, year);
            }
        }
        return new PowerSeries(site, Arrays.copyOf(g.timeMs, n), Arrays.copyOf(g.facilityMw, n), limitMw, stepH);
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int report(Problems problems, int bad, String path, String message) {
        if (bad < MAX_PROBLEMS) {
            problems.add(path, message);
        }
        return bad + 1;
    }
}
