package io.github.lympha.research;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.style.LymphaStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/** What a {@link BatchEvaluation} found: rows written, verdicts and findings per rule. */
@Value.Immutable
@LymphaStyle
public interface BatchSummary {
  /** The variants evaluated (skipped variants are not counted). */
  long variants();

  /** The CSV rows written: variants × patients. */
  long rows();

  /** Rows per verdict ({@code VALID}, {@code WARNINGS}, {@code INVALID}), in that order. */
  ImmutableMap<String, Long> verdicts();

  /** Findings per rule id over all rows, by id. */
  ImmutableMap<String, Long> findingsByRule();

  /** The rule ids with the most findings first (ties by id), at most {@code n}. */
  default List<Map.Entry<String, Long>> mostFrequentRules(int n) {
    return findingsByRule().entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .collect(Collectors.toList());
  }

  /** A summary table for a person: rows per verdict and the ten most frequent rules. */
  default String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,d variants, %,d rows%n", variants(), rows()));
    b.append(String.format(Locale.ROOT, "%-48s %10s%n", "verdict", "rows"));
    verdicts().forEach((k, v) -> b.append(String.format(Locale.ROOT, "%-48s %,10d%n", k, v)));
    b.append(String.format(Locale.ROOT, "%-48s %10s%n", "most frequent rules", "findings"));
    for (Map.Entry<String, Long> e : mostFrequentRules(10)) {
      b.append(String.format(Locale.ROOT, "%-48s %,10d%n", e.getKey(), e.getValue()));
    }
    return b.toString();
  }

  /** A summary. */
  static BatchSummary of(
      long variants, long rows, Map<String, Long> verdicts, Map<String, Long> findingsByRule) {
    return ImmutableBatchSummary.builder()
        .variants(variants)
        .rows(rows)
        .putAllVerdicts(verdicts)
        .putAllFindingsByRule(findingsByRule)
        .build();
  }
}
