package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class SparkSessionsTest {
    @Test
    void runsALocalJob() throws Exception {
        try (SparkSession spark = SparkSessions.open("local[2]", "smoke", Map.of())) {
            assertThat(spark.range(0, 1000, 1, 4).count()).isEqualTo(1000);
            // the actuals job's shuffle (groupByKey into fewer reduce tasks than Spark's bypass-merge threshold):
            // each map task's files are concatenated with a plain copy (docs/spark.md, "Page faults")
            assertThat(spark.conf().get("spark.file.transferTo")).isEqualTo("false");
            Map<Long, Long> counts = JavaPairRDD.fromJavaRDD(
                            spark.range(0, 10_000, 1, 4).javaRDD().map(i -> new Tuple2<>(i % 7, 1L)))
                    .groupByKey(5)
                    .mapValues(ones -> StreamSupport.stream(ones.spliterator(), false)
                            .mapToLong(Long::longValue)
                            .sum())
                    .collectAsMap();
            // 10,000 = 7 x 1,428 + 4: keys 0-3 once more
            assertThat(counts)
                    .containsExactlyInAnyOrderEntriesOf(
                            Map.of(0L, 1429L, 1L, 1429L, 2L, 1429L, 3L, 1429L, 4L, 1428L, 5L, 1428L, 6L, 1428L));
        }
    }

    @Test
    void aMalformedMasterIsBadInput() {
        assertThatThrownBy(() -> SparkSessions.check("spork://x"))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isTrue())
                .hasMessageContaining("is not a Spark master");
    }

    @Test
    void anUnreachableMasterFailsFastWithWhatToDo() {
        assertThatThrownBy(() -> SparkSessions.check("spark://127.0.0.1:1"))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isFalse())
                .hasMessageContaining("no Spark master answers at spark://127.0.0.1:1")
                .hasMessageContaining("local[*]");
    }
}
