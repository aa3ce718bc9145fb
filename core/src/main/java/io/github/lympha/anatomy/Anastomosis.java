package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A named collateral route through the skin plexus across a watershed, connecting two node groups,
 * e.g. the anterior axillo-axillary anastomosis (AAA). Therapists use it to reroute lymph around
 * removed or irradiated nodes (reference §2, [S7][S33][S34]).
 */
@Value.Immutable
@LymphaStyle
public interface Anastomosis {
  /** The stable id, e.g. {@code AAA} or {@code AIA_L}. */
  String id();

  /** A short human name. */
  String name();

  /** What it connects and where it runs, for a person. */
  String description();

  /** The id of the watershed it crosses. */
  String crosses();

  /** The ids of the two node groups it connects. */
  ImmutableSet<String> connects();

  /** Source keys. */
  ImmutableList<String> sources();

  /** A builder for an anastomosis. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id and that it connects exactly two node groups. */
  @Value.Check
  default void check() {
    Ids.checkId("anastomosis", id());
    Ids.checkText("Anastomosis " + id(), "name", name());
    checkArgument(
        connects().size() == 2,
        "Anastomosis %s must connect exactly two node groups, not %s",
        id(),
        connects());
    checkArgument(!sources().isEmpty(), "Anastomosis %s needs at least one source key", id());
  }

  /** Builds {@link Anastomosis} values. */
  final class Builder extends ImmutableAnastomosis.Builder {}
}
