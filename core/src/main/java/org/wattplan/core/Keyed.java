package org.wattplan.core;

import java.util.Locale;

/**
 * An enum that scenarios, tables, URLs and reports spell as its constant's name in lower case: {@code TRAINING} is
 * {@code training}. One definition of that spelling for every such enum.
 */
public interface Keyed {
    /** The constant's name, as every enum has it. */
    String name();

    default String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
