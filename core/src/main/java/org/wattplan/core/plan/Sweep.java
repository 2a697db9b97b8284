package org.wattplan.core.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.random.RandomGenerator;

/**
 * Runs {@code draws} independent draws on {@code threads} threads. Draw {@code i} gets the generator
 * {@link DrawSeeds#random}(seed, i) and its result lands in slot {@code i}; threads take the next undone draw
 * from a shared counter. So the results, and every statistic reduced from them in draw order, are the same for
 * any number of threads and any scheduling.
 */
public final class Sweep {
    /** One draw: the model evaluated with its own generator. */
    @FunctionalInterface
    public interface Draw<R> {
        R run(int index, RandomGenerator random);
    }

    private Sweep() {}

    /** Runs the draws; {@code progress} hears the number of draws done after each one (from any thread). */
    public static <R> List<R> run(int draws, long seed, int threads, Draw<R> draw, IntConsumer progress) {
        if (draws < 1 || threads < 1) {
            throw new IllegalArgumentException("need at least one draw and one thread");
        }
        List<R> results = new ArrayList<>(draws);
        Object[] slots = new Object[draws];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < draws; i = next.getAndIncrement()) {
                slots[i] = draw.run(i, DrawSeeds.random(seed, i));
                progress.accept(done.incrementAndGet());
            }
        };
        int workers = Math.min(threads, draws);
        if (workers == 1) {
            worker.run();
        } else {
            try (ExecutorService pool = Executors.newFixedThreadPool(workers)) {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < workers; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> future : futures) {
                    await(future);
                }
            }
        }
        for (Object slot : slots) {
            @SuppressWarnings("unchecked")
            R result = (R) slot;
            results.add(result);
        }
        return results;
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        }
    }
}
