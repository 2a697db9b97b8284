package org.wattplan.core.plan;

/**
 * What one draw of a sweep produced: per year {@code y}, each annual figure ({@code figures[f][y]}, in the units of
 * {@link SweepFigure}), the accelerator-hours of demand left unserved and the accelerator-hours installed but idle.
 */
public record DrawResult(double[][] figures, double[] unservedAcceleratorHours, double[] idleAcceleratorHours) {
    public DrawResult {
        figures = figures.clone();
        for (int f = 0; f < figures.length; f++) {
            figures[f] = figures[f].clone();
        }
        unservedAcceleratorHours = unservedAcceleratorHours.clone();
        idleAcceleratorHours = idleAcceleratorHours.clone();
        if (figures.length != SweepFigure.values().length) {
            throw new IllegalArgumentException("one series per sweep figure");
        }
    }

    public double figure(SweepFigure figure, int year) {
        return figures[figure.ordinal()][year];
    }

    public int years() {
        return unservedAcceleratorHours.length;
    }

    public double unserved(int year) {
        return unservedAcceleratorHours[year];
    }

    public double idle(int year) {
        return idleAcceleratorHours[year];
    }
}
