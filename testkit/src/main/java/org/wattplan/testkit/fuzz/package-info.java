@NullMarked
package org.wattplan.testkit.fuzz;

import org.jspecify.annotations.NullMarked;
