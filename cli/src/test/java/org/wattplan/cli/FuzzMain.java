package org.wattplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        int accepted = 0;
        int rejectedWithPath = 0;
        int stackTraces = 0;
        int serverErrors = 0;
        int hangs = 0;
        int wrongExit = 0;
        int disagreements = 0;
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
                    hangs++;
                    System.out.println("HANG case " + i + " of " + base.name() + " (" + fuzzed.description() + ")");
                    future.cancel(true);
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor();
                    continue;
                } catch (ExecutionException e) {
                    serverErrors++;
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
                    accepted++;
                } else if (outcome.exitCode() == 2
                        && outcome.failures().stream().noneMatch(f -> f.startsWith("exit 2 without"))) {
                    rejectedWithPath++;
                }
                for (String failure : outcome.failures()) {
                    if (failure.startsWith("stack trace")) {
                        stackTraces++;
                    } else if (failure.startsWith("server validation threw") || failure.startsWith("the CLI threw")) {
                        serverErrors++;
                    } else if (failure.startsWith("exit ")) {
                        wrongExit++;
                    } else if (failure.startsWith("the CLI ")) {
                        disagreements++;
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
        System.out.printf(
                "cases %d%naccepted %d%nrejected-with-path %d%nstack traces %d%n5xx %d%nhangs (> 5 s) %d%n"
                        + "wrong exit codes %d%ncli/server disagreements %d%nslowest case %d ms%n",
                cases,
                accepted,
                rejectedWithPath,
                stackTraces,
                serverErrors,
                hangs,
                wrongExit,
                disagreements,
                slowestMs);
        boolean clean = stackTraces + serverErrors + hangs + wrongExit + disagreements == 0;
        System.exit(clean ? 0 : 1);
    }
}
