package org.wattplan.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;

/**
 * The series held in memory: pages as a plain filter-skip-limit over the rows would give them, each run read
 * from its loader once, the row budget kept (a run larger than it never held, the least recently used evicted).
 */
class SeriesMemoryTest {
    private static final List<String> SITES = List.of("a", "b", "c");

    /** {@code steps} hourly steps of three sites; each value names its row, so a wrong row shows. */
    private static List<SeriesPage.Row> rows(int steps) {
        List<SeriesPage.Row> rows = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            for (String site : SITES) {
                double id = rows.size();
                rows.add(new SeriesPage.Row(3600L * step, site, new double[] {id, id + 0.5, 1, 2, 3, 4}));
            }
        }
        return rows;
    }

    /** A loader that hands out pages of 1000 rows, as the store would, counting its calls. */
    private static LongFunction<SeriesPage> loader(List<SeriesPage.Row> rows, AtomicInteger calls) {
        return offset -> {
            calls.incrementAndGet();
            int from = (int) offset;
            int to = Math.min(rows.size(), from + 1000);
            return new SeriesPage(
                    rows.subList(from, to), rows.size(), to < rows.size() ? Optional.of((long) to) : Optional.empty());
        };
    }

    private static SeriesQuery query(
            Optional<String> site, Optional<Long> from, Optional<Long> to, long offset, int limit) {
        return new SeriesQuery(site, from, to, Optional.empty(), offset, limit);
    }

    @Test
    void pagesAreTheFilteredRowsSkippedAndLimited() {
        List<SeriesPage.Row> rows = rows(2000);
        AtomicInteger calls = new AtomicInteger();
        SeriesMemory memory = new SeriesMemory(1_000_000);
        for (Optional<String> site : List.of(Optional.<String>empty(), Optional.of("b"), Optional.of("zz"))) {
            for (long offset : new long[] {0, 7, 1500, 5999, 7000}) {
                SeriesQuery q = query(site, Optional.of(3600L * 100), Optional.of(3600L * 1900 + 1), offset, 250);
                SeriesPage page =
                        memory.page(1, q, rows::size, loader(rows, calls)).orElseThrow();
                List<SeriesPage.Row> selected = rows.stream()
                        .filter(r -> site.isEmpty() || r.site().equals(site.get()))
                        .filter(r -> r.timeS() >= 3600L * 100 && r.timeS() < 3600L * 1900 + 1)
                        .toList();
                List<SeriesPage.Row> expected =
                        selected.stream().skip(offset).limit(250).toList();
                assertThat(page.total()).isEqualTo(selected.size());
                assertThat(page.rows()).hasSameSizeAs(expected);
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(page.rows().get(i).timeS())
                            .isEqualTo(expected.get(i).timeS());
                    assertThat(page.rows().get(i).site())
                            .isEqualTo(expected.get(i).site());
                    assertThat(page.rows().get(i).values())
                            .containsExactly(expected.get(i).values());
                }
                assertThat(page.nextOffset())
                        .isEqualTo(
                                offset + expected.size() < selected.size()
                                        ? Optional.of(offset + expected.size())
                                        : Optional.empty());
            }
        }
        assertThat(calls.get()).as("the run is read once, in pages of 1000").isEqualTo(6);
    }

    @Test
    void theRowBudgetIsKept() {
        List<SeriesPage.Row> small = rows(100); // 300 rows
        AtomicInteger calls = new AtomicInteger();
        SeriesMemory memory = new SeriesMemory(700);
        SeriesQuery first = query(Optional.empty(), Optional.empty(), Optional.empty(), 0, 10);
        assertThat(memory.page(1, first, () -> 701, loader(rows(234), calls))).isEmpty(); // larger than the budget
        assertThat(calls.get()).isZero();
        assertThat(memory.page(2, first, small::size, loader(small, calls))).isPresent();
        assertThat(memory.page(3, first, small::size, loader(small, calls))).isPresent();
        assertThat(memory.page(2, first, small::size, loader(small, calls))).isPresent(); // 2 is now the most recent
        assertThat(calls.get()).isEqualTo(2);
        assertThat(memory.page(4, first, small::size, loader(small, calls))).isPresent(); // 900 rows: 3 goes
        assertThat(memory.page(2, first, small::size, loader(small, calls))).isPresent();
        assertThat(calls.get()).as("run 2 stayed").isEqualTo(3);
        assertThat(memory.page(3, first, small::size, loader(small, calls))).isPresent();
        assertThat(calls.get()).as("run 3 was evicted and read again").isEqualTo(4);
        SeriesQuery daily =
                new SeriesQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(86_400L), 0, 10);
        assertThat(memory.page(2, daily, small::size, loader(small, calls)))
                .as("a resampled page is the store's")
                .isEmpty();
    }
}
