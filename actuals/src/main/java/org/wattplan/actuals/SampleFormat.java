package org.wattplan.actuals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** The formats of accelerator power samples wattplan reads, told apart by extension and first line. */
enum SampleFormat {
    /** {@code nvidia-smi --query-gpu=timestamp,index,power.draw --format=csv}; host from the file name. */
    NVIDIA_SMI,
    /** DCGM exporter scrapes in Prometheus text exposition, each sample with its scrape timestamp in ms. */
    DCGM,
    /** wattplan's own columns {@code timestamp,host,gpu,power_w} as CSV. */
    CSV,
    /** The same columns as Parquet, read by DuckDB directly (the fast path). */
    PARQUET;

    /** The format; empty when it is not known or the file cannot be read (that problem added). */
    static Optional<SampleFormat> detect(Path file, CappedProblems problems) throws IOException {
        if (TabularFile.isParquet(file)) {
            return Optional.of(PARQUET);
        }
        Optional<TextLines> opened = TextLines.open(file, InputLimits.SAMPLE_TEXT_MAX_BYTES, problems);
        if (opened.isEmpty()) {
            return Optional.empty();
        }
        try (TextLines lines = opened.get()) {
            String line;
            while ((line = lines.next()) != null) {
                String first = line.strip();
                if (first.isEmpty()) {
                    continue;
                }
                if (first.replace(" ", "").startsWith("timestamp,index,power.draw")) {
                    return Optional.of(NVIDIA_SMI);
                }
                if (first.replace(" ", "").equals("timestamp,host,gpu,power_w")) {
                    return Optional.of(CSV);
                }
                if (first.startsWith("#") || first.startsWith("DCGM_FI_")) {
                    return Optional.of(DCGM);
                }
                return Optional.empty();
            }
            return Optional.empty();
        }
    }
}
