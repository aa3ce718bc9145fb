package io.github.lympha.validation;

/**
 * How much a finding matters, most severe first. A report with an {@link #ERROR} is not valid;
 * warnings and infos are for the reader's judgement.
 */
public enum Severity {
  /**
   * Against a firm rule of the sources (e.g. draining toward removed nodes): the report is invalid.
   */
  ERROR("error"),
  /** Against a rule of thumb, or acceptable only in a situation the context does not record. */
  WARNING("warning"),
  /** Worth knowing; no rule is broken. */
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The word for people, e.g. "warning". */
  public String label() {
    return label;
  }

  /** One step less severe: ERROR → WARNING → INFO; INFO stays INFO. */
  public Severity lower() {
    return shift(1);
  }

  /** One step more severe: INFO → WARNING → ERROR; ERROR stays ERROR. */
  public Severity higher() {
    return shift(-1);
  }

  /**
   * This severity moved by {@code steps} (positive: less severe), clamped to ERROR … INFO. Used to
   * keep a rule's softened findings one step below its configured severity.
   */
  Severity shift(int steps) {
    Severity[] all = values();
    int i = Math.max(0, Math.min(all.length - 1, ordinal() + steps));
    return all[i];
  }
}
