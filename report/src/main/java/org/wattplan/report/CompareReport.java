package org.wattplan.report;

import java.util.ArrayList;
import java.util.List;
import org.wattplan.report.chart.ReportChart;
import org.wattplan.report.document.Block;
import org.wattplan.report.document.ReportDocument;
import org.wattplan.report.run.RunFigures;
import org.wattplan.report.run.RunInfo;

/** The comparison of two runs: what each is, a table of differences, and the overlaid charts. */
public final class CompareReport {
    private CompareReport() {}

    public static ReportDocument document(Comparison comparison, List<ReportChart> charts) {
        List<Block> blocks = new ArrayList<>();
        List<List<Block.Cell>> runs = new ArrayList<>();
        for (RunFigures run : List.of(comparison.a(), comparison.b())) {
            RunInfo info = run.run().info();
            runs.add(List.of(
                    Tables.text(comparison.label(run)),
                    Tables.text(info.scenario()),
                    Tables.text(info.horizon()),
                    Tables.text(info.step()),
                    Tables.text(info.seed()),
                    Tables.text(info.scenarioSha256())));
        }
        blocks.add(new Block.TableBlock(
                "runs", List.of("Run", "Scenario", "Horizon", "Step", "Seed", "Scenario SHA-256"), runs));
        blocks.add(new Block.Heading(2, "Differences"));
        blocks.add(new Block.Text("B - A and B / A - 1 for every compared figure (n/a where A is zero)."));
        List<List<Block.Cell>> rows = new ArrayList<>();
        for (Comparison.Difference d : comparison.differences()) {
            rows.add(List.of(
                    Tables.text(d.metric()),
                    Tables.text(d.unit()),
                    Tables.text(d.scope()),
                    Tables.text(d.year()),
                    Tables.number(d.a()),
                    Tables.number(d.b()),
                    Tables.number(d.difference()),
                    Tables.change(d.change())));
        }
        blocks.add(new Block.TableBlock(
                "differences", List.of("Figure", "Unit", "Scope", "Year", "A", "B", "B - A", "Change"), rows));
        if (!comparison.trainings().isEmpty()) {
            blocks.add(new Block.Heading(3, "Training runs"));
            blocks.add(new Block.Text("When each training run found in both runs completed (trainings.csv)."));
            List<List<Block.Cell>> trainings = new ArrayList<>();
            for (Comparison.TrainingDates t : comparison.trainings()) {
                trainings.add(List.of(
                        Tables.text(t.workload()),
                        Tables.text(t.completedA().map(Object::toString).orElse("not completed")),
                        Tables.text(t.completedB().map(Object::toString).orElse("not completed")),
                        t.daysLater()
                                .map(days -> Block.Cell.number(String.valueOf(days), String.valueOf(days)))
                                .orElse(Tables.text("n/a")),
                        Tables.text(t.deadline().map(Object::toString).orElse(""))));
            }
            blocks.add(new Block.TableBlock(
                    "trainings",
                    List.of("Training", "Completed in A", "Completed in B", "B later by (days)", "Deadline"),
                    trainings));
        }
        blocks.add(new Block.Heading(2, "Charts"));
        charts.forEach(chart -> blocks.add(new Block.Chart(chart)));
        String title = "Comparison: " + comparison.a().run().info().scenario() + " and "
                + comparison.b().run().info().scenario();
        return new ReportDocument(
                title,
                comparison.label(comparison.b()) + " against " + comparison.label(comparison.a()) + ", horizon "
                        + comparison.a().run().info().horizon() + ".",
                blocks);
    }
}
