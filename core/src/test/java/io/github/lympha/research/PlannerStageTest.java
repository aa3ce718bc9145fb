package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the ISL stage of an affected area changes in a plan: its routes never (the sources tie
 * rerouting to the compromised node groups, not to the stage), its pressure only where the stage or
 * the tissue says fibrosis [S8][S38][S57].
 */
class PlannerStageTest {
  private static final Anatomy ANATOMY = Anatomy.standard();
  private static final Planner PLANNER = Planner.standard();
  private static final List<String> LEFT_LEG =
      List.of("THIGH_MEDIAL_L", "THIGH_LATERAL_L", "KNEE_L", "CALF_L", "SHIN_L", "FOOT_L");
  private static final PlanOptions MODERATE =
      PlanOptions.builder().pressure(Pressure.of(PressureLevel.MODERATE)).build();

  private static List<Region> regions(List<String> ids) {
    return ids.stream().map(ANATOMY::region).collect(Collectors.toList());
  }

  private static AffectedArea area(List<String> ids, Optional<IslStage> stage) {
    AffectedArea.Builder b =
        AffectedArea.builder().addAllRegions(regions(ids)).cause(OedemaCause.SECONDARY_LYMPHOEDEMA);
    stage.ifPresent(b::stage);
    return b.build();
  }

  /** A left leg after left inguinal dissection, its area at the given stage. */
  private static PatientContext leftLegAfterDissection(Optional<IslStage> stage) {
    return PatientContext.builder()
        .addAreas(area(LEFT_LEG, stage))
        .addCompromised(
            CompromisedNodeGroup.of(
                ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(ANATOMY.nodeGroup("INGUINAL_DEEP_L"), Compromise.REMOVED))
        .tissue(TissueState.NORMAL)
        .build();
  }

  private static Protocol planned(PatientContext patient, PlanOptions options) {
    Plan plan = PLANNER.plan(patient, options);
    assertThat(plan.isPlanned()).as(plan.explanation()).isTrue();
    return plan.protocol().orElseThrow();
  }

  private static List<String> route(Protocol p) {
    return p.steps().stream()
        .map(
            s ->
                s.site().id()
                    + "->"
                    + s.toward().id()
                    + s.via().map(a -> "(" + a.id() + ")").orElse(""))
        .collect(Collectors.toList());
  }

  @Test
  void everyStageGetsTheSameRerouteAndValidatesClean() {
    List<String> unstaged =
        route(planned(leftLegAfterDissection(Optional.empty()), PlanOptions.defaults()));
    assertThat(unstaged).contains("THIGH_LATERAL_L->AXILLARY_L(AIA_L)");
    for (IslStage stage : IslStage.values()) {
      PatientContext patient = leftLegAfterDissection(Optional.of(stage));
      Protocol p = planned(patient, PlanOptions.defaults());
      ValidationReport report = Validator.standard().validate(p, patient);
      assertThat(report.findings(Severity.ERROR)).as(stage + ": " + report.findings()).isEmpty();
      assertThat(report.findings(Severity.WARNING)).as(stage + ": " + report.findings()).isEmpty();
      assertThat(route(p)).as(stage.label()).isEqualTo(unstaged);
      assertThat(p.steps()).allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
    }
  }

  @Test
  void firmerPressureGoesOnlyOnTheAreaAtStageThree() {
    PatientContext patient = leftLegAfterDissection(Optional.of(IslStage.STAGE_III));
    Plan plan = PLANNER.plan(patient, MODERATE);
    Protocol p = plan.protocol().orElseThrow();
    for (Step s : p.steps()) {
      boolean leg = LEFT_LEG.contains(s.site().id());
      assertThat(s.pressure())
          .as(s.site().id())
          .isEqualTo(leg ? Pressure.of(PressureLevel.MODERATE) : Pressure.light());
    }
    assertThat(p.steps()).anyMatch(s -> s.site().id().equals("TERMINUS_L"));
    assertThat(plan.notes())
        .contains(
            "The moderate pressure is used only on the fibrotic regions THIGH_MEDIAL_L,"
                + " THIGH_LATERAL_L, KNEE_L, CALF_L, SHIN_L, FOOT_L [S8][S38][S57]; every other"
                + " step keeps light pressure [S7][S37]. Sources disagree on firmer pressure: the"
                + " validator reports it.");
    ValidationReport report = Validator.standard().validate(p, patient);
    assertThat(report.findings(Severity.ERROR)).as(report.findings().toString()).isEmpty();
    assertThat(report.findings(Severity.WARNING))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.ruleId()).isEqualTo(RuleIds.PRESSURE_TOO_HIGH);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(LEFT_LEG).containsAll(f.sites().subList(0, 1));
            });
  }

  @Test
  void belowStageThreeFirmerPressureIsNotUsedAndThePlanSaysWhy() {
    for (IslStage stage : List.of(IslStage.STAGE_0, IslStage.STAGE_I, IslStage.STAGE_II)) {
      PatientContext patient = leftLegAfterDissection(Optional.of(stage));
      Plan plan = PLANNER.plan(patient, MODERATE);
      Protocol p = plan.protocol().orElseThrow();
      assertThat(p.steps()).allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
      assertThat(plan.notes())
          .contains(
              "No affected region is recorded as fibrotic (or at ISL stage III [S57]), so every"
                  + " step keeps light pressure [S7][S37] instead of moderate.");
      ValidationReport report = Validator.standard().validate(p, patient);
      assertThat(report.findings(Severity.ERROR)).isEmpty();
      assertThat(report.findings(Severity.WARNING)).as(stage.label()).isEmpty();
    }
  }

  @Test
  void aStageOnOneLegChangesOnlyThatLegsSteps() {
    List<String> rightLeg =
        List.of("THIGH_MEDIAL_R", "THIGH_LATERAL_R", "KNEE_R", "CALF_R", "SHIN_R", "FOOT_R");
    PatientContext patient =
        PatientContext.builder()
            .addAreas(
                area(LEFT_LEG, Optional.of(IslStage.STAGE_III)),
                area(rightLeg, Optional.of(IslStage.STAGE_I)))
            .tissue(TissueState.NORMAL)
            .build();
    Protocol p = planned(patient, MODERATE);
    assertThat(p.steps())
        .filteredOn(s -> rightLeg.contains(s.site().id()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
    assertThat(p.steps())
        .filteredOn(s -> LEFT_LEG.contains(s.site().id()))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.of(PressureLevel.MODERATE)));
    assertThat(Validator.standard().validate(p, patient).findings(Severity.ERROR)).isEmpty();
  }

  @Test
  void aRecordedTissueOverridesTheStageAndThePlainListUsesTheContextsTissue() {
    PatientContext softAtStageThree =
        PatientContext.builder()
            .addAreas(
                AffectedArea.builder()
                    .addAllRegions(regions(List.of("CALF_L")))
                    .stage(IslStage.STAGE_III)
                    .tissue(TissueState.NORMAL)
                    .build())
            .build();
    assertThat(planned(softAtStageThree, MODERATE).steps())
        .allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
    PatientContext fibroticList =
        PatientContext.builder()
            .addAffected(ANATOMY.region("CALF_L"))
            .tissue(TissueState.FIBROTIC)
            .build();
    Protocol p = planned(fibroticList, MODERATE);
    assertThat(p.steps())
        .allSatisfy(
            s ->
                assertThat(s.pressure())
                    .as(s.site().id())
                    .isEqualTo(
                        s.site().id().equals("CALF_L")
                            ? Pressure.of(PressureLevel.MODERATE)
                            : Pressure.light()));
    PatientContext nothingAffected = PatientContext.builder().tissue(TissueState.FIBROTIC).build();
    assertThat(planned(nothingAffected, MODERATE).steps())
        .as("no affected region: nothing is firmer, not even the neck")
        .allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
  }

  @Test
  void aPressureWithinTheLightCeilingIsKeptEverywhere() {
    PlanOptions thirty = PlanOptions.builder().pressure(Pressure.ofMmHg(30)).build();
    Protocol p = planned(leftLegAfterDissection(Optional.empty()), thirty);
    assertThat(p.steps()).allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.ofMmHg(30)));
    PlanOptions forty = PlanOptions.builder().pressure(Pressure.ofMmHg(40)).build();
    assertThat(planned(leftLegAfterDissection(Optional.empty()), forty).steps())
        .allSatisfy(s -> assertThat(s.pressure()).isEqualTo(Pressure.light()));
  }
}
