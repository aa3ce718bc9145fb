package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of a route search around compromised node groups: the best route found, or an
 * explanation of why none exists.
 */
@Value.Immutable
@LymphaStyle
public interface RouteResult {
  /** The best route, if one exists. */
  Optional<Route> route();

  /** What was found, or why no route exists, for a person. */
  String explanation();

  /** Whether a route was found. */
  default boolean isFound() {
    return route().isPresent();
  }

  /** A found route. */
  static RouteResult found(Route route, String explanation) {
    return ImmutableRouteResult.builder().route(route).explanation(explanation).build();
  }

  /** No route, with the reason. */
  static RouteResult none(String explanation) {
    return ImmutableRouteResult.builder().explanation(explanation).build();
  }

  /** Checks the explanation is not blank. */
  @Value.Check
  default void check() {
    checkArgument(!explanation().isBlank(), "A route result needs an explanation");
  }
}
