package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Step;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a {@link Planner} writes a protocol: preferred strokes, repetitions, pressure, tempo, level
 * of detail, and whether it may plan for a patient with a condition the sources disagree on.
 *
 * <pre>{@code
 * PlanOptions options = PlanOptions.builder()
 *     .addPreferredStrokes(Stroke.SKIN_STRETCH)
 *     .repetitions(7)
 *     .detail(Detail.BRIEF)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@LymphaStyle
public abstract class PlanOptions {
  private static final PlanOptions DEFAULTS = builder().build();

  PlanOptions() {}

  /** The defaults: the planner's strokes, 5 repetitions, light pressure, 1 s, standard detail. */
  public static PlanOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Strokes to use where they suit the site, first match wins; sites none of them suits get the
   * planner's usual stroke. Deep abdominal work always uses abdominal breathing.
   */
  public abstract ImmutableList<Stroke> preferredStrokes();

  /** Repetitions per step; 5 by default (the lower end of 5–7 per spot [S1][S7]). */
  @Value.Default
  public int repetitions() {
    return Step.DEFAULT_REPETITIONS;
  }

  /** The pressure of every step; light by default. */
  @Value.Default
  public Pressure pressure() {
    return Pressure.light();
  }

  /** The tempo of every step; about 1 s per cycle by default. */
  @Value.Default
  public Tempo tempo() {
    return Tempo.standard();
  }

  /** The level of detail; {@link Detail#STANDARD} by default. */
  @Value.Default
  public Detail detail() {
    return Detail.STANDARD;
  }

  /**
   * Whether to plan for a patient with a whole-body condition whose class the sources dispute
   * (active malignancy, renal failure); false by default, so such a patient gets an explanation
   * instead of a protocol.
   */
  @Value.Default
  public boolean planDespiteDebatedConditions() {
    return false;
  }

  /** The id of the planned protocol; derived from the affected regions when absent. */
  public abstract Optional<String> protocolId();

  /** A copy with this level of detail. */
  public abstract PlanOptions withDetail(Detail detail);

  /** A copy with these repetitions. */
  public abstract PlanOptions withRepetitions(int repetitions);

  /** A builder for options. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the repetitions. */
  @Value.Check
  protected void check() {
    checkArgument(
        repetitions() >= 1 && repetitions() <= Step.MAX_REPETITIONS,
        "Invalid value for repetitions: %s; expected 1 to %s",
        repetitions(),
        Step.MAX_REPETITIONS);
  }

  /** Builds {@link PlanOptions}. */
  public static final class Builder extends ImmutablePlanOptions.Builder {}
}
