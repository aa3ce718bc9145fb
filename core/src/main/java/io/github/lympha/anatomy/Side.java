package io.github.lympha.anatomy;

/** The side of the body a node group or region lies on. */
public enum Side {
  /** The patient's left side. */
  LEFT("_L"),
  /** The patient's right side. */
  RIGHT("_R"),
  /** On the midline, belonging to neither side (e.g. the cisterna chyli). */
  MIDLINE("");

  private final String idSuffix;

  Side(String idSuffix) {
    this.idSuffix = idSuffix;
  }

  /**
   * The suffix the standard anatomy appends to ids of paired structures: {@code _L}, {@code _R}.
   */
  public String idSuffix() {
    return idSuffix;
  }

  /** The opposite side; {@code MIDLINE} mirrors to itself. */
  public Side mirror() {
    switch (this) {
      case LEFT:
        return RIGHT;
      case RIGHT:
        return LEFT;
      default:
        return MIDLINE;
    }
  }
}
