package org.wattplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine depends on the JDK and the core only, and never reads the wall clock or an unseeded random. */
class EngineArchitectureTest {
    private final com.tngtech.archunit.core.domain.JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wattplan.core.engine");

    @Test
    void engineDependsOnTheJdkAndCoreOnly() {
        classes()
                .that()
                .resideInAPackage("org.wattplan.core.engine..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.wattplan.core..", "org.jspecify..")
                .check(engine);
    }

    @Test
    void engineNeverReadsTheClock() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that()
                .resideInAPackage("org.wattplan.core.engine..")
                .should()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callConstructor(java.util.Random.class)
                .check(engine);
    }
}
