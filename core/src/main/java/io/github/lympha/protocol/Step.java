package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Site;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a protocol: the hands work a {@link Site} (a region of skin, or a node group itself)
 * with a {@link Stroke}, stretching the skin toward a node group — through an anastomosis when the
 * step reroutes across a watershed — with a pressure, a tempo and a number of repetitions.
 */
@Value.Immutable
@LymphaStyle
public interface Step {
  /** The most repetitions one step may have. */
  int MAX_REPETITIONS = 1000;

  /** The longest hands or note text, in characters. */
  int MAX_TEXT = 2000;

  /** Default repetitions: the lower end of the textbook 5–7 per spot [S1][S7]. */
  int DEFAULT_REPETITIONS = 5;

  /** Where the hands work: a region, or a node group for a node-group step. */
  Site site();

  /** The stroke. */
  Stroke stroke();

  /**
   * The node group the skin is stretched toward; for a node-group step, usually the group itself.
   */
  NodeGroup toward();

  /** The anastomosis the stretch follows across a watershed, for reroutes. */
  Optional<Anastomosis> via();

  /** The pressure; light by default. */
  @Value.Default
  default Pressure pressure() {
    return Pressure.light();
  }

  /** The tempo; about 1 s per cycle by default. */
  @Value.Default
  default Tempo tempo() {
    return Tempo.standard();
  }

  /** How many times the stroke is repeated on this spot. */
  @Value.Default
  default int repetitions() {
    return DEFAULT_REPETITIONS;
  }

  /** Where to place the hands, for a person. */
  Optional<String> hands();

  /** A free-text note for a person. */
  Optional<String> note();

  /** Whether the hands work a node group itself rather than a region of skin. */
  default boolean isNodeGroupStep() {
    return site().isNodeGroup();
  }

  /** How long the step takes once: tempo × repetitions. */
  default Duration duration() {
    return tempo().times(repetitions());
  }

  /** A copy working another site. */
  Step withSite(Site site);

  /** A copy with another stroke. */
  Step withStroke(Stroke stroke);

  /** A copy stretching toward another node group. */
  Step withToward(NodeGroup toward);

  /** A copy rerouting through this anastomosis. */
  Step withVia(Anastomosis via);

  /** A copy rerouting through this anastomosis, or through none. */
  Step withVia(Optional<? extends Anastomosis> via);

  /** A copy with another pressure. */
  Step withPressure(Pressure pressure);

  /** A copy with another tempo. */
  Step withTempo(Tempo tempo);

  /** A copy with another number of repetitions. */
  Step withRepetitions(int repetitions);

  /** A copy with these hand placement instructions. */
  Step withHands(String hands);

  /** A copy with this note. */
  Step withNote(String note);

  /** A copy with this note, or none. */
  Step withNote(Optional<String> note);

  /** A builder for a step. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the repetitions and texts. */
  @Value.Check
  default void check() {
    checkArgument(
        repetitions() >= 1 && repetitions() <= MAX_REPETITIONS,
        "Invalid value for repetitions: %s; expected 1 to %s",
        repetitions(),
        MAX_REPETITIONS);
    hands().ifPresent(h -> checkText("hands", h));
    note().ifPresent(n -> checkText("note", n));
  }

  private static void checkText(String field, String text) {
    checkArgument(!text.isBlank(), "Step %s must not be blank when present", field);
    checkArgument(
        text.length() <= MAX_TEXT,
        "Step %s is %s characters long; at most %s are allowed",
        field,
        text.length(),
        MAX_TEXT);
  }

  /** Builds {@link Step}s. */
  final class Builder extends ImmutableStep.Builder {}
}
