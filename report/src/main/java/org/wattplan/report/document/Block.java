package org.wattplan.report.document;

import java.util.List;
import java.util.Map;
import org.wattplan.report.chart.ReportChart;

/** One piece of a report. */
public sealed interface Block {
    /** A section heading; level 2 for parts, 3 for sections. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph of plain text. */
    record Text(String text) implements Block {}

    /** A list of plain-text items. */
    record Items(List<String> items) implements Block {
        public Items {
            items = List.copyOf(items);
        }
    }

    /** A table; numeric columns are right-aligned; {@code data} names the table for tests and scripts. */
    record TableBlock(String data, List<String> header, List<List<Cell>> rows) implements Block {
        public TableBlock {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A table cell: the text shown, whether it is a number, and attributes for machines (exact values). */
    record Cell(String text, boolean numeric, Map<String, String> attributes) {
        public Cell {
            attributes = Map.copyOf(attributes);
        }

        public static Cell text(String text) {
            return new Cell(text, false, Map.of());
        }

        public static Cell number(String text, String exact) {
            return new Cell(text, true, Map.of("value", exact));
        }
    }

    /** Headline figures as cards: label, value and change, each carrying its exact value. */
    record Headlines(String title, List<HeadlineCard> cards) implements Block {
        public Headlines {
            cards = List.copyOf(cards);
        }
    }

    /** One headline card. */
    record HeadlineCard(String key, String label, int year, String value, String exact, String change, String method) {}

    /** A chart, with its caption under it unless a group of charts shares one caption written before them. */
    record Chart(ReportChart chart, boolean captioned) implements Block {
        public Chart(ReportChart chart) {
            this(chart, true);
        }
    }

    /** A section folded away in HTML ({@code <details>}), open in Markdown: long tables a reader may want. */
    record Details(String summary, List<Block> blocks) implements Block {
        public Details {
            blocks = List.copyOf(blocks);
        }
    }

    /** Text kept as it is (a scenario file), folded away in HTML. */
    record Preformatted(String summary, String text) implements Block {}
}
