package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.junit.jupiter.api.Test;

/** The module's own conformance resources validate, and the resources they define are checked. */
class ConformanceTest {
  private static String name(MetadataResource r) {
    return r.fhirType() + "/" + r.getIdElement().getIdPart();
  }

  @Test
  void everyConformanceResourceValidatesWithoutErrorsOrWarnings() {
    List<String> problems = new ArrayList<>();
    List<String> defect = new ArrayList<>();
    for (MetadataResource r : Conformance.resources()) {
      for (String m : SharedValidator.all(r)) {
        if (SharedValidator.HAPI_EXTENSION_CONTEXT_DEFECT.matcher(m).find()) {
          defect.add(name(r));
        } else {
          problems.add(name(r) + ": " + m);
        }
      }
    }
    assertThat(problems).isEmpty();
    // The one HAPI message left out concerns extensions with an element context, nothing else.
    List<String> extensions = new ArrayList<>();
    for (MetadataResource r : Conformance.resources()) {
      if (r instanceof StructureDefinition
          && "Extension".equals(((StructureDefinition) r).getType())) {
        extensions.add(name(r));
      }
    }
    assertThat(extensions).containsAll(defect);
  }

  @Test
  void theSnapshotErrorComesFromTheElementContextCheckNotFromTheDifferential() {
    StructureDefinition stroke = extension("step-stroke");
    assertThat(SharedValidator.all(stroke))
        .anySatisfy(
            m -> assertThat(m).containsPattern(SharedValidator.HAPI_EXTENSION_CONTEXT_DEFECT));
    // The same differential with a FHIRPath context skips that check: no error, and only
    // HAPI's advice that the context is a plain element.
    StructureDefinition probe = stroke.copy();
    probe.getContextFirstRep().setType(StructureDefinition.ExtensionContextType.FHIRPATH);
    assertThat(SharedValidator.all(probe))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m)
                    .startsWith("WARNING StructureDefinition.context[0]")
                    .contains("the context type should be 'element' not 'fhirpath'"));
  }

  @Test
  void everyStructureDefinitionHasTheSnapshotHapiGenerates() {
    for (MetadataResource r : Conformance.resources()) {
      if (!(r instanceof StructureDefinition)) {
        continue;
      }
      StructureDefinition sd = (StructureDefinition) r;
      StructureDefinition snap = SharedValidator.snapshot(sd);
      assertThat(snap.getSnapshot().getElement()).as(name(sd)).isNotEmpty();
      if ("Extension".equals(sd.getType())) {
        ElementDefinition url = element(snap, "Extension.url");
        assertThat(((UriType) url.getFixed()).getValue()).isEqualTo(sd.getUrl());
        ElementDefinition value = element(snap, "Extension.value[x]");
        assertThat(value.getMin()).as(name(sd)).isEqualTo(1);
        assertThat(value.getType())
            .as(name(sd))
            .extracting(ElementDefinition.TypeRefComponent::getCode)
            .containsExactly(
                element(sd.getDifferential().getElement(), "Extension.value[x]")
                    .getTypeFirstRep()
                    .getCode());
        assertThat(element(snap, "Extension.extension").getMax()).isEqualTo("0");
      }
    }
  }

  @Test
  void theStageAndStatusCodeSystemsListEveryConstant() {
    CodeSystem isl = Conformance.islStageCodeSystem();
    assertThat(isl.getUrl()).isEqualTo(FhirNames.ISL_STAGE_SYSTEM);
    assertThat(isl.getConcept())
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactly("STAGE_0", "STAGE_I", "STAGE_II", "STAGE_III");
    assertThat(isl.getConcept().get(3).getDisplay()).isEqualTo(IslStage.STAGE_III.label());
    CodeSystem status = Conformance.conditionStatusCodeSystem();
    assertThat(status.getConcept())
        .extracting(CodeSystem.ConceptDefinitionComponent::getCode)
        .containsExactly("ACUTE", "CHRONIC", "CONTROLLED", "IN_REMISSION", "RESOLVED");
    assertThat(status.getConcept().get(2).getDisplay())
        .isEqualTo(ConditionStatus.CONTROLLED.label());
  }

  @Test
  void aBundleInTheShapeTheImportReadsValidates() {
    Condition arm =
        PatientContextsTest.staged(
            PatientContextsTest.at(
                PatientContextsTest.condition("c1", FhirNames.SNOMED, "33129002"), "FOREARM_L"),
            FhirNames.ISL_STAGE_SYSTEM,
            "STAGE_II");
    Condition hf =
        PatientContextsTest.staged(
            PatientContextsTest.condition("c2", FhirNames.ICD10, "I50"),
            FhirNames.SNOMED,
            "421704003");
    hf.addExtension(
        PatientContexts.CONDITION_STATUS,
        new Coding(FhirNames.CONDITION_STATUS_SYSTEM, "CONTROLLED", "controlled"));
    Annotation clearance = new Annotation().setText("MLD of the left arm");
    clearance.setAuthor(new StringType("Dr. Weber, cardiology"));
    hf.addExtension(PatientContexts.CONDITION_CLEARANCE, clearance);
    var bundle = PatientContextsTest.bundle(arm, hf);

    assertThat(SharedValidator.problems(bundle)).isEmpty();
    assertThat(PatientContexts.read(bundle).unmapped()).isEmpty();

    Condition wrong = hf.copy();
    wrong
        .getExtensionByUrl(PatientContexts.CONDITION_STATUS)
        .setValue(new Coding(FhirNames.CONDITION_STATUS_SYSTEM, "SIMMERING", null));
    assertThat(SharedValidator.problems(PatientContextsTest.bundle(wrong)))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("SIMMERING"));
    Condition unknownStage = arm.copy();
    unknownStage.getStageFirstRep().getSummary().getCodingFirstRep().setCode("STAGE_IV");
    assertThat(SharedValidator.problems(PatientContextsTest.bundle(unknownStage)))
        .anySatisfy(m -> assertThat(m).startsWith("ERROR").contains("STAGE_IV"));
  }

  private static StructureDefinition extension(String id) {
    return (StructureDefinition)
        Conformance.resources().stream()
            .filter(r -> r.getIdElement().getIdPart().equals(id))
            .findFirst()
            .orElseThrow();
  }

  private static ElementDefinition element(StructureDefinition sd, String id) {
    return element(sd.getSnapshot().getElement(), id);
  }

  private static ElementDefinition element(List<ElementDefinition> elements, String id) {
    return elements.stream().filter(e -> e.getId().equals(id)).findFirst().orElseThrow();
  }
}
