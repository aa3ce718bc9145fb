package io.github.lympha.anatomy;

import com.google.common.collect.ImmutableList;

/**
 * A place a protocol step can work on and lymph can flow through: a {@link Region} of skin or a
 * {@link NodeGroup}. Sites are the nodes of the {@link Anatomy#drainageGraph() drainage graph}.
 */
public interface Site {
  /** The stable id, e.g. {@code AXILLARY_L} or {@code THIGH_MEDIAL_R}. */
  String id();

  /** A short human name, e.g. "left axillary nodes". */
  String name();

  /** The side of the body. */
  Side side();

  /** The part of the body where this site lies. */
  BodyPart part();

  /** The source keys of the domain reference this site rests on, e.g. {@code S24}. */
  ImmutableList<String> sources();

  /** Whether this site is a node group (rather than a region of skin). */
  boolean isNodeGroup();
}
