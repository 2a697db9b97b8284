package org.wattplan.core.dynamics;

/** The arithmetic of each {@link MitigationSpec} on per-step power arrays (W); see each record's model note. */
final class Mitigations {
    private Mitigations() {}

    /** The group's dynamic power with the accelerators held at or above the floor while running. */
    static double[] powerFloor(GroupTrace group, MitigationSpec.PowerFloor floor) {
        TrainingGroupSpec spec = group.spec();
        double floorU = Math.clamp(
                (floor.floorShare() * spec.maxW() - spec.idleW()) / Math.max(1e-12, spec.maxW() - spec.idleW()), 0, 1);
        double floorW = spec.dynamicW(floorU);
        double[] out = group.dynamicW().clone();
        for (int t = 0; t < out.length; t++) {
            if (group.running()[t]) {
                out[t] = Math.max(out[t], floorW);
            }
        }
        return out;
    }

    /** The group's dynamic power followed at the firmware's ramp limits. */
    static double[] rampLimit(GroupTrace group, MitigationSpec.RampLimit limit, double stepS) {
        double upW = group.spec().accelerators() * limit.upWPerS() * stepS;
        double downW = group.spec().accelerators() * limit.downWPerS() * stepS;
        double[] demand = group.dynamicW();
        double[] out = new double[demand.length];
        out[0] = demand[0];
        for (int t = 1; t < out.length; t++) {
            out[t] = out[t - 1] + Math.clamp(demand[t] - out[t - 1], -downW, upW);
        }
        return out;
    }

    /** Adds the dummy load to {@code itW} in place; returns its energy (J). */
    static double dummyLoad(double[] itW, MitigationSpec.DummyLoad dummy, double stepS) {
        double fallW = dummy.rampDownWPerS() * stepS;
        double target = itW[0];
        double energyJ = 0;
        for (int t = 0; t < itW.length; t++) {
            target = Math.max(itW[t], target - fallW);
            double fill = Math.min(dummy.capacityW(), target - itW[t]);
            itW[t] += fill;
            energyJ += fill * stepS;
        }
        return energyJ;
    }

    /** What storage leaves the grid to draw, and how big it must be. */
    record StorageResult(double[] gridW, double storageW, double storageWh, double chargedJ) {}

    static StorageResult storage(double[] siteW, MitigationSpec.Storage storage, double stepS) {
        int n = siteW.length;
        int width = Math.clamp(Math.round(storage.windowS() / stepS), 1, n);
        double sum = 0;
        for (int t = 0; t < width; t++) {
            sum += siteW[t];
        }
        double[] gridW = new double[n];
        double maxStepW = storage.rampWPerS() * stepS;
        double grid = sum / width;
        double stateJ = 0;
        double highJ = 0;
        double lowJ = 0;
        double chargedJ = 0;
        double powerW = 0;
        for (int t = 0; t < n; t++) {
            if (t >= width) {
                sum += siteW[t] - siteW[t - width];
            }
            double target = sum / width;
            grid += Math.clamp(target - grid, -maxStepW, maxStepW);
            gridW[t] = grid;
            double dischargeW = siteW[t] - grid;
            powerW = Math.max(powerW, Math.abs(dischargeW));
            stateJ -= dischargeW * stepS;
            chargedJ += Math.max(0, -dischargeW) * stepS;
            highJ = Math.max(highJ, stateJ);
            lowJ = Math.min(lowJ, stateJ);
        }
        return new StorageResult(gridW, powerW, (highJ - lowJ) / org.wattplan.core.units.Units.JOULES_PER_WH, chargedJ);
    }
}
