package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.ANATOMY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The planner's law of {@link PlannerProperties}, checked for every patient of one shape rather
 * than for drawn ones: one affected region, one removed node group (not a terminus), and no or one
 * trunk region bypassed for skin metastases. The random law once drew such a patient and found a
 * plan that crossed an anastomosis whose trunk side was bypassed; this sweep holds the whole
 * family.
 */
@Tag("slow")
class PlannerSweepTest {
  @Test
  void everyPlanForOneRemovedGroupAndOneBypassedTrunkRegionIsSound() {
    Validator validator = Validator.standard();
    Planner planner = Planner.standard();
    List<Optional<Region>> bypassed = new ArrayList<>();
    bypassed.add(Optional.empty());
    for (Region r : ANATOMY.regions()) {
      if (r.part().area() == BodyArea.TRUNK) {
        bypassed.add(Optional.of(r));
      }
    }
    List<String> unsound = new ArrayList<>();
    int planned = 0;
    for (Region affected : ANATOMY.regions()) {
      for (NodeGroup removed : ANATOMY.nodeGroups()) {
        if (removed.isTerminus()) {
          continue; // as in Generators: no route could avoid a compromised terminus
        }
        for (Optional<Region> skin : bypassed) {
          PatientContext.Builder b =
              PatientContext.builder()
                  .addAffected(affected)
                  .addCompromised(CompromisedNodeGroup.of(removed, Compromise.REMOVED));
          skin.ifPresent(
              r -> b.addConditions(PatientCondition.of(Condition.SKIN_METASTASES, List.of(r))));
          PatientContext patient = b.build();
          Plan plan = planner.plan(patient);
          if (plan.protocol().isEmpty()) {
            continue;
          }
          planned++;
          ValidationReport report = validator.validate(plan.protocol().get(), patient);
          for (Finding f : report.findings()) {
            if (f.severity() == Severity.ERROR
                || (f.severity() == Severity.WARNING
                    && PlannerProperties.SEQUENCE_AND_DIRECTION_RULES.contains(f.ruleId()))) {
              unsound.add(
                  affected.id()
                      + ", "
                      + removed.id()
                      + " removed, skin of "
                      + skin.map(Region::id).orElse("nothing")
                      + " bypassed: "
                      + f.ruleId());
            }
          }
        }
      }
    }
    assertThat(planned).as("patients planned for").isGreaterThan(10_000);
    assertThat(unsound).isEmpty();
  }
}
