package org.wattplan.app.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where problems point: the key, else the start of its nearest parent in the text, never where a parent ends. */
class ProblemLocatorTest {
    private static final String YAML = """
            name: t
            sites:
              - id: a
                region: US-VA
                grid_limit: "50 MW"
              - id: b
                region: US-OR
            cohorts:
              - {id: c1, site: a, count: 10}
            """;

    @Test
    void aKeyIsFoundAtItsLineAndColumn() {
        ProblemLocator locator = ProblemLocator.of(YAML, false);
        assertThat(locator.positionOf("sites[0].grid_limit", "x")).isEqualTo(new ProblemLocator.Position(5, 5));
        assertThat(locator.positionOf("cohorts[0].count", "x")).isEqualTo(new ProblemLocator.Position(9, 23));
    }

    @Test
    void aMissingKeyOfTheLastSitePointsAtThatSiteNotAtTheNextSection() {
        ProblemLocator locator = ProblemLocator.of(YAML, false);
        assertThat(locator.positionOf("sites[1].grid_limit", "is missing"))
                .isEqualTo(new ProblemLocator.Position(6, 5));
        assertThat(locator.lineOf("sites[1].grid_limit", "is missing")).isEqualTo(6);
    }

    @Test
    void aParseErrorKeepsTheLineOfItsMessageAndAPathOutsideTheTextHasNone() {
        ProblemLocator locator = ProblemLocator.of(YAML, false);
        assertThat(locator.positionOf("(document)", "bad indentation at line 7"))
                .isEqualTo(new ProblemLocator.Position(7, 0));
        assertThat(ProblemLocator.isParseError("bad indentation at line 7")).isTrue();
        assertThat(locator.positionOf("--out", "is missing").line()).isZero();
    }

    @Test
    void jsonIsLocatedTheSameWay() {
        String json = "{\n  \"name\": \"t\",\n  \"sites\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\"}\n  ]\n}\n";
        ProblemLocator locator = ProblemLocator.of(json, true);
        assertThat(locator.positionOf("sites[1].grid_limit", "is missing").line())
                .isEqualTo(5);
    }
}
