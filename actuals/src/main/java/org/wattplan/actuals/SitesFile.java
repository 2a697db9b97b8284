package org.wattplan.actuals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.units.Dimension;
import org.wattplan.io.spec.Documents;
import org.wattplan.io.spec.Fields;

/**
 * Site settings as YAML or JSON: {@code sites: [{id, region, carbon_free_fraction, water_stressed}]}. The
 * region must be in the catalog; unknown keys are errors.
 */
final class SitesFile {
    private SitesFile() {}

    static List<SiteSettings> read(Path file, Catalog catalog, Problems problems) {
        JsonNode root;
        try {
            root = Documents.read(file);
        } catch (org.wattplan.core.problem.InvalidInputException e) {
            problems.addAll(e.problems());
            return List.of();
        }
        String name = file.toString();
        Fields top = new Fields(root, name, problems);
        List<SiteSettings> sites = new ArrayList<>();
        top.node("sites")
                .ifPresentOrElse(
                        list -> {
                            if (!list.isArray()) {
                                problems.add(top.path("sites"), "must be a list of sites");
                                return;
                            }
                            for (int i = 0; i < list.size(); i++) {
                                site(new Fields(list.get(i), name + ": sites[" + i + "]", problems), catalog)
                                        .ifPresent(sites::add);
                            }
                        },
                        () -> problems.add(top.path("sites"), "is missing"));
        top.rejectUnknownKeys();
        return sites;
    }

    private static java.util.Optional<SiteSettings> site(Fields fields, Catalog catalog) {
        var id = fields.text("id");
        var region = fields.text("region");
        double carbonFree = fields.quantity("carbon_free_fraction", Dimension.FRACTION, 0, 1)
                .orElse(0.0);
        boolean stressed = fields.flag("water_stressed").orElse(false);
        fields.rejectUnknownKeys();
        if (id.isEmpty()) {
            fields.problems().add(fields.path("id"), "is missing");
        }
        if (region.isEmpty()) {
            fields.problems().add(fields.path("region"), "is missing");
            return java.util.Optional.empty();
        }
        var spec = catalog.region(region.get());
        if (spec.isEmpty()) {
            fields.problems().add(fields.path("region"), catalog.unknownRegion(region.get()));
            return java.util.Optional.empty();
        }
        return id.map(site -> new SiteSettings(site, spec.get().id(), carbonFree, stressed));
    }
}
