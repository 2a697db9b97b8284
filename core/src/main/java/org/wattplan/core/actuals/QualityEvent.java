package org.wattplan.core.actuals;

/**
 * One entry of a data-quality report: in which series, what defect, how many times, over how many seconds (for
 * gaps and skew; 0 otherwise), and a detail naming the first occurrence.
 */
public record QualityEvent(String series, Defect defect, long count, double seconds, String detail) {
    public QualityEvent {
        if (count < 0 || !(seconds >= 0) || !Double.isFinite(seconds)) {
            throw new IllegalArgumentException("count and seconds must be finite and >= 0");
        }
    }
}
