package org.wattplan.actuals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wattplan.core.actuals.IngestSummary;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problems;

/**
 * Ingests telemetry files into the actuals database in one transaction: every file is read and checked first,
 * and when anything is wrong, every problem is reported and the database is left exactly as it was.
 */
public final class Ingest {
    /**
     * Accelerator samples per time slice of the integration: about 8 million rows (some 300 MB of DuckDB memory
     * for the sort), so that 100 million samples stay well inside DuckDB's default limit below
     * ({@link ActualsStore#DEFAULT_MEMORY_LIMIT}).
     */
    static final long SLICE_ROWS = 8_000_000;

    private Ingest() {}

    public static IngestSummary run(IngestRequest request, Catalog catalog) {
        return run(request, catalog, SLICE_ROWS);
    }

    /** As {@link #run(IngestRequest, Catalog)}, integrating about {@code sliceRows} samples at a time. */
    static IngestSummary run(IngestRequest request, Catalog catalog, long sliceRows) {
        Problems problems = new Problems();
        List<MeterReading> readings = new ArrayList<>();
        TimeWindow window = request.window();
        request.meters().forEach(file -> readings.addAll(MeterFile.read(file, window, problems)));
        List<Bill> bills = request.bills()
                .map(file -> BillsFile.read(file, window, problems))
                .orElse(List.of());
        List<JobAssignment> jobs = request.jobs()
                .map(file -> JobMapFile.read(file, window, problems))
                .orElse(List.of());
        List<SiteSettings> sites = request.sites()
                .map(file -> SitesFile.read(file, catalog, problems))
                .orElse(List.of());
        List<Path> all = new ArrayList<>(request.meters());
        all.addAll(request.samples());
        request.jobs().ifPresent(all::add);
        request.bills().ifPresent(all::add);
        request.sites().ifPresent(all::add);
        if (all.isEmpty()) {
            problems.add("ingest", "nothing to ingest; give --meters, --samples, --jobs, --bills or --sites");
        }
        request.samples().stream()
                .filter(f -> !Files.isRegularFile(f))
                .forEach(f -> problems.add(f.toString(), "no such file, or not a regular file"));
        if (!problems.isEmpty()) {
            validateSamplesOnly(request, problems);
            problems.throwIfAny();
        }
        boolean existed = Files.exists(request.database());
        try {
            return store(request, readings, bills, jobs, sites, all, problems, sliceRows);
        } catch (InvalidInputException e) {
            if (!existed) {
                deleteQuietly(request.database());
                deleteQuietly(Path.of(request.database() + ".wal"));
            }
            throw e;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // an empty database left behind is harmless
        }
    }

    private static IngestSummary store(
            IngestRequest request,
            List<MeterReading> readings,
            List<Bill> bills,
            List<JobAssignment> jobs,
            List<SiteSettings> sites,
            List<Path> all,
            Problems problems,
            long sliceRows) {
        try (ActualsStore store = ActualsStore.open(request.database())) {
            return store.transaction(connection -> {
                int ingestId = (int) ActualsStore.single(connection, "SELECT coalesce(max(id), 0) + 1 FROM ingests");
                checkNotIngested(connection, all, problems);
                checkOverlaps(connection, jobs, problems);
                long samples = stageSamples(connection, request, problems);
                problems.throwIfAny();
                storeInputs(connection, ingestId, readings, bills, jobs, sites, all);
                List<QualityEvent> quality = new ArrayList<>();
                double energyJ = 0;
                if (!request.samples().isEmpty()) {
                    quality.addAll(GpuAggregation.run(
                            connection, relation(request), ingestId, request.acceleratorGaps(), sliceRows));
                    energyJ = sumEnergy(connection, ingestId);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP TABLE staged_samples");
                    }
                }
                Set<String> meterSites = new LinkedHashSet<>();
                readings.forEach(r -> meterSites.add(r.site()));
                quality.addAll(MeterAggregation.recompute(connection, meterSites, request.meterGaps()));
                storeQuality(connection, ingestId, quality);
                return new IngestSummary(
                        ingestId, readings.size(), samples, jobs.size(), bills.size(), sites.size(), energyJ, quality);
            });
        }
    }

    /** Reads the sample files into a scratch in-memory database only to find their problems too. */
    private static void validateSamplesOnly(IngestRequest request, Problems problems) {
        try (Connection scratch = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
            stageSamples(scratch, request, problems);
        } catch (SQLException e) {
            problems.add("samples", "cannot be checked: " + e.getMessage());
        }
    }

    private static String relation(IngestRequest request) {
        List<String> parts = new ArrayList<>();
        parts.add(GpuAggregation.stagedRelation());
        for (int i = 0; i < request.samples().size(); i++) {
            Path file = request.samples().get(i);
            if (TabularFile.isParquet(file)) {
                parts.add(GpuAggregation.parquetRelation(file, i + 1));
            }
        }
        return String.join(" UNION ALL ", parts);
    }

    private static long stageSamples(Connection connection, IngestRequest request, Problems problems)
            throws SQLException {
        if (request.samples().isEmpty()) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
        }
        GpuAggregation.createStaging(connection);
        long samples = 0;
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender("temp", "main", "staged_samples")) {
            for (int i = 0; i < request.samples().size(); i++) {
                Path file = request.samples().get(i);
                CappedProblems capped = new CappedProblems(file.toString(), problems);
                samples += stageFile(appender, file, i + 1, request, capped);
                capped.finish();
            }
        }
        return samples;
    }

    private static long stageFile(
            DuckDBAppender appender, Path file, int fileIndex, IngestRequest request, CappedProblems problems)
            throws SQLException {
        if (!Files.isRegularFile(file)) {
            return 0; // reported by run
        }
        try {
            int before = problems.count();
            Optional<SampleFormat> format = SampleFormat.detect(file, problems);
            if (format.isEmpty() && problems.count() == before) {
                problems.add(
                        file + ":1",
                        "is not a known sample format (nvidia-smi CSV, DCGM exporter text, timestamp,host,gpu,power_w"
                                + " CSV or Parquet)");
            }
            if (format.isEmpty()) {
                return 0;
            }
            if (format.get() == SampleFormat.PARQUET) {
                return GpuAggregation.validateParquet(file, fileIndex, request.window(), problems);
            }
            String defaultHost = request.host().orElseGet(() -> stem(file));
            return SampleReaders.read(
                    file,
                    format.get(),
                    defaultHost,
                    request.window(),
                    (h, gpu, timeMs, powerW, line) -> {
                        appender.beginRow();
                        appender.append(h);
                        appender.append(gpu);
                        appender.append(timeMs);
                        appender.append(powerW);
                        appender.append(GpuAggregation.rowNumber(fileIndex, line));
                        appender.endRow();
                    },
                    problems);
        } catch (IOException e) {
            problems.add(file.toString(), "cannot be read: " + Quoted.of(String.valueOf(e.getMessage())));
            return 0;
        }
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void checkNotIngested(Connection connection, List<Path> files, Problems problems)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM ingests WHERE source = ? AND size_bytes = ? AND modified = ?")) {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                FileStamp stamp = FileStamp.of(file);
                statement.setString(1, stamp.source());
                statement.setLong(2, stamp.sizeBytes());
                statement.setString(3, stamp.modified());
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        problems.add(
                                file.toString(),
                                "was already ingested (ingest " + result.getInt(1)
                                        + "); ingesting it again would count it twice");
                    }
                }
            }
        }
    }

    private static void checkOverlaps(Connection connection, List<JobAssignment> jobs, Problems problems)
            throws SQLException {
        if (jobs.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT job FROM job_map WHERE host = ? AND (gpu IS NULL OR ? IS NULL OR gpu = ?)"
                        + " AND start_ts < ? AND ? < end_ts LIMIT 1")) {
            for (JobAssignment job : jobs) {
                statement.setString(1, job.host());
                Object gpu = job.gpu().isPresent() ? Integer.valueOf(job.gpu().getAsInt()) : null;
                statement.setObject(2, gpu);
                statement.setObject(3, gpu);
                statement.setTimestamp(4, timestamp(job.endMs()));
                statement.setTimestamp(5, timestamp(job.startMs()));
                try (ResultSet result = statement.executeQuery()) {
                    if (result.next()) {
                        problems.add(
                                "jobs:" + job.line(),
                                "overlaps stored job " + result.getString(1) + " on " + job.host());
                    }
                }
            }
        }
    }

    static Timestamp timestamp(long epochMs) {
        return Timestamp.valueOf(
                Instant.ofEpochMilli(epochMs).atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private static void storeInputs(
            Connection connection,
            int ingestId,
            List<MeterReading> readings,
            List<Bill> bills,
            List<JobAssignment> jobs,
            List<SiteSettings> sites,
            List<Path> files)
            throws SQLException {
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender appender = duck.createAppender("main", "meter_readings")) {
            for (MeterReading r : readings) {
                appender.beginRow();
                appender.append(ingestId);
                appender.append(r.site());
                appender.append(r.meter());
                appender.append(r.quantity());
                appender.append(r.source());
                appender.append(r.kind().name());
                appender.append(r.timeMs());
                appender.append(r.value());
                appender.append(r.line());
                appender.endRow();
            }
        }
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO job_map VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (JobAssignment job : jobs) {
                insert.setInt(1, ingestId);
                insert.setString(2, job.host());
                insert.setObject(
                        3, job.gpu().isPresent() ? Integer.valueOf(job.gpu().getAsInt()) : null);
                insert.setTimestamp(4, timestamp(job.startMs()));
                insert.setTimestamp(5, timestamp(job.endMs()));
                insert.setString(6, job.job());
                insert.setString(7, job.workload());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        storeBills(connection, ingestId, bills);
        storeSites(connection, sites);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Path file : files) {
                FileStamp stamp = FileStamp.of(file);
                insert.setInt(1, ingestId);
                insert.setString(2, stamp.source());
                insert.setString(3, "file");
                insert.setLong(4, stamp.sizeBytes());
                insert.setString(5, stamp.modified());
                insert.setLong(6, 0);
                insert.executeUpdate();
            }
        }
    }

    private static void storeBills(Connection connection, int ingestId, List<Bill> bills) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM bills WHERE site = ? AND month = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO bills VALUES (?, ?, ?, ?, ?)")) {
            for (Bill bill : bills) {
                delete.setString(1, bill.site());
                delete.setDate(2, Date.valueOf(bill.month().atDay(1)));
                delete.executeUpdate();
                insert.setInt(1, ingestId);
                insert.setString(2, bill.site());
                insert.setDate(3, Date.valueOf(bill.month().atDay(1)));
                insert.setDouble(4, bill.energyKwh());
                insert.setDouble(5, bill.costUsd());
                insert.executeUpdate();
            }
        }
    }

    private static void storeSites(Connection connection, List<SiteSettings> sites) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sites WHERE site = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO sites VALUES (?, ?, ?, ?)")) {
            for (SiteSettings site : sites) {
                delete.setString(1, site.site());
                delete.executeUpdate();
                insert.setString(1, site.site());
                insert.setString(2, site.region());
                insert.setDouble(3, site.carbonFreeFraction());
                insert.setBoolean(4, site.waterStressed());
                insert.executeUpdate();
            }
        }
    }

    private static double sumEnergy(Connection connection, int ingestId) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT coalesce(sum(energy_j), 0) FROM gpu_energy WHERE ingest_id = " + ingestId)) {
            result.next();
            return result.getDouble(1);
        }
    }

    private static void storeQuality(Connection connection, int ingestId, List<QualityEvent> events)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO quality VALUES (?, ?, ?, ?, ?, ?)")) {
            for (QualityEvent event : events) {
                insert.setInt(1, ingestId);
                insert.setString(2, event.series());
                insert.setString(3, event.defect().name());
                insert.setLong(4, event.count());
                insert.setDouble(5, event.seconds());
                insert.setString(6, event.detail());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** A file's identity for the already-ingested check: absolute path, size, modification time. */
    private record FileStamp(String source, long sizeBytes, String modified) {
        static FileStamp of(Path file) {
            try {
                return new FileStamp(
                        file.toAbsolutePath().normalize().toString(),
                        Files.size(file),
                        Files.getLastModifiedTime(file).toString());
            } catch (IOException e) {
                throw InvalidInputException.of(file.toString(), "cannot be read: " + e.getMessage());
            }
        }
    }
}
