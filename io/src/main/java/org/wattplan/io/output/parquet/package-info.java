@NullMarked
package org.wattplan.io.output.parquet;

import org.jspecify.annotations.NullMarked;
