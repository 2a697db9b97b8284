package org.wattplan.io.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.io.spec.Documents;

/** {@code run.json}: what was run (scenario name, hash, seed, horizon, step, sites, workloads, tool version). */
public final class RunRecord {
    private RunRecord() {}

    public static String json(FleetSpec fleet, String scenarioSha256, String toolVersion, String scenarioFile) {
        ObjectNode root = Documents.json().createObjectNode();
        root.put("scenario", fleet.name());
        root.put("scenario_file", scenarioFile);
        root.put("scenario_sha256", scenarioSha256);
        root.put("seed", fleet.seed());
        ObjectNode horizon = root.putObject("horizon");
        horizon.put("start", fleet.grid().start().toString());
        horizon.put("end", fleet.grid().end().toString());
        root.put("step", fleet.grid().stepSize().name().toLowerCase(java.util.Locale.ROOT));
        root.put("steps", fleet.grid().steps());
        ArrayNode sites = root.putArray("sites");
        fleet.sites().forEach(site -> sites.addObject().put("id", site.id()).put("region", site.region()));
        ArrayNode workloads = root.putArray("workloads");
        fleet.workloads()
                .forEach(w -> workloads
                        .addObject()
                        .put("id", w.id())
                        .put("kind", w.kind().key()));
        root.put("tool", "wattplan");
        root.put("tool_version", toolVersion);
        try {
            return Documents.json().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
