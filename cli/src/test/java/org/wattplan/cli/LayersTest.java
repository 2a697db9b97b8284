package org.wattplan.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wattplan.app.run.RunEngine;
import org.wattplan.app.scenario.ScenarioChecker;
import org.wattplan.server.WattplanServer;

/**
 * The layers of docs/architecture.md, enforced on the compiled classes of every module the CLI sees: the entry
 * points (cli, server) call {@code app} and use core types, never the adapters (io, store, plan, report, actuals),
 * except their composition roots ({@link Wiring}, {@link WattplanServer}); {@code app} knows no framework (DuckDB,
 * JDBC, Javalin, picocli, Spark) and its public methods take and return no Jackson trees and no store types. The
 * Spark job has the same rule in its own module (SparkLayersTest); the core's is ArchitectureTest.
 */
class LayersTest {
    static final String[] ADAPTERS = {
        "org.wattplan.io..",
        "org.wattplan.store..",
        "org.wattplan.plan..",
        "org.wattplan.report..",
        "org.wattplan.actuals.."
    };

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wattplan");

    static final ArchRule ENTRY_POINTS_CALL_APP = noClasses()
            .that()
            .resideInAnyPackage("org.wattplan.cli..", "org.wattplan.server..")
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Wiring.class, WattplanServer.class)))
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS)
            .because("entry points parse options, call one app use case and print (composition roots excepted)");

    static final ArchRule APP_KNOWS_NO_FRAMEWORK = noClasses()
            .that()
            .resideInAPackage("org.wattplan.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.duckdb..",
                    "org.postgresql..",
                    "java.sql..",
                    "io.javalin..",
                    "org.eclipse.jetty..",
                    "picocli..",
                    "org.apache.spark..")
            .because("app reaches storage and the outside through its adapters only");

    static final ArchRule APP_SPEAKS_ITS_OWN_TYPES = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.wattplan.app..")
            .and()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(DescribedPredicate.not(JavaClass.Predicates.assignableTo(RunEngine.class)
                    .or(JavaClass.Predicates.assignableTo(ScenarioChecker.class))))
            .should(new ArchCondition<JavaMethod>("take and return no Jackson trees and no store types") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                    types.add(method.getRawReturnType());
                    for (JavaClass type : types) {
                        String name = type.getName();
                        if (name.startsWith("com.fasterxml.") || name.startsWith("org.wattplan.store.")) {
                            events.add(
                                    SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + name));
                        }
                    }
                }
            });

    @Test
    void entryPointsCallAppNotAdapters() {
        ENTRY_POINTS_CALL_APP.check(CLASSES);
    }

    @Test
    void appKnowsNoFramework() {
        APP_KNOWS_NO_FRAMEWORK.check(CLASSES);
    }

    @Test
    void appSpeaksItsOwnTypes() {
        APP_SPEAKS_ITS_OWN_TYPES.check(CLASSES);
    }
}
