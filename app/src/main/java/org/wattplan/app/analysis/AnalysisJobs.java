package org.wattplan.app.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.wattplan.app.PlanUseCase;
import org.wattplan.app.SweepUseCase;
import org.wattplan.app.run.QueueFullException;
import org.wattplan.app.scenario.LocatedProblem;
import org.wattplan.app.scenario.ProblemLocator;
import org.wattplan.app.scenario.ScenarioInvalidException;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.StepSize;
import org.wattplan.core.plan.SweepSummary;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.plan.PlanScenario;
import org.wattplan.io.plan.PlanScenarioReader;
import org.wattplan.io.spec.Documents;

/**
 * {@code wattplan plan} and {@code wattplan sweep} for the server: a stored scenario version is read and checked when
 * the job is asked for (bad input is thrown at once, with each problem's line), then solved or swept on one worker
 * thread with {@code queue} more jobs waiting ({@link QueueFullException} beyond). Jobs live in memory: the last
 * {@value #KEPT} are kept, and a restart forgets them (their inputs are stored scenario versions, so a job is
 * repeatable; a sweep with the same seed gives the same figures).
 */
public final class AnalysisJobs implements AutoCloseable {
    /** The most draws one sweep job may ask for. */
    public static final int MAX_DRAWS = 5000;

    static final int KEPT = 100;

    private final Catalog catalog;
    private final DataPaths files;
    private final InstantSource clock;
    private final int sweepThreads;
    private final int capacity;
    private final Semaphore slots;
    private final ExecutorService worker;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Entry> jobs = new ConcurrentHashMap<>();

    /** What a job is. */
    public enum Kind {
        PLAN,
        SWEEP;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A job as it stands: its scenario version, status, progress in [0, 1], and its outcome once it has one. */
    public record Job(
            long id,
            Kind kind,
            long scenarioId,
            int scenarioVersion,
            String scenarioName,
            RunStatus status,
            double progress,
            String message,
            Instant createdAt,
            Optional<Instant> finishedAt,
            Optional<PlanOutcome> plan,
            Optional<SweepOutcome> sweep) {}

    /**
     * A plan: the planner's answer with its first year, the demand it planned for, and the planned scenario (YAML
     * {@code wattplan simulate} runs), present only when the plan meets the demand.
     */
    public record PlanOutcome(PlanUseCase.Result result, Optional<String> plannedYaml) {}

    /** A sweep: its draws, seed and time step, and the statistics per year. */
    public record SweepOutcome(int draws, long seed, StepSize step, SweepSummary summary) {}

    /** A sweep as asked for: draws, the seed (default: the scenario's), the step (default: the scenario's own). */
    public record SweepRequest(int draws, Optional<Long> seed, Optional<String> step) {}

    /** {@code workers} threads of each sweep, {@code queue} jobs that may wait behind the one running. */
    public AnalysisJobs(Catalog catalog, InstantSource clock, int sweepThreads, int queue) {
        this.catalog = catalog;
        this.files = DataPaths.none("plans and sweeps on the server read no data files (series.*.file)");
        this.clock = clock;
        this.sweepThreads = sweepThreads;
        this.capacity = 1 + queue;
        this.slots = new Semaphore(capacity);
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("wattplan-analysis").daemon(true).factory());
    }

    /** Queues a plan of a scenario version (deterministic, or robust at a quantile). */
    public Job plan(ScenarioVersion version, Optional<PlanUseCase.Robust> robust) {
        PlanScenario scenario = read(version);
        if (scenario.planning().hardware().isEmpty()) {
            throw InvalidInputException.of(
                    "plan", "is missing; give the candidate sites, phases and hardware to plan with (docs/plan.md)");
        }
        PlanUseCase.Solver solver = new PlanUseCase.Solver("highs", 0.01, 300);
        return submit(Kind.PLAN, version, entry -> {
            entry.message = "solving the build-out (HiGHS, 1% gap)";
            PlanUseCase.Result result = PlanUseCase.run(scenario, solver, robust);
            boolean meets = result.plan().meetsDemand();
            entry.plan = Optional.of(new PlanOutcome(
                    result, meets ? Optional.of(header(version) + result.plannedYaml()) : Optional.empty()));
            return meets ? "" : "no build-out meets the demand; see the shortfall and the binding constraints";
        });
    }

    /** Queues a sweep of a scenario version's {@code uncertainty} section. */
    public Job sweep(ScenarioVersion version, SweepRequest request) {
        if (request.draws() < 1 || request.draws() > MAX_DRAWS) {
            throw InvalidInputException.of("query.draws", request.draws() + " must be in 1.." + MAX_DRAWS);
        }
        Optional<StepSize> step = request.step().map(AnalysisJobs::step);
        SweepUseCase.Prepared prepared = SweepUseCase.prepare(read(version), Optional.empty(), step);
        long seed = request.seed().orElse(prepared.fleet().seed());
        SweepUseCase.Request sweep = new SweepUseCase.Request(request.draws(), seed, sweepThreads, step);
        return submit(Kind.SWEEP, version, entry -> {
            entry.message = "0 of " + request.draws() + " draws";
            SweepUseCase.Result result = SweepUseCase.sweep(prepared, sweep, done -> {
                if (entry.cancelled) {
                    throw new CancellationException("cancelled");
                }
                entry.progress = (double) done / request.draws();
                entry.message = done + " of " + request.draws() + " draws";
            });
            entry.sweep = Optional.of(new SweepOutcome(
                    request.draws(), seed, prepared.fleet().grid().stepSize(), result.summary()));
            return "";
        });
    }

    public Optional<Job> job(long id) {
        return Optional.ofNullable(jobs.get(id)).map(Entry::snapshot);
    }

    /** The jobs kept, newest first. */
    public List<Job> jobs() {
        List<Job> list =
                new ArrayList<>(jobs.values().stream().map(Entry::snapshot).toList());
        list.sort(Comparator.comparingLong(Job::id).reversed());
        return list;
    }

    /** Cancels a queued job, or a sweep between two draws; a plan being solved finishes first. */
    public Optional<Job> cancel(long id) {
        Entry entry = jobs.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        entry.cancelled = true;
        synchronized (entry) {
            if (entry.status == RunStatus.QUEUED) {
                entry.finish(RunStatus.CANCELLED, "cancelled before it started", clock.instant());
            }
        }
        return Optional.of(entry.snapshot());
    }

    private Job submit(Kind kind, ScenarioVersion version, Function<Entry, String> work) {
        if (!slots.tryAcquire()) {
            throw new QueueFullException(capacity, 5);
        }
        Entry entry = new Entry(ids.incrementAndGet(), kind, version, clock.instant());
        jobs.put(entry.id, entry);
        forgetOld();
        try {
            var unused = worker.submit(() -> execute(entry, work));
        } catch (RuntimeException e) {
            slots.release();
            jobs.remove(entry.id);
            throw e;
        }
        return entry.snapshot();
    }

    private void execute(Entry entry, Function<Entry, String> work) {
        try {
            synchronized (entry) {
                if (entry.status != RunStatus.QUEUED) {
                    return;
                }
                entry.status = RunStatus.RUNNING;
            }
            String failure = work.apply(entry);
            entry.finish(
                    failure.isEmpty() ? RunStatus.SUCCEEDED : RunStatus.FAILED,
                    failure.isEmpty() ? "done" : failure,
                    clock.instant());
        } catch (CancellationException e) {
            entry.finish(RunStatus.CANCELLED, "cancelled", clock.instant());
        } catch (RuntimeException e) {
            entry.finish(RunStatus.FAILED, String.valueOf(e.getMessage()), clock.instant());
        } finally {
            slots.release();
        }
    }

    private void forgetOld() {
        if (jobs.size() <= KEPT) {
            return;
        }
        jobs.values().stream()
                .filter(e -> e.status.isFinal())
                .map(e -> e.id)
                .sorted()
                .limit(jobs.size() - KEPT)
                .toList()
                .forEach(jobs::remove);
    }

    /** Reads the version's text with its plan and uncertainty sections; problems are thrown with their lines. */
    private PlanScenario read(ScenarioVersion version) {
        String text = version.text();
        boolean json = text.stripLeading().startsWith("{");
        try {
            JsonNode document = Documents.parse("(document)", text, json);
            return PlanScenarioReader.read(document, text, files, catalog);
        } catch (InvalidInputException e) {
            ProblemLocator locator = ProblemLocator.of(text, json);
            List<LocatedProblem> located = new ArrayList<>();
            for (Problem problem : e.problems()) {
                located.add(LocatedProblem.of(problem, locator.lineOf(problem.path(), problem.message())));
            }
            throw new ScenarioInvalidException(located);
        }
    }

    private static StepSize step(String name) {
        try {
            return StepSize.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "query.step", "\"" + cut(name) + "\" must be hourly, daily, monthly or yearly");
        }
    }

    private static String cut(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }

    private static String header(ScenarioVersion version) {
        return "# Planned by wattplan plan (server) from scenario " + version.scenarioId() + " version "
                + version.version() + " (" + version.name() + "); simulate it with: wattplan simulate FILE --out DIR\n";
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** A job's mutable state, written by its worker and read by requests. */
    private static final class Entry {
        final long id;
        final Kind kind;
        final ScenarioVersion version;
        final Instant createdAt;
        volatile RunStatus status = RunStatus.QUEUED;
        volatile double progress;
        volatile String message = "queued";
        volatile boolean cancelled;
        volatile Optional<Instant> finishedAt = Optional.empty();
        volatile Optional<PlanOutcome> plan = Optional.empty();
        volatile Optional<SweepOutcome> sweep = Optional.empty();

        Entry(long id, Kind kind, ScenarioVersion version, Instant createdAt) {
            this.id = id;
            this.kind = kind;
            this.version = version;
            this.createdAt = createdAt;
        }

        synchronized void finish(RunStatus finalStatus, String finalMessage, Instant at) {
            message = finalMessage;
            if (finalStatus == RunStatus.SUCCEEDED) {
                progress = 1;
            }
            finishedAt = Optional.of(at);
            status = finalStatus;
        }

        Job snapshot() {
            return new Job(
                    id,
                    kind,
                    version.scenarioId(),
                    version.version(),
                    version.name(),
                    status,
                    progress,
                    message,
                    createdAt,
                    finishedAt,
                    plan,
                    sweep);
        }
    }
}
