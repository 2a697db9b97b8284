/**
 * A report as a list of blocks (headings, text, tables, headline figures, charts, preformatted text), rendered
 * to self-contained HTML or to Markdown by the same content.
 */
@NullMarked
package org.wattplan.report.document;

import org.jspecify.annotations.NullMarked;
