package io.github.lympha.render;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Location;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.validation.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A step's numbered marker on a {@link BodyMap}: its number (as in {@link Instructions}), where it
 * is drawn in the SVG's coordinates, and the most severe error or warning found at the step.
 */
@Value.Immutable
@LymphaStyle
public interface Marker {
  /** The step's number, 1 for the first step worked. */
  int number();

  /** Where the step sits in the protocol. */
  Location location();

  /** The id of the site the step works. */
  String site();

  /** The marker's centre, from the SVG's left edge. */
  double x();

  /** The marker's centre, from the SVG's top edge. */
  double y();

  /** The most severe error or warning at this step; empty when there is none. */
  Optional<Severity> severity();

  /** The ids of the rules with a finding at this step, in the report's order. */
  ImmutableList<String> ruleIds();

  /** A builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Marker}s. */
  final class Builder extends ImmutableMarker.Builder {}
}
