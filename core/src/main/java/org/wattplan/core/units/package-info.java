@NullMarked
package org.wattplan.core.units;

import org.jspecify.annotations.NullMarked;
