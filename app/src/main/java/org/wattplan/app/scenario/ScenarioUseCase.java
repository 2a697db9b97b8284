package org.wattplan.app.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.run.ScenarioSummary;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.io.spec.Documents;
import org.wattplan.store.Store;

/**
 * Scenarios in the store: a text is checked before it is stored (an invalid one changes nothing), every update is
 * a new version, a delete hides the scenario but keeps the versions its runs ran.
 */
public final class ScenarioUseCase {
    /** A scenario is kilobytes; a megabyte is a mistake or an attack. */
    public static final int MAX_TEXT_CHARS = 1 << 20;

    private final Store store;
    private final ScenarioChecker checker;

    public ScenarioUseCase(Store store, ScenarioChecker checker) {
        this.store = store;
        this.checker = checker;
    }

    /** A request body as text: UTF-8 (malformed bytes are bad input), at most the documents' size limit. */
    public static String text(byte[] body) {
        return Documents.decode("(body)", body);
    }

    /** Checks a YAML (or JSON, when it starts with '{') text; never throws for bad input. */
    public ScenarioCheck check(String text) {
        boolean json = text.stripLeading().startsWith("{");
        boolean parsed = false;
        try {
            if (text.length() > MAX_TEXT_CHARS) {
                throw InvalidInputException.of(
                        "(document)", "is " + text.length() + " characters; the limit is " + MAX_TEXT_CHARS);
            }
            JsonNode document = Documents.parse("(document)", text, json);
            parsed = true;
            return new ScenarioCheck(Optional.of(checker.check(document, text)), List.of());
        } catch (InvalidInputException e) {
            // a text that did not parse (or is too long) is not parsed again to locate problems: the parse error
            // carries its own line, and a hostile text must not cost a second, unguarded parse
            ProblemLocator locator = ProblemLocator.of(parsed ? text : "", json);
            List<LocatedProblem> located = new ArrayList<>();
            for (Problem problem : e.problems()) {
                located.add(LocatedProblem.of(problem, locator.lineOf(problem.path(), problem.message())));
            }
            return new ScenarioCheck(Optional.empty(), located);
        }
    }

    public ScenarioVersion create(String text) {
        return store.createScenario(validName(text), text);
    }

    public Optional<ScenarioVersion> update(long id, String text) {
        String name = validName(text);
        return store.updateScenario(id, name, text);
    }

    public List<ScenarioSummary> list() {
        return store.scenarios();
    }

    public Optional<ScenarioVersion> get(long id) {
        return store.scenario(id);
    }

    public Optional<ScenarioVersion> version(long id, int version) {
        return store.scenarioVersion(id, version);
    }

    public List<ScenarioVersion> versions(long id) {
        return store.scenarioVersions(id);
    }

    public boolean delete(long id) {
        return store.deleteScenario(id);
    }

    private String validName(String text) {
        ScenarioCheck check = check(text);
        if (!check.valid()) {
            throw new ScenarioInvalidException(check.problems());
        }
        return check.name().orElseThrow();
    }
}
