@NullMarked
package org.wattplan.io.output;

import org.jspecify.annotations.NullMarked;
