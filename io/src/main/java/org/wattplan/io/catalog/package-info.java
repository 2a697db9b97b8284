@NullMarked
package org.wattplan.io.catalog;

import org.jspecify.annotations.NullMarked;
