package org.wattplan.actuals;

import java.sql.SQLException;

/** Where a reader puts accelerator power samples: epoch ms, watts, and the line they came from. */
interface SampleSink {
    void accept(String host, int gpu, long timeMs, double powerW, long line) throws SQLException;
}
