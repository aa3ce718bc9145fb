package io.github.lympha.render;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/** Where something is drawn on a body map: a view (front or back) and a point in its figure. */
@Value.Immutable
@LymphaStyle
public interface Place {
  /** The figure it is drawn in. */
  @Value.Parameter
  BodyMapLayout.View view();

  /** Distance from the figure's left edge, in the layout's units. */
  @Value.Parameter
  double x();

  /** Distance from the figure's top edge, in the layout's units. */
  @Value.Parameter
  double y();

  /** A place. */
  static Place of(BodyMapLayout.View view, double x, double y) {
    return ImmutablePlace.of(view, x, y);
  }
}
