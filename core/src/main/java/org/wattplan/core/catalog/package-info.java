@NullMarked
package org.wattplan.core.catalog;

import org.jspecify.annotations.NullMarked;
