/** Use cases: what the CLI, the server and library users call. Thin: reading, core, writing. */
@NullMarked
package org.wattplan.app;

import org.jspecify.annotations.NullMarked;
