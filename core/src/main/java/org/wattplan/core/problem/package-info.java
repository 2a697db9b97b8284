@NullMarked
package org.wattplan.core.problem;

import org.jspecify.annotations.NullMarked;
