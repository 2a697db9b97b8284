/** The grid-dynamics use case's parts: building a site's dynamics spec from a scenario and the hourly engine, and writing its outputs. */
@NullMarked
package org.wattplan.app.grid;

import org.jspecify.annotations.NullMarked;
