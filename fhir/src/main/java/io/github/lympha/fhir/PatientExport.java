package io.github.lympha.fhir;

import com.google.common.collect.ImmutableList;
import org.hl7.fhir.r4.model.Bundle;

/**
 * A patient context written as a FHIR R4 collection {@code Bundle}, with the facts of the context
 * the Bundle does not hold because no FHIR element, verified code or Lympha extension carries them:
 * each entry names the fact's place in the context and says why. Nothing is dropped silently.
 */
public final class PatientExport {
  private final Bundle bundle;
  private final ImmutableList<String> notWritten;

  PatientExport(Bundle bundle, ImmutableList<String> notWritten) {
    this.bundle = bundle;
    this.notWritten = notWritten;
  }

  /** The Bundle: one Patient, its Conditions and Procedures (a copy; HAPI's are mutable). */
  public Bundle bundle() {
    return bundle.copy();
  }

  /** The facts not written, one line each: {@code place in the context: value: why}. */
  public ImmutableList<String> notWritten() {
    return notWritten;
  }
}
