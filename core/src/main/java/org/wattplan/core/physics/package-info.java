@NullMarked
package org.wattplan.core.physics;

import org.jspecify.annotations.NullMarked;
