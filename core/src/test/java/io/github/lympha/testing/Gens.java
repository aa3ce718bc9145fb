package io.github.lympha.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * The generic generator combinators Lympha's generators are built from: choices, weighted choices,
 * lists, sets, optionals, rounded doubles and strings. Everything draws from the engine's
 * randomness source, so a failure shrinks (shorter lists, earlier choices, absent optionals).
 */
public final class Gens {
  private Gens() {}

  /** One of the values, shrinking toward the first. */
  public static <T> Gen<T> of(Collection<? extends T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("cannot choose from an empty collection");
    }
    List<T> list = ImmutableList.copyOf(values);
    return Generate.pick(list);
  }

  /** One of the values, shrinking toward the first. */
  @SafeVarargs
  public static <T> Gen<T> of(T first, T... more) {
    return of(ImmutableList.<T>builder().add(first).add(more).build());
  }

  /** Always {@code value}. */
  public static <T> Gen<T> just(T value) {
    return Generate.constant(value);
  }

  /** Draws from one of the generators, chosen with equal odds. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T> first, Gen<? extends T>... more) {
    List<Gen<? extends T>> all = new ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return in -> all.get((int) in.next(Constraint.between(0, all.size() - 1))).generate(in);
  }

  /** Draws from one of two generators, with the given weights. */
  public static <T> Gen<T> frequency(int w1, Gen<T> g1, int w2, Gen<T> g2) {
    return Generate.frequency(List.of(Pair.of(w1, g1), Pair.of(w2, g2)));
  }

  /** Draws from one of several generators, with the given weights (weight, generator, …). */
  public static <T> Gen<T> frequency(List<Pair<Integer, Gen<T>>> weighted) {
    return Generate.frequency(weighted);
  }

  /** A weighted choice, for {@link #frequency(List)}. */
  public static <T> Pair<Integer, Gen<T>> weighted(int weight, Gen<T> gen) {
    return Pair.of(weight, gen);
  }

  /** An integer from {@code min} to {@code max}, both included, shrinking toward {@code min}. */
  public static Gen<Integer> integers(int min, int max) {
    return in -> (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
  }

  /** A double from {@code min} to {@code max}, both included, at full precision. */
  public static Gen<Double> doubles(double min, double max) {
    return in -> {
      long steps = 1L << 52;
      long k = in.next(Constraint.between(0, steps));
      double d = min + (max - min) * ((double) k / steps);
      return Math.min(max, Math.max(min, d));
    };
  }

  /** A double from {@code min} to {@code max}, rounded to {@code scale} decimal places. */
  public static Gen<Double> doubles(double min, double max, int scale) {
    return doubles(min, max)
        .map(
            d ->
                Math.min(
                    max,
                    Math.max(
                        min,
                        BigDecimal.valueOf(d)
                            .setScale(scale, RoundingMode.HALF_UP)
                            .doubleValue())));
  }

  /** A list of {@code min} to {@code max} values, shrinking toward shorter lists. */
  public static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
    return in -> {
      int n = (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(element.generate(in));
      }
      return ImmutableList.copyOf(out);
    };
  }

  /**
   * A list of {@code min} to {@code max} values whose keys differ; draws that repeat a key are
   * dropped (up to ten tries per element), so a small domain may give a list shorter than asked,
   * never shorter than {@code min} when the domain has that many keys.
   */
  public static <T> Gen<List<T>> uniqueLists(
      Gen<T> element, Function<? super T, ?> key, int min, int max) {
    return in -> {
      int n = (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
      List<T> out = new ArrayList<>(n);
      Set<Object> keys = new HashSet<>();
      for (int tries = 0; out.size() < n && tries < 10 * n + 10; tries++) {
        T t = element.generate(in);
        if (keys.add(key.apply(t))) {
          out.add(t);
        }
      }
      return ImmutableList.copyOf(out);
    };
  }

  /** A list of distinct values (see {@link #uniqueLists(Gen, Function, int, int)}). */
  public static <T> Gen<List<T>> uniqueLists(Gen<T> element, int min, int max) {
    return uniqueLists(element, Function.identity(), min, max);
  }

  /** A set of {@code min} to {@code max} values, in the order drawn. */
  public static <T> Gen<Set<T>> sets(Gen<T> element, int min, int max) {
    return uniqueLists(element, min, max).map(ImmutableSet::copyOf);
  }

  /** A value with the given probability (0–1), else empty; shrinks toward empty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> element, double probability) {
    int present = (int) Math.round(probability * 100);
    return in -> {
      long x = in.next(Constraint.between(0, 99).withShrinkPoint(0));
      return x >= 100 - present ? Optional.of(element.generate(in)) : Optional.empty();
    };
  }

  /** A string of {@code min} to {@code max} characters, each one of {@code chars}. */
  public static Gen<String> strings(String chars, int min, int max) {
    int[] points = chars.codePoints().toArray();
    return in -> {
      int n = (int) in.next(Constraint.between(min, max).withShrinkPoint(min));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.appendCodePoint(points[(int) in.next(Constraint.between(0, points.length - 1))]);
      }
      return b.toString();
    };
  }

  /** Any string of up to {@code max} UTF-16 code units drawn from the whole of Unicode's BMP. */
  public static Gen<String> anyStrings(int max) {
    return in -> {
      int n = (int) in.next(Constraint.between(0, max).withShrinkPoint(0));
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append((char) in.next(Constraint.between(0, Character.MAX_VALUE).withShrinkPoint('a')));
      }
      return b.toString();
    };
  }

  /**
   * The values of {@code gen} that pass {@code keep}; draws that fail are retried (up to 100 times)
   * and then counted as a failed assumption by the engine.
   */
  public static <T> Gen<T> filter(Gen<T> gen, Predicate<? super T> keep) {
    return in -> {
      for (int i = 0; i < 100; i++) {
        T t = gen.generate(in);
        if (keep.test(t)) {
          return t;
        }
      }
      return gen.assuming(keep::test).generate(in);
    };
  }

  /** A random permutation of the values. */
  public static <T> Gen<List<T>> shuffled(List<T> values) {
    return in -> {
      List<T> pool = new ArrayList<>(values);
      List<T> out = new ArrayList<>(values.size());
      while (!pool.isEmpty()) {
        out.add(pool.remove((int) in.next(Constraint.between(0, pool.size() - 1))));
      }
      return ImmutableList.copyOf(out);
    };
  }
}
