package org.wattplan.core.engine;

import java.util.Locale;

/** Sources of on-site water withdrawal, as sustainability reports (GRI 303-3) split them. */
public enum WaterSource {
    MUNICIPAL,
    SURFACE,
    GROUND,
    RECYCLED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
