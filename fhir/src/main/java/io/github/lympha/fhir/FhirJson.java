package io.github.lympha.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;

/**
 * FHIR R4 JSON reading and writing with one shared HAPI context. Parse errors become a {@link
 * FhirMappingException} naming the problem, never a parser stack trace.
 */
public final class FhirJson {
  private FhirJson() {}

  /** The shared R4 context (building one is costly; HAPI caches it). */
  public static FhirContext context() {
    return FhirContext.forR4Cached();
  }

  /** Pretty-printed JSON of a resource, ending with a newline; stable for equal resources. */
  public static String write(IBaseResource resource) {
    return parser().encodeResourceToString(resource) + "\n";
  }

  /** Whether a text looks like a FHIR JSON resource: an object with a {@code resourceType}. */
  public static boolean looksLikeFhir(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") && t.contains("\"resourceType\"");
  }

  /** Parses any R4 resource from JSON. */
  public static IBaseResource read(String json) {
    try {
      return parser().parseResource(json);
    } catch (DataFormatException | ClassCastException | IllegalArgumentException e) {
      throw FhirMappingException.of("FHIR JSON: cannot be parsed: " + oneLine(e.getMessage()));
    }
  }

  /** Parses a PlanDefinition; fails naming the resource type found otherwise. */
  public static PlanDefinition readPlanDefinition(String json) {
    return as(read(json), PlanDefinition.class);
  }

  /** Parses a Bundle; fails naming the resource type found otherwise. */
  public static Bundle readBundle(String json) {
    return as(read(json), Bundle.class);
  }

  private static <T extends IBaseResource> T as(IBaseResource resource, Class<T> type) {
    if (!type.isInstance(resource)) {
      throw FhirMappingException.of(
          String.format(
              "%s: expected a %s resource, found %s",
              resource.fhirType(), type.getSimpleName(), resource.fhirType()));
    }
    return type.cast(resource);
  }

  private static IParser parser() {
    return context().newJsonParser().setPrettyPrint(true);
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.replaceAll("\\s+", " ").strip();
  }
}
