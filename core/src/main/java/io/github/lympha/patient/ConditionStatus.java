package io.github.lympha.patient;

/**
 * Where a condition stands, as the clinician recorded it. The validator reads it to decide a
 * condition's contraindication class: acute infection or decompensated heart failure is absolute,
 * controlled heart failure relative, a resolved condition no longer speaks against MLD (reference
 * §6).
 */
public enum ConditionStatus {
  /**
   * Acute: present and not under control (e.g. febrile cellulitis, decompensated heart failure).
   */
  ACUTE("acute"),
  /** Chronic and stable (e.g. chronic renal failure on dialysis). */
  CHRONIC("chronic"),
  /** Controlled by treatment (e.g. controlled heart failure). */
  CONTROLLED("controlled"),
  /** In remission after treatment (e.g. a cancer). */
  IN_REMISSION("in remission"),
  /** Resolved: recorded for the history, no longer present. */
  RESOLVED("resolved");

  private final String label;

  ConditionStatus(String label) {
    this.label = label;
  }

  /** The stable code used in files: the constant's name. */
  public String code() {
    return name();
  }

  /** The word for people. */
  public String label() {
    return label;
  }
}
