package org.wattplan.actuals;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    static long read(Path file, SampleFormat format, String defaultHost, SampleSink sink, CappedProblems problems)
            throws IOException, SQLException {
        long samples = 0;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            boolean header = format != SampleFormat.DCGM;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String where = file + ":" + number;
                boolean ok = switch (format) {
                    case NVIDIA_SMI -> nvidiaSmi(line, defaultHost, number, where, sink, problems);
                    case CSV -> csv(line, number, where, sink, problems);
                    case DCGM -> dcgm(line, defaultHost, number, where, sink, problems);
                    case PARQUET -> throw new IllegalArgumentException("Parquet is read by DuckDB");
                };
                if (ok) {
                    samples++;
                }
            }
        }
        return samples;
    }

    /** {@code 2024/05/01 12:00:00.123, 0, 312.45 W} (units optional, as with {@code nounits}). */
    private static boolean nvidiaSmi(
            String line, String host, long number, String where, SampleSink sink, CappedProblems problems)
            throws SQLException {
        String[] fields = line.split(",", -1);
        if (fields.length != 3) {
            problems.add(where, "has " + fields.length + " fields; nvidia-smi writes timestamp, index, power.draw [W]");
            return false;
        }
        return sample(host, fields[1], fields[0], stripUnit(fields[2]), number, where, sink, problems);
    }

    private static boolean csv(String line, long number, String where, SampleSink sink, CappedProblems problems)
            throws SQLException {
        String[] fields = line.split(",", -1);
        if (fields.length != 4) {
            problems.add(where, "has " + fields.length + " fields; the header timestamp,host,gpu,power_w has 4");
            return false;
        }
        String host = fields[1].strip();
        if (host.isEmpty()) {
            problems.add(where, "host is empty");
            return false;
        }
        return sample(host, fields[2], fields[0], fields[3], number, where, sink, problems);
    }

    /** {@code DCGM_FI_DEV_POWER_USAGE{gpu="0",UUID="GPU-..",Hostname="node01"} 312.5 1714564800000}. */
    private static boolean dcgm(
            String line, String defaultHost, long number, String where, SampleSink sink, CappedProblems problems)
            throws SQLException {
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
        long timeMs = Long.parseLong(timestamp);
        return sample(host, gpu, Timestamps.iso(timeMs), matcher.group(2), number, where, sink, problems);
    }

    private static boolean sample(
            String host,
            String gpuText,
            String timeText,
            String powerText,
            long number,
            String where,
            SampleSink sink,
            CappedProblems problems)
            throws SQLException {
        int before = problems.count();
        int gpu = -1;
        try {
            gpu = Integer.parseInt(gpuText.strip());
        } catch (NumberFormatException e) {
            problems.add(where, "gpu index \"" + gpuText.strip() + "\" is not a whole number");
        }
        Optional<Long> timeMs = Timestamps.epochMs(timeText);
        if (timeMs.isEmpty()) {
            problems.add(
                    where, "timestamp \"" + timeText.strip() + "\" is not one of 2024/05/01 12:00:00.123 or ISO-8601");
        }
        double powerW = -1;
        try {
            powerW = Double.parseDouble(powerText.strip());
            if (!Double.isFinite(powerW) || powerW < 0) {
                problems.add(where, "power \"" + powerText.strip() + "\" must be a finite number of watts >= 0");
            }
        } catch (NumberFormatException e) {
            problems.add(where, "power \"" + powerText.strip() + "\" is not a number of watts");
        }
        if (problems.count() > before || timeMs.isEmpty()) {
            return false;
        }
        sink.accept(host, gpu, timeMs.get(), powerW, number);
        return true;
    }

    private static String stripUnit(String text) {
        String value = text.strip();
        return value.endsWith("W") ? value.substring(0, value.length() - 1) : value;
    }
}
