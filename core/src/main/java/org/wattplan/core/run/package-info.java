/**
 * Runs and scenarios as the use cases and the entry points speak of them: a stored run and its status, a scenario
 * version, a time-series query and page. Plain records (JDK only) that the store returns and {@code app} passes on,
 * so that the CLI and the server never see the store's types.
 */
@NullMarked
package org.wattplan.core.run;

import org.jspecify.annotations.NullMarked;
