package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StepTest {
  private final Anatomy anatomy = Anatomy.standard();

  private Step thigh() {
    return Step.builder()
        .site(anatomy.region("THIGH_MEDIAL_L"))
        .stroke(Stroke.PUMP)
        .toward(anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"))
        .build();
  }

  @Test
  void defaultsToLightPressureStandardTempoAndFiveRepetitions() {
    Step step = thigh();
    assertThat(step.pressure()).isEqualTo(Pressure.light());
    assertThat(step.tempo()).isEqualTo(Tempo.standard());
    assertThat(step.repetitions()).isEqualTo(5).isEqualTo(Step.DEFAULT_REPETITIONS);
    assertThat(step.via()).isEmpty();
    assertThat(step.hands()).isEmpty();
    assertThat(step.note()).isEmpty();
    assertThat(step.isNodeGroupStep()).isFalse();
  }

  @Test
  void aNodeGroupStepWorksTheGroupItself() {
    Step step =
        Step.builder()
            .site(anatomy.nodeGroup("AXILLARY_R"))
            .stroke(Stroke.STATIONARY_CIRCLE)
            .toward(anatomy.nodeGroup("AXILLARY_R"))
            .build();
    assertThat(step.isNodeGroupStep()).isTrue();
  }

  @Test
  void durationIsTempoTimesRepetitions() {
    assertThat(thigh().duration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(thigh().withTempo(Tempo.ofSeconds(6)).withRepetitions(3).duration())
        .isEqualTo(Duration.ofSeconds(18));
  }

  @Test
  void rejectsZeroRepetitionsNamingTheValue() {
    assertThatThrownBy(() -> thigh().withRepetitions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for repetitions: 0; expected 1 to 1000");
    assertThatThrownBy(() -> thigh().withRepetitions(1001))
        .hasMessageContaining("repetitions: 1001");
    assertThatThrownBy(
            () ->
                Step.builder()
                    .site(anatomy.region("KNEE_L"))
                    .stroke(Stroke.STATIONARY_CIRCLE)
                    .toward(anatomy.nodeGroup("POPLITEAL_L"))
                    .repetitions(-4)
                    .build())
        .hasMessageContaining("repetitions: -4");
  }

  @Test
  void acceptsCountsAndTextsAtTheEndsOfTheirRanges() {
    String longest = "x".repeat(Step.MAX_TEXT);
    Step step = thigh().withRepetitions(Step.MAX_REPETITIONS).withHands(longest).withNote(longest);
    assertThat(step.repetitions()).isEqualTo(Step.MAX_REPETITIONS);
    assertThat(step.hands()).contains(longest);
    assertThat(thigh().withRepetitions(1).repetitions()).isOne();
    assertThatThrownBy(() -> thigh().withRepetitions(Step.MAX_REPETITIONS + 1))
        .hasMessageContaining("repetitions: " + (Step.MAX_REPETITIONS + 1));
    assertThatThrownBy(() -> thigh().withHands("x".repeat(Step.MAX_TEXT + 1)))
        .hasMessageContaining("hands is 2001 characters long");
  }

  @Test
  void rejectsBlankOrOverlongHandsAndNotes() {
    assertThatThrownBy(() -> thigh().withHands(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Step hands must not be blank when present");
    assertThatThrownBy(() -> thigh().withNote(""))
        .hasMessage("Step note must not be blank when present");
    assertThatThrownBy(() -> thigh().withNote("x".repeat(Step.MAX_TEXT + 1)))
        .hasMessageContaining("note is 2001 characters long");
  }

  @Test
  void withCopiesChangeOneFieldAndLeaveTheOriginal() {
    Step step = thigh();
    Step copy =
        step.withStroke(Stroke.SCOOP)
            .withPressure(Pressure.of(PressureLevel.VERY_LIGHT))
            .withHands("Inner thigh")
            .withNote("Slowly")
            .withSite(anatomy.region("THIGH_LATERAL_L"))
            .withToward(anatomy.nodeGroup("AXILLARY_L"))
            .withVia(anatomy.anastomosis("AIA_L"));
    assertThat(step.stroke()).isEqualTo(Stroke.PUMP);
    assertThat(copy.stroke()).isEqualTo(Stroke.SCOOP);
    assertThat(copy.pressure().level()).contains(PressureLevel.VERY_LIGHT);
    assertThat(copy.hands()).contains("Inner thigh");
    assertThat(copy.note()).contains("Slowly");
    assertThat(copy.site().id()).isEqualTo("THIGH_LATERAL_L");
    assertThat(copy.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(copy.via().map(a -> a.id())).contains("AIA_L");
    assertThat(copy.withVia(Optional.empty()).via()).isEmpty();
    assertThat(copy.withNote(Optional.empty()).note()).isEmpty();
    assertThat(step.withRepetitions(5)).isSameAs(step);
  }

  @Test
  void equalsByEveryField() {
    Step step = thigh();
    new EqualsTester()
        .addEqualityGroup(step, thigh(), step.withRepetitions(5))
        .addEqualityGroup(step.withRepetitions(7))
        .addEqualityGroup(step.withStroke(Stroke.SCOOP))
        .addEqualityGroup(step.withTempo(Tempo.ofSeconds(2)))
        .addEqualityGroup(step.withPressure(Pressure.ofMmHg(20)))
        .addEqualityGroup(step.withHands("Inner thigh"))
        .addEqualityGroup(step.withNote("Slowly"))
        .addEqualityGroup(step.withSite(anatomy.region("THIGH_LATERAL_L")))
        .addEqualityGroup(step.withToward(anatomy.nodeGroup("INGUINAL_DEEP_L")))
        .testEquals();
  }
}
