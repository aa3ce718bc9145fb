package io.github.lympha.anatomy;

/** The kinds of edge in the drainage graph. */
public enum PathwayKind {
  /** From a region to a node group of its territory (physiological). */
  TERRITORIAL(true),
  /** From a node group to its next station toward the venous angle (physiological). */
  EFFERENT(true),
  /**
   * From a region to an adjacent region through the skin's initial lymphatic network, used only
   * when the usual route is blocked ([S29][S30]).
   */
  PLEXUS(false),
  /** From a region across a watershed to a node group, through a named anastomosis ([S7][S33]). */
  ANASTOMOTIC(false);

  private final boolean physiological;

  PathwayKind(boolean physiological) {
    this.physiological = physiological;
  }

  /** Whether lymph normally takes this pathway (as opposed to a collateral reroute). */
  public boolean isPhysiological() {
    return physiological;
  }
}
