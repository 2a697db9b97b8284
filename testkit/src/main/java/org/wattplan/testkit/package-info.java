/** Fixtures shared by the modules' tests: golden files and the project's paths. */
@NullMarked
package org.wattplan.testkit;

import org.jspecify.annotations.NullMarked;
