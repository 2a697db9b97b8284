@NullMarked
package org.wattplan.io.files;

import org.jspecify.annotations.NullMarked;
