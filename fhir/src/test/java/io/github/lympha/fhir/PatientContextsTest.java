package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PatientContextsTest {
  private static final Anatomy A = Anatomy.standard();

  private static Condition condition(String id, String system, String code) {
    Condition c = new Condition();
    c.setId(id);
    c.setSubject(new Reference("Patient/p1"));
    c.setCode(new CodeableConcept(new Coding(system, code, null)));
    c.setClinicalStatus(
        new CodeableConcept(
            new Coding(
                "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
    return c;
  }

  private static Bundle bundle(org.hl7.fhir.r4.model.Resource... resources) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    Patient p = new Patient();
    p.setId("p1");
    b.addEntry().setResource(p);
    for (var r : resources) {
      b.addEntry().setResource(r);
    }
    return b;
  }

  @Test
  void readsLymphoedemaConditionsDissectionAndRadiotherapy() {
    String leftArm =
        A.regions().stream().filter(r -> r.id().endsWith("_L")).findFirst().orElseThrow().id();
    Condition oedema = condition("c1", FhirNames.ICD10, "I97.2");
    oedema.addBodySite(new CodeableConcept(new Coding(FhirNames.ANATOMY_SYSTEM, leftArm, null)));
    Condition dvt = condition("c2", FhirNames.SNOMED, "128053003");
    Procedure dissection = new Procedure();
    dissection.setId("pr1");
    dissection.setStatus(Procedure.ProcedureStatus.COMPLETED);
    dissection.setSubject(new Reference("Patient/p1"));
    dissection.setCode(
        new CodeableConcept(new Coding(PatientContexts.COMPROMISE_SYSTEM, "REMOVED", null)));
    CodeableConcept axillaLeft = new CodeableConcept();
    axillaLeft.addCoding(new Coding(FhirNames.SNOMED, "68171009", null));
    axillaLeft.addCoding(new Coding(FhirNames.SNOMED, "7771000", null));
    dissection.addBodySite(axillaLeft);
    Procedure rt = dissection.copy();
    rt.setId("pr2");
    rt.setCode(
        new CodeableConcept(new Coding(PatientContexts.COMPROMISE_SYSTEM, "IRRADIATED", null)));
    rt.setBodySite(
        java.util.List.of(
            new CodeableConcept(new Coding(FhirNames.ANATOMY_SYSTEM, "AXILLARY_R", null))));

    PatientImport in = PatientContexts.read(bundle(oedema, dvt, dissection, rt));

    PatientContext ctx = in.strict();
    assertThat(ctx.label()).contains("Patient/p1");
    assertThat(ctx.affected()).containsExactly(A.region(leftArm));
    assertThat(ctx.conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.ACUTE_DVT));
    assertThat(ctx.compromised())
        .containsExactly(
            CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_R"), Compromise.IRRADIATED));
  }

  @Test
  void reportsWhatItCannotMapInsteadOfDroppingIt() {
    Condition unknown = condition("c9", FhirNames.SNOMED, "999999999");
    Condition resolved = condition("c8", FhirNames.ICD10, "I80.2");
    resolved.getClinicalStatus().getCodingFirstRep().setCode("resolved");
    Condition staged = condition("c7", FhirNames.ICD10, "J45");
    staged.setOnset(new DateTimeType("2020-01-01"));
    Observation obs = new Observation();
    obs.setId("o1");
    PatientImport in = PatientContexts.read(bundle(unknown, resolved, staged, obs));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c9: Bundle.entry[1].resource.code: no code Lympha maps"
                + " (http://snomed.info/sct|999999999); see docs/fhir.md for the codes it reads",
            "Condition/c8: Bundle.entry[2].resource.clinicalStatus: resolved, not active; left out",
            "Condition/c7: Bundle.entry[3].resource.onset[x]: Lympha's patient context holds no"
                + " onset",
            "Observation/o1: Bundle.entry[4].resource: a Observation carries no fact Lympha's"
                + " patient context holds; left out");
    assertThat(in.context().conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.BRONCHIAL_ASTHMA));
    assertThatThrownBy(in::strict)
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("Condition/c9");
  }

  @Test
  void refusesABundleWithTwoPatients() {
    Patient second = new Patient();
    second.setId("p2");
    assertThatThrownBy(() -> PatientContexts.read(bundle(second)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessage(
            "Bundle: Bundle.entry.resource.ofType(Patient): expected exactly one Patient, found 2"
                + " (at Bundle.entry[0], Bundle.entry[1])");
  }

  @Test
  void refusesAConditionWithNoCode() {
    Condition c = condition("c1", FhirNames.ICD10, "I89.0");
    c.setCode(null);
    assertThatThrownBy(() -> PatientContexts.read(bundle(c)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageStartingWith("Condition/c1: Bundle.entry[1].resource.code: missing");
  }

  @Test
  void everyMappedCodeNamesItsSource() {
    assertThat(PatientCodes.icd10().values())
        .allSatisfy(m -> assertThat(m.source()).contains("ICD-10"));
    assertThat(PatientCodes.snomed().values())
        .allSatisfy(m -> assertThat(m.source()).contains("SNOMED CT"));
    assertThat(PatientCodes.find(FhirNames.ICD10, "I80.2").orElseThrow().condition())
        .contains(io.github.lympha.patient.Condition.ACUTE_DVT);
    assertThat(PatientCodes.find(FhirNames.ICD10, "X99")).isEmpty();
    assertThat(PatientCodes.find("urn:other", "I80")).isEmpty();
  }
}
