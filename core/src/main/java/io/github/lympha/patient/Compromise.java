package io.github.lympha.patient;

/** Why a node group cannot take lymph as usual. */
public enum Compromise {
  /** Removed or dissected (e.g. sentinel or full lymph node dissection). */
  REMOVED("removed"),
  /** Irradiated. */
  IRRADIATED("irradiated"),
  /** Otherwise impaired (e.g. scarred, fibrotic, known to be blocked). */
  IMPAIRED("impaired");

  private final String label;

  Compromise(String label) {
    this.label = label;
  }

  /** The word for people. */
  public String label() {
    return label;
  }
}
