package org.wattplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.estimate.Estimate;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.EstimateRequest;

/** Estimates one workload from a document ({@code training:} or {@code inference:}) or a file holding one. */
public final class EstimateUseCase {
    private EstimateUseCase() {}

    public static Estimate run(JsonNode document, Catalog catalog) {
        return EstimateRequest.read(document, "", catalog).run();
    }

    public static Estimate run(Path file, Catalog catalog) {
        return run(Documents.read(file), catalog);
    }
}
