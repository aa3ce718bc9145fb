package io.github.lympha.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * One offline FHIR validator for all tests (building it loads the base specification, 15–30 s),
 * with Lympha's conformance resources loaded. {@link #problems} gives the errors and warnings that
 * count: all but the ones an offline validator must give for external terminologies (docs/fhir.md
 * lists them).
 */
final class SharedValidator {
  /**
   * The messages an offline validator gives for terminologies it cannot look into: SNOMED CT,
   * Uberon and FMA codes it has no server for.
   */
  static final List<Pattern> EXTERNAL_TERMINOLOGY =
      List.of(
          Pattern.compile(
              ".*(http://snomed\\.info/sct|http://purl\\.obolibrary\\.org/obo/uberon\\.owl"
                  + "|http://purl\\.org/sig/ont/fma|http://hl7\\.org/fhir/sid/icd-10).*"));

  /**
   * HAPI 8.8.1 (org.hl7.fhir.validation 6.7.9) defect: validating an extension StructureDefinition
   * whose context is an element, StructureDefinitionValidator.checkElementDefinition compares the
   * published-version label "4.0" with the context's "4.0.1" by VersionUtilities.versionMatches,
   * which says no, and then loads the core package "hl7.fhir.r4.core" from the FHIR package cache,
   * which an offline machine has not got. The exception ends that check and is reported as this
   * error; the differential plays no part in it (docs/fhir.md).
   */
  static final Pattern HAPI_EXTENSION_CONTEXT_DEFECT =
      Pattern.compile(
          "Error generating Snapshot: Unable to resolve package id hl7\\.fhir\\.r4\\.core#null"
              + " \\(this usually arises from a problem in the differential\\)");

  private SharedValidator() {}

  private static final class Holder {
    static final FhirValidator VALIDATOR = build();
  }

  private static final class Chain {
    static final ValidationSupportChain CHAIN = chain();
  }

  private static ValidationSupportChain chain() {
    FhirContext ctx = FhirJson.context();
    PrePopulatedValidationSupport lympha = new PrePopulatedValidationSupport(ctx);
    for (MetadataResource r : Conformance.resources()) {
      lympha.addResource(r);
    }
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            lympha,
            new SnapshotGeneratingValidationSupport(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx));
    return chain;
  }

  private static FhirValidator build() {
    FhirContext ctx = FhirJson.context();
    FhirInstanceValidator module = new FhirInstanceValidator(Chain.CHAIN);
    FhirValidator validator = ctx.newValidator();
    validator.registerValidatorModule(module);
    return validator;
  }

  /** The snapshot HAPI's snapshot generator makes of a StructureDefinition (a copy). */
  static StructureDefinition snapshot(StructureDefinition sd) {
    FhirContext ctx = FhirJson.context();
    return (StructureDefinition)
        new SnapshotGeneratingValidationSupport(ctx)
            .generateSnapshot(
                new ValidationSupportContext(Chain.CHAIN),
                sd.copy(),
                sd.getUrl(),
                FhirNames.BASE,
                sd.getName());
  }

  /** Every message at warning or above, as "SEVERITY location: message". */
  static List<String> all(IBaseResource resource) {
    return Holder.VALIDATOR.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .map(SharedValidator::line)
        .collect(Collectors.toList());
  }

  /** The errors and warnings that count (external-terminology warnings left out). */
  static List<String> problems(IBaseResource resource) {
    return Holder.VALIDATOR.validateWithResult(resource).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .filter(m -> !isExternalTerminology(m))
        .map(SharedValidator::line)
        .collect(Collectors.toList());
  }

  /** The errors and warnings that count in a JSON text (which HAPI's parser might refuse). */
  static List<String> problems(String json) {
    return Holder.VALIDATOR.validateWithResult(json).getMessages().stream()
        .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.WARNING.ordinal())
        .filter(m -> !isExternalTerminology(m))
        .map(SharedValidator::line)
        .collect(Collectors.toList());
  }

  static boolean isExternalTerminology(SingleValidationMessage m) {
    return m.getSeverity() == ResultSeverityEnum.WARNING
        && EXTERNAL_TERMINOLOGY.stream().anyMatch(p -> p.matcher(m.getMessage()).matches());
  }

  private static String line(SingleValidationMessage m) {
    return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
  }
}
