package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.style.LymphaStyle;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One point of a {@link BatchReport} chart: the rows of a batch whose variant applies one value of
 * an axis, or one of a run of consecutive values when the axis has more than {@link
 * BatchReport#MAX_POINTS} (a bin). It holds the rows' count, the mean, minimum and maximum of each
 * {@link BatchReport.Measure}, their verdicts and their findings per rule id.
 */
@Value.Immutable
@LymphaStyle
public interface AxisPoint {
  /** The first axis position (edit index) this point covers. */
  int first();

  /** The last axis position it covers; {@link #first()} unless the point is a bin. */
  int last();

  /** The point's name: the edit's short label, or {@code "first … last"} for a bin. */
  String label();

  /** The rows (variants × patients) that fell on this point; at least one. */
  long rows();

  /** The mean of each measure over the rows, in the order of {@link BatchReport.Measure}. */
  ImmutableMap<BatchReport.Measure, Double> means();

  /** The least value of each measure. */
  ImmutableMap<BatchReport.Measure, Double> minima();

  /** The greatest value of each measure. */
  ImmutableMap<BatchReport.Measure, Double> maxima();

  /** Rows per verdict ({@code VALID}, {@code WARNINGS}, {@code INVALID}, in that order). */
  ImmutableMap<String, Long> verdicts();

  /**
   * Findings per rule id over the rows: every rule id with a CSV column, sorted, then {@code
   * other_rules}.
   */
  ImmutableMap<String, Long> findings();

  /** The mean of a measure. */
  default double mean(BatchReport.Measure measure) {
    return valueOf(means(), measure);
  }

  /** The least value of a measure. */
  default double minimum(BatchReport.Measure measure) {
    return valueOf(minima(), measure);
  }

  /** The greatest value of a measure. */
  default double maximum(BatchReport.Measure measure) {
    return valueOf(maxima(), measure);
  }

  private static double valueOf(
      ImmutableMap<BatchReport.Measure, Double> values, BatchReport.Measure measure) {
    Double value = values.get(Objects.requireNonNull(measure, "measure"));
    checkArgument(
        value != null, "No value of measure %s; this point has %s", measure, values.keySet());
    return value;
  }

  /** The mean number of findings of a rule per row. */
  default double meanFindings(String ruleId) {
    Long n = findings().get(ruleId);
    checkArgument(n != null, "No rule column %s; expected one of %s", ruleId, findings().keySet());
    return (double) n / rows();
  }

  /** The share of rows with this verdict, from 0 to 1. */
  default double share(String verdict) {
    Long n = verdicts().get(verdict);
    checkArgument(n != null, "No verdict %s; expected one of %s", verdict, verdicts().keySet());
    return (double) n / rows();
  }

  /** Refuses a point whose first position is after its last, or that has no row. */
  @Value.Check
  default void check() {
    checkArgument(first() <= last(), "A point's first position %s is after its last", first());
    checkArgument(rows() >= 1, "A point needs at least one row, not %s", rows());
    checkArgument(
        minima().keySet().equals(means().keySet()) && maxima().keySet().equals(means().keySet()),
        "A point's minima %s and maxima %s must cover the measures of its means %s",
        minima().keySet(),
        maxima().keySet(),
        means().keySet());
  }
}
