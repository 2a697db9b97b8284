package org.wattplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wattplan.testkit.fuzz.ScenarioMutator;

/**
 * bench/fuzz.sh: {@code --cases N} (default 10,000) seeded mutations of the examples through the server's
 * validation and the CLI, as ScenarioFuzzTest does, printing the counts and the first failures.
 */
public final class FuzzMain {
    private FuzzMain() {}

    /** What a case comes to, in the order and with the words of the summary; some fail the run. */
    private enum Tally {
        ACCEPTED("accepted", false),
        REJECTED_WITH_PATH("rejected-with-path", false),
        STACK_TRACE("stack traces", true),
        SERVER_ERROR("5xx", true),
        HANG("hangs (> 5 s)", true),
        WRONG_EXIT("wrong exit codes", true),
        DISAGREEMENT("cli/server disagreements", true);

        final String label;
        final boolean failsTheRun;

        Tally(String label, boolean failsTheRun) {
            this.label = label;
            this.failsTheRun = failsTheRun;
        }
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int cases = 10_000;
        long seed = 11;
        Path examples = Path.of("examples");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--cases" -> cases = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--examples" -> examples = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path work = Files.createTempDirectory("wattplan-fuzz-");
        Map<Tally, Integer> tally = new EnumMap<>(Tally.class);
        for (Tally t : Tally.values()) {
            tally.put(t, 0);
        }
        long slowestMs = 0;
        int printed = 0;
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "fuzz-case");
            thread.setDaemon(true);
            return thread;
        });
        try (FuzzRunner runner = new FuzzRunner(examples, work)) {
            for (FuzzRunner.Base base : runner.bases()) {
                runner.run(base, runner.original(base));
            }
            for (int i = 0; i < cases; i++) {
                FuzzRunner.Base base = runner.bases().get(i % runner.bases().size());
                ScenarioMutator.Case fuzzed = ScenarioMutator.mutate(base.text(), seed, i);
                long startNs = System.nanoTime();
                Future<FuzzRunner.Outcome> future = executor.submit(() -> runner.run(base, fuzzed));
                FuzzRunner.Outcome outcome;
                try {
                    outcome = future.get(5, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    tally.merge(Tally.HANG, 1, Integer::sum);
                    System.out.println("HANG case " + i + " of " + base.name() + " (" + fuzzed.description() + ")");
                    future.cancel(true);
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor();
                    continue;
                } catch (ExecutionException e) {
                    tally.merge(Tally.SERVER_ERROR, 1, Integer::sum);
                    System.out.println("ERROR case " + i + ": " + e.getCause());
                    continue;
                }
                long tookMs = (System.nanoTime() - startNs) / 1_000_000;
                slowestMs = Math.max(slowestMs, tookMs);
                if (tookMs > 1_000) {
                    System.out.println("slow case " + i + " of " + base.name() + " (" + fuzzed.description() + "): "
                            + tookMs + " ms");
                }
                if (outcome.accepted()) {
                    tally.merge(Tally.ACCEPTED, 1, Integer::sum);
                } else if (outcome.exitCode() == 2
                        && outcome.failures().stream().noneMatch(f -> f.startsWith("exit 2 without"))) {
                    tally.merge(Tally.REJECTED_WITH_PATH, 1, Integer::sum);
                }
                for (String failure : outcome.failures()) {
                    if (failure.startsWith("stack trace")) {
                        tally.merge(Tally.STACK_TRACE, 1, Integer::sum);
                    } else if (failure.startsWith("server validation threw") || failure.startsWith("the CLI threw")) {
                        tally.merge(Tally.SERVER_ERROR, 1, Integer::sum);
                    } else if (failure.startsWith("exit ")) {
                        tally.merge(Tally.WRONG_EXIT, 1, Integer::sum);
                    } else if (failure.startsWith("the CLI ")) {
                        tally.merge(Tally.DISAGREEMENT, 1, Integer::sum);
                    }
                    if (printed++ < 20) {
                        System.out.println("FAIL case " + i + " of " + base.name() + " (" + fuzzed.description() + "): "
                                + failure);
                    }
                }
                if ((i + 1) % 1000 == 0) {
                    System.out.println("... " + (i + 1) + " cases");
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.printf("cases %d%n", cases);
        tally.forEach((t, count) -> System.out.printf("%s %d%n", t.label, count));
        System.out.printf("slowest case %d ms%n", slowestMs);
        boolean clean = tally.entrySet().stream().noneMatch(e -> e.getKey().failsTheRun && e.getValue() > 0);
        System.exit(clean ? 0 : 1);
    }
}
