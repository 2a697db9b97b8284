package org.wattplan.server;

import io.javalin.config.RoutesConfig;

/** A group of API routes over the use cases ({@link Services}); {@link WattplanServer} registers every group. */
interface Routes {
    void register(RoutesConfig routes);
}
