package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A lymphatic territory (lymphotome): an area of skin drained by one plexus toward one node group,
 * bounded by watersheds (reference §2, [S29][S30]).
 */
@Value.Immutable
@LymphaStyle
public interface Territory {
  /** The stable id, e.g. {@code UPPER_TRUNK_ANT_L}. */
  String id();

  /** A short human name. */
  String name();

  /** The side of the body. */
  Side side();

  /** Source keys. */
  ImmutableList<String> sources();

  /** A builder for a territory. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id and texts. */
  @Value.Check
  default void check() {
    Ids.checkId("territory", id());
    Ids.checkText("Territory " + id(), "name", name());
    checkArgument(!sources().isEmpty(), "Territory %s needs at least one source key", id());
  }

  /** Builds {@link Territory}s. */
  final class Builder extends ImmutableTerritory.Builder {}
}
