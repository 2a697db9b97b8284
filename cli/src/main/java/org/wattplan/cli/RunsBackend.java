package org.wattplan.cli;

import java.util.List;
import java.util.Optional;
import org.wattplan.app.run.ResultsUseCase;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.StoredRun;

/**
 * The runs in the store as {@code wattplan runs} sees them: the store opened directly, or, when a running
 * {@code wattplan serve} holds it, through that server's API ({@link RemoteRuns}).
 */
interface RunsBackend extends AutoCloseable {
    /** Where the runs are, for messages: the store's location, and the server's URL when one is asked. */
    String location();

    List<StoredRun> runs(int limit);

    Optional<StoredRun> run(long id);

    List<String> tables(long id);

    List<String> sites(long id);

    Optional<byte[]> exportTable(long id, String table, ResultsUseCase.Format format);

    byte[] exportSeries(long id, ResultsUseCase.Format format);

    RunDeletion delete(long id);

    @Override
    void close();
}
