@NullMarked
package org.wattplan.io.spec;

import org.jspecify.annotations.NullMarked;
