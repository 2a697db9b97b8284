package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.Table;

/** The storage behaviour both databases must have; each subclass gives a fresh, empty store location. */
abstract class StoreContract {
    Store store;

    abstract StoreOptions freshOptions();

    @BeforeEach
    void open() {
        store = Store.open(freshOptions(), java.time.InstantSource.system());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void migratesToTheLatestSchema() {
        assertThat(store.schemaVersion()).isEqualTo(DuckDbMigrations.SCRIPTS.size());
    }

    @Test
    void scenariosKeepEveryVersion() {
        ScenarioVersion first = store.createScenario("fleet", "name: fleet\nseed: 1\n");
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.sha256()).isEqualTo(Sha256.hex("name: fleet\nseed: 1\n"));

        ScenarioVersion second = store.updateScenario(first.scenarioId(), "fleet 2", "name: fleet 2\n")
                .orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(store.scenario(first.scenarioId())).contains(second);
        assertThat(store.scenarioVersion(first.scenarioId(), 1)).contains(first);
        assertThat(store.scenarioVersions(first.scenarioId()))
                .extracting(ScenarioVersion::version)
                .containsExactly(1, 2);
        assertThat(store.scenarios())
                .singleElement()
                .satisfies(s -> assertThat(s.latestVersion()).isEqualTo(2))
                .satisfies(s -> assertThat(s.name()).isEqualTo("fleet 2"));
    }

    @Test
    void aDeletedScenarioIsGoneButItsVersionsStayForItsRuns() {
        ScenarioVersion created = store.createScenario("fleet", "name: fleet\n");
        assertThat(store.deleteScenario(created.scenarioId())).isTrue();
        assertThat(store.deleteScenario(created.scenarioId())).isFalse();
        assertThat(store.scenario(created.scenarioId())).isEmpty();
        assertThat(store.scenarios()).isEmpty();
        assertThat(store.updateScenario(created.scenarioId(), "x", "name: x\n")).isEmpty();
        assertThat(store.scenarioVersion(created.scenarioId(), 1)).contains(created);
    }

    @Test
    void unknownIdsAreEmpty() {
        assertThat(store.scenario(999)).isEmpty();
        assertThat(store.run(999)).isEmpty();
        assertThat(store.tableNames(999)).isEmpty();
        assertThat(store.table(999, "annual")).isEmpty();
    }

    @Test
    void aRunGoesFromQueuedToSucceededWithItsResults() {
        StoredRun run = store.createRun(Samples.request("fleet"));
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(store.markRunning(run.id())).isTrue();
        store.progress(run.id(), 0.5);
        assertThat(store.run(run.id()).orElseThrow().progress()).isEqualTo(0.5);

        assertThat(store.complete(run.id(), new RunResults(List.of(Samples.annual()), Samples.hourly(48))))
                .isTrue();

        StoredRun done = store.run(run.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.elapsed()).isPresent();
        assertThat(store.tableNames(run.id())).containsExactly("annual");
        Table annual = store.table(run.id(), "annual").orElseThrow();
        assertThat(annual.columns()).isEqualTo(Samples.annual().columns());
        // read back with the types the run schema declares: the year an integer again
        assertThat(annual.spec()).isEqualTo(Samples.annual().spec());
        assertThat(annual.rows().get(0)).containsExactly(2024L, 1000.5, "gen-1@2024-06-01");
        assertThat(annual.rows().get(1)).containsExactly(2025L, 2001.0, "");
        assertThat(store.seriesSites(run.id())).isEqualTo(Samples.SITES);
        // the last of the 48 hourly steps (the page's headlines read the horizon's end from it)
        assertThat(store.lastSeriesTime(run.id())).contains(Samples.START_S + 47 * 3600L);
        assertThat(store.lastSeriesTime(999)).isEmpty();
        assertThat(store.cancel(run.id())).isFalse();
        assertThat(store.runs(10)).extracting(StoredRun::id).containsExactly(run.id());
    }

    @Test
    void seriesPagesCoverEveryRowOnceInTimeThenSiteOrder() {
        long id = completedRun(48);
        SeriesQuery firstPage =
                new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 30);
        SeriesPage page = store.series(id, firstPage, SeriesAggregate.MEAN);
        assertThat(page.total()).isEqualTo(96);
        assertThat(page.rows()).hasSize(30);
        assertThat(page.nextOffset()).contains(30L);
        SeriesPage last = store.series(
                id,
                new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 90, 30),
                SeriesAggregate.MEAN);
        assertThat(last.rows()).hasSize(6);
        assertThat(last.nextOffset()).isEmpty();
        SeriesPage.Row row = page.rows().get(3); // step 1, site beta
        assertThat(row.timeS()).isEqualTo(Samples.START_S + 3600);
        assertThat(row.site()).isEqualTo("beta");
        assertThat(row.values()[0]).isEqualTo(1 + 1);
        assertThat(row.values()[5]).isEqualTo((1 + 1) * 6);
    }

    @Test
    void resamplingAveragesSumsAndPeaksEachBucket() {
        long id = completedRun(48);
        SeriesQuery daily =
                new SeriesQuery(Optional.of("alpha"), Optional.empty(), Optional.empty(), Optional.of(86_400L), 0, 100);
        // alpha's it_power_mw over day d is the steps 24d..24d+23: mean 24d + 11.5, sum 24 * that, max 24d + 23
        List<SeriesPage.Row> mean =
                store.series(id, daily, SeriesAggregate.MEAN).rows();
        assertThat(mean).hasSize(2);
        assertThat(mean.get(0).timeS()).isEqualTo(Samples.START_S);
        assertThat(mean.get(1).values()[0]).isCloseTo(24 + 11.5, within(1e-9));
        assertThat(store.series(id, daily, SeriesAggregate.SUM).rows().get(0).values()[0])
                .isCloseTo(24 * 11.5, within(1e-9));
        assertThat(store.series(id, daily, SeriesAggregate.MAX).rows().get(1).values()[0])
                .isEqualTo(47);
    }

    @Test
    void aTimeWindowSelectsHalfOpenRanges() {
        long id = completedRun(48);
        SeriesQuery window = new SeriesQuery(
                Optional.of("beta"),
                Optional.of(Samples.START_S + 3600 * 10),
                Optional.of(Samples.START_S + 3600 * 20),
                Optional.empty(),
                0,
                100);
        SeriesPage page = store.series(id, window, SeriesAggregate.MEAN);
        assertThat(page.total()).isEqualTo(10);
        assertThat(page.rows().get(0).values()[0]).isEqualTo(10 + 1);
    }

    @Test
    void resultsOfARunThatIsNotCompleteAreNotVisible() {
        StoredRun run = store.createRun(Samples.request("fleet"));
        store.markRunning(run.id());
        assertThat(store.tableNames(run.id())).isEmpty();
        assertThat(store.series(run.id(), SeriesQuery.all(), SeriesAggregate.MEAN)
                        .total())
                .isZero();
    }

    @Test
    void aCancelledRunCannotComplete() {
        StoredRun run = store.createRun(Samples.request("fleet"));
        assertThat(store.cancel(run.id())).isTrue();
        assertThat(store.markRunning(run.id())).isFalse();
        assertThat(store.complete(run.id(), new RunResults(List.of(Samples.annual()), Samples.hourly(2))))
                .isFalse();
        assertThat(store.run(run.id()).orElseThrow().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(store.tableNames(run.id())).isEmpty();
    }

    @Test
    void aFailedRunKeepsItsMessage() {
        StoredRun run = store.createRun(Samples.request("fleet"));
        store.markRunning(run.id());
        assertThat(store.fail(run.id(), "engine: out of memory")).isTrue();
        StoredRun failed = store.run(run.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.message()).isEqualTo("engine: out of memory");
        assertThat(failed.finishedAt()).isPresent();
    }

    @Test
    void aDeletedRunTakesItsResultsAndSeriesWithItAndLeavesTheOthers() {
        long kept = completedRun(24);
        long deleted = completedRun(48);
        assertThat(store.table(deleted, "annual")).isPresent(); // cached now: deleting must forget it
        StoredRun live = store.createRun(Samples.request("live"));
        store.markRunning(live.id());

        assertThat(store.deleteRun(deleted)).isEqualTo(RunDeletion.DELETED);
        assertThat(store.deleteRun(deleted)).isEqualTo(RunDeletion.NOT_FOUND);
        assertThat(store.deleteRun(live.id())).isEqualTo(RunDeletion.LIVE);

        assertThat(store.run(deleted)).isEmpty();
        assertThat(store.tableNames(deleted)).isEmpty();
        assertThat(store.table(deleted, "annual")).isEmpty();
        assertThat(store.seriesSites(deleted)).isEmpty();
        assertThat(store.series(deleted, SeriesQuery.all(), SeriesAggregate.MEAN)
                        .total())
                .isZero();
        assertThat(store.runs(10)).extracting(StoredRun::id).containsExactly(live.id(), kept);
        assertThat(store.series(kept, SeriesQuery.all(), SeriesAggregate.MEAN).total())
                .isEqualTo(24L * Samples.SITES.size());
        assertThat(store.run(live.id()).orElseThrow().status()).isEqualTo(RunStatus.RUNNING);
    }

    long completedRun(int steps) {
        StoredRun run = store.createRun(Samples.request("fleet"));
        store.markRunning(run.id());
        store.complete(run.id(), new RunResults(List.of(Samples.annual()), Samples.hourly(steps)));
        return run.id();
    }
}
