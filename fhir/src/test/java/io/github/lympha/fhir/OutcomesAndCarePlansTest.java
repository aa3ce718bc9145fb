package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Plan;
import io.github.lympha.research.Planner;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.junit.jupiter.api.Test;

class OutcomesAndCarePlansTest {
  /** The leg protocol with its first step's stroke swapped for one that does not suit the site. */
  private static Protocol flawed() {
    Protocol p = Catalogue.legIntactInguinal();
    var seq = p.sequences().get(1);
    var step = seq.steps().get(0);
    Stroke wrong =
        step.stroke() == Stroke.ABDOMINAL_BREATHING ? Stroke.PUMP : Stroke.ABDOMINAL_BREATHING;
    var steps = new java.util.ArrayList<>(seq.steps());
    steps.set(0, step.withStroke(wrong));
    var seqs = new java.util.ArrayList<>(p.sequences());
    seqs.set(1, seq.withSteps(steps));
    return p.withSequences(seqs);
  }

  @Test
  void eachFindingBecomesAnIssuePointingAtItsAction() {
    ValidationReport report = Validator.standard().validate(flawed());
    assertThat(report.findings()).isNotEmpty();
    OperationOutcome oo = OperationOutcomes.from(report);
    assertThat(oo.getIssue()).hasSize(report.findings().size());
    for (int k = 0; k < report.findings().size(); k++) {
      Finding f = report.findings().get(k);
      OperationOutcomeIssueComponent issue = oo.getIssue().get(k);
      assertThat(issue.getSeverity()).isEqualTo(OperationOutcomes.severity(f.severity()));
      assertThat(((CodeType) issue.getExtensionByUrl(OperationOutcomes.RULE).getValue()).getValue())
          .isEqualTo(f.ruleId());
      assertThat(issue.getDetails().getText()).isEqualTo(f.message());
      assertThat(issue.getExpression().get(0).getValue())
          .isEqualTo(
              f.location()
                  .map(
                      l ->
                          "PlanDefinition.action["
                              + l.sequenceIndex()
                              + "].action["
                              + l.stepIndex()
                              + "]")
                  .orElse("PlanDefinition"));
    }
    assertThat(oo.getIssue())
        .anySatisfy(
            i ->
                assertThat(i.getExpression().get(0).getValue())
                    .isEqualTo("PlanDefinition.action[1].action[0]"));
    assertThat(SharedValidator.problems(oo)).isEmpty();
  }

  @Test
  void aReportWithoutFindingsIsOneInformationalIssue() {
    Protocol p = Catalogue.legIntactInguinal();
    ValidationReport report = Validator.standard().validate(p);
    OperationOutcome oo = OperationOutcomes.from(report.findings().isEmpty() ? report : report);
    if (report.findings().isEmpty()) {
      assertThat(oo.getIssue())
          .singleElement()
          .satisfies(
              i ->
                  assertThat(i.getSeverity())
                      .isEqualTo(OperationOutcome.IssueSeverity.INFORMATION));
    }
    assertThat(SharedValidator.problems(oo)).isEmpty();
  }

  @Test
  void aPlanBecomesACarePlanInstantiatingThePlanDefinition() {
    String id = Catalogue.ids().get(Catalogue.ids().size() - 1);
    Plan plan =
        Planner.standard().plan(Catalogue.patientFor(Catalogue.armAfterAxillaryDissection().id()));
    assertThat(plan.isPlanned()).isTrue();
    CarePlan cp = CarePlans.from(plan, "Patient/p1");
    Protocol protocol = plan.protocol().orElseThrow();
    assertThat(cp.getInstantiatesCanonical().get(0).getValue())
        .isEqualTo(PlanDefinitions.from(protocol).getUrl() + "|" + protocol.version());
    assertThat(cp.getSubject().getReference()).isEqualTo("Patient/p1");
    assertThat(cp.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
    assertThat(cp.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
    assertThat(cp.getNote()).hasSize(plan.notes().size());
    assertThat(SharedValidator.problems(cp)).as(id).isEmpty();
  }

  @Test
  void refusesACarePlanWithoutAPatient() {
    Plan plan =
        Planner.standard().plan(Catalogue.patientFor(Catalogue.armAfterAxillaryDissection().id()));
    assertThatThrownBy(() -> CarePlans.from(plan, "Person/1"))
        .hasMessageContaining("Invalid patient reference: \"Person/1\"");
  }

  @Test
  void everyConformanceResourceIsOneTheValidatorKnows() {
    assertThat(Conformance.resources())
        .extracting(r -> r.getUrl())
        .doesNotHaveDuplicates()
        .contains(
            OperationOutcomes.RULE,
            PlanDefinitions.STROKE,
            FhirNames.TECHNIQUE_SYSTEM,
            FhirNames.ANATOMY_SYSTEM,
            FhirNames.PROTOCOL_PROFILE);
  }
}
