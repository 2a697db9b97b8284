package org.wattplan.actuals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.problem.Problems;

class JobMapFileTest {
    private static final String HEADER = "host,gpu,start,end,job,workload\n";

    @Test
    void overlappingRangesOfOneAcceleratorAreReportedWithBothLines(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("jobs.csv");
        Files.writeString(
                file,
                HEADER
                        + "n1,0,2024-05-01T00:00:00Z,2024-05-01T02:00:00Z,a,training\n" // line 2
                        + "n1,1,2024-05-01T01:00:00Z,2024-05-01T03:00:00Z,b,training\n" // another accelerator: fine
                        + "n2,0,2024-05-01T01:00:00Z,2024-05-01T03:00:00Z,c,training\n" // another host: fine
                        + "n1,0,2024-05-01T02:00:00Z,2024-05-01T04:00:00Z,d,training\n" // starts as line 2 ends: fine
                        + "n1,*,2024-05-01T03:30:00Z,2024-05-01T05:00:00Z,e,inference\n" // overlaps line 5 (gpu 0)
                        + "n1,1,2024-05-01T00:30:00Z,2024-05-01T00:40:00Z,f,training\n"); // before line 3, no overlap
        Problems problems = new Problems();
        List<JobAssignment> jobs = JobMapFile.read(file, TimeWindow.DEFAULT, problems);
        assertThat(jobs).hasSize(6);
        assertThat(problems.list())
                .extracting(Problem::toString)
                .containsExactly(file + ":6: overlaps line 5 on \"n1\"");
    }

    @Test
    void twoHundredThousandMappingsAreCheckedInOneSweepNotPairByPair(@TempDir Path dir) throws IOException {
        // 8 accelerators, each with 25,000 back-to-back one-minute jobs: no overlap; checked pair by pair this
        // was 2e10 comparisons (minutes), and a 64 MiB file hours
        StringBuilder csv = new StringBuilder(HEADER);
        long startS = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long s = startS + (i / 8) * 60L;
            csv.append("n1,")
                    .append(i % 8)
                    .append(',')
                    .append(Instant.ofEpochSecond(s))
                    .append(',')
                    .append(Instant.ofEpochSecond(s + 60))
                    .append(",j,w\n");
        }
        Path file = dir.resolve("million.csv");
        Files.writeString(file, csv);
        Problems problems = new Problems();
        assertThat(JobMapFile.read(file, TimeWindow.DEFAULT, problems)).hasSize(200_000);
        assertThat(problems.list()).isEmpty();
    }
}
