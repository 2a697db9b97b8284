package org.wattplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.wattplan.app.ValidateUseCase;
import org.wattplan.app.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wattplan validate}: reproduces the published footprints of the reference set; exit 1 if any is off. */
@Command(
        name = "validate",
        description =
                "Reproduce published footprints from their sources' own inputs; exit 1 when a case leaves its tolerance.")
final class ValidateCommand extends CliCommand {
    @Option(names = "--sources", description = "print each case's source, method and known inconsistencies")
    boolean sources;

    @Override
    public Integer call() {
        PrintWriter out = out();
        ValidationReport report = ValidateUseCase.run();
        out.printf(
                Locale.ROOT,
                "%-26s %-30s %14s %14s %8s %6s  %s%n",
                "case",
                "metric",
                "published",
                "computed",
                "error",
                "tol",
                "");
        int passed = 0;
        for (ValidationReport.CaseResult result : report.cases()) {
            for (ValidationReport.Comparison c : result.comparisons()) {
                out.printf(
                        Locale.ROOT,
                        "%-26s %-30s %14s %14s %7.2f%% %5.1f%%  %s%n",
                        result.id(),
                        c.metric().column(),
                        ValidationReport.figure(c.published()),
                        ValidationReport.figure(c.computed()),
                        Double.isInfinite(c.relativeError()) ? 999.99 : 100 * c.relativeError(),
                        100 * c.tolerance(),
                        c.passed() ? "ok" : "OUT OF TOLERANCE");
            }
            if (result.passed()) {
                passed++;
            }
            if (sources) {
                out.println("    source: " + result.source());
                out.println("    method: " + result.method());
                result.inconsistency().ifPresent(text -> out.println("    inconsistency: " + text));
            }
        }
        out.printf(
                Locale.ROOT,
                "%d of %d cases within tolerance%n",
                passed,
                report.cases().size());
        out.flush();
        return report.passed() ? WattplanCli.OK : WattplanCli.FAILED;
    }
}
