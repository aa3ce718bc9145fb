package io.github.lympha.technique;

/**
 * Qualitative pressure, lightest first. MLD pressure is light: enough to stretch the skin against
 * the fascia, never into muscle ("if you feel the muscle you are pressing too hard")
 * [S7][S34][S36].
 */
public enum PressureLevel {
  /** Barely more than the weight of the hand. */
  VERY_LIGHT("very light"),
  /** Stretches the skin, not the muscle: the MLD standard. */
  LIGHT("light"),
  /** Firmer; some schools use it on fibrotic tissue [S8][S38]. */
  MODERATE("moderate"),
  /** Reaches the muscle; compresses the superficial vessels [S4]. */
  FIRM("firm");

  private final String label;

  PressureLevel(String label) {
    this.label = label;
  }

  /** The word for people, e.g. "light". */
  public String label() {
    return label;
  }
}
