package io.github.lympha.fhir;

import com.google.common.collect.ImmutableList;

/**
 * FHIR content that cannot be mapped onto Lympha's model: each problem names the resource and the
 * FHIRPath location of what is wrong, and says what would be right.
 */
public final class FhirMappingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<String> problems;

  /** An exception holding these problems (at least one). */
  public FhirMappingException(Iterable<String> problems) {
    super(String.join("\n", problems));
    this.problems = ImmutableList.copyOf(problems);
    if (this.problems.isEmpty()) {
      throw new IllegalArgumentException("A mapping exception needs at least one problem");
    }
  }

  /** An exception with one problem. */
  public static FhirMappingException of(String problem) {
    return new FhirMappingException(ImmutableList.of(problem));
  }

  /** The problems, one line each: {@code resource: FHIRPath: what is wrong}. */
  public ImmutableList<String> problems() {
    return problems;
  }
}
