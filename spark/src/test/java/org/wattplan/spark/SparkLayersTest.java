package org.wattplan.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark job is an entry point like the CLI and the server (docs/architecture.md): it calls {@code app} (the
 * sweep's per-draw function and reduction, the catalog, the table writer) and core, never the adapters directly.
 */
class SparkLayersTest {
    @Test
    void theJobCallsAppNotAdapters() {
        noClasses()
                .that()
                .resideInAPackage("org.wattplan.spark..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.wattplan.io..",
                        "org.wattplan.store..",
                        "org.wattplan.plan..",
                        "org.wattplan.report..",
                        "org.wattplan.actuals..")
                .because("the job parses its options, calls app and writes through Spark")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.wattplan.spark"));
    }
}
