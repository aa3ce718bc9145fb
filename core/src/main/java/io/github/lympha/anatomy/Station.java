package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * Node groups that protocols name and work as one place: the groin (superficial and deep inguinal
 * nodes, "clear the inguinal nodes" [S9][S24][S25]) or the side of the neck (superficial and deep
 * cervical nodes [S15][S40]). A step on any member prepares the whole station for the validator's
 * sequencing rules, and working the members in either order is not distal-before-proximal.
 *
 * <p>Files and the fluent builder may name a station where a node group is expected; it resolves to
 * the member that fits the step (see {@link Anatomy#resolveStation}). The model itself always holds
 * node groups.
 */
@Value.Immutable
@LymphaStyle
public interface Station {
  /** The stable id, e.g. {@code INGUINAL_L}; never the id of a site. */
  String id();

  /** A short human name, e.g. "left groin (inguinal nodes)". */
  String name();

  /** The side of the body its members are on. */
  Side side();

  /**
   * The ids of its node groups, at least two: the one that receives the skin's lymph first (the
   * superficial group), then the ones it passes it to.
   */
  ImmutableList<String> members();

  /** Source keys. */
  ImmutableList<String> sources();

  /** A builder for a station. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id, the name, the members and the sources. */
  @Value.Check
  default void check() {
    Ids.checkId("station", id());
    Ids.checkText("Station " + id(), "name", name());
    checkArgument(
        members().size() >= 2,
        "Station %s must group at least two node groups, not %s",
        id(),
        members());
    checkArgument(
        members().stream().distinct().count() == members().size(),
        "Station %s lists a node group twice: %s",
        id(),
        members());
    checkArgument(!sources().isEmpty(), "Station %s needs at least one source key", id());
  }

  /** Builds {@link Station} values. */
  final class Builder extends ImmutableStation.Builder {}
}
