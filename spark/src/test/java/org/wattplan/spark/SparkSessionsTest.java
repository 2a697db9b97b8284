package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SparkSessionsTest {
    @Test
    void runsALocalJob() throws Exception {
        try (SparkSession spark = SparkSessions.open("local[2]", "smoke", Map.of())) {
            assertThat(spark.range(0, 1000, 1, 4).count()).isEqualTo(1000);
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
