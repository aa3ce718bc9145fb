package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** The patient writer: what it writes, that the validator accepts it, and what it leaves out. */
class PatientBundlesTest {
  private static final Anatomy A = Anatomy.standard();

  /** Every fact the writer carries, and each it does not. */
  static PatientContext everything() {
    return PatientContext.builder()
        .label("Patient/p-1")
        .addAffected(A.region("FOOT_L"))
        .addAreas(
            AffectedArea.builder()
                .addRegions(A.region("FOREARM_L"))
                .cause(OedemaCause.SECONDARY_LYMPHOEDEMA)
                .stage(IslStage.STAGE_II)
                .tissue(TissueState.FIBROTIC)
                .build(),
            AffectedArea.of(List.of(A.region("CALF_L")), OedemaCause.PRIMARY_LYMPHOEDEMA))
        .addCompromised(
            CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(A.nodeGroup("INGUINAL_SUPERFICIAL_R"), Compromise.IRRADIATED))
        .addConditions(
            PatientCondition.builder()
                .condition(Condition.HEART_FAILURE)
                .status(ConditionStatus.CONTROLLED)
                .nyhaClass(2)
                .clearance(Clearance.of("Dr. Weber, cardiology", "MLD of the left arm"))
                .build(),
            PatientCondition.builder()
                .condition(Condition.ACUTE_INFECTION)
                .status(ConditionStatus.RESOLVED)
                .fever(false)
                .treatmentDay(4)
                .build(),
            PatientCondition.builder()
                .condition(Condition.ACTIVE_MALIGNANCY)
                .status(ConditionStatus.IN_REMISSION)
                .metastatic(true)
                .palliative(false)
                .build(),
            PatientCondition.builder()
                .condition(Condition.SKIN_METASTASES)
                .addRegions(A.region("CHEST_L"))
                .build(),
            PatientCondition.builder().condition(Condition.PREGNANCY).trimester(2).build())
        .setting(Setting.SELF_CARE)
        .tissue(TissueState.FIBROTIC)
        .build();
  }

  @Test
  void theWrittenBundleHoldsOnePatientAndAResourcePerFact() {
    Bundle b = PatientContexts.write(everything()).bundle();
    assertThat(b.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
    assertThat(b.getEntry())
        .extracting(e -> e.getResource().fhirType() + "/" + e.getResource().getIdPart())
        .containsExactly(
            "Patient/p-1",
            "Condition/condition-1",
            "Condition/condition-2",
            "Condition/condition-3",
            "Condition/condition-4",
            "Condition/condition-5",
            "Condition/condition-6",
            "Condition/condition-7",
            "Condition/condition-8",
            "Procedure/procedure-1",
            "Procedure/procedure-2");
    assertThat(b.getEntry())
        .allSatisfy(e -> assertThat(e.getFullUrl()).matches("urn:uuid:[0-9a-f-]{36}"));
    org.hl7.fhir.r4.model.Condition heart =
        (org.hl7.fhir.r4.model.Condition) b.getEntry().get(3).getResource();
    assertThat(heart.getCode().getCoding())
        .extracting(c -> c.getSystem() + "|" + c.getCode())
        .containsExactly(FhirNames.CONDITION_SYSTEM + "|HEART_FAILURE");
    org.hl7.fhir.r4.model.Condition cancer =
        (org.hl7.fhir.r4.model.Condition) b.getEntry().get(6).getResource();
    assertThat(cancer.getCode().getCoding())
        .extracting(c -> c.getSystem() + "|" + c.getCode())
        .containsExactly(
            FhirNames.SNOMED + "|128462008", FhirNames.CONDITION_SYSTEM + "|ACTIVE_MALIGNANCY");
    assertThat(cancer.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("remission");
    assertThat(b.getEntry().get(4).getResource().getIdPart()).isEqualTo("condition-4");
    org.hl7.fhir.r4.model.Condition fever =
        (org.hl7.fhir.r4.model.Condition) b.getEntry().get(5).getResource();
    assertThat(fever.getCode().getCodingFirstRep().getCode()).isEqualTo("386661006");
    assertThat(fever.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
  }

  @Test
  void theFullUrlsAreThoseOfTheContext() {
    Bundle b = PatientContexts.write(everything()).bundle();
    Bundle other = PatientContexts.write(everything().withLabel("Patient/p-2")).bundle();
    assertThat(b.getEntry()).extracting(e -> e.getFullUrl()).doesNotHaveDuplicates();
    for (int i = 0; i < b.getEntry().size(); i++) {
      assertThat(other.getEntry().get(i).getFullUrl())
          .isNotEqualTo(b.getEntry().get(i).getFullUrl());
    }
    org.hl7.fhir.r4.model.Condition c =
        (org.hl7.fhir.r4.model.Condition) b.getEntry().get(1).getResource();
    assertThat(c.getSubject().getReference()).isEqualTo(b.getEntry().get(0).getFullUrl());
  }

  @Test
  void whatIsNotWrittenIsListedWithItsPlaceAndReason() {
    assertThat(PatientContexts.write(everything()).notWritten())
        .containsExactly(
            "setting: SELF_CARE: who carries the protocol out is not a fact of the patient's"
                + " record; pass it to read(bundle, anatomy, setting)",
            "tissue: FIBROTIC: no FHIR element or verified code carries the tissue state",
            "areas[0].cause: SECONDARY_LYMPHOEDEMA: no verified code says this cause of"
                + " lymphoedema and no other",
            "areas[0].tissue: FIBROTIC: no FHIR element or verified code carries the tissue state",
            "areas[1].cause: PRIMARY_LYMPHOEDEMA: no verified code says this cause of lymphoedema"
                + " and no other",
            "conditions[1].treatmentDay: 4: no FHIR element carries it without a reference date",
            "conditions[2].palliative: false: no verified code for palliative care",
            "conditions[4].trimester: 2: no verified code for a trimester");
  }

  @Test
  void theImportReadsBackEverythingWrittenAndReportsNothing() {
    PatientImport back = PatientContexts.read(PatientContexts.write(everything()).bundle());
    assertThat(back.unmapped()).isEmpty();
    assertThat(back.context()).isEqualTo(PatientContextsProperties.expected(everything()));
    assertThat(back.context().label()).contains("Patient/p-1");
    assertThat(back.context().areas())
        .containsExactly(
            AffectedArea.builder()
                .addRegions(A.region("FOREARM_L"))
                .stage(IslStage.STAGE_II)
                .build());
    assertThat(back.context().affected())
        .containsExactlyInAnyOrder(A.region("FOOT_L"), A.region("CALF_L"));
    assertThat(back.context().condition(Condition.ACUTE_INFECTION).orElseThrow().fever())
        .contains(false);
  }

  @Test
  void theSettingIsAParameterOfTheReadNotOfTheBundle() {
    PatientExport e = PatientContexts.write(everything());
    assertThat(PatientContexts.read(e.bundle(), A, Setting.SELF_CARE).context().setting())
        .contains(Setting.SELF_CARE);
  }

  @Test
  void aBundleOfAllCataloguePatientsValidates() {
    for (String id : Catalogue.ids()) {
      Bundle b = PatientContexts.write(Catalogue.patientFor(id)).bundle();
      assertThat(SharedValidator.problems(b)).as(id).isEmpty();
    }
  }

  @Test
  void theBundleWithEveryWrittenFactValidates() {
    assertThat(SharedValidator.problems(PatientContexts.write(everything()).bundle())).isEmpty();
  }

  @Test
  void generatedContextsValidate() {
    Laws.check(
        15,
        Generators.patientContexts(),
        c -> assertThat(SharedValidator.problems(PatientContexts.write(c).bundle())).isEmpty());
  }

  @Test
  void theJsonIsByteStable() {
    for (String id : Catalogue.ids()) {
      String json = FhirJson.write(PatientContexts.write(Catalogue.patientFor(id)).bundle());
      assertThat(FhirJson.write(PatientContexts.write(Catalogue.patientFor(id)).bundle()))
          .as(id)
          .isEqualTo(json);
      assertThat(
              FhirJson.write(
                  PatientContexts.write(PatientContexts.read(FhirJson.readBundle(json)).context())
                      .bundle()))
          .as(id)
          .isEqualTo(json);
    }
  }

  @Test
  void aRegionOfAnotherAnatomyIsRefusedNamingIt() {
    Region foot = A.region("FOOT_L");
    Region other =
        Region.builder()
            .id(foot.id())
            .name("a foot of another map")
            .side(foot.side())
            .part(foot.part())
            .territory(foot.territory())
            .addAllSources(foot.sources())
            .build();
    PatientContext onOther = PatientContext.builder().addAffected(other).build();
    assertThatThrownBy(() -> PatientContexts.write(onOther))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Region FOOT_L is not a region of the anatomy; the Bundle could not be read back");
  }
}
