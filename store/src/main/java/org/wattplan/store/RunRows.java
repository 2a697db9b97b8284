package org.wattplan.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;

/** Reads a {@link StoredRun} from a row of {@link #COLUMNS}. */
final class RunRows {
    static final String COLUMNS = "id, scenario_id, scenario_version, scenario_name, scenario_sha256, seed, status, "
            + "message, tool_version, progress, created_at_ms, started_at_ms, finished_at_ms";

    private RunRows() {}

    static StoredRun read(ResultSet rows) throws SQLException {
        return new StoredRun(
                rows.getLong(1),
                Jdbc.optionalLong(rows, 2),
                Jdbc.optionalLong(rows, 3).map(Long::intValue),
                rows.getString(4),
                rows.getString(5),
                rows.getLong(6),
                RunStatus.ofKey(rows.getString(7)),
                rows.getString(8),
                rows.getString(9),
                rows.getDouble(10),
                Instant.ofEpochMilli(rows.getLong(11)),
                Jdbc.optionalLong(rows, 12).map(Instant::ofEpochMilli),
                Jdbc.optionalLong(rows, 13).map(Instant::ofEpochMilli));
    }
}
