package io.github.lympha.fhir;

import com.google.common.collect.ImmutableList;
import io.github.lympha.patient.PatientContext;

/**
 * A patient context read from FHIR, with what could not be mapped onto it: each entry names the
 * resource and FHIRPath location and says why. Nothing is dropped silently.
 */
public final class PatientImport {
  private final PatientContext context;
  private final ImmutableList<String> unmapped;

  PatientImport(PatientContext context, ImmutableList<String> unmapped) {
    this.context = context;
    this.unmapped = unmapped;
  }

  /** The patient context, from everything that could be mapped. */
  public PatientContext context() {
    return context;
  }

  /** What could not be mapped, one line each: {@code resource: FHIRPath: why}. */
  public ImmutableList<String> unmapped() {
    return unmapped;
  }

  /** The context, or a {@link FhirMappingException} listing what could not be mapped. */
  public PatientContext strict() {
    if (!unmapped.isEmpty()) {
      throw new FhirMappingException(unmapped);
    }
    return context;
  }
}
