/** The fleet scenario format (docs/scenario.md, docs/scenario.schema.json) read into the engine's specs. */
@NullMarked
package org.wattplan.io.scenario;

import org.jspecify.annotations.NullMarked;
