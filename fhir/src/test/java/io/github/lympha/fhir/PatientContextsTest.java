package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

class PatientContextsTest {
  private static final Anatomy A = Anatomy.standard();
  private static final String VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  static Condition condition(String id, String system, String code) {
    Condition c = new Condition();
    c.setId(id);
    c.setSubject(new Reference("Patient/p1"));
    c.setCode(new CodeableConcept(new Coding(system, code, null)));
    c.setClinicalStatus(
        new CodeableConcept(new Coding(PatientContexts.CLINICAL_STATUS, "active", null)));
    Narratives.set(c, "Condition " + code);
    return c;
  }

  static Condition withStatus(Condition c, String clinical) {
    c.getClinicalStatus().getCodingFirstRep().setCode(clinical);
    return c;
  }

  static Condition at(Condition c, String... regions) {
    for (String r : regions) {
      c.addBodySite(new CodeableConcept(new Coding(FhirNames.ANATOMY_SYSTEM, r, null)));
    }
    return c;
  }

  static Condition staged(Condition c, String system, String code) {
    c.addStage().setSummary(new CodeableConcept(new Coding(system, code, null)));
    return c;
  }

  static Bundle bundle(org.hl7.fhir.r4.model.Resource... resources) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.COLLECTION);
    Patient p = new Patient();
    p.setId("p1");
    Narratives.set(p, "Patient p1");
    b.addEntry().setFullUrl("https://example.org/fhir/Patient/p1").setResource(p);
    for (var r : resources) {
      b.addEntry()
          .setFullUrl(
              "https://example.org/fhir/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
          .setResource(r);
    }
    return b;
  }

  private static PatientCondition only(PatientContext ctx) {
    assertThat(ctx.conditions()).hasSize(1);
    return ctx.conditions().get(0);
  }

  @Test
  void readsLymphoedemaConditionsDissectionAndRadiotherapy() {
    Condition oedema = at(condition("c1", FhirNames.SNOMED, "234097001"), "FOREARM_L");
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
        List.of(new CodeableConcept(new Coding(FhirNames.ANATOMY_SYSTEM, "AXILLARY_R", null))));

    PatientImport in = PatientContexts.read(bundle(oedema, dvt, dissection, rt));

    PatientContext ctx = in.strict();
    assertThat(ctx.label()).contains("Patient/p1");
    assertThat(ctx.affected()).containsExactly(A.region("FOREARM_L"));
    assertThat(ctx.areas()).isEmpty();
    assertThat(ctx.setting()).isEmpty();
    assertThat(ctx.conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.ACUTE_DVT));
    assertThat(ctx.compromised())
        .containsExactly(
            CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_R"), Compromise.IRRADIATED));
  }

  @Test
  void aCauseOrAnIslStageMakesAnAffectedArea() {
    Condition arm =
        staged(
            at(condition("c1", FhirNames.SNOMED, "33129002"), "FOREARM_L", "HAND_L"),
            FhirNames.ISL_STAGE_SYSTEM,
            "STAGE_II");
    Condition legs =
        staged(
            at(condition("c2", FhirNames.ICD10, "Q82.0"), "CALF_R"),
            FhirNames.ISL_STAGE_SYSTEM,
            "STAGE_III");
    Condition plain = at(condition("c3", FhirNames.SNOMED, "234097001"), "FOOT_R");

    PatientContext ctx = PatientContexts.read(bundle(arm, legs, plain)).strict();

    assertThat(ctx.areas())
        .containsExactly(
            AffectedArea.builder()
                .addRegions(A.region("FOREARM_L"), A.region("HAND_L"))
                .cause(OedemaCause.SECONDARY_LYMPHOEDEMA)
                .stage(IslStage.STAGE_II)
                .build(),
            AffectedArea.builder()
                .addRegions(A.region("CALF_R"))
                .cause(OedemaCause.PRIMARY_LYMPHOEDEMA)
                .stage(IslStage.STAGE_III)
                .build());
    assertThat(ctx.affected()).containsExactly(A.region("FOOT_R"));
  }

  @Test
  void aRegionAffectedTwiceIsReadOnceAndReported() {
    Condition a = at(condition("c1", FhirNames.SNOMED, "234097001"), "FOOT_R");
    Condition b = at(condition("c2", FhirNames.SNOMED, "33129002"), "FOOT_R", "CALF_R");
    PatientImport in = PatientContexts.read(bundle(a, b));
    assertThat(in.context().affected()).containsExactly(A.region("FOOT_R"));
    assertThat(in.context().areas())
        .containsExactly(
            AffectedArea.of(List.of(A.region("CALF_R")), OedemaCause.SECONDARY_LYMPHOEDEMA));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c2: Bundle.entry[2].resource.bodySite: region FOOT_R is already affected;"
                + " read once");
  }

  @Test
  void clinicalStatusBecomesTheConditionStatus() {
    Condition remission = withStatus(condition("c1", FhirNames.SNOMED, "363346000"), "remission");
    Condition resolved = withStatus(condition("c2", FhirNames.ICD10, "I80.2"), "resolved");
    Condition inactive = withStatus(condition("c3", FhirNames.ICD10, "J45"), "inactive");
    Condition relapse = withStatus(condition("c4", FhirNames.ICD10, "N18"), "relapse");
    Condition odd = withStatus(condition("c5", FhirNames.ICD10, "I95"), "dormant");

    PatientImport in = PatientContexts.read(bundle(remission, resolved, inactive, relapse, odd));

    assertThat(in.context().conditions())
        .containsExactly(
            PatientCondition.of(io.github.lympha.patient.Condition.ACTIVE_MALIGNANCY)
                .withStatus(ConditionStatus.IN_REMISSION),
            PatientCondition.of(io.github.lympha.patient.Condition.ACUTE_DVT)
                .withStatus(ConditionStatus.RESOLVED),
            PatientCondition.of(io.github.lympha.patient.Condition.BRONCHIAL_ASTHMA),
            PatientCondition.of(io.github.lympha.patient.Condition.RENAL_FAILURE));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c3: Bundle.entry[3].resource.clinicalStatus: inactive says neither"
                + " remission nor resolved; read without a status, as present",
            "Condition/c5: Bundle.entry[5].resource.clinicalStatus: unknown status"
                + " (http://terminology.hl7.org/CodeSystem/condition-clinical|dormant); expected"
                + " one of active, recurrence, relapse, inactive, remission, resolved in"
                + " http://terminology.hl7.org/CodeSystem/condition-clinical; left out");
  }

  @Test
  void refutedConditionsAreLeftOutAndUnconfirmedOnesRead() {
    Condition refuted = condition("c1", FhirNames.SNOMED, "128053003");
    refuted.setVerificationStatus(new CodeableConcept(new Coding(VER, "refuted", null)));
    Condition error = condition("c2", FhirNames.SNOMED, "195967001");
    error.setVerificationStatus(new CodeableConcept(new Coding(VER, "entered-in-error", null)));
    Condition unconfirmed = condition("c3", FhirNames.SNOMED, "45007003");
    unconfirmed.setVerificationStatus(new CodeableConcept(new Coding(VER, "unconfirmed", null)));
    Condition provisional = condition("c4", FhirNames.SNOMED, "34486009");
    provisional.setVerificationStatus(new CodeableConcept(new Coding(VER, "provisional", null)));
    Condition confirmed = condition("c5", FhirNames.SNOMED, "77386006");
    confirmed.setVerificationStatus(new CodeableConcept(new Coding(VER, "confirmed", null)));

    PatientImport in =
        PatientContexts.read(bundle(refuted, error, unconfirmed, provisional, confirmed));

    assertThat(in.context().conditions())
        .extracting(PatientCondition::condition)
        .containsExactly(
            io.github.lympha.patient.Condition.HYPOTENSION,
            io.github.lympha.patient.Condition.HYPERTHYROIDISM,
            io.github.lympha.patient.Condition.PREGNANCY);
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c1: Bundle.entry[1].resource.verificationStatus: refuted; left out",
            "Condition/c2: Bundle.entry[2].resource.verificationStatus: entered-in-error; left out",
            "Condition/c3: Bundle.entry[3].resource.verificationStatus: unconfirmed; read as if"
                + " confirmed, so that what it would rule out is not missed",
            "Condition/c4: Bundle.entry[4].resource.verificationStatus: provisional; read as if"
                + " confirmed, so that what it would rule out is not missed");
  }

  @Test
  void readsTheNyhaClassOfHeartFailureAndRefinesTheStatus() {
    Condition hf =
        staged(condition("c1", FhirNames.SNOMED, "84114007"), FhirNames.SNOMED, "421704003");
    hf.addExtension(
        PatientContexts.CONDITION_STATUS,
        new Coding(FhirNames.CONDITION_STATUS_SYSTEM, "CONTROLLED", null));

    PatientCondition c = only(PatientContexts.read(bundle(hf)).strict());

    assertThat(c.condition()).isEqualTo(io.github.lympha.patient.Condition.HEART_FAILURE);
    assertThat(c.nyhaClass()).hasValue(2);
    assertThat(c.status()).contains(ConditionStatus.CONTROLLED);
  }

  @Test
  void readsLymphaConditionCodesAndReportsAnUnknownOne() {
    Condition menses = condition("c1", FhirNames.CONDITION_SYSTEM, "MENSTRUATION");
    Condition odd = condition("c2", FhirNames.CONDITION_SYSTEM, "MENSTRUATING");
    PatientImport in = PatientContexts.read(bundle(menses, odd));
    assertThat(in.context().conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.MENSTRUATION));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c2: Bundle.entry[2].resource.code: no code Lympha maps"
                + " (https://lympha.github.io/fhir/CodeSystem/lympha-condition|MENSTRUATING); see"
                + " docs/fhir.md for the codes it reads");
  }

  @Test
  void aPatientWithoutAnIdOfItsOwnGivesNoLabel() {
    Bundle b = bundle();
    b.getEntry().get(0).setFullUrl("urn:uuid:a3a7ef02-0376-325f-ab15-a65c26b7e6cd");
    b.getEntry().get(0).getResource().setId((String) null);
    Bundle parsed = FhirJson.readBundle(FhirJson.write(b));
    assertThat(parsed.getEntry().get(0).getResource().getIdElement().getIdPart())
        .isEqualTo("urn:uuid:a3a7ef02-0376-325f-ab15-a65c26b7e6cd");
    assertThat(PatientContexts.read(parsed).context().label()).isEmpty();
    assertThat(PatientContexts.read(bundle()).context().label()).contains("Patient/p1");
  }

  @Test
  void aStageLymphaCannotReadIsReported() {
    Condition asthma =
        staged(condition("c1", FhirNames.ICD10, "J45"), FhirNames.SNOMED, "420913000");
    Condition oedema =
        staged(
            at(condition("c2", FhirNames.SNOMED, "234097001"), "FOOT_L"),
            FhirNames.SNOMED,
            "261663004");
    PatientImport in = PatientContexts.read(bundle(asthma, oedema));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c1: Bundle.entry[1].resource.stage[0].summary: no stage Lympha reads for"
                + " this condition (http://snomed.info/sct|420913000); it reads an ISL stage"
                + " (https://lympha.github.io/fhir/CodeSystem/lympha-isl-stage) of lymphoedema and"
                + " a SNOMED CT NYHA class of heart failure",
            "Condition/c2: Bundle.entry[2].resource.stage[0].summary: no stage Lympha reads for"
                + " this condition (http://snomed.info/sct|261663004); it reads an ISL stage"
                + " (https://lympha.github.io/fhir/CodeSystem/lympha-isl-stage) of lymphoedema and"
                + " a SNOMED CT NYHA class of heart failure");
    assertThat(in.context().conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.BRONCHIAL_ASTHMA));
    assertThat(in.context().affected()).containsExactly(A.region("FOOT_L"));
  }

  @Test
  void readsAClearanceAndRefusesAnIncompleteOne() {
    Condition hf = condition("c1", FhirNames.ICD10, "I50.9");
    Annotation a = new Annotation().setText("MLD of the left leg, twice a week");
    a.setAuthor(new StringType("Dr. Weber, cardiology"));
    hf.addExtension(PatientContexts.CONDITION_CLEARANCE, a);

    assertThat(only(PatientContexts.read(bundle(hf)).strict()).clearance())
        .contains(Clearance.of("Dr. Weber, cardiology", "MLD of the left leg, twice a week"));

    Condition broken = condition("c2", FhirNames.ICD10, "I50.9");
    broken.addExtension(
        PatientContexts.CONDITION_CLEARANCE, new Annotation().setText("MLD of the left leg"));
    assertThatThrownBy(() -> PatientContexts.read(bundle(broken)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessage(
            "Condition/c2: Bundle.entry[1].resource.extension[0].valueAnnotation.authorString:"
                + " missing; say who gave the clearance");
  }

  @Test
  void refusesAnUnknownLymphaExtensionAndAnUnknownStatusCode() {
    Condition c = condition("c1", FhirNames.ICD10, "J45");
    c.addExtension(FhirNames.extension("condition-colour"), new StringType("blue"));
    c.addExtension(
        PatientContexts.CONDITION_STATUS,
        new Coding(FhirNames.CONDITION_STATUS_SYSTEM, "SIMMERING", null));
    c.addExtension("https://example.org/other", new StringType("ignored"));
    assertThatThrownBy(() -> PatientContexts.read(bundle(c)))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e ->
                assertThat(((FhirMappingException) e).problems())
                    .containsExactly(
                        "Condition/c1: Bundle.entry[1].resource.extension[0]: unknown Lympha"
                            + " extension https://lympha.github.io/fhir/StructureDefinition/"
                            + "condition-colour; a Condition takes "
                            + PatientContexts.CONDITION_STATUS
                            + " and "
                            + PatientContexts.CONDITION_CLEARANCE,
                        "Condition/c1: Bundle.entry[1].resource.extension[1].valueCoding: unknown"
                            + " condition status \"SIMMERING\"; expected one of ACUTE, CHRONIC,"
                            + " CONTROLLED, IN_REMISSION, RESOLVED"));
  }

  @Test
  void aStatusExtensionContradictingClinicalStatusIsReported() {
    Condition c = withStatus(condition("c1", FhirNames.ICD10, "J45"), "resolved");
    c.addExtension(
        PatientContexts.CONDITION_STATUS,
        new Coding(FhirNames.CONDITION_STATUS_SYSTEM, "ACUTE", null));
    PatientImport in = PatientContexts.read(bundle(c));
    assertThat(only(in.context()).status()).contains(ConditionStatus.RESOLVED);
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c1: Bundle.entry[1].resource.extension[0]: status ACUTE contradicts"
                + " clinicalStatus; kept RESOLVED from clinicalStatus");
  }

  @Test
  void feverQualifiesTheAcuteInfection() {
    Condition cellulitis = at(condition("c1", FhirNames.SNOMED, "128045006"), "CALF_L");
    Condition erysipelas = condition("c2", FhirNames.SNOMED, "44653001");
    Condition fever = condition("c3", FhirNames.SNOMED, "386661006");
    PatientCondition febrile =
        only(PatientContexts.read(bundle(cellulitis, erysipelas, fever)).strict());
    assertThat(febrile.condition()).isEqualTo(io.github.lympha.patient.Condition.ACUTE_INFECTION);
    assertThat(febrile.regions()).containsExactly(A.region("CALF_L"));
    assertThat(febrile.fever()).contains(true);

    Condition gone = withStatus(condition("c3", FhirNames.ICD10, "R50.9"), "resolved");
    assertThat(only(PatientContexts.read(bundle(gone, cellulitis)).strict()).fever())
        .contains(false);
    PatientImport alone = PatientContexts.read(bundle(gone));
    assertThat(alone.context().conditions()).isEmpty();
    assertThat(alone.unmapped())
        .containsExactly(
            "Condition/c3: Bundle.entry[1].resource.clinicalStatus: a fever no longer present,"
                + " without an acute infection to qualify; left out");
  }

  @Test
  void metastaticCodesSetTheQualifier() {
    PatientCondition skin =
        only(
            PatientContexts.read(
                    bundle(at(condition("c1", FhirNames.SNOMED, "94579000"), "CHEST_L")))
                .strict());
    assertThat(skin.condition()).isEqualTo(io.github.lympha.patient.Condition.SKIN_METASTASES);
    assertThat(skin.metastatic()).contains(true);
    assertThat(skin.regions()).containsExactly(A.region("CHEST_L"));
    assertThat(
            only(PatientContexts.read(bundle(condition("c2", FhirNames.SNOMED, "363346000")))
                    .strict())
                .metastatic())
        .isEmpty();
  }

  @Test
  void theSettingIsTheCallersNotThePatientsRecord() {
    assertThat(PatientContexts.read(bundle(), A, Setting.SELF_CARE).strict().setting())
        .contains(Setting.SELF_CARE);
    assertThat(PatientContexts.read(bundle(), A).strict().setting()).isEmpty();
  }

  @Test
  void reportsWhatItCannotMapInsteadOfDroppingIt() {
    Condition unknown = condition("c9", FhirNames.SNOMED, "999999999");
    Condition cm = condition("c8", PatientCodes.ICD10_CM_SYSTEM, "I89.0");
    Condition onset = condition("c7", FhirNames.ICD10, "J45");
    onset.setOnset(new DateTimeType("2020-01-01"));
    Observation obs = new Observation();
    obs.setId("o1");
    obs.setCode(new CodeableConcept(new Coding(FhirNames.LOINC, "8310-5", null)));
    obs.setValue(new Quantity().setValue(38.5).setUnit("Cel"));
    Observation other = new Observation();
    other.setId("o2");
    other.setCode(new CodeableConcept(new Coding(FhirNames.LOINC, "29463-7", null)));
    PatientImport in = PatientContexts.read(bundle(unknown, cm, onset, obs, other));
    assertThat(in.unmapped())
        .containsExactly(
            "Condition/c9: Bundle.entry[1].resource.code: no code Lympha maps"
                + " (http://snomed.info/sct|999999999); see docs/fhir.md for the codes it reads",
            "Condition/c8: Bundle.entry[2].resource.code: no code Lympha maps"
                + " (http://hl7.org/fhir/sid/icd-10-cm|I89.0); ICD-10-CM is not WHO ICD-10: code"
                + " it in http://hl7.org/fhir/sid/icd-10; see docs/fhir.md for the codes it reads",
            "Condition/c7: Bundle.entry[3].resource.onset[x]: Lympha's patient context holds no"
                + " onset",
            "Observation/o1: Bundle.entry[4].resource: a body temperature (LOINC 8310-5); Lympha"
                + " does not judge fever from a measurement, record fever as a Condition (SNOMED"
                + " CT 386661006)",
            "Observation/o2: Bundle.entry[5].resource: an Observation"
                + " (http://loinc.org|29463-7) carries no fact Lympha's patient context holds;"
                + " left out");
    assertThat(in.context().conditions())
        .containsExactly(PatientCondition.of(io.github.lympha.patient.Condition.BRONCHIAL_ASTHMA));
    assertThatThrownBy(in::strict)
        .isInstanceOf(FhirMappingException.class)
        .hasMessageContaining("Condition/c9");
  }

  @Test
  void refusesABundleWithTwoPatientsOrNone() {
    Patient second = new Patient();
    second.setId("p2");
    assertThatThrownBy(() -> PatientContexts.read(bundle(second)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessage(
            "Bundle: Bundle.entry.resource.ofType(Patient): expected exactly one Patient, found 2"
                + " (at Bundle.entry[0], Bundle.entry[1])");
    assertThatThrownBy(() -> PatientContexts.read(new Bundle()))
        .isInstanceOf(FhirMappingException.class)
        .hasMessage(
            "Bundle: Bundle.entry.resource.ofType(Patient): expected exactly one Patient, found"
                + " 0");
  }

  @Test
  void refusesAConditionWithNoCodeOrATextOnlyCode() {
    Condition none = condition("c1", FhirNames.ICD10, "J45");
    none.setCode(null);
    Condition text = condition("c2", FhirNames.ICD10, "J45");
    text.setCode(new CodeableConcept().setText("swollen arm"));
    assertThatThrownBy(() -> PatientContexts.read(bundle(none, text)))
        .isInstanceOf(FhirMappingException.class)
        .satisfies(
            e ->
                assertThat(((FhirMappingException) e).problems())
                    .containsExactly(
                        "Condition/c1: Bundle.entry[1].resource.code: missing; a Condition needs a"
                            + " coded code (SNOMED CT or WHO ICD-10) for Lympha to read it",
                        "Condition/c2: Bundle.entry[2].resource.code: missing; a Condition needs a"
                            + " coded code (SNOMED CT or WHO ICD-10) for Lympha to read it"));
  }

  @Test
  void refusesAnUnknownIslStage() {
    Condition c =
        staged(
            at(condition("c1", FhirNames.SNOMED, "234097001"), "FOOT_L"),
            FhirNames.ISL_STAGE_SYSTEM,
            "STAGE_IV");
    assertThatThrownBy(() -> PatientContexts.read(bundle(c)))
        .isInstanceOf(FhirMappingException.class)
        .hasMessageStartingWith(
            "Condition/c1: Bundle.entry[1].resource.stage[0].summary: unknown ISL stage"
                + " \"STAGE_IV\"; expected one of STAGE_0, STAGE_I, STAGE_II, STAGE_III");
  }

  @Test
  void everyMappedCodeNamesItsDisplayAndSource() {
    assertThat(PatientCodes.icd10().values())
        .allSatisfy(m -> assertThat(m.source()).startsWith("WHO ICD-10 2019"))
        .allSatisfy(m -> assertThat(m.display()).isNotBlank());
    assertThat(PatientCodes.snomed().values())
        .allSatisfy(m -> assertThat(m.source()).startsWith("HL7 IPS ValueSet"))
        .allSatisfy(m -> assertThat(m.display()).isNotBlank());
    assertThat(PatientCodes.find(FhirNames.ICD10, "I80.2").orElseThrow().condition())
        .contains(io.github.lympha.patient.Condition.ACUTE_DVT);
    assertThat(PatientCodes.find(FhirNames.ICD10, "I89.0")).isEmpty();
    assertThat(PatientCodes.find(PatientCodes.ICD10_CM_SYSTEM, "I80")).isEmpty();
    assertThat(PatientCodes.find("urn:other", "I80")).isEmpty();
    assertThat(PatientCodes.nyhaClass(FhirNames.SNOMED, "422293003")).hasValue(4);
    assertThat(PatientCodes.nyhaClass(FhirNames.ICD10, "422293003")).isEmpty();
  }
}
