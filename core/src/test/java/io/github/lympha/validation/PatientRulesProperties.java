package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of the rules on the patient's conditions: clearances and statuses (issue 17). */
class PatientRulesProperties {
  private static final Clearance CLEARANCE = Clearance.of("Dr. Law", "MLD as planned");

  private static PatientContext cleared(PatientContext p) {
    List<PatientCondition> conditions = new ArrayList<>();
    for (PatientCondition c : p.conditions()) {
      conditions.add(c.withClearance(CLEARANCE));
    }
    return p.withConditions(conditions);
  }

  private static List<String> keys(ValidationReport r, Severity s) {
    return r.findings(s).stream()
        .map(f -> f.ruleId() + " " + f.location().map(l -> l.pointer()).orElse(""))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void aClearanceNeverRaisesASeverityNorLiftsAnAbsoluteContraindication() {
    Laws.check(
        300,
        Generators.protocols(),
        Generators.patientContexts(),
        (Protocol protocol, PatientContext patient) -> {
          for (Policy policy : List.of(Policy.standard(), Policy.strict())) {
            Validator v = Validator.builder().policy(policy).build();
            ValidationReport before = v.validate(protocol, patient);
            ValidationReport after = v.validate(protocol, cleared(patient));
            assertThat(after.findings(Severity.ERROR))
                .hasSize(before.findings(Severity.ERROR).size());
            assertThat(keys(after, Severity.ERROR)).isEqualTo(keys(before, Severity.ERROR));
            assertThat(after.findings(Severity.WARNING).size())
                .isLessThanOrEqualTo(before.findings(Severity.WARNING).size());
            assertThat(after.findings().size()).isEqualTo(before.findings().size());
          }
        });
  }

  @Test
  void aResolvedConditionNeverGivesAContraindicationFinding() {
    Laws.check(
        200,
        Generators.qualifiedConditions(),
        (PatientCondition c) -> {
          PatientCondition resolved =
              c.withStatus(io.github.lympha.patient.ConditionStatus.RESOLVED);
          for (Policy policy : List.of(Policy.standard(), Policy.strict())) {
            assertThat(ConditionAssessment.of(resolved, policy).cls).isEmpty();
          }
        });
  }

  @Test
  void theStrictPolicyNeverGivesAMilderClassThanTheStandardOne() {
    Laws.check(
        300,
        Generators.qualifiedConditions(),
        (PatientCondition c) -> {
          ConditionAssessment standard = ConditionAssessment.of(c, Policy.standard());
          ConditionAssessment strict = ConditionAssessment.of(c, Policy.strict());
          assertThat(strict.cls.isPresent()).isEqualTo(standard.cls.isPresent());
          if (standard.is(ContraindicationClass.ABSOLUTE)) {
            assertThat(strict.cls).contains(ContraindicationClass.ABSOLUTE);
          }
          assertThat(strict.why.toLowerCase(Locale.ROOT)).doesNotContain("diagnos");
        });
  }
}
