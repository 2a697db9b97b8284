package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.StoredRun;

class PostgresStoreTest extends StoreContract {
    private String url = "";

    @Override
    StoreOptions freshOptions() {
        if (url.isEmpty()) {
            url = TestPostgres.newDatabase();
        }
        return StoreOptions.of(url);
    }

    @Test
    void isPostgres() {
        assertThat(store.kind()).isEqualTo("postgresql");
    }

    @Test
    void aLiveRunOfAnotherProcessIsInterruptedOnlyOnceItsHeartbeatIsStale() {
        StoredRun running = store.createRun(Samples.request("b"));
        store.markRunning(running.id());
        try (Store other = Store.open(freshOptions(), InstantSource.system())) {
            assertThat(other.run(running.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
        }
        try (Store other = Store.open(freshOptions().withStaleAfter(Duration.ZERO), InstantSource.system())) {
            assertThat(other.run(running.id()).orElseThrow().status()).isEqualTo(RunStatus.INTERRUPTED);
        }
    }
}
