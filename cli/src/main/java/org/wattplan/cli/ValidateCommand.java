package org.wattplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.wattplan.app.PriorCheck;
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
        PriorCheck check = ValidateUseCase.leaveOneOut();
        printPriorCheck(out, check);
        out.flush();
        return report.passed() && check.passed() ? WattplanCli.OK : WattplanCli.FAILED;
    }

    private void printPriorCheck(PrintWriter out, PriorCheck check) {
        out.println();
        out.println("MFU prior, leave-one-out: accelerator-hours of each published run predicted from its parameters x"
                + " tokens (or FLOP) with a prior fitted without it");
        out.printf(
                Locale.ROOT,
                "%-20s %12s %12s %12s %12s %8s  %s%n",
                "run",
                "published",
                "P10",
                "P50",
                "P90",
                "P50 err",
                "");
        for (PriorCheck.Prediction p : check.predictions()) {
            out.printf(
                    Locale.ROOT,
                    "%-20s %12s %12s %12s %12s %+7.0f%%  %s%n",
                    p.id(),
                    ValidationReport.figure(p.publishedH()),
                    ValidationReport.figure(p.p10H()),
                    ValidationReport.figure(p.p50H()),
                    ValidationReport.figure(p.p90H()),
                    100 * p.p50Error(),
                    p.covered() ? "inside P10..P90" : "OUTSIDE P10..P90");
            if (sources) {
                out.println("    source: " + p.source());
            }
        }
        long covered = check.predictions().stream()
                .filter(PriorCheck.Prediction::covered)
                .count();
        long accurate = check.predictions().stream()
                .filter(PriorCheck.Prediction::accurate)
                .count();
        int n = check.predictions().size();
        out.printf(
                Locale.ROOT,
                "coverage: %d of %d published runs inside P10..P90 (%.0f%%; goal >= %.0f%%: %s)%n",
                covered,
                n,
                100 * check.coverage(),
                100 * PriorCheck.COVERAGE_GOAL,
                check.passed() ? "met" : "NOT MET");
        out.printf(
                Locale.ROOT,
                "P50 error: %d of %d within +-%.0f%% (%.0f%%; goal >= %.0f%%: %s)%n",
                accurate,
                n,
                100 * PriorCheck.P50_TOLERANCE,
                100 * check.accurateShare(),
                100 * PriorCheck.COVERAGE_GOAL,
                check.accurateShare() >= PriorCheck.COVERAGE_GOAL ? "met" : "not met, see docs/validation.md");
    }
}
