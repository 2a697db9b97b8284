/** placeholder */
@NullMarked
package org.wattplan.server;

import org.jspecify.annotations.NullMarked;
