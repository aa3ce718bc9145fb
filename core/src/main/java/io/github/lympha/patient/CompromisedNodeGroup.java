package io.github.lympha.patient;

import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/** A node group that cannot take lymph as usual, and why. */
@Value.Immutable
@LymphaStyle
public interface CompromisedNodeGroup {
  /** The node group. */
  @Value.Parameter
  NodeGroup group();

  /** Why it is compromised. */
  @Value.Parameter
  Compromise reason();

  /** A compromised node group. */
  static CompromisedNodeGroup of(NodeGroup group, Compromise reason) {
    return ImmutableCompromisedNodeGroup.of(group, reason);
  }
}
