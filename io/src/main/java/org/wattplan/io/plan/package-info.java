/**
 * The planning sections of a scenario ({@code plan}, {@code uncertainty}; docs/plan.md) and the planned scenario
 * written back as YAML that {@code wattplan simulate} runs.
 */
@NullMarked
package org.wattplan.io.plan;

import org.jspecify.annotations.NullMarked;
