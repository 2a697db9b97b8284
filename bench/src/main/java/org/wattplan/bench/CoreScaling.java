package org.wattplan.bench;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * What two threads of plain computation get on this machine against one, to read beside a local[2] over local[1]
 * ratio (docs/spark.md, "What two cores give"). Two kernels, each for a fixed time, one thread alone and then
 * two at once, {@code ROUNDS} times: {@code registers} steps a xorshift generator (no memory traffic, no allocation,
 * no system calls); {@code memory} walks a 16 MB table at random, one dependent load after another (the caches and
 * memory the cores share). Run without a build, by the JDK's source launcher:
 *
 * <pre>java bench/src/main/java/org/wattplan/bench/CoreScaling.java [SECONDS [ROUNDS]]</pre>
 *
 * (defaults 3 and 3). On the 2-core machine of docs/spark.md both kernels gave 1.82-2.14x; a result well under 2x
 * means the two threads do not get two cores' worth, whatever the job.
 */
public final class CoreScaling {
    private static final int STEPS_PER_CHECK = 1_000_000;
    /** The memory kernel's table: 16 MB of ints, past any core's own caches. */
    private static final int TABLE = 1 << 22;

    private static volatile long sink;

    private CoreScaling() {}

    public static void main(String[] args) throws InterruptedException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!(seconds > 0 && seconds <= 600) || rounds < 1 || rounds > 100) {
            System.err.println("usage: CoreScaling [SECONDS (0-600] [ROUNDS 1-100]]");
            System.exit(2);
        }
        for (boolean memory : new boolean[] {false, true}) {
            String kernel = memory ? "memory" : "registers";
            spin(2, Math.min(seconds, 0.5), memory); // compiled before the timings
            double best = 0;
            double worst = Double.MAX_VALUE;
            for (int round = 1; round <= rounds; round++) {
                double one = rates(spin(1, seconds, memory), seconds)[0];
                double[] two = rates(spin(2, seconds, memory), seconds);
                double ratio = (two[0] + two[1]) / one;
                best = Math.max(best, ratio);
                worst = Math.min(worst, ratio);
                System.out.printf(
                        Locale.ROOT,
                        "%s, round %d: one thread %.1f M steps/s; two threads %.1f + %.1f: %.2fx one%n",
                        kernel,
                        round,
                        one,
                        two[0],
                        two[1],
                        ratio);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%s: two threads give %.2f-%.2fx one thread on %d cores%n",
                    kernel,
                    worst,
                    best,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** Each entry the next place to read, scattered over the table (a multiplicative hash of the index). */
    private static int[] table() {
        int[] table = new int[TABLE];
        for (int i = 0; i < TABLE; i++) {
            table[i] = (int) ((i * 2_654_435_761L) & (TABLE - 1));
        }
        return table;
    }

    /** Millions of steps a second from the counts of {@link #spin}. */
    private static double[] rates(long[] checks, double seconds) {
        double[] rates = new double[checks.length];
        for (int i = 0; i < checks.length; i++) {
            rates[i] = checks[i] * (double) STEPS_PER_CHECK / seconds / 1e6;
        }
        return rates;
    }

    /** Runs {@code threads} kernels at once for {@code seconds}; the blocks of steps each one made. */
    private static long[] spin(int threads, double seconds, boolean memory) throws InterruptedException {
        long[] counts = new long[threads];
        CountDownLatch start = new CountDownLatch(1);
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int index = t;
            workers[t] = Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long x = index + 1L;
                long blocks = 0;
                int[] table = memory ? table() : new int[0];
                int at = 0;
                long end = System.nanoTime() + (long) (seconds * 1e9);
                while (System.nanoTime() < end) {
                    if (memory) {
                        for (int i = 0; i < STEPS_PER_CHECK; i++) {
                            at = table[at ^ (i & 7)]; // the next place is known only once this load is done
                        }
                    } else {
                        for (int i = 0; i < STEPS_PER_CHECK; i++) {
                            // xorshift64: a chain of dependent steps the compiler cannot shorten
                            x ^= x << 13;
                            x ^= x >>> 7;
                            x ^= x << 17;
                        }
                    }
                    blocks++;
                }
                x ^= (long) at;
                sink = sink ^ x;
                counts[index] = blocks;
            });
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        return counts;
    }
}
