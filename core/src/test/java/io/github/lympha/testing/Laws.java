package io.github.lympha.testing;

import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.AsString;
import org.quicktheories.api.QuadConsumer;
import org.quicktheories.api.TriConsumer;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs Lympha's property laws: the one place that starts the property-testing engine
 * (QuickTheories), so that moving to another engine changes this package only.
 *
 * <p>Every law runs from a fixed seed, derived from a base seed and the calling test's class and
 * method, so that {@code mvn verify}, CI and the mutation run draw the same values every time. The
 * base seed is the system property {@value #SEED_PROPERTY}, {@value #DEFAULT_BASE} when it is
 * absent; set it to another number to explore other values, or to {@code random} for a fresh base
 * on every run. A failing law reports its shrunk counterexample, the seed, and the {@code
 * -Dlympha.seed=…} that reproduces the run.
 *
 * <p>{@link #check} samples a generator; {@link #forEvery} walks a small finite domain completely
 * (the engine skips duplicate draws, so sampling a domain of 40 values 100 times does not visit all
 * of them).
 */
public final class Laws {
  /** The system property that sets the base seed. */
  public static final String SEED_PROPERTY = "lympha.seed";

  /** The base seed when {@value #SEED_PROPERTY} is not set. */
  public static final String DEFAULT_BASE = "20261126";

  /** How many shrinking steps a failure gets before it is reported. */
  private static final int SHRINK_CYCLES = 5000;

  /** The base seed of this run, read once. */
  private static final long BASE = base(System.getProperty(SEED_PROPERTY, DEFAULT_BASE));

  private Laws() {}

  /** Checks a law for {@code examples} distinct values drawn from {@code gen}. */
  public static <A> void check(int examples, Gen<A> gen, Consumer<A> law) {
    theory(examples).forAll(gen).checkAssert(law);
  }

  /** Checks a law for {@code examples} distinct pairs drawn from two generators. */
  public static <A, B> void check(int examples, Gen<A> a, Gen<B> b, BiConsumer<A, B> law) {
    theory(examples).forAll(a, b).checkAssert(law);
  }

  /** Checks a law for {@code examples} distinct triples drawn from three generators. */
  public static <A, B, C> void check(
      int examples, Gen<A> a, Gen<B> b, Gen<C> c, TriConsumer<A, B, C> law) {
    theory(examples).forAll(a, b, c).checkAssert(law);
  }

  /** Checks a law for {@code examples} distinct quadruples drawn from four generators. */
  public static <A, B, C, D> void check(
      int examples, Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, QuadConsumer<A, B, C, D> law) {
    theory(examples).forAll(a, b, c, d).checkAssert(law);
  }

  /**
   * Checks a law for every value of a finite domain, in order; the first failure is reported with
   * the value and its index.
   */
  public static <T> void forEvery(List<T> values, Consumer<T> law) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("forEvery needs at least one value; the domain is empty");
    }
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      try {
        law.accept(value);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError(
            "Law falsified for value " + (i + 1) + " of " + values.size() + ": " + value, e);
      }
    }
  }

  /** Checks a law for every pair of values of two finite domains. */
  public static <A, B> void forEvery(List<A> as, List<B> bs, BiConsumer<A, B> law) {
    List<Map.Entry<A, B>> pairs = new ArrayList<>();
    for (A a : as) {
      for (B b : bs) {
        pairs.add(Map.entry(a, b));
      }
    }
    forEvery(pairs, pair -> law.accept(pair.getKey(), pair.getValue()));
  }

  /** The base seed of this run ({@value #SEED_PROPERTY}). */
  static long baseSeed() {
    return BASE;
  }

  /** The seed of the law that calls {@link #check} from the given test method. */
  static long seedFor(long base, String lawId) {
    long h = 0xcbf29ce484222325L ^ base;
    for (byte x : lawId.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /**
   * Reads a base seed: a decimal number, or {@code random} for a fresh one.
   *
   * @throws IllegalArgumentException if it is neither
   */
  static long base(String text) {
    String t = text.trim();
    if (t.toLowerCase(Locale.ROOT).equals("random")) {
      return new SecureRandom().nextLong();
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + SEED_PROPERTY + " must be a decimal number or \"random\", not \"" + text + "\"",
          e);
    }
  }

  private static QuickTheory theory(int examples) {
    if (examples < 1) {
      throw new IllegalArgumentException("a law needs at least one example, not " + examples);
    }
    String lawId = caller();
    return qt().withFixedSeed(seedFor(BASE, lawId))
        .withExamples(examples)
        .withGenerateAttempts(examples * 10)
        .withShrinkCycles(SHRINK_CYCLES)
        .withReporter(new Reproducing(lawId));
  }

  /**
   * {@code Class#method} of the test method that called into this class: the nearest caller
   * annotated {@code @Test}, else the nearest caller outside this class.
   */
  private static String caller() {
    List<StackWalker.StackFrame> frames =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(
                s ->
                    s.filter(f -> f.getDeclaringClass() != Laws.class)
                        .collect(Collectors.toList()));
    StackWalker.StackFrame caller =
        frames.stream().filter(Laws::isTest).findFirst().orElse(frames.get(0));
    return caller.getClassName() + "#" + caller.getMethodName();
  }

  private static boolean isTest(StackWalker.StackFrame f) {
    try {
      return f.getDeclaringClass()
          .getDeclaredMethod(f.getMethodName())
          .isAnnotationPresent(Test.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The engine's report, with the line that reproduces the failure added. */
  private static final class Reproducing implements Reporter {
    private final ExceptionReporter engine = new ExceptionReporter();
    private final String lawId;

    Reproducing(String lawId) {
      this.lawId = lawId;
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        Throwable cause,
        List<Object> others,
        AsString<Object> toString) {
      rethrow(() -> engine.falisification(seed, examplesUsed, smallest, cause, others, toString));
    }

    @Override
    public void falisification(
        long seed,
        int examplesUsed,
        Object smallest,
        List<Object> others,
        AsString<Object> toString) {
      rethrow(() -> engine.falisification(seed, examplesUsed, smallest, others, toString));
    }

    @Override
    public void valuesExhausted(int examplesUsed) {
      rethrow(() -> engine.valuesExhausted(examplesUsed));
    }

    private void rethrow(Runnable report) {
      try {
        report.run();
      } catch (AssertionError | IllegalStateException e) {
        String test = lawId.substring(lawId.lastIndexOf('.') + 1).replaceFirst("\\$[^#]*", "");
        throw new AssertionError(
            e.getMessage()
                + System.lineSeparator()
                + "Law "
                + lawId
                + ": reproduce with mvn -pl core test -Dtest='"
                + test
                + "' -D"
                + SEED_PROPERTY
                + "="
                + BASE,
            e.getCause());
      }
    }
  }
}
