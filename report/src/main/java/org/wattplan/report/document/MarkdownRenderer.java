package org.wattplan.report.document;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Markdown (GitHub flavour) of a report. Charts become image links to {@code PREFIX/ID.svg} when the charts were
 * written (the prefix is the folder as seen from the report), or a line naming them otherwise.
 */
public final class MarkdownRenderer {
    private MarkdownRenderer() {}

    public static String render(ReportDocument document, Optional<String> chartPrefix) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(document.title()).append("\n\n");
        out.append(document.subtitle()).append("\n");
        document.blocks().forEach(block -> block(out, block, chartPrefix));
        return out.toString();
    }

    private static void block(StringBuilder out, Block block, Optional<String> chartPrefix) {
        out.append('\n');
        switch (block) {
            case Block.Heading heading ->
                out.append("#".repeat(heading.level()))
                        .append(' ')
                        .append(heading.text())
                        .append('\n');
            case Block.Text text -> out.append(text.text()).append('\n');
            case Block.Items items ->
                items.items().forEach(item -> out.append("- ").append(item).append('\n'));
            case Block.TableBlock table -> table(out, table);
            case Block.Headlines headlines -> headlines(out, headlines);
            case Block.Chart chart -> chart(out, chart, chartPrefix);
            case Block.Preformatted pre -> {
                out.append(pre.summary()).append(":\n\n```\n").append(pre.text());
                if (!pre.text().endsWith("\n")) {
                    out.append('\n');
                }
                out.append("```\n");
            }
            case Block.Details details -> {
                out.append("**").append(details.summary()).append("**\n");
                details.blocks().forEach(inner -> block(out, inner, chartPrefix));
            }
        }
    }

    private static void table(StringBuilder out, Block.TableBlock table) {
        out.append(row(table.header()));
        boolean[] numeric = new boolean[table.header().size()];
        for (List<Block.Cell> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                numeric[c] |= row.get(c).numeric();
            }
        }
        StringBuilder rule = new StringBuilder("|");
        for (boolean n : numeric) {
            rule.append(n ? "---:|" : "---|");
        }
        out.append(rule).append('\n');
        for (List<Block.Cell> row : table.rows()) {
            out.append(row(row.stream().map(Block.Cell::text).toList()));
        }
    }

    private static void headlines(StringBuilder out, Block.Headlines headlines) {
        out.append(headlines.title()).append(":\n\n");
        out.append("| Figure | Value | Change on the year before | From |\n|---|---:|---:|---|\n");
        for (Block.HeadlineCard card : headlines.cards()) {
            out.append(row(List.of(card.label(), card.value(), card.change(), card.method())));
        }
    }

    private static void chart(StringBuilder out, Block.Chart block, Optional<String> prefix) {
        var chart = block.chart();
        if (prefix.isPresent()) {
            out.append("![")
                    .append(chart.title())
                    .append("](")
                    .append(prefix.get())
                    .append(chart.id())
                    .append(".svg)\n\n");
            if (block.captioned()) {
                out.append('*').append(chart.caption()).append("*\n");
            }
        } else {
            out.append("Chart *")
                    .append(chart.title())
                    .append("* (`")
                    .append(chart.id())
                    .append("`; write it with `--charts DIR`)")
                    .append(block.captioned() ? ": " + chart.caption() : "")
                    .append('\n');
        }
    }

    private static String row(List<String> cells) {
        return cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
