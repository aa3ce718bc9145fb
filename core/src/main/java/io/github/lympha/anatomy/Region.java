package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A region of skin a protocol step works on, e.g. the medial left thigh. Each region lies in one
 * {@link Territory} and is drained by the node groups its territorial pathways lead to.
 */
@Value.Immutable(prehash = true)
@LymphaStyle
public interface Region extends Site {
  @Override
  String id();

  @Override
  String name();

  @Override
  Side side();

  @Override
  BodyPart part();

  /** The id of the territory (lymphotome) the region lies in, e.g. {@code LEG_L}. */
  String territory();

  @Override
  ImmutableList<String> sources();

  @Override
  default boolean isNodeGroup() {
    return false;
  }

  /** A builder for a region. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the id and texts. */
  @Value.Check
  default void check() {
    Ids.checkId("region", id());
    Ids.checkText("Region " + id(), "name", name());
    Ids.checkId("territory", territory());
    checkArgument(!sources().isEmpty(), "Region %s needs at least one source key", id());
  }

  /** Builds {@link Region}s. */
  final class Builder extends ImmutableRegion.Builder {}
}
