package org.wattplan.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.wattplan.core.units.Units;

/**
 * The core (the engine included) depends on the JDK (and jspecify annotations) only, and never reads the wall clock
 * nor a timer. One physics: the
 * footprint models live in {@code core.physics} on the JDK and {@code core.units} alone, the statistics in
 * {@code core.stats} on the JDK alone, and conversion factors in {@link Units} only.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wattplan.core");

    @Test
    void coreDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("org.wattplan.core..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "org.wattplan.core..")
                .check(CORE);
    }

    @Test
    void coreNeverReadsTheWallClockNorMakesUnseededRandomness() {
        noClasses()
                .that()
                .resideInAPackage("org.wattplan.core..")
                .should()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(java.time.Instant.class, "now")
                .orShould()
                .callConstructor(java.util.Random.class)
                .orShould()
                .callMethod(Math.class, "random")
                .check(CORE);
    }

    @Test
    void physicsDependsOnTheJdkAndUnitsOnly() {
        classes()
                .that()
                .resideInAPackage("org.wattplan.core.physics..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..", "org.jspecify..", "org.wattplan.core.physics..", "org.wattplan.core.units..")
                .check(CORE);
    }

    @Test
    void statsDependsOnTheJdkOnly() {
        classes()
                .that()
                .resideInAPackage("org.wattplan.core.stats..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify..", "org.wattplan.core.stats..")
                .check(CORE);
    }

    /** The joule-to-kWh factor of the footprint formulas (energy x intensity per kWh) is read by physics only. */
    @Test
    void onlyPhysicsTurnsJoulesIntoKilowattHourFootprints() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.wattplan.core.physics..", "org.wattplan.core.units..")
                .should()
                .accessField(Units.class, "KWH_PER_JOULE")
                .because("footprint arithmetic (energy x factor per kWh) lives in core.physics")
                .check(CORE);
    }

    /** No second home for a conversion factor or a year: constants named *_PER_* are declared in Units only. */
    @Test
    void conversionFactorsAreDeclaredInUnitsOnly() {
        fields().that()
                .haveNameMatching(".*_PER_.*")
                .and()
                .haveRawType(double.class)
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackage("org.wattplan.core.units..")
                .should()
                .notHaveModifier(JavaModifier.FINAL)
                .because("conversion factors and the length of a year live in core.units.Units")
                .allowEmptyShould(true)
                .check(CORE);
    }
}
