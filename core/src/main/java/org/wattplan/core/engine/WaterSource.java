package org.wattplan.core.engine;

import org.wattplan.core.Keyed;

/** Sources of on-site water withdrawal, as sustainability reports (GRI 303-3) split them. */
public enum WaterSource implements Keyed {
    MUNICIPAL,
    SURFACE,
    GROUND,
    RECYCLED;
}
