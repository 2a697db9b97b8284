package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the default store lives: $WATTPLAN_STORE, then $XDG_DATA_HOME, then $HOME, then Java's user.home. */
class DefaultLocationTest {
    private static final String PASSWD_HOME = "/var/lib/from-passwd";

    @Test
    void honoursHomeRatherThanThePasswordDatabase() {
        assertThat(StoreOptions.defaultLocation(Map.of("HOME", "/tmp/h"), PASSWD_HOME))
                .isEqualTo("/tmp/h/.wattplan/wattplan.duckdb");
    }

    @Test
    void xdgDataHomeWinsOverHome() {
        assertThat(StoreOptions.defaultLocation(Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "/tmp/x"), PASSWD_HOME))
                .isEqualTo("/tmp/x/wattplan/wattplan.duckdb");
    }

    @Test
    void aRelativeOrBlankXdgDataHomeIsIgnoredAsTheXdgRuleSays() {
        assertThat(StoreOptions.defaultLocation(Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "rel"), PASSWD_HOME))
                .isEqualTo("/tmp/h/.wattplan/wattplan.duckdb");
        assertThat(StoreOptions.defaultLocation(Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", " "), PASSWD_HOME))
                .isEqualTo("/tmp/h/.wattplan/wattplan.duckdb");
    }

    @Test
    void wattplanStoreWinsOverEverything() {
        assertThat(StoreOptions.defaultLocation(
                        Map.of("HOME", "/tmp/h", "XDG_DATA_HOME", "/tmp/x", "WATTPLAN_STORE", "jdbc:postgresql://db/w"),
                        PASSWD_HOME))
                .isEqualTo("jdbc:postgresql://db/w");
    }

    @Test
    void withoutHomeTheUserHomeOfJava() {
        assertThat(StoreOptions.defaultLocation(Map.of(), PASSWD_HOME))
                .isEqualTo(PASSWD_HOME + "/.wattplan/wattplan.duckdb");
    }

    /**
     * The build points HOME and XDG_DATA_HOME of every test JVM into the module's target folder and removes
     * WATTPLAN_STORE (root pom, surefire and failsafe), so no test writes the user's own store.
     */
    @Test
    void testsNeverReachTheRealUsersStore() {
        Path store = Path.of(StoreOptions.defaultLocation()).toAbsolutePath().normalize();
        assertThat(store.startsWith(Path.of("target").toAbsolutePath()))
                .as("%s inside target/", store)
                .isTrue();
        assertThat(store.startsWith(Path.of(System.getProperty("user.home"), ".wattplan")))
                .isFalse();
    }
}
