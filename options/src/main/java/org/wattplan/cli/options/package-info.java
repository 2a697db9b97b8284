/**
 * Option classes (picocli mixins) that {@code wattplan} and the Spark job jar both declare: one declaration of each
 * option, so the two parse the same spellings into the same values. Depends on picocli and core only.
 */
@NullMarked
package org.wattplan.cli.options;

import org.jspecify.annotations.NullMarked;
