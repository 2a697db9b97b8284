/** The {@code wattplan} command line: picocli commands that call the app use cases. */
@NullMarked
package org.wattplan.cli;

import org.jspecify.annotations.NullMarked;
