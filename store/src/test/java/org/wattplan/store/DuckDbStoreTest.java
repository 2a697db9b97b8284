package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;

class DuckDbStoreTest extends StoreContract {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Override
    StoreOptions freshOptions() {
        return StoreOptions.of(folder.resolve("nested/folder/wattplan.duckdb").toString());
    }

    @Test
    void createsTheFileAndItsFolderOnFirstUse() {
        assertThat(folder.resolve("nested/folder/wattplan.duckdb")).exists();
        assertThat(store.kind()).isEqualTo("duckdb");
    }

    @Test
    void reopeningKeepsTheDataAndAppliesNoMigrationTwice() {
        long id = store.createScenario("fleet", "name: fleet\n").scenarioId();
        store.close();
        store = Store.open(freshOptions(), InstantSource.system());
        assertThat(store.schemaVersion()).isEqualTo(2);
        assertThat(store.scenario(id)).isPresent();
    }

    @Test
    void liveRunsOfAClosedProcessAreInterruptedOnTheNextOpen() {
        StoredRun queued = store.createRun(Samples.request("a"));
        StoredRun running = store.createRun(Samples.request("b"));
        store.markRunning(running.id());
        store.close();
        store = Store.open(freshOptions(), InstantSource.system());
        assertThat(store.run(queued.id()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(store.run(running.id()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
    }
}
