package org.wattplan.app;

import java.nio.file.Path;
import java.util.Optional;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.io.catalog.CatalogReader;

/** The catalog in use: the shipped one, or with a user's overrides. */
public final class CatalogUseCase {
    private CatalogUseCase() {}

    public static Catalog load(Optional<Path> overrides) {
        return overrides.map(CatalogReader::withOverrides).orElseGet(CatalogReader::embedded);
    }
}
