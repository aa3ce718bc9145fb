package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A group of lymph nodes, e.g. the left axillary nodes, with its side, location, terminology codes
 * and sources. A {@link #isTerminus() terminus} is where lymph returns to the blood (a venous
 * angle).
 */
@Value.Immutable(prehash = true)
@LymphaStyle
public interface NodeGroup extends Site {
  @Override
  String id();

  @Override
  String name();

  @Override
  Side side();

  @Override
  BodyPart part();

  /** Where the group lies and what it drains, for a person. */
  String description();

  /** Whether lymph leaves the lymphatic system here (the venous angles). */
  @Value.Default
  default boolean isTerminus() {
    return false;
  }

  /** Terminology codes confirmed for this group; empty where none is confirmed. */
  ImmutableList<Coding> codings();

  @Override
  ImmutableList<String> sources();

  @Override
  default boolean isNodeGroup() {
    return true;
  }

  /** A builder for a node group. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id and texts. */
  @Value.Check
  default void check() {
    Ids.checkId("node group", id());
    Ids.checkText("Node group " + id(), "name", name());
    checkArgument(!sources().isEmpty(), "Node group %s needs at least one source key", id());
  }

  /** Builds {@link NodeGroup}s. */
  final class Builder extends ImmutableNodeGroup.Builder {}
}
