package org.wattplan.io.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.wattplan.core.plan.BuildPlan;
import org.wattplan.core.plan.PhaseCandidate;
import org.wattplan.core.plan.PlanCalendar;

/**
 * Writes a plan as a scenario {@code wattplan simulate} runs: the scenario without its {@code plan} and
 * {@code uncertainty} sections, plus each candidate site the plan uses, each phase it builds (energized at the
 * start of its period, or the plan's schedule margin before it; construction started its lead time before the
 * period; status planned) and each purchase as a cohort
 * installed at the start of its period ({@code plan-<site>-<option>-<year>}).
 */
public final class PlannedScenarioWriter {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private PlannedScenarioWriter() {}

    public static ObjectNode planned(PlanScenario scenario, BuildPlan plan) {
        PlanCalendar calendar = new PlanCalendar(scenario.base().fleet().grid());
        ObjectNode doc = scenario.document().deepCopy();
        doc.put("name", doc.path("name").asText() + "-planned");
        ArrayNode sites = doc.withArray("sites");
        Set<String> added = new HashSet<>();
        for (BuildPlan.PhaseBuild build : plan.phases()) {
            ObjectNode site = site(sites, build.site(), scenario.candidates(), added);
            PhaseCandidate candidate = scenario.planning().phases().stream()
                    .filter(c -> c.site().equals(build.site()) && c.id().equals(build.phase()))
                    .findFirst()
                    .orElseThrow();
            ObjectNode phase = scenario.candidates().phase(build.site(), build.phase());
            phase.put(
                    "construction_start",
                    calendar.before(build.period(), candidate.leadTimeS()).toString());
            phase.put(
                    "energized",
                    calendar.before(build.period(), scenario.planning().scheduleMarginS())
                            .toString());
            phase.put("status", "planned");
            site.withArray("phases").add(phase);
        }
        ArrayNode cohorts = doc.withArray("cohorts");
        for (BuildPlan.Purchase purchase : plan.purchases()) {
            int option = indexOf(scenario, purchase.hardware());
            ObjectNode cohort = scenario.candidates().cohorts().get(option).deepCopy();
            ObjectNode ordered = cohorts.addObject();
            ordered.put(
                    "id",
                    "plan-" + purchase.site() + "-" + purchase.hardware() + "-"
                            + (calendar.firstYear() + purchase.period()));
            ordered.put("site", purchase.site());
            ordered.put("count", purchase.count());
            ordered.put("installed", calendar.start(purchase.period()).toString());
            ordered.setAll(cohort);
        }
        return doc;
    }

    public static String yaml(ObjectNode planned, String header) {
        try {
            return header + YAML.writeValueAsString(planned);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the planned scenario", e);
        }
    }

    private static int indexOf(PlanScenario scenario, String hardware) {
        for (int i = 0; i < scenario.planning().hardware().size(); i++) {
            if (scenario.planning().hardware().get(i).id().equals(hardware)) {
                return i;
            }
        }
        throw new IllegalStateException("no hardware option " + hardware);
    }

    private static ObjectNode site(ArrayNode sites, String id, CandidateNodes candidates, Set<String> added) {
        for (int s = 0; s < sites.size(); s++) {
            if (sites.get(s).path("id").asText().equals(id)) {
                return (ObjectNode) sites.get(s);
            }
        }
        Map<String, ObjectNode> candidateSites = candidates.sites();
        ObjectNode site = candidateSites.get(id);
        if (site == null || !added.add(id)) {
            throw new IllegalStateException("no site " + id);
        }
        ObjectNode copy = site.deepCopy();
        copy.putArray("phases");
        sites.add(copy);
        return copy;
    }
}
