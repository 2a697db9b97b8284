/** Charts of a run or a comparison, built with JFreeChart and written as PNG and SVG (JFreeSVG). */
@NullMarked
package org.wattplan.report.chart;

import org.jspecify.annotations.NullMarked;
