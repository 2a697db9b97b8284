/** Scenarios kept in the store: checked (every problem with its path and line), versioned, listed, deleted. */
@NullMarked
package org.wattplan.app.scenario;

import org.jspecify.annotations.NullMarked;
