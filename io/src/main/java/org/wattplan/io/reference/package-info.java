@NullMarked
package org.wattplan.io.reference;

import org.jspecify.annotations.NullMarked;
