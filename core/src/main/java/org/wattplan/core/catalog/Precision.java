package org.wattplan.core.catalog;

/** Number formats whose dense peak the catalog lists. */
public enum Precision {
    BF16,
    FP8
}
