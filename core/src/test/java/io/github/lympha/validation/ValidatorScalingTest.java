package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.group;
import static io.github.lympha.validation.Fixtures.region;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Validation stays linear in the number of steps. A guard against quadratic rules, with a loose
 * bound (the JMH benchmark in {@code examples} measures properly): a quadratic rule would make a
 * step of a 10,000-step protocol about 100 times dearer than one of a 100-step protocol.
 */
class ValidatorScalingTest {
  private static final List<Step> BLOCK =
      List.of(
          step("TERMINUS_L", "TERMINUS_L"),
          step("TERMINUS_R", "TERMINUS_R"),
          step("NECK_L", "TERMINUS_L"),
          step("AXILLARY_L", "AXILLARY_L"),
          step("CUBITAL_L", "CUBITAL_L"),
          step("INGUINAL_SUPERFICIAL_L", "INGUINAL_SUPERFICIAL_L"),
          step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
          step("KNEE_L", "AXILLARY_L"),
          step("THIGH_LATERAL_L", "AXILLARY_L"),
          step("FLANK_L", "AXILLARY_L"),
          step("CHEST_L", "AXILLARY_R"),
          step("SHIN_L", "POPLITEAL_L"),
          step("FACE_LOWER_L", "SUBMANDIBULAR_L"),
          step("THIGH_MEDIAL_L", "CISTERNA_CHYLI"),
          step("CALF_R", "POPLITEAL_R").withRepetitions(20).withPressure(Pressure.ofMmHg(40)),
          step("SUPRAPUBIC_L", "INGUINAL_SUPERFICIAL_R"),
          step("BREAST_L", "PARASTERNAL_L"));

  private static final PatientContext PATIENT =
      PatientContext.builder()
          .addAffected(region("FOOT_L"))
          .addCompromised(CompromisedNodeGroup.of(group("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
          .addConditions(PatientCondition.of(Condition.AGE_OVER_60))
          .build();

  static Protocol ofSteps(int n) {
    List<Sequence> sequences = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      steps.add(BLOCK.get(i % BLOCK.size()));
      if (steps.size() == 100 || i == n - 1) {
        sequences.add(Sequence.of("Phase " + (sequences.size() + 1), steps));
        steps = new ArrayList<>();
      }
    }
    return Protocol.builder()
        .id("scaling")
        .title("Scaling")
        .addTreats(region("FOOT_L"))
        .addAllSequences(sequences)
        .build();
  }

  /** The best of several timed runs, in nanoseconds per step. */
  private static double nanosPerStep(Protocol protocol, int runs) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      Validator.standard().validate(protocol, PATIENT);
      best = Math.min(best, System.nanoTime() - start);
    }
    return (double) best / protocol.stepCount();
  }

  @Test
  void costPerStepDoesNotGrowWithTheProtocol() {
    Protocol small = ofSteps(100);
    Protocol large = ofSteps(10_000);
    nanosPerStep(small, 100); // warm up
    nanosPerStep(large, 1);
    double ratio = nanosPerStep(large, 3) / nanosPerStep(small, 100);
    assertThat(ratio).as("per-step cost at 10,000 steps / at 100 steps").isLessThan(5);
    assertThat(Validator.standard().validate(small, PATIENT).findings()).hasSizeGreaterThan(50);
  }
}
