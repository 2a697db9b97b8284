package org.wattplan.actuals;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line readers for the text formats of accelerator power samples (nvidia-smi CSV, DCGM exporter text, wattplan
 * CSV). Each bad line is a problem with its line number; reading goes on so that every problem is found.
 */
final class SampleReaders {
    static final String DCGM_POWER = "DCGM_FI_DEV_POWER_USAGE";
    private static final Pattern DCGM_LINE =
            Pattern.compile("^" + DCGM_POWER + "\\{([^}]*)}\\s+(\\S+)(?:\\s+(-?\\d+))?\\s*$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private SampleReaders() {}

    /** Reads the file into the sink; returns the number of samples read. */
    static long read(
            Path file,
            SampleFormat format,
            String defaultHost,
            TimeWindow window,
            SampleSink sink,
            CappedProblems problems)
            throws IOException, SQLException {
        Optional<TextLines> opened = TextLines.open(file, InputLimits.SAMPLE_TEXT_MAX_BYTES, problems);
        if (opened.isEmpty()) {
            return 0;
        }
        long samples = 0;
        Target target = new Target(window, sink, problems);
        try (TextLines lines = opened.get()) {
            String line;
            boolean header = format != SampleFormat.DCGM;
            while ((line = lines.next()) != null) {
                long number = lines.number();
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String where = file + ":" + number;
                boolean ok = switch (format) {
                    case NVIDIA_SMI -> nvidiaSmi(line, defaultHost, number, where, target);
                    case CSV -> csv(line, number, where, target);
                    case DCGM -> dcgm(line, defaultHost, number, where, target);
                    case PARQUET -> throw new IllegalArgumentException("Parquet is read by DuckDB");
                };
                if (ok) {
                    samples++;
                }
            }
        }
        return samples;
    }

    /** Where the samples of a file go, the window they must lie in, and where their problems go. */
    private record Target(TimeWindow window, SampleSink sink, CappedProblems problems) {}

    /** {@code 2024/05/01 12:00:00.123, 0, 312.45 W} (units optional, as with {@code nounits}). */
    private static boolean nvidiaSmi(String line, String host, long number, String where, Target target)
            throws SQLException {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            target.problems()
                    .add(where, "has " + fields.length + " fields; nvidia-smi writes timestamp, index, power.draw [W]");
            return false;
        }
        return sample(
                host, fields[1], timestamp(fields[0], where, target), stripUnit(fields[2]), number, where, target);
    }

    private static boolean csv(String line, long number, String where, Target target) throws SQLException {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            target.problems()
                    .add(where, "has " + fields.length + " fields; the header timestamp,host,gpu,power_w has 4");
            return false;
        }
        String host = fields[1].strip();
        if (host.isEmpty()) {
            target.problems().add(where, "host is empty");
            return false;
        }
        return sample(host, fields[2], timestamp(fields[0], where, target), fields[3], number, where, target);
    }

    /** {@code DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-..",Hostname="node01"} 312.5 1714564800000}. */
    private static boolean dcgm(String line, String defaultHost, long number, String where, Target target)
            throws SQLException {
        CappedProblems problems = target.problems();
        String text = line.strip();
        if (text.startsWith("#") || !text.startsWith(DCGM_POWER)) {
            return false;
        }
        Matcher matcher = DCGM_LINE.matcher(text);
        if (!matcher.matches()) {
            problems.add(where, "is not a sample line: " + DCGM_POWER + "{labels} value timestamp_ms");
            return false;
        }
        String gpu = "";
        String host = defaultHost;
        Matcher label = LABEL.matcher(matcher.group(1));
        while (label.find()) {
            switch (label.group(1)) {
                case "gpu" -> gpu = label.group(2);
                case "Hostname" -> host = label.group(2);
                default -> {
                    // other labels (UUID, device, modelName...) are not needed
                }
            }
        }
        String timestamp = matcher.group(3);
        if (timestamp == null) {
            problems.add(where, "has no scrape timestamp; save scrapes with their timestamp in ms after the value");
            return false;
        }
        Optional<Long> timeMs = Optional.empty();
        try {
            long scrapeMs = Long.parseLong(timestamp);
            if (target.window().contains(scrapeMs)) {
                timeMs = Optional.of(scrapeMs);
            } else {
                problems.add(where, target.window().outside("scrape timestamp (ms)", timestamp));
            }
        } catch (NumberFormatException e) {
            problems.add(where, "scrape timestamp " + Quoted.of(timestamp) + " is not a number of ms since 1970");
        }
        return sample(host, gpu, timeMs, matcher.group(2), number, where, target);
    }

    private static Optional<Long> timestamp(String text, String where, Target target) {
        Optional<Long> timeMs = Timestamps.epochMs(text);
        if (timeMs.isEmpty()) {
            target.problems()
                    .add(
                            where,
                            "timestamp " + Quoted.of(text.strip())
                                    + " is not one of 2024/05/01 12:00:00.123 or ISO-8601");
        } else if (!target.window().contains(timeMs.get())) {
            target.problems().add(where, target.window().outside("timestamp", text));
            return Optional.empty();
        }
        return timeMs;
    }

    private static boolean sample(
            String host,
            String gpuText,
            Optional<Long> timeMs,
            String powerText,
            long number,
            String where,
            Target target)
            throws SQLException {
        CappedProblems problems = target.problems();
        int before = problems.count();
        int gpu = -1;
        try {
            gpu = Integer.parseInt(gpuText.strip());
        } catch (NumberFormatException e) {
            problems.add(where, "gpu index " + Quoted.of(gpuText.strip()) + " is not a whole number");
        }
        double powerW = -1;
        try {
            powerW = Double.parseDouble(powerText.strip());
            if (!Double.isFinite(powerW) || powerW < 0 || powerW > InputLimits.ACCELERATOR_POWER_MAX_W) {
                problems.add(
                        where,
                        "power " + Quoted.of(powerText.strip()) + " must be a finite number of watts from 0 to "
                                + (long) InputLimits.ACCELERATOR_POWER_MAX_W + " (docs/actuals.md, Limits)");
            }
        } catch (NumberFormatException e) {
            problems.add(where, "power " + Quoted.of(powerText.strip()) + " is not a number of watts");
        }
        if (problems.count() > before || timeMs.isEmpty()) {
            return false;
        }
        target.sink().accept(host, gpu, timeMs.get(), powerW, number);
        return true;
    }

    private static String stripUnit(String text) {
        String value = text.strip();
        return value.endsWith("W") ? value.substring(0, value.length() - 1) : value;
    }
}
