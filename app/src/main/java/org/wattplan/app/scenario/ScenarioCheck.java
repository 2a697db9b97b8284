package org.wattplan.app.scenario;

import java.util.List;
import java.util.Optional;

/** The result of checking a scenario text: its name when it is valid, else every problem with its line. */
public record ScenarioCheck(Optional<String> name, List<LocatedProblem> problems) {
    public ScenarioCheck {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
