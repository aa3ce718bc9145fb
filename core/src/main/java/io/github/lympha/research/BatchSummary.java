package io.github.lympha.research;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.style.Printable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

  /**
   * For each patient (by label, in the order given), how many variants got each verdict ({@code
   * VALID}, {@code WARNINGS}, {@code INVALID}, in that order).
   */
  ImmutableMap<String, ImmutableMap<String, Long>> verdictsByPatient();

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

  /**
   * A summary table for a person: variants per verdict for each patient (one column each, the
   * patients numbered in the order given), and the ten most frequent rules.
   */
  default String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%,d variants, %,d rows%n", variants(), rows()));
    List<String> patients = verdictsByPatient().keySet().asList();
    for (int i = 0; i < patients.size(); i++) {
      b.append(String.format(Locale.ROOT, "patient %d: %s%n", i + 1, patients.get(i)));
    }
    b.append(String.format(Locale.ROOT, "%-36s", "variants per verdict"));
    for (int i = 0; i < patients.size(); i++) {
      b.append(String.format(Locale.ROOT, " %11s", "patient " + (i + 1)));
    }
    b.append(System.lineSeparator());
    for (String verdict : verdicts().keySet()) {
      b.append(String.format(Locale.ROOT, "%-36s", verdict));
      for (String p : patients) {
        long n = Objects.requireNonNull(verdictsByPatient().get(p)).getOrDefault(verdict, 0L);
        b.append(String.format(Locale.ROOT, " %,11d", n));
      }
      b.append(System.lineSeparator());
    }
    b.append(String.format(Locale.ROOT, "%-36s %11s%n", "most frequent rules", "findings"));
    for (Map.Entry<String, Long> e : mostFrequentRules(10)) {
      b.append(String.format(Locale.ROOT, "%-36s %,11d%n", e.getKey(), e.getValue()));
    }
    // Patient labels come from files and reach a terminal: no control character goes raw.
    return Printable.escapeKeepingLines(b.toString());
  }

  /** A summary. */
  static BatchSummary of(
      long variants,
      long rows,
      Map<String, Long> verdicts,
      Map<String, ? extends Map<String, Long>> verdictsByPatient,
      Map<String, Long> findingsByRule) {
    ImmutableMap.Builder<String, ImmutableMap<String, Long>> byPatient = ImmutableMap.builder();
    verdictsByPatient.forEach((k, v) -> byPatient.put(k, ImmutableMap.copyOf(v)));
    return ImmutableBatchSummary.builder()
        .variants(variants)
        .rows(rows)
        .putAllVerdicts(verdicts)
        .putAllVerdictsByPatient(byPatient.buildKeepingLast())
        .putAllFindingsByRule(findingsByRule)
        .build();
  }
}
