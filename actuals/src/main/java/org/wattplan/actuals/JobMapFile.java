package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/**
 * The mapping from accelerators and time to jobs (CSV or Parquet): {@code host,gpu,start,end,job,workload};
 * gpu {@code *} or empty means all accelerators of the host. Ranges of one accelerator must not overlap.
 */
final class JobMapFile {
    private static final List<String> COLUMNS = List.of("host", "gpu", "start", "end", "job", "workload");

    private JobMapFile() {}

    static List<JobAssignment> read(Path file, Problems problems) {
        TabularFile table = TabularFile.read(file, COLUMNS, List.of(), problems);
        List<JobAssignment> assignments = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = table.name() + ":" + row.line();
            assignment(row, where, problems).ifPresent(assignment -> {
                for (JobAssignment earlier : assignments) {
                    if (earlier.overlaps(assignment)) {
                        problems.add(
                                where,
                                "overlaps line " + earlier.line() + " (" + earlier.job() + ") on " + assignment.host());
                    }
                }
                assignments.add(assignment);
            });
        }
        return assignments;
    }

    private static Optional<JobAssignment> assignment(CsvTable.Row row, String where, Problems problems) {
        int before = problems.list().size();
        String host = Cells.required(row, "host", where, problems);
        OptionalInt gpu = OptionalInt.empty();
        String gpuText = row.get("gpu");
        if (!gpuText.isEmpty() && !gpuText.equals("*")) {
            try {
                gpu = OptionalInt.of(Integer.parseInt(gpuText));
            } catch (NumberFormatException e) {
                problems.add(where, "gpu \"" + gpuText + "\" must be an index (0, 1, ...) or *");
            }
        }
        Optional<Long> start = Timestamps.epochMs(row.get("start"));
        Optional<Long> end = Timestamps.epochMs(row.get("end"));
        if (start.isEmpty()) {
            problems.add(where, "start \"" + row.get("start") + "\" is not ISO-8601 (2024-05-01T12:00:00Z)");
        }
        if (end.isEmpty()) {
            problems.add(where, "end \"" + row.get("end") + "\" is not ISO-8601 (2024-05-01T12:00:00Z)");
        }
        if (start.isPresent() && end.isPresent() && end.get() <= start.get()) {
            problems.add(where, "end must be after start");
        }
        String job = Cells.required(row, "job", where, problems);
        String workload = Cells.required(row, "workload", where, problems);
        if (problems.list().size() > before || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JobAssignment(host, gpu, start.get(), end.get(), job, workload, row.line()));
    }
}
