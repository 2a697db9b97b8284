package org.wattplan.core.estimate;

/** What an inference service's demand counts. */
public enum DemandUnit {
    REQUEST,
    TOKEN
}
