package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A watershed: a line of few lymph vessels between territories, crossed only through the skin's
 * initial lymphatic network (reference §2, [S29][S30]). It separates the territories on its two
 * sides; territories on neither side (e.g. the arm for the sagittal watershed's head part) are not
 * separated by it.
 */
@Value.Immutable
@LymphaStyle
public interface Watershed {
  /** The stable id, e.g. {@code SAGITTAL}. */
  String id();

  /** A short human name. */
  String name();

  /** Where it runs, for a person. */
  String description();

  /** Territory ids on one side (e.g. above, or left). */
  ImmutableSet<String> sideA();

  /** Territory ids on the other side (e.g. below, or right). */
  ImmutableSet<String> sideB();

  /** Source keys. */
  ImmutableList<String> sources();

  /** Whether this watershed lies between the two territories. */
  default boolean separates(String territoryA, String territoryB) {
    return (sideA().contains(territoryA) && sideB().contains(territoryB))
        || (sideB().contains(territoryA) && sideA().contains(territoryB));
  }

  /** A builder for a watershed. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id, texts and that no territory lies on both sides. */
  @Value.Check
  default void check() {
    Ids.checkId("watershed", id());
    Ids.checkText("Watershed " + id(), "name", name());
    checkArgument(
        !sideA().isEmpty() && !sideB().isEmpty(),
        "Watershed %s needs territories on both sides",
        id());
    Sets.SetView<String> both = Sets.intersection(sideA(), sideB());
    checkArgument(both.isEmpty(), "Watershed %s has territories on both sides: %s", id(), both);
    checkArgument(!sources().isEmpty(), "Watershed %s needs at least one source key", id());
  }

  /** Builds {@link Watershed}s. */
  final class Builder extends ImmutableWatershed.Builder {}
}
