package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Locale;

/**
 * One dimension of a {@link Family}: a named, ordered list of alternative {@link Edit}s. A family
 * varied along two axes of sizes m and n holds m × n variants.
 *
 * <pre>{@code
 * Axis reps = Axis.repetitions(3, 10);                    // 8 edits
 * Axis drop = Axis.dropEachStep(base).orUnchanged();      // base steps + 1
 * }</pre>
 */
public final class Axis {
  /**
   * The most values a numeric range gives one axis: a range with more (e.g. {@code pressure
   * 0..1e300:1}) is refused with its exact count before anything is built.
   */
  public static final int MAX_VALUES = 100_000;

  private final String name;
  private final ImmutableList<Edit> edits;

  private Axis(String name, ImmutableList<Edit> edits) {
    checkArgument(!name.isBlank(), "An axis needs a name");
    checkArgument(!edits.isEmpty(), "Axis \"%s\" has no edits; add at least one", name);
    this.name = name;
    this.edits = edits;
  }

  /** An axis of these edits. */
  public static Axis of(String name, Iterable<? extends Edit> edits) {
    return new Axis(name, ImmutableList.copyOf(edits));
  }

  /** An axis of these edits. */
  public static Axis of(String name, Edit... edits) {
    return of(name, Arrays.asList(edits));
  }

  /** An axis of two choices: the protocol unchanged, or with this edit. */
  public static Axis optional(Edit edit) {
    return of(edit.description() + " or not", Edit.identity(), edit);
  }

  /** Repetitions from {@code from} to {@code to}, inclusive, on every step. */
  public static Axis repetitions(int from, int to) {
    return repetitions(from, to, 1);
  }

  /** Repetitions from {@code from} to {@code to}, inclusive, in steps of {@code by}. */
  public static Axis repetitions(int from, int to, int by) {
    checkRange("repetitions", from, to, by);
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (int r = from; r <= to; r += by) {
      edits.add(Edit.repetitions(r));
    }
    return new Axis("repetitions " + from + ".." + to, edits.build());
  }

  /** The given pressures on every step. */
  public static Axis pressures(Pressure... pressures) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (Pressure p : pressures) {
      edits.add(Edit.pressure(p));
    }
    return new Axis("pressure", edits.build());
  }

  /** The given qualitative pressure levels on every step. */
  public static Axis pressureLevels(PressureLevel... levels) {
    return pressures(Arrays.stream(levels).map(Pressure::of).toArray(Pressure[]::new));
  }

  /** Pressures from {@code fromMmHg} to {@code toMmHg} mmHg, inclusive, in steps of {@code by}. */
  public static Axis pressuresMmHg(double fromMmHg, double toMmHg, double by) {
    return new Axis(
        "pressure " + fromMmHg + ".." + toMmHg + " mmHg",
        decimals("pressure", fromMmHg, toMmHg, by).stream()
            .map(v -> (Edit) Edit.pressure(Pressure.ofMmHg(v)))
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Tempos from {@code fromSeconds} to {@code toSeconds} per cycle, inclusive, in steps of {@code
   * by}.
   */
  public static Axis tempos(double fromSeconds, double toSeconds, double by) {
    return new Axis(
        "tempo " + fromSeconds + ".." + toSeconds + " s",
        decimals("tempo", fromSeconds, toSeconds, by).stream()
            .map(v -> (Edit) Edit.tempo(Tempo.ofSeconds(v)))
            .collect(ImmutableList.toImmutableList()));
  }

  /** One edit per replacement: {@code from} swapped for each of {@code to}. */
  public static Axis strokes(Stroke from, Stroke... to) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (Stroke s : to) {
      edits.add(Edit.swapStroke(from, s));
    }
    return new Axis("stroke " + from.code(), edits.build());
  }

  /** One edit per step of the base: that step dropped. */
  public static Axis dropEachStep(Protocol base) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    forEachStep(base, (s, i) -> edits.add(Edit.dropStep(s, i)));
    return new Axis("drop one step", edits.build());
  }

  /** One edit per step of the base: that step performed twice. */
  public static Axis duplicateEachStep(Protocol base) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    forEachStep(base, (s, i) -> edits.add(Edit.duplicateStep(s, i)));
    return new Axis("duplicate one step", edits.build());
  }

  /** One edit per pair of neighbouring steps in a sequence of the base: the two swapped. */
  public static Axis swapEachNeighbours(Protocol base) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    forEachStep(
        base,
        (s, i) -> {
          if (i + 1 < base.sequences().get(s).steps().size()) {
            edits.add(Edit.moveStep(s, i, s, i + 1));
          }
        });
    return new Axis("swap neighbouring steps", edits.build());
  }

  /** One edit per sequence of the base with at least two steps: its steps reversed. */
  public static Axis reverseEachSequence(Protocol base) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (int s = 0; s < base.sequences().size(); s++) {
      if (base.sequences().get(s).steps().size() > 1) {
        edits.add(Edit.reverseSequence(s));
      }
    }
    return new Axis("reverse one phase", edits.build());
  }

  /** One edit per position of the base: {@code step} inserted there. */
  public static Axis insertEverywhere(Protocol base, Step step) {
    ImmutableList.Builder<Edit> edits = ImmutableList.builder();
    for (int s = 0; s < base.sequences().size(); s++) {
      for (int i = 0; i <= base.sequences().get(s).steps().size(); i++) {
        edits.add(Edit.insertStep(s, i, step));
      }
    }
    return new Axis("insert " + StepText.brief(step), edits.build());
  }

  /** This axis with "unchanged" as its first choice. */
  public Axis orUnchanged() {
    if (edits.get(0).isIdentity()) {
      return this;
    }
    return new Axis(
        name + " or unchanged",
        ImmutableList.<Edit>builder().add(Edit.identity()).addAll(edits).build());
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The edits, in order. */
  public ImmutableList<Edit> edits() {
    return edits;
  }

  /** The number of edits. */
  public int size() {
    return edits.size();
  }

  @Override
  public String toString() {
    return "Axis{" + name + ", " + edits.size() + " edits}";
  }

  private interface StepVisitor {
    void visit(int sequenceIndex, int stepIndex);
  }

  private static void forEachStep(Protocol base, StepVisitor visitor) {
    for (int s = 0; s < base.sequences().size(); s++) {
      Sequence seq = base.sequences().get(s);
      for (int i = 0; i < seq.steps().size(); i++) {
        visitor.visit(s, i);
      }
    }
  }

  private static void checkRange(String what, int from, int to, int by) {
    checkArgument(from <= to, "Invalid %s range %s..%s: from must not exceed to", what, from, to);
    checkArgument(by >= 1, "Invalid %s step %s: expected 1 or more", what, by);
    checkCount(what, from, to, by, BigInteger.valueOf(((long) to - from) / by + 1));
  }

  /** Refuses, before anything is built, a range with more than {@link #MAX_VALUES} values. */
  private static void checkCount(String what, Number from, Number to, Number by, BigInteger n) {
    checkArgument(
        n.compareTo(BigInteger.valueOf(MAX_VALUES)) <= 0,
        "The %s range %s..%s in steps of %s has %s values; an axis holds at most %s: use a larger"
            + " step or a narrower range",
        what,
        from,
        to,
        by,
        n.bitLength() > 60
            ? String.format(Locale.ROOT, "%.3g", n.doubleValue())
            : String.format(Locale.ROOT, "%,d", n),
        String.format(Locale.ROOT, "%,d", MAX_VALUES));
  }

  private static ImmutableList<Double> decimals(String what, double from, double to, double by) {
    checkArgument(
        Double.isFinite(from) && Double.isFinite(to) && from <= to,
        "Invalid %s range %s..%s: from must not exceed to",
        what,
        from,
        to);
    checkArgument(
        Double.isFinite(by) && by > 0, "Invalid %s step %s: expected more than 0", what, by);
    BigDecimal step = BigDecimal.valueOf(by);
    BigDecimal end = BigDecimal.valueOf(to);
    BigDecimal start = BigDecimal.valueOf(from);
    checkCount(
        what,
        from,
        to,
        by,
        end.subtract(start).divide(step, 0, RoundingMode.FLOOR).toBigInteger().add(BigInteger.ONE));
    ImmutableList.Builder<Double> values = ImmutableList.builder();
    for (BigDecimal v = BigDecimal.valueOf(from); v.compareTo(end) <= 0; v = v.add(step)) {
      values.add(v.doubleValue());
    }
    return values.build();
  }
}
