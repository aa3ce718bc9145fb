package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The planner's law: what it plans is sound for the patient it was planned for. */
class PlannerProperties {
  /**
   * Ordering, direction and removed-node rules: a plan must not trip them even as warnings (some
   * are infos by default, and may then appear).
   */
  static final Set<String> SEQUENCE_AND_DIRECTION_RULES =
      Set.of(
          RuleIds.TERMINUS_NOT_OPENED,
          RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY,
          RuleIds.DISTAL_BEFORE_PROXIMAL,
          RuleIds.REGIONAL_NODES_NOT_PREPARED,
          RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES,
          RuleIds.TARGET_NODE_GROUP_REMOVED,
          RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP,
          RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS,
          RuleIds.SKIPS_REGIONAL_NODE_GROUP,
          RuleIds.ABDOMEN_NOT_CLEARED,
          RuleIds.NO_RETURN_TO_CENTRE);

  private static final Validator VALIDATOR = Validator.standard();

  @Test
  void everyPlanValidatesWithoutErrorsOrOrderingDirectionAndRemovedNodeWarnings() {
    Laws.check(
        200,
        Generators.patientContexts(),
        Generators.planOptions(),
        (PatientContext patient, PlanOptions options) -> {
          Plan plan = Planner.standard().plan(patient, options);
          Optional<Protocol> protocol = plan.protocol();
          assertThat(plan.notes().isEmpty() && protocol.isEmpty())
              .as("a refusal explains itself")
              .isFalse();
          if (protocol.isEmpty()) {
            return;
          }
          ValidationReport report = VALIDATOR.validate(protocol.get(), patient);
          assertThat(report.findings(Severity.ERROR)).as(report.toText()).isEmpty();
          assertThat(report.findings())
              .as(report.toText())
              .filteredOn(f -> f.severity() == Severity.WARNING)
              .extracting(Finding::ruleId)
              .doesNotContainAnyElementsOf(SEQUENCE_AND_DIRECTION_RULES);
        });
  }

  @Test
  void aPlanNeverWorksOrTargetsACompromisedNodeGroup() {
    Laws.check(
        100,
        Generators.patientContexts(),
        (PatientContext patient) -> {
          Planner.standard()
              .plan(patient)
              .protocol()
              .ifPresent(
                  p ->
                      assertThat(p.steps())
                          .noneMatch(
                              s ->
                                  patient.compromisedGroups().contains(s.toward())
                                      || patient.compromisedGroups().contains(s.site())));
        });
  }
}
