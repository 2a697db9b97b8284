package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.StoredRun;
import org.wattplan.io.spec.Documents;
import org.wattplan.store.RunRequest;
import org.wattplan.store.Store;

/**
 * Runs stored scenario versions on a bounded pool: {@code workers} at once, {@code queue} more waiting, and a
 * {@link QueueFullException} beyond that (nothing is stored then). Each run is stored as queued, then running,
 * then succeeded with its results in one transaction (or failed, or cancelled). Results with a figure that is not
 * a finite number fail the run ({@link FiniteResults}). Watchers get a {@link RunEvent} at
 * each change of status and at most every 1% of progress. A heartbeat keeps this process's live runs its own on a
 * shared PostgreSQL.
 */
public final class RunService implements AutoCloseable {
    private static final long HEARTBEAT_S = 20;

    private final Store store;
    private final RunEngine engine;
    private final String toolVersion;
    private final RunPoolOptions options;
    private final Semaphore slots;
    private final ExecutorService workers;
    private final ScheduledExecutorService heartbeat;
    private final Map<Long, AtomicBoolean> cancelFlags = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<RunEvent>>> watchers = new ConcurrentHashMap<>();

    public RunService(Store store, RunEngine engine, String toolVersion, RunPoolOptions options) {
        this.store = store;
        this.engine = engine;
        this.toolVersion = toolVersion;
        this.options = options;
        this.slots = new Semaphore(options.workers() + options.queue());
        this.workers = Executors.newFixedThreadPool(
                options.workers(),
                Thread.ofPlatform().name("wattplan-run-", 1).daemon(true).factory());
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("wattplan-heartbeat").daemon(true).factory());
        var unused = heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_S, HEARTBEAT_S, TimeUnit.SECONDS);
    }

    /**
     * Queues a run of a scenario version with an optional seed overriding the scenario's. Throws
     * {@link QueueFullException} when the pool is full and {@link InvalidInputException} for a scenario the
     * engine cannot read.
     */
    public StoredRun start(ScenarioVersion scenario, Optional<Long> seed) {
        JsonNode document = Documents.parse(
                "(document)", scenario.text(), scenario.text().stripLeading().startsWith("{"));
        if (seed.isPresent() && document instanceof ObjectNode object) {
            object.put("seed", seed.get());
        }
        if (!slots.tryAcquire()) {
            throw new QueueFullException(options.workers() + options.queue(), 5);
        }
        try {
            StoredRun run = store.createRun(new RunRequest(
                    Optional.of(scenario.scenarioId()),
                    Optional.of(scenario.version()),
                    scenario.name(),
                    scenario.sha256(),
                    engine.seed(document),
                    toolVersion));
            cancelFlags.put(run.id(), new AtomicBoolean());
            workers.execute(() -> execute(run.id(), document, scenario.text()));
            return run;
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
    }

    /** Asks a live run to stop; returns the run as it is now, or empty for an unknown id. */
    public Optional<StoredRun> cancel(long runId) {
        AtomicBoolean flag = cancelFlags.get(runId);
        if (flag != null) {
            flag.set(true);
        }
        if (store.cancel(runId)) {
            store.run(runId).ifPresent(run -> publish(RunEvent.of(run)));
        }
        return store.run(runId);
    }

    /**
     * Tells {@code watcher} the run's state now and at every later change until it ends. Returns a handle that
     * stops the watching; empty for an unknown id.
     */
    public Optional<AutoCloseable> watch(long runId, Consumer<RunEvent> consumer) {
        Consumer<RunEvent> watcher = new InOrder(consumer);
        List<Consumer<RunEvent>> list = watchers.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>());
        list.add(watcher);
        Optional<StoredRun> now = store.run(runId);
        if (now.isEmpty()) {
            list.remove(watcher);
            return Optional.empty();
        }
        watcher.accept(RunEvent.of(now.get()));
        return Optional.of(() -> list.remove(watcher));
    }

    public int capacity() {
        return options.workers() + options.queue();
    }

    public int inFlight() {
        return capacity() - slots.availablePermits();
    }

    private void execute(long runId, JsonNode document, String text) {
        AtomicBoolean cancelled = cancelFlags.getOrDefault(runId, new AtomicBoolean());
        try {
            if (!store.markRunning(runId)) {
                return;
            }
            publish(new RunEvent(runId, RunStatus.RUNNING, 0, ""));
            ProgressGate gate = new ProgressGate();
            RunResults results = engine.run(document, text, done -> {
                if (cancelled.get()) {
                    throw new CancellationException("cancelled on request");
                }
                if (gate.shouldReport(done)) {
                    store.progress(runId, done);
                    publish(new RunEvent(runId, RunStatus.RUNNING, done, ""));
                }
            });
            Optional<String> invalid = FiniteResults.problem(results);
            if (invalid.isPresent() && !cancelled.get()) {
                store.fail(runId, invalid.get());
            } else if (cancelled.get() || !store.complete(runId, results)) {
                store.cancel(runId);
            }
        } catch (CancellationException e) {
            store.cancel(runId);
        } catch (InvalidInputException e) {
            store.fail(runId, String.valueOf(e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            store.fail(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            cancelFlags.remove(runId);
            slots.release();
            store.run(runId).ifPresent(run -> publish(RunEvent.of(run)));
            watchers.remove(runId);
        }
    }

    private void publish(RunEvent event) {
        List<Consumer<RunEvent>> list = watchers.get(event.runId());
        if (list != null) {
            // A watcher that throws (its client went away) is dropped. The loop walks a snapshot, so a watcher may
            // remove itself while it is called: a stream that ends on the final event does (removeIf threw
            // ConcurrentModificationException in the run's thread then).
            for (Consumer<RunEvent> watcher : List.copyOf(list)) {
                try {
                    watcher.accept(event);
                } catch (RuntimeException e) {
                    list.remove(watcher);
                }
            }
        }
    }

    private void beat() {
        try {
            store.heartbeat();
            store.recoverInterrupted();
        } catch (RuntimeException e) {
            // the next beat tries again; a store that stays down fails the runs themselves
        }
    }

    /** Stops taking runs, asks the running ones to stop and waits up to 10 s for them. */
    @Override
    public void close() {
        cancelFlags.values().forEach(flag -> flag.set(true));
        heartbeat.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.shutdownNow();
    }

    /**
     * Delivers a watcher's events one at a time and never backwards: the snapshot read when watching starts can
     * race the worker's events, so an event behind the last one delivered (by status, then progress) is dropped,
     * and nothing follows a final status.
     */
    private static final class InOrder implements Consumer<RunEvent> {
        private final Consumer<RunEvent> consumer;
        private int lastRank = -1;
        private double lastProgress = -1;

        InOrder(Consumer<RunEvent> consumer) {
            this.consumer = consumer;
        }

        @Override
        public synchronized void accept(RunEvent event) {
            int rank = event.status().isFinal() ? 2 : event.status().ordinal();
            if (lastRank == 2 || rank < lastRank || (rank == lastRank && event.progress() < lastProgress)) {
                return;
            }
            lastRank = rank;
            lastProgress = event.progress();
            consumer.accept(event);
        }
    }

    /** Lets progress through at each new whole percent, and always at the end. */
    private static final class ProgressGate {
        private int lastPercent = -1;

        synchronized boolean shouldReport(double done) {
            int percent = (int) Math.floor(done * 100);
            if (percent > lastPercent) {
                lastPercent = percent;
                return true;
            }
            return false;
        }
    }
}
