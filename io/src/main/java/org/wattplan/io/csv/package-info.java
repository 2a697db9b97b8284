@NullMarked
package org.wattplan.io.csv;

import org.jspecify.annotations.NullMarked;
