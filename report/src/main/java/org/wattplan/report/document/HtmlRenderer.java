package org.wattplan.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wattplan.report.chart.ChartWriter;

/**
 * A report as one self-contained HTML page: styles inline, every chart an inline SVG, no script and no external
 * reference, so it opens from disk with no network. Headline cards and number cells carry their exact value in
 * {@code data-value} attributes.
 */
public final class HtmlRenderer {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:0;background:#f6f7f9}
            main{max-width:1040px;margin:0 auto;padding:24px 32px 64px;background:#fff}
            h1{font-size:28px;margin:8px 0 4px}h2{font-size:22px;margin:40px 0 8px;border-bottom:2px solid #0072B2;padding-bottom:4px}
            h3{font-size:17px;margin:28px 0 8px}.subtitle{color:#555;margin:0 0 16px}
            nav{font-size:14px;margin:8px 0 16px}nav a{margin-right:14px;color:#0072B2}
            .headlines{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px;margin:12px 0}
            .headline{border:1px solid #dde1e7;border-radius:8px;padding:12px 14px}
            .headline .label{font-size:13px;color:#555}.headline .value{font-size:22px;font-weight:600;margin:4px 0}
            .headline .change{font-size:13px}.headline .method{font-size:11px;color:#777;margin-top:6px}
            .up{color:#b23c17}.down{color:#1b7a4a}
            table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}th,td{border-bottom:1px solid #e3e6ea;padding:4px 10px;text-align:left}
            th{background:#f1f3f6}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            figure{margin:16px 0 24px}figure svg{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{font-size:13px;color:#555;margin-top:4px}.caption{font-size:13px;color:#555}
            details.fold{margin:8px 0 16px}details.fold>summary{cursor:pointer;color:#0072B2;font-size:14px}pre{background:#f6f8fa;padding:12px;overflow:auto;font-size:12px}
            @media print{body{background:#fff}main{padding:0}figure{break-inside:avoid}}
            """;

    private HtmlRenderer() {}

    public static String render(ReportDocument document) {
        StringBuilder out = new StringBuilder();
        String title = escape(document.title());
        out.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                %s</style>
                </head>
                <body>
                <main>
                <h1>%s</h1>
                <p class="subtitle">%s</p>
                """.formatted(title, STYLE, title, escape(document.subtitle())));
        nav(out, document);
        int[] section = {0};
        document.blocks().forEach(block -> block(out, block, section));
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void block(StringBuilder out, Block block, int[] section) {
        switch (block) {
            case Block.Heading heading -> {
                String id = heading.level() == 2 ? " id=\"part-" + ++section[0] + "\"" : "";
                out.append("<h")
                        .append(heading.level())
                        .append(id)
                        .append('>')
                        .append(escape(heading.text()))
                        .append("</h")
                        .append(heading.level())
                        .append(">\n");
            }
            case Block.Text text ->
                out.append("<p>").append(escape(text.text())).append("</p>\n");
            case Block.Items items -> {
                out.append("<ul>\n");
                items.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            }
            case Block.TableBlock table -> table(out, table);
            case Block.Headlines headlines -> headlines(out, headlines);
            case Block.Chart chart -> {
                out.append("<figure class=\"chart\" data-chart=\"")
                        .append(chart.chart().id())
                        .append("\">\n")
                        .append(ChartWriter.svg(chart.chart()));
                if (chart.captioned()) {
                    out.append("\n<figcaption>")
                            .append(escape(chart.chart().caption()))
                            .append("</figcaption>");
                }
                out.append("\n</figure>\n");
            }
            case Block.Preformatted pre ->
                out.append("<details><summary>")
                        .append(escape(pre.summary()))
                        .append("</summary>\n<pre>")
                        .append(escape(pre.text()))
                        .append("</pre></details>\n");
            case Block.Details details -> {
                out.append("<details class=\"fold\"><summary>")
                        .append(escape(details.summary()))
                        .append("</summary>\n");
                details.blocks().forEach(inner -> block(out, inner, section));
                out.append("</details>\n");
            }
        }
    }

    private static void nav(StringBuilder out, ReportDocument document) {
        List<String> parts = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Heading heading && heading.level() == 2) {
                parts.add(heading.text());
            }
        }
        out.append("<nav>");
        for (int i = 0; i < parts.size(); i++) {
            out.append("<a href=\"#part-")
                    .append(i + 1)
                    .append("\">")
                    .append(escape(parts.get(i)))
                    .append("</a>");
        }
        out.append("</nav>\n");
    }

    private static void table(StringBuilder out, Block.TableBlock table) {
        out.append("<table data-table=\"").append(escape(table.data())).append("\">\n<thead><tr>");
        table.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Block.Cell> row : table.rows()) {
            out.append("<tr>");
            for (Block.Cell cell : row) {
                out.append(cell.numeric() ? "<td class=\"num\"" : "<td");
                attributes(out, cell.attributes());
                out.append('>').append(escape(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void headlines(StringBuilder out, Block.Headlines headlines) {
        out.append("<p>").append(escape(headlines.title())).append(":</p>\n<div class=\"headlines\">\n");
        for (Block.HeadlineCard card : headlines.cards()) {
            String trend = card.change().startsWith("+") ? " up" : card.change().startsWith("-") ? " down" : "";
            out.append("""
                    <div class="headline" data-key="%s" data-year="%s" data-value="%s">
                    <div class="label">%s</div>
                    <div class="value">%s</div>
                    <div class="change%s">%s</div>
                    <div class="method">%s</div>
                    </div>
                    """.formatted(
                            escape(card.key()),
                            card.year(),
                            escape(card.exact()),
                            escape(card.label()),
                            escape(card.value()),
                            trend,
                            escape(card.change()),
                            escape(card.method())));
        }
        out.append("</div>\n");
    }

    private static void attributes(StringBuilder out, Map<String, String> attributes) {
        new TreeMap<>(attributes)
                .forEach((k, v) -> out.append(" data-")
                        .append(k.toLowerCase(Locale.ROOT))
                        .append("=\"")
                        .append(escape(v))
                        .append('"'));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int ci = 0; ci < text.length(); ci++) {
            char c = text.charAt(ci);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
