/** JMH benchmarks, run on demand: {@code java -jar bench/target/benchmarks.jar}. */
@NullMarked
package org.wattplan.bench;

import org.jspecify.annotations.NullMarked;
