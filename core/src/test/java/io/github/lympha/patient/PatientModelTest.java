package io.github.lympha.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants and derived values of the patient model's new parts (issue 17). */
class PatientModelTest {
  private static final Anatomy A = Anatomy.standard();

  @Test
  void checksEveryQualifiersRangeAndCondition() {
    assertThatThrownBy(
            () ->
                PatientCondition.builder().condition(Condition.HEART_FAILURE).nyhaClass(5).build())
        .hasMessage("Invalid value for nyhaClass: 5; expected 1 to 4");
    assertThatThrownBy(
            () ->
                PatientCondition.builder().condition(Condition.HEART_FAILURE).nyhaClass(0).build())
        .hasMessage("Invalid value for nyhaClass: 0; expected 1 to 4");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.ACUTE_DVT).nyhaClass(2).build())
        .hasMessage("nyhaClass applies to heart failure, not to ACUTE_DVT");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.PREGNANCY).trimester(4).build())
        .hasMessage("Invalid value for trimester: 4; expected 1 to 3");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.ILEUS).trimester(1).build())
        .hasMessage("trimester applies to PREGNANCY, not to ILEUS");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.ILEUS).treatmentDay(0).build())
        .hasMessage("Invalid value for treatmentDay: 0; expected 1 to 3650");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.ILEUS).treatmentDay(3651).build())
        .hasMessage("Invalid value for treatmentDay: 3651; expected 1 to 3650");
    assertThatThrownBy(
            () -> PatientCondition.builder().condition(Condition.ILEUS).metastatic(true).build())
        .hasMessage("metastatic applies to a malignancy, not to ILEUS");
    assertThat(
            PatientCondition.builder()
                .condition(Condition.CONTROLLED_HEART_FAILURE)
                .nyhaClass(4)
                .treatmentDay(3650)
                .build()
                .nyhaClass())
        .hasValue(4);
    assertThat(
            PatientCondition.builder()
                .condition(Condition.SKIN_METASTASES)
                .metastatic(true)
                .build()
                .metastatic())
        .contains(true);
    assertThat(
            PatientCondition.builder()
                .condition(Condition.PREGNANCY)
                .trimester(1)
                .build()
                .trimester())
        .hasValue(1);
  }

  @Test
  void aClearanceSaysWhoAndWhat() {
    assertThat(Clearance.of("Dr. Weber", "MLD of the left leg").describe())
        .isEqualTo("by Dr. Weber, for MLD of the left leg");
    assertThatThrownBy(() -> Clearance.of(" ", "x"))
        .hasMessage("A clearance must say who gave it: by is blank");
    assertThatThrownBy(() -> Clearance.of("x", ""))
        .hasMessage("A clearance must say what it covers: scope is blank");
  }

  @Test
  void anAreaAtStageThreeIsFibroticUnlessItsTissueIsRecorded() {
    AffectedArea.Builder b = AffectedArea.builder().addRegions(A.region("CALF_L"));
    assertThat(AffectedArea.of(List.of(A.region("CALF_L"))).effectiveTissue()).isEmpty();
    assertThat(b.stage(IslStage.STAGE_III).build().effectiveTissue())
        .contains(TissueState.FIBROTIC);
    assertThat(
            AffectedArea.builder()
                .addRegions(A.region("CALF_L"))
                .stage(IslStage.STAGE_II)
                .build()
                .effectiveTissue())
        .isEmpty();
    assertThat(
            AffectedArea.builder()
                .addRegions(A.region("CALF_L"))
                .stage(IslStage.STAGE_III)
                .tissue(TissueState.NORMAL)
                .build()
                .effectiveTissue())
        .contains(TissueState.NORMAL);
    assertThatThrownBy(() -> AffectedArea.of(List.of()))
        .hasMessage("An affected area needs at least one region");
  }

  @Test
  void listsEachAffectedRegionInOnePlace() {
    AffectedArea leg = AffectedArea.of(List.of(A.region("CALF_L")), OedemaCause.VENOUS);
    PatientContext p =
        PatientContext.builder()
            .addAffected(A.region("FOOT_L"))
            .addAreas(leg)
            .setting(Setting.SELF_CARE)
            .build();
    assertThat(p.affectedRegions()).containsExactly(A.region("FOOT_L"), A.region("CALF_L"));
    assertThat(p.areaOf(A.region("CALF_L"))).contains(leg);
    assertThat(p.areaOf(A.region("FOOT_L"))).isEmpty();
    assertThat(p.isSelfCare()).isTrue();
    assertThat(p.withSetting(Setting.THERAPIST).isSelfCare()).isFalse();
    assertThat(PatientContext.none().isSelfCare()).isFalse();
    assertThatThrownBy(() -> p.withAffected(List.of(A.region("CALF_L"))))
        .hasMessage("Region CALF_L is listed as affected twice");
    assertThatThrownBy(() -> p.withAreas(List.of(leg, leg)))
        .hasMessage("Region CALF_L is listed as affected twice");
  }

  @Test
  void namesTheConditionsKinds() {
    assertThat(Condition.HEART_FAILURE.isHeartFailure()).isTrue();
    assertThat(Condition.DECOMPENSATED_HEART_FAILURE.isHeartFailure()).isTrue();
    assertThat(Condition.CONTROLLED_HEART_FAILURE.isHeartFailure()).isTrue();
    assertThat(Condition.RENAL_FAILURE.isHeartFailure()).isFalse();
    assertThat(Condition.ACTIVE_MALIGNANCY.isMalignancy()).isTrue();
    assertThat(Condition.SKIN_METASTASES.isMalignancy()).isTrue();
    assertThat(Condition.HEART_FAILURE.isMalignancy()).isFalse();
    assertThat(OedemaCause.MIXED.isLymphoedema()).isTrue();
    assertThat(OedemaCause.LIPOEDEMA.isLymphoedema()).isFalse();
    assertThat(ConditionStatus.IN_REMISSION.label()).isEqualTo("in remission");
    assertThat(IslStage.STAGE_III.code()).isEqualTo("STAGE_III");
    assertThat(Setting.SELF_CARE.label()).isEqualTo("self-care");
  }

  @Test
  void refusesAGroupOrAConditionListedTwiceAndABlankLabel() {
    CompromisedNodeGroup removed =
        CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.REMOVED);
    CompromisedNodeGroup irradiated =
        CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.IRRADIATED);
    assertThatThrownBy(() -> PatientContext.builder().addCompromised(removed, irradiated).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Node group AXILLARY_L is listed as compromised twice");
    PatientCondition dvt = PatientCondition.of(Condition.ACUTE_DVT);
    assertThatThrownBy(() -> PatientContext.builder().addConditions(dvt, dvt).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Condition ACUTE_DVT is listed twice");
    assertThatThrownBy(() -> PatientContext.builder().label(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A patient label must not be blank when present");
    assertThat(PatientContext.builder().label("x").build().label()).contains("x");
  }

  @Test
  void findsAConditionByItsKind() {
    PatientCondition dvt = PatientCondition.of(Condition.ACUTE_DVT);
    PatientCondition pregnancy = PatientCondition.of(Condition.PREGNANCY);
    PatientContext p = PatientContext.builder().addConditions(pregnancy, dvt).build();
    assertThat(p.condition(Condition.ACUTE_DVT)).contains(dvt);
    assertThat(p.condition(Condition.PREGNANCY)).contains(pregnancy);
    assertThat(p.condition(Condition.RENAL_FAILURE)).isEmpty();
    assertThat(p.has(Condition.ACUTE_DVT)).isTrue();
    assertThat(p.has(Condition.RENAL_FAILURE)).isFalse();
  }

  @Test
  void saysWhichNodeGroupsAreCompromisedAndHow() {
    PatientContext p =
        PatientContext.builder()
            .addCompromised(
                CompromisedNodeGroup.of(A.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(A.nodeGroup("INGUINAL_DEEP_L"), Compromise.IMPAIRED))
            .build();
    assertThat(p.isCompromised(A.nodeGroup("AXILLARY_L"))).isTrue();
    assertThat(p.isCompromised(A.nodeGroup("AXILLARY_R"))).isFalse();
    assertThat(p.compromise(A.nodeGroup("INGUINAL_DEEP_L"))).contains(Compromise.IMPAIRED);
    assertThat(p.compromise(A.nodeGroup("AXILLARY_L"))).contains(Compromise.REMOVED);
    assertThat(p.compromise(A.nodeGroup("AXILLARY_R"))).isEmpty();
  }
}
