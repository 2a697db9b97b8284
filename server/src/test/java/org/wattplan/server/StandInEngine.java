package org.wattplan.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleConsumer;
import org.wattplan.app.run.RunEngine;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;

/**
 * A small deterministic engine for the server tests, independent of the fleet engine: {@code hours} hourly steps
 * from 2024-01-01 for each of {@code sites}, facility power {@code mw} per site, a pause of {@code pause_ms} per
 * 1% of progress. Its annual table follows in closed form: electricity_mwh = mw x hours x sites.
 */
final class StandInEngine implements RunEngine {
    static final long START_S = 1_704_067_200L;

    @Override
    public RunResults run(JsonNode document, String text, DoubleConsumer progress) {
        int hours = document.path("hours").asInt(48);
        double mw = document.path("mw").asDouble(10);
        long pauseMs = document.path("pause_ms").asLong(0);
        List<String> sites = new ArrayList<>();
        document.path("sites").forEach(site -> sites.add(site.asText()));
        if (sites.isEmpty()) {
            sites.add("alpha");
        }
        for (int percent = 0; percent <= 100; percent++) {
            progress.accept(percent / 100.0);
            if (pauseMs > 0) {
                LockSupport.parkNanos(pauseMs * 1_000_000);
            }
        }
        Table annual = Table.of(
                        TableSpec.of("annual", RunColumns.YEAR, RunColumns.ELECTRICITY_MWH, RunColumns.CO2E_LOCATION_T))
                .add(2024L, mw * hours * sites.size(), mw * hours * sites.size() * 0.4);
        return new RunResults(List.of(annual), series(hours, mw, sites));
    }

    @Override
    public long seed(JsonNode document) {
        return document.path("seed").asLong(0);
    }

    private static SeriesSource series(int hours, double mw, List<String> sites) {
        return SeriesSource.grid(
                hours, sites, step -> START_S + 3600L * step, (step, site, column) -> column == 1 ? mw : mw / 1.1);
    }
}
