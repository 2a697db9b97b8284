package org.wattplan.spark;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;
import scala.Tuple2;

/**
 * The reduce side of the actuals job: a series' chunks put back into file order and joined, then {@link
 * SeriesIntegrator}, called exactly as the single-machine path calls it (file order as the line numbers), and a
 * {@link Piece} per month, per event and per series. The bad rows' counts pass through.
 */
final class SeriesPass implements FlatMapFunction<Iterator<Tuple2<SeriesKey, Iterable<Chunk>>>, Piece> {
    private static final long serialVersionUID = 1L;

    private final double maxGapS;
    private final double interpolateAbove;

    SeriesPass(GapPolicy gaps) {
        this.maxGapS = gaps.maxGapS();
        this.interpolateAbove = gaps.interpolateAbove();
    }

    @Override
    public Iterator<Piece> call(Iterator<Tuple2<SeriesKey, Iterable<Chunk>>> series) {
        GapPolicy gaps = new GapPolicy(maxGapS, interpolateAbove);
        List<Piece> out = new ArrayList<>();
        while (series.hasNext()) {
            Tuple2<SeriesKey, Iterable<Chunk>> one = series.next();
            List<Chunk> chunks = new ArrayList<>();
            one._2().forEach(chunks::add);
            if (one._1().equals(SeriesKey.BAD)) {
                out.add(Piece.bad(chunks.stream().mapToLong(Chunk::badRows).sum()));
            } else {
                integrate(one._1(), chunks, gaps, out);
            }
        }
        return out.iterator();
    }

    private static void integrate(SeriesKey key, List<Chunk> chunks, GapPolicy gaps, List<Piece> out) {
        chunks.sort(Chunk.FILE_ORDER);
        int n = chunks.stream().mapToInt(Chunk::samples).sum();
        long[] timeMs = new long[n];
        double[] powerW = new double[n];
        long[] lines = new long[n];
        int at = 0;
        for (Chunk chunk : chunks) {
            at = chunk.readInto(timeMs, powerW, at);
        }
        for (int i = 0; i < n; i++) {
            lines[i] = i + 1L;
        }
        SeriesSummary summary = SeriesIntegrator.integrate(
                ActualsJob.seriesName(key.host(), key.gpu()), SeriesKind.RATE, timeMs, powerW, lines, gaps, false);
        for (Map.Entry<YearMonth, Double> month : summary.amountByMonth().entrySet()) {
            out.add(Piece.month(key.host(), key.gpu(), month.getKey().toString(), month.getValue(), summary.kept()));
        }
        for (QualityEvent event : summary.events()) {
            out.add(Piece.event(
                    key.host(), key.gpu(), event.defect().name(), event.count(), event.seconds(), event.detail()));
        }
        out.add(Piece.series(key.host(), key.gpu(), summary.kept(), n));
    }
}
