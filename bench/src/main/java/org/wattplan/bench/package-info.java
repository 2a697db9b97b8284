/** JMH benchmarks; run on demand, never as timed unit tests. */
@NullMarked
package org.wattplan.bench;

import org.jspecify.annotations.NullMarked;
