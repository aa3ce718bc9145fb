package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.ANATOMY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Validator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private final Planner planner = Planner.standard();

  @Test
  void plansTheIntactLegInFoeldisOrder() {
    Plan plan = planner.plan(ResearchFixtures.intactLeftLeg());
    Protocol p = plan.protocol().orElseThrow();
    assertThat(p.sequences())
        .extracting(Sequence::name)
        .containsExactly(
            "Open the terminus",
            "Deep abdominal work",
            "Prepare the receiving node groups",
            "Drain the left leg",
            "Return to the centre");
    assertThat(ids(p.sequences().get(2)))
        .containsExactly("INGUINAL_DEEP_L", "INGUINAL_SUPERFICIAL_L");
    assertThat(ids(p.sequences().get(3)))
        .containsExactly(
            "THIGH_MEDIAL_L",
            "THIGH_LATERAL_L",
            "THIGH_POSTERIOR_L",
            "POPLITEAL_L",
            "KNEE_L",
            "CALF_L",
            "SHIN_L",
            "FOOT_L");
    assertThat(p.sequences().get(3).steps().get(0).toward().id())
        .isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(p.treats()).containsExactly(ANATOMY.region("FOOT_L"));
    assertThat(plan.notes()).isEmpty();
  }

  @Test
  void opensTheTerminusOnBothSidesFirst() {
    Protocol p = planner.plan(ResearchFixtures.leftFace()).protocol().orElseThrow();
    assertThat(ids(p.sequences().get(0)).subList(0, 2)).containsExactly("TERMINUS_L", "TERMINUS_R");
    assertThat(p.sequences()).extracting(Sequence::name).doesNotContain("Deep abdominal work");
  }

  @Test
  void reroutesTheArmAfterAxillaryDissectionAcrossTheWatersheds() {
    Plan plan = planner.plan(ResearchFixtures.leftAxillaryDissection());
    Protocol p = plan.protocol().orElseThrow();
    assertThat(p.sequences())
        .extracting(Sequence::name)
        .containsExactly(
            "Open the terminus",
            "Deep abdominal work",
            "Prepare the receiving node groups",
            "Decongest the healthy territories",
            "Reroute across the watershed",
            "Drain the left arm",
            "Return to the centre");
    // Right axilla first, then the left groin (reference §5.2 steps 3-4).
    List<String> prepare = ids(p.sequences().get(2));
    assertThat(prepare.indexOf("AXILLARY_R")).isLessThan(prepare.indexOf("INGUINAL_SUPERFICIAL_L"));
    assertThat(p.steps())
        .noneMatch(s -> s.site().id().equals("AXILLARY_L") || s.toward().id().equals("AXILLARY_L"));
    Step chest = stepOn(p, "CHEST_L");
    assertThat(chest.toward().id()).isEqualTo("AXILLARY_R");
    assertThat(chest.via().orElseThrow().id()).isEqualTo("AAA");
    assertThat(stepOn(p, "LATERAL_CHEST_L").via().orElseThrow().id()).isEqualTo("AIA_L");
    assertThat(ids(p.sequences().get(5)))
        .containsExactly(
            "UPPER_ARM_LATERAL_L", "UPPER_ARM_MEDIAL_L", "ELBOW_L", "FOREARM_L", "HAND_L");
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("FOREARM_L: Rerouted around AXILLARY_L"));
    assertThat(plan.routes()).containsKey("HAND_L");
  }

  @Test
  void reroutesTheLegAfterInguinalDissectionTowardTheAxillaAndTheOtherGroin() {
    Protocol p = planner.plan(ResearchFixtures.leftInguinalDissection()).protocol().orElseThrow();
    List<String> prepare = ids(p.sequences().get(2));
    assertThat(prepare).containsExactly("AXILLARY_L", "INGUINAL_DEEP_R", "INGUINAL_SUPERFICIAL_R");
    assertThat(stepOn(p, "FLANK_L").via().orElseThrow().id()).isEqualTo("AIA_L");
    assertThat(stepOn(p, "SUPRAPUBIC_L").via().orElseThrow().id()).isEqualTo("AII");
    assertThat(stepOn(p, "SACRAL_L").via().orElseThrow().id()).isEqualTo("PII");
    assertThat(stepOn(p, "THIGH_LATERAL_L").toward().id()).isEqualTo("AXILLARY_L");
    assertThat(p.steps()).noneMatch(s -> s.toward().id().startsWith("INGUINAL_SUPERFICIAL_L"));
  }

  @Test
  void explainsWhenNoRouteExists() {
    PatientContext blocked =
        PatientContext.builder()
            .addAffected(ANATOMY.region("FOREARM_L"))
            .addCompromised(
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_R"), Compromise.REMOVED),
                CompromisedNodeGroup.of(
                    ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
            .build();
    Plan plan = planner.plan(blocked);
    assertThat(plan.isPlanned()).isFalse();
    assertThat(plan.explanation())
        .contains("No route from FOREARM_L")
        .contains("No protocol is planned: FOREARM_L cannot be drained");
  }

  @Test
  void refusesAnAbsoluteWholeBodyContraindication() {
    Plan plan =
        planner.plan(
            ResearchFixtures.intactLeftLeg()
                .withConditions(List.of(PatientCondition.of(Condition.ACUTE_DVT))));
    assertThat(plan.protocol()).isEmpty();
    assertThat(plan.explanation())
        .startsWith("MLD is contraindicated for this patient: acute deep vein");
  }

  @Test
  void refusesADebatedConditionUnlessAskedToPlanAnyway() {
    PatientContext patient =
        ResearchFixtures.intactLeftLeg()
            .withConditions(List.of(PatientCondition.of(Condition.ACTIVE_MALIGNANCY)));
    assertThat(planner.plan(patient).isPlanned()).isFalse();
    Plan anyway =
        planner.plan(patient, PlanOptions.builder().planDespiteDebatedConditions(true).build());
    assertThat(anyway.isPlanned()).isTrue();
    assertThat(anyway.notes()).anyMatch(n -> n.contains("requires medical clearance"));
  }

  @Test
  void leavesOutTheNeckAndTheAbdomenWhenTheyAreContraindicatedAndSaysSo() {
    PatientContext patient =
        ResearchFixtures.intactLeftLeg()
            .withConditions(
                List.of(
                    PatientCondition.of(Condition.HYPERTHYROIDISM),
                    PatientCondition.of(Condition.PREGNANCY)));
    Plan plan = planner.plan(patient);
    Protocol p = plan.protocol().orElseThrow();
    assertThat(p.steps()).extracting(s -> s.site().part().name()).doesNotContain("NECK", "ABDOMEN");
    assertThat(plan.notes())
        .anyMatch(n -> n.startsWith("The neck is contraindicated (hyperthyroidism"))
        .anyMatch(n -> n.startsWith("Deep abdominal work is contraindicated (pregnancy"));
  }

  @Test
  void bypassesRegionsWithSkinMetastases() {
    PatientContext patient =
        ResearchFixtures.intactLeftLeg()
            .withConditions(
                List.of(
                    PatientCondition.of(
                        Condition.SKIN_METASTASES, List.of(ANATOMY.region("CALF_L")))));
    Plan plan = planner.plan(patient);
    assertThat(plan.protocol().orElseThrow().steps())
        .noneMatch(s -> s.site().id().equals("CALF_L"));
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("CALF_L is left out: skin metastases"));
  }

  @Test
  void leavesOutARegionWhoseRouteRunsThroughABypassedRegion() {
    PatientContext patient =
        PatientContext.builder()
            .addAffected(ANATOMY.region("ABDOMEN_L"))
            .addCompromised(
                CompromisedNodeGroup.of(
                    ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
            .addConditions(
                PatientCondition.of(Condition.SKIN_METASTASES, List.of(ANATOMY.region("FLANK_L"))))
            .build();
    Plan plan = planner.plan(patient);
    assertThat(plan.protocol().orElseThrow().steps())
        .noneMatch(s -> s.site().id().equals("LOWER_BACK_L") || s.site().id().equals("FLANK_L"));
    assertThat(plan.notes())
        .contains(
            "LOWER_BACK_L is left out: its route runs through the skin of FLANK_L, which is left"
                + " out (skin metastases [S44] in FLANK_L).");
  }

  @Test
  void treatsOnlyTheAffectedRegionsItDrains() {
    PatientContext.Builder both = PatientContext.builder().addAffected(ANATOMY.region("ABDOMEN_L"));
    PatientContext.Builder back = PatientContext.builder();
    for (PatientContext.Builder b : List.of(both, back)) {
      b.addAffected(ANATOMY.region("LOWER_BACK_L"))
          .addCompromised(
              CompromisedNodeGroup.of(
                  ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
          .addConditions(
              PatientCondition.of(Condition.SKIN_METASTASES, List.of(ANATOMY.region("FLANK_L"))));
    }
    String leftOut =
        "Affected region LOWER_BACK_L is left out: its route runs through the skin of FLANK_L,"
            + " which is left out (skin metastases [S44] in FLANK_L).";
    Plan plan = planner.plan(both.build());
    Protocol p = plan.protocol().orElseThrow();
    assertThat(p.treats()).extracting(Region::id).containsExactly("ABDOMEN_L");
    assertThat(p.id()).isEqualTo("plan-abdomen-l");
    assertThat(p.title()).doesNotContain("back");
    assertThat(plan.notes())
        .contains(leftOut)
        .noneMatch(n -> n.startsWith("LOWER_BACK_L: Rerouted"));

    Plan refused = planner.plan(back.build());
    assertThat(refused.isPlanned()).isFalse();
    assertThat(refused.notes())
        .contains(leftOut)
        .last()
        .isEqualTo(
            "Every affected region is left out for this patient, so there is nothing to drain: no"
                + " protocol is planned.");
  }

  @Test
  void leavesOutARerouteWhoseAnastomosisCannotBePreparedFirst() {
    // Found by PlannerProperties: with the right flank left out, nothing on the trunk can be
    // drained
    // across the right axillo-inguinal anastomosis before the outer thigh is brought over it.
    PatientContext patient =
        PatientContext.builder()
            .addAffected(ANATOMY.region("THIGH_MEDIAL_R"))
            .addCompromised(
                CompromisedNodeGroup.of(
                    ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_R"), Compromise.REMOVED))
            .addConditions(
                PatientCondition.of(Condition.SKIN_METASTASES, List.of(ANATOMY.region("FLANK_R"))))
            .build();
    Plan plan = planner.plan(patient);
    assertThat(plan.protocol().orElseThrow().steps())
        .noneMatch(s -> s.site().id().equals("THIGH_LATERAL_R"))
        .anyMatch(s -> s.site().id().equals("THIGH_MEDIAL_R"));
    assertThat(plan.notes())
        .contains(
            "THIGH_LATERAL_R is left out: its reroute crosses the right axillo-inguinal"
                + " anastomosis into the right axillary nodes, and the trunk beside it (FLANK_R)"
                + " cannot be drained across it first.");
    assertThat(Validator.standard().validate(plan.protocol().orElseThrow(), patient).findings())
        .extracting(Finding::ruleId)
        .doesNotContain(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS);
  }

  @Test
  void followsTheOptions() {
    PlanOptions options =
        PlanOptions.builder()
            .addPreferredStrokes(Stroke.SKIN_STRETCH)
            .repetitions(7)
            .detail(Detail.BRIEF)
            .protocolId("my-plan")
            .build();
    Protocol p = planner.plan(ResearchFixtures.intactLeftLeg(), options).protocol().orElseThrow();
    assertThat(p.id()).isEqualTo("my-plan");
    assertThat(p.steps()).extracting(Step::repetitions).containsOnly(7);
    assertThat(p.steps())
        .filteredOn(s -> !s.site().id().equals("CISTERNA_CHYLI"))
        .extracting(Step::stroke)
        .containsOnly(Stroke.SKIN_STRETCH);
    Protocol standard = planner.plan(ResearchFixtures.intactLeftLeg()).protocol().orElseThrow();
    assertThat(p.stepCount()).isLessThan(standard.stepCount());
    Protocol detailed =
        planner
            .plan(
                ResearchFixtures.intactLeftLeg(),
                PlanOptions.defaults().withDetail(Detail.DETAILED))
            .protocol()
            .orElseThrow();
    assertThat(detailed.stepCount()).isGreaterThan(standard.stepCount());
  }

  @Test
  void opensTheTerminusOnlyWhenNoRegionIsAffected() {
    Plan plan = planner.plan(PatientContext.none());
    assertThat(plan.protocol().orElseThrow().sequences())
        .extracting(Sequence::name)
        .containsExactly("Open the terminus");
    assertThat(plan.notes())
        .containsExactly("No affected region is given: the plan opens the terminus only.");
  }

  @Test
  void refusesAPatientFromAnotherAnatomy() {
    io.github.lympha.anatomy.Region alien =
        io.github.lympha.anatomy.Region.builder()
            .id("TAIL_L")
            .name("tail")
            .side(io.github.lympha.anatomy.Side.LEFT)
            .part(io.github.lympha.anatomy.BodyPart.THIGH)
            .territory("LEG_L")
            .addSources("S25")
            .build();
    Plan plan = planner.plan(PatientContext.builder().addAffected(alien).build());
    assertThat(plan.isPlanned()).isFalse();
    assertThat(plan.explanation())
        .startsWith("Affected region TAIL_L is not part of the planner's anatomy");
  }

  private static List<String> ids(Sequence s) {
    return s.steps().stream().map(Step::site).map(Site::id).collect(Collectors.toList());
  }

  private static Step stepOn(Protocol p, String siteId) {
    return p.steps().stream().filter(s -> s.site().id().equals(siteId)).findFirst().orElseThrow();
  }
}
