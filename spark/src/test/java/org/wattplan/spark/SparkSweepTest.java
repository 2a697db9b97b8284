package org.wattplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The draw machinery on local[2] with two attempts per task (local[2,2]): order, partitioning, retries. */
@SuppressWarnings("NullAway.Init")
class SparkSweepTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSessions.open("local[2,2]", "sweep-test", Map.of());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void drawsComeBackInDrawOrderWhateverThePartitioning() {
        List<double[]> serial =
                IntStream.range(0, 50).mapToObj(i -> ToyModel.draw(7, i)).toList();
        for (int partitions : new int[] {1, 3, 50}) {
            List<double[]> distributed =
                    SparkSweep.run(spark, 50, partitions, ToyModel.healthy(7)).draws();
            assertThat(distributed).hasSize(50);
            for (int i = 0; i < 50; i++) {
                assertThat(distributed.get(i))
                        .as("draw %d on %d partitions", i, partitions)
                        .isEqualTo(serial.get(i));
            }
        }
    }

    @Test
    void aTaskThatFailsOnceIsRetriedAndTheResultIsUnchanged() {
        List<double[]> flaky =
                SparkSweep.run(spark, 20, 4, new ToyModel(7, 12, false)).draws();
        List<double[]> healthy =
                SparkSweep.run(spark, 20, 4, ToyModel.healthy(7)).draws();
        for (int i = 0; i < 20; i++) {
            assertThat(flaky.get(i)).isEqualTo(healthy.get(i));
        }
    }

    @Test
    void aTaskThatKeepsFailingEndsTheJobWithItsCause() {
        assertThatThrownBy(() -> SparkSweep.run(spark, 20, 4, new ToyModel(7, 12, true)))
                .isInstanceOfSatisfying(
                        SparkJobException.class, e -> assertThat(e.badInput()).isFalse())
                .hasMessage("the sweep failed: executor lost its disk while running draw 12");
    }
}
