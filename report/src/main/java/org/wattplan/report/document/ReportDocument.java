package org.wattplan.report.document;

import java.util.List;

/** A whole report: its title, a subtitle line, and its blocks in order. */
public record ReportDocument(String title, String subtitle, List<Block> blocks) {
    public ReportDocument {
        blocks = List.copyOf(blocks);
    }
}
