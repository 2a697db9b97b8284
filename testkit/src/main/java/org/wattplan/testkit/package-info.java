/**
 * Fixtures shared by the modules' tests: golden files and the project's paths, run directories written from closed
 * forms, and a real headless browser for pages.
 */
@NullMarked
package org.wattplan.testkit;

import org.jspecify.annotations.NullMarked;
