package org.wattplan.core.physics;

/** Electrical power of one accelerator (with whatever host share the model includes) at a utilisation. */
public interface PowerModel {
    /** Power in W at utilisation {@code u} in [0, 1]. */
    double powerW(double utilisation);
}
