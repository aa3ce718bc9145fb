package io.github.lympha.patient;

/**
 * The cause of the swelling in an affected area, as the clinician recorded it. {@link #UNKNOWN}
 * means the cause was looked for and is not known, which the sources count as an absolute
 * contraindication until it is diagnosed [S45]; a cause not recorded at all is a different state.
 */
public enum OedemaCause {
  /** Primary lymphoedema (an inborn lymphatic condition). */
  PRIMARY_LYMPHOEDEMA("primary lymphoedema"),
  /** Secondary lymphoedema (after node removal, radiation, infection, …). */
  SECONDARY_LYMPHOEDEMA("secondary lymphoedema"),
  /** Swelling after an injury. */
  POST_TRAUMATIC("post-traumatic swelling"),
  /** Swelling after surgery in the area (face, knee, breast…). */
  POST_SURGICAL("post-surgical swelling"),
  /** Lipoedema. */
  LIPOEDEMA("lipoedema"),
  /** Venous oedema (chronic venous insufficiency). */
  VENOUS("venous oedema"),
  /** Mixed causes (e.g. lymphatic and venous). */
  MIXED("oedema of mixed cause"),
  /** Looked for and not known. */
  UNKNOWN("oedema of unknown cause");

  private final String label;

  OedemaCause(String label) {
    this.label = label;
  }

  /** The stable code used in files: the constant's name. */
  public String code() {
    return name();
  }

  /** The words for people. */
  public String label() {
    return label;
  }

  /** Whether this is a lymphoedema (primary, secondary, or mixed with a lymphatic part). */
  public boolean isLymphoedema() {
    return this == PRIMARY_LYMPHOEDEMA || this == SECONDARY_LYMPHOEDEMA || this == MIXED;
  }
}
