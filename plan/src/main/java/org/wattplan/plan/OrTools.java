package org.wattplan.plan;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.util.Optional;

/** Loads OR-Tools' native libraries once per JVM and creates solvers. */
final class OrTools {
    private static volatile boolean loaded;

    private OrTools() {}

    static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** A new solver of that kind, or empty if this OR-Tools build lacks it. */
    static Optional<MPSolver> create(SolverKind kind) {
        load();
        return Optional.ofNullable(MPSolver.createSolver(kind.orToolsId()));
    }
}
