package io.github.lympha.format;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Nearest valid names for a misspelt one, by Levenshtein distance over a normalised form (case,
 * dashes, underscores and spaces do not count), or by prefix ({@code pumping} → {@code PUMP}).
 */
final class Suggestions {
  private static final int MIN_PREFIX = 3;

  /** Longer inputs are no misspelt name; comparing them would only cost time. */
  private static final int MAX_INPUT = 64;

  private Suggestions() {}

  /** The candidates close enough to suggest, nearest first (ties in candidate order). */
  static List<String> close(String input, Collection<String> candidates, int max) {
    if (input.length() > MAX_INPUT) {
      return List.of();
    }
    String in = normalise(input);
    List<Scored> scored = new ArrayList<>();
    int order = 0;
    for (String candidate : candidates) {
      String c = normalise(candidate);
      int d = distance(in, c);
      boolean prefix =
          Math.min(in.length(), c.length()) >= MIN_PREFIX && (in.startsWith(c) || c.startsWith(in));
      if (d <= Math.max(1, in.length() / 3) || prefix) {
        scored.add(new Scored(candidate, prefix ? Math.min(d, 1) : d, order));
      }
      order++;
    }
    return scored.stream()
        .sorted(Comparator.comparingInt((Scored s) -> s.distance).thenComparingInt(s -> s.order))
        .limit(max)
        .map(s -> s.candidate)
        .collect(Collectors.toList());
  }

  /** The nearest candidates whatever their distance, as examples; nearest first. */
  static List<String> nearest(String input, Collection<String> candidates, int max) {
    String in = normalise(input.length() > MAX_INPUT ? input.substring(0, MAX_INPUT) : input);
    List<Scored> scored = new ArrayList<>();
    int order = 0;
    for (String candidate : candidates) {
      scored.add(new Scored(candidate, distance(in, normalise(candidate)), order++));
    }
    return scored.stream()
        .sorted(Comparator.comparingInt((Scored s) -> s.distance).thenComparingInt(s -> s.order))
        .limit(max)
        .map(s -> s.candidate)
        .collect(Collectors.toList());
  }

  /**
   * Joins a message, a suggestion and what is expected: {@code unknown stroke "pumping"; did you
   * mean PUMP? Expected one of ...}, or without a suggestion {@code unknown stroke "x"; expected
   * one of ...}.
   */
  static String message(String problem, List<String> close, boolean quote, String expected) {
    if (close.isEmpty()) {
      return expected.isEmpty() ? problem : problem + "; " + expected;
    }
    List<String> shown = new ArrayList<>();
    for (String c : close) {
      shown.add(quote ? "\"" + c + "\"" : c);
    }
    String suggestion = problem + "; did you mean " + or(shown) + "?";
    return expected.isEmpty()
        ? suggestion
        : suggestion + " " + Character.toUpperCase(expected.charAt(0)) + expected.substring(1);
  }

  /** {@code A}, {@code A or B}, {@code A, B or C}. */
  static String or(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " or "
        + items.get(items.size() - 1);
  }

  private static String normalise(String s) {
    return s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  /**
   * Optimal string alignment distance: Levenshtein with adjacent transpositions counting one, so
   * {@code titel} is one edit from {@code title}. Inputs are short (names and ids).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static final class Scored {
    final String candidate;
    final int distance;
    final int order;

    Scored(String candidate, int distance, int order) {
      this.candidate = candidate;
      this.distance = distance;
      this.order = order;
    }
  }
}
