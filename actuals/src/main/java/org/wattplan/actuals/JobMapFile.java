package org.wattplan.actuals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/**
 * The mapping from accelerators and time to jobs (CSV or Parquet): {@code host,gpu,start,end,job,workload};
 * gpu {@code *} or empty means all accelerators of the host. Ranges of one accelerator must not overlap.
 */
final class JobMapFile {
    private static final String ALL = "*";
    private static final List<String> COLUMNS = List.of("host", "gpu", "start", "end", "job", "workload");

    private JobMapFile() {}

    static List<JobAssignment> read(Path file, TimeWindow window, Problems all) {
        CappedProblems problems = new CappedProblems(file.toString(), all);
        List<JobAssignment> assignments = new ArrayList<>();
        TabularFile.read(
                file,
                COLUMNS,
                List.of(),
                problems,
                row -> assignment(row, file + ":" + row.line(), window, problems)
                        .ifPresent(assignments::add));
        reportOverlaps(file.toString(), assignments, problems);
        problems.finish();
        return assignments;
    }

    /**
     * One sweep in start order (n log n, so that a file of a million mappings is checked in seconds): a range
     * overlaps an earlier-starting one exactly when the latest end so far among the ranges it shares an accelerator
     * with lies after its start. Each overlapping range is reported once, with one range it overlaps.
     */
    private static void reportOverlaps(String name, List<JobAssignment> assignments, CappedProblems problems) {
        List<JobAssignment> sorted = new ArrayList<>(assignments);
        sorted.sort(Comparator.comparing(JobAssignment::host)
                .thenComparingLong(JobAssignment::startMs)
                .thenComparingLong(JobAssignment::line));
        Map<String, JobAssignment> latestByGpu = new HashMap<>();
        String host = "";
        for (JobAssignment assignment : sorted) {
            if (!assignment.host().equals(host)) {
                host = assignment.host();
                latestByGpu.clear();
            }
            String gpu = assignment.gpu().isPresent()
                    ? String.valueOf(assignment.gpu().getAsInt())
                    : ALL;
            List<JobAssignment> candidates = new ArrayList<>();
            if (gpu.equals(ALL)) {
                candidates.addAll(latestByGpu.values());
            } else {
                Optional.ofNullable(latestByGpu.get(gpu)).ifPresent(candidates::add);
                Optional.ofNullable(latestByGpu.get(ALL)).ifPresent(candidates::add);
            }
            candidates.stream()
                    .filter(earlier -> earlier.overlaps(assignment))
                    .findFirst()
                    .ifPresent(earlier -> problems.add(
                            name + ":" + Math.max(earlier.line(), assignment.line()),
                            "overlaps line " + Math.min(earlier.line(), assignment.line()) + " on "
                                    + Quoted.of(assignment.host())));
            latestByGpu.merge(gpu, assignment, (a, b) -> a.endMs() >= b.endMs() ? a : b);
        }
    }

    private static Optional<JobAssignment> assignment(
            CsvTable.Row row, String where, TimeWindow window, CappedProblems problems) {
        int before = problems.count();
        String host = Cells.required(row, "host", where, problems);
        OptionalInt gpu = OptionalInt.empty();
        String gpuText = row.get("gpu");
        if (!gpuText.isEmpty() && !gpuText.equals("*")) {
            try {
                gpu = OptionalInt.of(Integer.parseInt(gpuText));
            } catch (NumberFormatException e) {
                problems.add(where, "gpu " + Quoted.of(gpuText) + " must be an index (0, 1, ...) or *");
            }
        }
        Optional<Long> start = Timestamps.within(row.get("start"), "start", window, where, problems);
        Optional<Long> end = Timestamps.within(row.get("end"), "end", window, where, problems);
        if (start.isPresent() && end.isPresent() && end.get() <= start.get()) {
            problems.add(where, "end must be after start");
        }
        String job = Cells.required(row, "job", where, problems);
        String workload = Cells.required(row, "workload", where, problems);
        if (problems.count() > before || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new JobAssignment(host, gpu, start.get(), end.get(), job, workload, row.line()));
    }
}
