package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner uses the patient's new facts (issue 17), and its plans for them validate clean. */
class PlannerPatientTest {
  private static final Anatomy ANATOMY = Anatomy.standard();
  private static final AffectedArea LEFT_LEG =
      AffectedArea.of(
          List.of(ANATOMY.region("CALF_L"), ANATOMY.region("FOOT_L")),
          OedemaCause.SECONDARY_LYMPHOEDEMA);

  private static Protocol planned(PatientContext patient) {
    Plan plan = Planner.standard().plan(patient);
    assertThat(plan.isPlanned()).as("%s", plan.notes()).isTrue();
    Protocol protocol = plan.protocol().orElseThrow();
    ValidationReport report = Validator.standard().validate(protocol, patient);
    assertThat(report.findings(Severity.ERROR)).as(report.toText()).isEmpty();
    assertThat(report.findings(Severity.WARNING)).as(report.toText()).isEmpty();
    return protocol;
  }

  @Test
  void plansNoDeepAbdominalWorkInPregnancy() {
    PatientContext patient =
        PatientContext.builder()
            .addAreas(AffectedArea.of(LEFT_LEG.regions(), OedemaCause.VENOUS))
            .addConditions(
                PatientCondition.builder().condition(Condition.PREGNANCY).trimester(2).build())
            .build();
    Protocol protocol = planned(patient);
    assertThat(protocol.steps())
        .noneMatch(s -> s.stroke() == Stroke.ABDOMINAL_BREATHING)
        .noneMatch(s -> s.site().part() == BodyPart.ABDOMEN)
        .anyMatch(s -> s.site().id().equals("CALF_L"));
  }

  @Test
  void plansSelfCareWithTheLeafletsRepetitionsAndStrokes() {
    PatientContext patient =
        PatientContext.builder().setting(Setting.SELF_CARE).addAreas(LEFT_LEG).build();
    Protocol protocol = planned(patient);
    ValidationReport report = Validator.standard().validate(protocol, patient);
    assertThat(report.findings())
        .noneMatch(f -> f.ruleId().equals("STROKE_NOT_FOR_SELF_CARE"))
        .noneMatch(f -> f.ruleId().equals("TOO_FEW_REPETITIONS"));
    Set<Stroke> selfCare =
        Set.of(
            Stroke.SKIN_STRETCH,
            Stroke.STATIONARY_CIRCLE,
            Stroke.SCOOP,
            Stroke.EFFLEURAGE,
            Stroke.ABDOMINAL_BREATHING);
    assertThat(protocol.steps()).extracting(Step::stroke).allMatch(selfCare::contains);
    assertThat(protocol.steps())
        .filteredOn(s -> s.stroke() != Stroke.EFFLEURAGE)
        .allMatch(s -> s.repetitions() >= 10);
    assertThat(planned(patient.withSetting(Setting.THERAPIST)).steps())
        .anyMatch(s -> s.stroke() == Stroke.PUMP || s.stroke() == Stroke.ROTARY)
        .allMatch(s -> s.repetitions() < 10);
  }

  @Test
  void plansForControlledHeartFailureAndRefusesDecompensatedOne() {
    PatientCondition controlled =
        PatientCondition.builder()
            .condition(Condition.HEART_FAILURE)
            .status(ConditionStatus.CONTROLLED)
            .clearance(Clearance.of("Dr. Amsel, cardiology", "MLD of the left leg"))
            .build();
    PatientContext patient =
        PatientContext.builder().addAreas(LEFT_LEG).addConditions(controlled).build();
    planned(patient);
    PatientContext nyhaFour =
        patient.withConditions(
            List.of(
                PatientCondition.builder()
                    .condition(Condition.HEART_FAILURE)
                    .nyhaClass(4)
                    .build()));
    assertThat(Planner.standard().plan(nyhaFour).isPlanned()).isFalse();
    PatientContext resolvedInfection =
        patient.withConditions(
            List.of(
                PatientCondition.builder()
                    .condition(Condition.ACUTE_INFECTION)
                    .status(ConditionStatus.RESOLVED)
                    .build()));
    planned(resolvedInfection);
  }
}
