package org.wattplan.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The MILP solvers OR-Tools ships, by the name {@code --solver} takes. */
public enum SolverKind {
    HIGHS("HIGHS"),
    SCIP("SCIP"),
    CBC("CBC");

    private final String orToolsId;

    SolverKind(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    String orToolsId() {
        return orToolsId;
    }

    /**
     * The solver's own options: HiGHS reads its gap only from here (SCIP and CBC take MPSolverParameters'), and
     * prints a banner on the process's stdout unless its output is off before it runs.
     */
    String parameters(double relativeGap, boolean log) {
        return switch (this) {
            case HIGHS -> (log ? "" : "output_flag=false,log_to_console=false,") + "mip_rel_gap=" + relativeGap;
            case SCIP, CBC -> "";
        };
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The solver of that name; an unknown name fails with the list of known ones. */
    public static SolverKind named(String name) {
        for (SolverKind kind : values()) {
            if (kind.key().equalsIgnoreCase(name.strip())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown solver \"" + name + "\"; known: "
                + Arrays.stream(values()).map(SolverKind::key).collect(Collectors.joining(", ")));
    }
}
