package io.github.lympha.research;

/** How much a {@link Planner} puts into a plan. */
public enum Detail {
  /**
   * The essentials: the termini, deep abdominal work where needed, the receiving node groups, the
   * regions on the routes and the affected regions, and the termini again to finish.
   */
  BRIEF,
  /**
   * The reference's typical protocols (§5): also the neck on both sides, every segment of the
   * affected limb from the trunk down to the most distal affected one, the whole quadrant behind a
   * compromised node group, and a return over the receiving node groups.
   */
  STANDARD,
  /** As {@link #STANDARD}, with a second suitable stroke on each limb segment. */
  DETAILED
}
