package io.github.lympha.patient;

/**
 * Who carries the protocol out: a therapist, or the patient as self-care. Self-care leaflets use
 * 10–15 repetitions per spot and simple skin stretches [S6][S36][S39], therapists 5–7 [S1][S7].
 */
public enum Setting {
  /** A trained therapist gives the treatment. */
  THERAPIST("therapist"),
  /** The patient (or a carer) does it at home, after instruction. */
  SELF_CARE("self-care");

  private final String label;

  Setting(String label) {
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
