/** A run directory read by named columns: its record, its tables, and every problem with its path. */
@NullMarked
package org.wattplan.report.run;

import org.jspecify.annotations.NullMarked;
