/** wattplan's pure core: units, specs, physics, estimator and engine. Depends on the JDK only. */
@NullMarked
package org.wattplan.core;

import org.jspecify.annotations.NullMarked;
