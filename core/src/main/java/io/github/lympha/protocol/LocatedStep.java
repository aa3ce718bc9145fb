package io.github.lympha.protocol;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/** A step with its {@link Location} and its position in the protocol's flat order. */
@Value.Immutable
@LymphaStyle
public interface LocatedStep {
  /** The step. */
  @Value.Parameter
  Step step();

  /** Where it sits. */
  @Value.Parameter
  Location location();

  /** Zero-based position among all steps of the protocol, in order of performance. */
  @Value.Parameter
  int order();

  /** A located step. */
  static LocatedStep of(Step step, Location location, int order) {
    return ImmutableLocatedStep.of(step, location, order);
  }
}
