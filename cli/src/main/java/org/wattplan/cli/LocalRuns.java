package org.wattplan.cli;

import java.util.List;
import java.util.Optional;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.app.run.Workspace;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;

/** The runs of a store this process opened. */
final class LocalRuns implements RunsBackend {
    private final Workspace workspace;
    private final ResultsUseCase results;

    LocalRuns(Workspace workspace) {
        this.workspace = workspace;
        this.results = workspace.results();
    }

    @Override
    public String location() {
        return workspace.location();
    }

    @Override
    public List<StoredRun> runs(int limit) {
        return results.runs(limit);
    }

    @Override
    public Optional<StoredRun> run(long id) {
        return results.run(id);
    }

    @Override
    public List<String> tables(long id) {
        return results.tables(id);
    }

    @Override
    public List<String> sites(long id) {
        return results.sites(id);
    }

    @Override
    public Optional<byte[]> exportTable(long id, String table, ResultsUseCase.Format format) {
        return results.exportTable(id, table, format);
    }

    @Override
    public byte[] exportSeries(long id, ResultsUseCase.Format format) {
        return results.exportSeries(id, SeriesQuery.all(), SeriesAggregate.MEAN, format);
    }

    @Override
    public RunDeletion delete(long id) {
        return results.delete(id);
    }

    @Override
    public void close() {
        workspace.close();
    }
}
