package io.github.lympha.patient;

/** How strongly a condition speaks against MLD (reference §6). */
public enum ContraindicationClass {
  /** MLD must not be given (in the condition's scope) until the condition is resolved. */
  ABSOLUTE,
  /** MLD needs clearance or caution. */
  RELATIVE,
  /** Sources disagree; the validator's policy decides. */
  DEBATED
}
