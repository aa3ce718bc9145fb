package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.afterInguinalDissection;
import static io.github.lympha.validation.Fixtures.ankleSwelling;
import static io.github.lympha.validation.Fixtures.seedLeg;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class StructureTest {
  private static final PatientContext PATIENT = ankleSwelling();

  private static Structure of(Protocol protocol) {
    return new Structure(protocol, PATIENT, Policy.standard());
  }

  /** The seed protocol with its first phase changed. */
  private static Protocol withFirstPhase(UnaryOperator<Sequence> change) {
    List<Sequence> sequences = new ArrayList<>(seedLeg().sequences());
    sequences.set(0, change.apply(sequences.get(0)));
    return seedLeg().withSequences(sequences);
  }

  /** The seed protocol with the first step of its first phase changed. */
  private static Protocol withFirstStep(UnaryOperator<Step> change) {
    return withFirstPhase(
        seq -> {
          List<Step> steps = new ArrayList<>(seq.steps());
          steps.set(0, change.apply(steps.get(0)));
          return seq.withSteps(steps);
        });
  }

  /** The seed protocol with one step of its leg phase replaced. */
  private static Protocol withLegStep(int index, Step step) {
    List<Sequence> sequences = new ArrayList<>(seedLeg().sequences());
    List<Step> steps = new ArrayList<>(sequences.get(1).steps());
    steps.set(index, step);
    sequences.set(1, sequences.get(1).withSteps(steps));
    return seedLeg().withSequences(sequences);
  }

  @Test
  void ignoresHowStepsAreDoneAndTheProtocolsTexts() {
    Structure seed = of(seedLeg());

    assertThat(of(withFirstStep(s -> s.withRepetitions(20))))
        .isEqualTo(seed)
        .hasSameHashCodeAs(seed);
    assertThat(of(withFirstStep(s -> s.withPressure(Pressure.of(PressureLevel.FIRM)))))
        .isEqualTo(seed);
    assertThat(of(withFirstStep(s -> s.withTempo(Tempo.ofSeconds(0.5))))).isEqualTo(seed);
    assertThat(of(withFirstStep(s -> s.withHands("both hands").withNote("slowly"))))
        .isEqualTo(seed);
    assertThat(of(seedLeg().withTitle("Another title").withDescription("Other words")))
        .isEqualTo(seed);
  }

  @Test
  void differsWhenWhereOrWithWhichStrokeAStepIsDoneDiffers() {
    Structure seed = of(seedLeg());
    Step first = seedLeg().sequences().get(0).steps().get(0);
    Stroke other =
        first.stroke() == Stroke.STATIONARY_CIRCLE ? Stroke.PUMP : Stroke.STATIONARY_CIRCLE;

    assertThat(of(withFirstStep(s -> s.withStroke(other)))).isNotEqualTo(seed);
    assertThat(of(withFirstStep(s -> seedLeg().steps().get(seedLeg().stepCount() - 1))))
        .isNotEqualTo(seed);
    assertThat(of(withLegStep(0, step("THIGH_POSTERIOR_L", "INGUINAL_SUPERFICIAL_L"))))
        .isNotEqualTo(seed);
    assertThat(of(withLegStep(2, step("KNEE_L", "AXILLARY_L")))).isNotEqualTo(seed);
    assertThat(of(withFirstPhase(seq -> seq.withName(seq.name() + " again")))).isNotEqualTo(seed);
    assertThat(of(withFirstPhase(seq -> seq.withRepeats(seq.repeats() + 1)))).isNotEqualTo(seed);
    assertThat(of(withFirstPhase(seq -> seq.withSteps(seq.steps().subList(1, seq.steps().size())))))
        .isNotEqualTo(seed);
  }

  @Test
  void differsForAnotherIdTreatedAreaPatientPolicyOrAnatomyInstance() {
    Structure seed = of(seedLeg());

    assertThat(of(seedLeg().withId("another-id"))).isNotEqualTo(seed);
    assertThat(of(seedLeg().withTreats(List.of()))).isNotEqualTo(seed);
    assertThat(new Structure(seedLeg(), afterInguinalDissection(), Policy.standard()))
        .isNotEqualTo(seed);
    assertThat(new Structure(seedLeg(), PATIENT, Policy.strict())).isNotEqualTo(seed);
    assertThat(of(seedLeg().withAnatomy(seedLeg().anatomy().toBuilder().build())))
        .isNotEqualTo(seed);
  }

  @Test
  void isEqualOnlyToAStructureAndAnotherStepOrPhaseChangesItsHash() {
    Structure seed = of(seedLeg());
    assertThat(seed.equals(seedLeg())).isFalse();
    assertThat(seed).isEqualTo(of(seedLeg()));
    // Each differs from the seed by one part of the hash's sum, so the hash must differ.
    assertThat(of(withFirstPhase(seq -> seq.withRepeats(seq.repeats() + 1))).hashCode())
        .isNotEqualTo(seed.hashCode());
    Step first = seedLeg().sequences().get(0).steps().get(0);
    Stroke other =
        first.stroke() == Stroke.STATIONARY_CIRCLE ? Stroke.PUMP : Stroke.STATIONARY_CIRCLE;
    assertThat(of(withFirstStep(s -> s.withStroke(other))).hashCode())
        .isNotEqualTo(seed.hashCode());
  }
}
