package org.wattplan.report;

/** The formats a report or a comparison is written in. */
public enum ReportFormat {
    HTML,
    MD,
    CSV
}
