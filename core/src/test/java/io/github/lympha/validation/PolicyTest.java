package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyTest {
  /** A policy built here, not the cached standard one, so that its defaults are computed anew. */
  private static Policy named(String name) {
    return Policy.builder().name(name).build();
  }

  @Test
  void aBuiltPolicyTakesTheStandardDefaults() {
    Policy p = named("standard");
    assertThat(p.maxPressureMmHg()).isEqualTo(32.0);
    assertThat(p.maxPressureLevel()).isEqualTo(PressureLevel.LIGHT);
    assertThat(p.firmerPressureOnFibroticTissue()).isTrue();
    assertThat(p.minRepetitions()).isEqualTo(5);
    assertThat(p.maxRepetitions()).isEqualTo(15);
    assertThat(p.minSecondsPerCycle()).isEqualTo(1.0);
    assertThat(p.contraindicationClasses()).isEmpty();
    assertThat(p).isEqualTo(Policy.standard());
  }

  @Test
  void aPressureExceedsTheCeilingByItsLevelOrItsValue() {
    Policy p = named("standard");
    assertThat(p.exceedsPressureCeiling(Pressure.light())).isFalse();
    assertThat(p.exceedsPressureCeiling(Pressure.of(PressureLevel.MODERATE))).isTrue();
    assertThat(p.exceedsPressureCeiling(Pressure.ofMmHg(32))).as("at the ceiling").isFalse();
    assertThat(p.exceedsPressureCeiling(Pressure.ofMmHg(32.5))).isTrue();
    assertThat(p.exceedsPressureCeiling(Pressure.of(PressureLevel.LIGHT, 40)))
        .as("a light level with a value above the ceiling")
        .isTrue();
    assertThat(
            p.withMaxPressureLevel(PressureLevel.MODERATE)
                .exceedsPressureCeiling(Pressure.of(PressureLevel.MODERATE)))
        .isFalse();
  }

  @Test
  void theStrictPolicyTakesTheConservativeSideOfEachDisagreement() {
    Policy strict = Policy.strict();
    assertThat(strict.name()).isEqualTo("strict");
    assertThat(strict.maxPressureMmHg()).isEqualTo(30.0);
    assertThat(strict.maxPressureLevel()).isEqualTo(PressureLevel.LIGHT);
    assertThat(strict.firmerPressureOnFibroticTissue()).isFalse();
    assertThat(strict.minRepetitions()).isEqualTo(5);
    assertThat(strict.maxRepetitions()).isEqualTo(7);
    assertThat(strict.classOf(Condition.ACTIVE_MALIGNANCY))
        .isEqualTo(ContraindicationClass.ABSOLUTE);
    assertThat(strict.classOf(Condition.RENAL_FAILURE)).isEqualTo(ContraindicationClass.ABSOLUTE);
  }

  @Test
  void aConditionKeepsItsDefaultClassUnlessThePolicyOverridesIt() {
    assertThat(Policy.standard().classOf(Condition.ACTIVE_MALIGNANCY))
        .isEqualTo(ContraindicationClass.DEBATED);
    assertThat(Policy.strict().classOf(Condition.BRONCHIAL_ASTHMA))
        .isEqualTo(ContraindicationClass.RELATIVE);
    Policy lenient =
        named("lenient")
            .withContraindicationClasses(
                Map.of(Condition.BRONCHIAL_ASTHMA, ContraindicationClass.DEBATED));
    assertThat(lenient.classOf(Condition.BRONCHIAL_ASTHMA))
        .isEqualTo(ContraindicationClass.DEBATED);
  }

  @Test
  void acceptsEveryBoundAtTheEdgesOfItsRange() {
    Policy p = named("edges");
    assertThat(p.withMaxPressureMmHg(200).maxPressureMmHg()).isEqualTo(200.0);
    assertThat(p.withMaxPressureMmHg(0.5).maxPressureMmHg()).isEqualTo(0.5);
    assertThat(p.withMinRepetitions(1).minRepetitions()).isEqualTo(1);
    assertThat(p.withMaxRepetitions(1000).maxRepetitions()).isEqualTo(1000);
    assertThat(p.withMaxRepetitions(5).maxRepetitions()).isEqualTo(5);
    assertThat(p.withMaxRepetitions(1000).withMinRepetitions(1000).minRepetitions())
        .isEqualTo(1000);
    assertThat(p.withMinSecondsPerCycle(0.2).minSecondsPerCycle()).isEqualTo(0.2);
    assertThat(p.withMinSecondsPerCycle(60).minSecondsPerCycle()).isEqualTo(60.0);
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A policy name must not be blank");
  }

  @Test
  void rejectsAPressureCeilingOutsideZeroTo200MmHg() {
    Policy p = named("p");
    for (double bad : new double[] {0, -1, 200.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> p.withMaxPressureMmHg(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Invalid value for maxPressureMmHg: %s; expected more than 0 and at most 200.0", bad);
    }
  }

  @Test
  void rejectsRepetitionBoundsOutsideTheStepRangeOrInTheWrongOrder() {
    Policy p = named("p");
    assertThatThrownBy(() -> p.withMinRepetitions(0))
        .hasMessage("Invalid value for minRepetitions: 0; expected 1 to 1000");
    assertThatThrownBy(() -> p.withMaxRepetitions(1000).withMinRepetitions(1001))
        .hasMessage("Invalid value for minRepetitions: 1001; expected 1 to 1000");
    assertThatThrownBy(() -> p.withMaxRepetitions(4))
        .hasMessage("Invalid value for maxRepetitions: 4; expected 5 (minRepetitions) to 1000");
    assertThatThrownBy(() -> p.withMaxRepetitions(1001))
        .hasMessage("Invalid value for maxRepetitions: 1001; expected 5 (minRepetitions) to 1000");
  }

  @Test
  void rejectsAShortestCycleOutsideTheTempoRange() {
    Policy p = named("p");
    for (double bad : new double[] {0.19, 60.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> p.withMinSecondsPerCycle(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Invalid value for minSecondsPerCycle: %s; expected 0.2 to 60.0", bad);
    }
  }
}
