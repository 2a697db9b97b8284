package org.wattplan.core.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A workload. Lower {@code priority} is served first; {@code flexible} work is throttled first when a site meets
 * its grid limit (for training this means it pauses and resumes). {@code sites} lists where it may run (empty:
 * anywhere), {@code accelerator} the accelerator type it needs (empty: any). {@code utilisation} is the power
 * model's utilisation of the accelerators it holds.
 */
public sealed interface WorkloadSpec {
    String id();

    WorkloadKind kind();

    int priority();

    boolean flexible();

    List<String> sites();

    Optional<String> accelerator();

    double utilisation();

    /**
     * A training run of {@code flop} at {@code mfu} of the dense peak on up to {@code clusterAccelerators}; it starts
     * at {@code earliestStart}, or when {@code after} completes if later.
     */
    record Training(
            String id,
            int priority,
            boolean flexible,
            List<String> sites,
            Optional<String> accelerator,
            double utilisation,
            double flop,
            double mfu,
            double clusterAccelerators,
            LocalDate earliestStart,
            Optional<LocalDate> deadline,
            Optional<String> after)
            implements WorkloadSpec {
        public Training {
            sites = List.copyOf(sites);
            check(utilisation);
            if (!(flop > 0) || !(mfu > 0 && mfu <= 1) || !(clusterAccelerators > 0)) {
                throw new IllegalArgumentException(id + ": FLOP and cluster size must be positive, MFU in (0, 1]");
            }
        }

        @Override
        public WorkloadKind kind() {
            return WorkloadKind.TRAINING;
        }
    }

    /**
     * Inference or ranking: {@code demand} in its own unit (tokens or requests per day, or accelerators), turned
     * into accelerators by {@code acceleratorsPerDemandUnit}, shaped by a 24-hour {@code diurnal} profile with
     * mean 1 (UTC hours). With a {@code utilisationTrace} (values in [0, 1]) the accelerators it holds run at the
     * trace's mean over each step instead of the constant {@code utilisation}, which is then the trace's mean
     * (used where one figure is needed, such as planning).
     */
    record Serving(
            String id,
            WorkloadKind kind,
            int priority,
            boolean flexible,
            List<String> sites,
            Optional<String> accelerator,
            double utilisation,
            DemandCurve demand,
            double acceleratorsPerDemandUnit,
            double[] diurnal,
            Optional<Trace> utilisationTrace)
            implements WorkloadSpec {
        public Serving {
            sites = List.copyOf(sites);
            diurnal = diurnal.clone();
            check(utilisation);
            utilisationTrace.ifPresent(trace -> {
                for (double u : trace.values()) {
                    check(u);
                }
            });
            if (kind != WorkloadKind.INFERENCE && kind != WorkloadKind.RANKING) {
                throw new IllegalArgumentException(id + ": serving workloads are inference or ranking");
            }
            if (!(acceleratorsPerDemandUnit > 0) || diurnal.length != 24) {
                throw new IllegalArgumentException(id + ": need a positive conversion and 24 diurnal values");
            }
            double sum = 0;
            for (double d : diurnal) {
                if (!(d >= 0)) {
                    throw new IllegalArgumentException(id + ": diurnal values must be >= 0");
                }
                sum += d;
            }
            if (Math.abs(sum / 24 - 1) > 1e-6) {
                throw new IllegalArgumentException(id + ": the diurnal profile must average 1");
            }
        }

        @Override
        public double[] diurnal() {
            return diurnal.clone();
        }

        /** Accelerators demanded at each step of the grid. */
        double[] acceleratorsOnGrid(TimeGrid grid) {
            double[] values = demand.onGrid(grid);
            for (int t = 0; t < values.length; t++) {
                int hour = grid.hourOfDay(t);
                values[t] *= acceleratorsPerDemandUnit * (hour < 0 ? 1.0 : diurnal[hour]);
            }
            return values;
        }
    }

    /** General compute and storage, demanded as IT power (W); it is placed before accelerators at each site. */
    record General(String id, int priority, boolean flexible, List<String> sites, Demand demandW)
            implements WorkloadSpec {
        public General {
            sites = List.copyOf(sites);
        }

        @Override
        public WorkloadKind kind() {
            return WorkloadKind.GENERAL;
        }

        @Override
        public Optional<String> accelerator() {
            return Optional.empty();
        }

        @Override
        public double utilisation() {
            return 1.0;
        }
    }

    private static void check(double utilisation) {
        if (!(utilisation >= 0 && utilisation <= 1)) {
            throw new IllegalArgumentException("utilisation must lie in [0, 1]");
        }
    }

    /** A flat diurnal profile. */
    static double[] flat() {
        double[] flat = new double[24];
        java.util.Arrays.fill(flat, 1.0);
        return flat;
    }
}
