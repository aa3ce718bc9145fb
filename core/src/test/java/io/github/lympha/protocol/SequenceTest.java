package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceTest {
  private final Anatomy anatomy = Anatomy.standard();

  private Step terminus(String id) {
    return Step.builder()
        .site(anatomy.nodeGroup(id))
        .stroke(Stroke.STATIONARY_CIRCLE)
        .toward(anatomy.nodeGroup(id))
        .build();
  }

  private Sequence opening() {
    return Sequence.of(
        "Open the terminus", List.of(terminus("TERMINUS_L"), terminus("TERMINUS_R")));
  }

  @Test
  void isPerformedOnceByDefault() {
    assertThat(opening().repeats()).isEqualTo(1);
    assertThat(opening().steps()).hasSize(2);
  }

  @Test
  void durationCountsEveryStepAndEveryRepeat() {
    assertThat(opening().duration()).isEqualTo(Duration.ofSeconds(10));
    assertThat(opening().withRepeats(15).duration()).isEqualTo(Duration.ofSeconds(150));
    Sequence slow =
        opening().withSteps(List.of(terminus("TERMINUS_L").withTempo(Tempo.ofSeconds(6))));
    assertThat(slow.duration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void rejectsASequenceWithoutSteps() {
    assertThatThrownBy(() -> Sequence.of("Neck", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sequence \"Neck\" has no steps; add at least one");
    assertThatThrownBy(() -> opening().withSteps(List.of())).hasMessageContaining("has no steps");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> opening().withName("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A sequence name must not be blank");
  }

  @Test
  void acceptsRepeatsAndNamesAtTheEndsOfTheirRanges() {
    String longest = "x".repeat(Step.MAX_TEXT);
    assertThat(opening().withRepeats(1).repeats()).isOne();
    assertThat(opening().withRepeats(Sequence.MAX_REPEATS).repeats())
        .isEqualTo(Sequence.MAX_REPEATS);
    assertThat(opening().withName(longest).name()).isEqualTo(longest);
    assertThatThrownBy(() -> opening().withName(longest + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long: " + (Step.MAX_TEXT + 1));
  }

  @Test
  void rejectsZeroOrTooManyRepeatsNamingTheValue() {
    assertThatThrownBy(() -> opening().withRepeats(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for repeats of sequence \"Open the terminus\": 0; expected 1 to 1000");
    assertThatThrownBy(() -> opening().withRepeats(1001)).hasMessageContaining(": 1001;");
  }

  @Test
  void withCopiesLeaveTheOriginal() {
    Sequence s = opening();
    Sequence renamed = s.withName("Terminus").withRepeats(3);
    assertThat(s.name()).isEqualTo("Open the terminus");
    assertThat(s.repeats()).isEqualTo(1);
    assertThat(renamed.name()).isEqualTo("Terminus");
    assertThat(renamed.repeats()).isEqualTo(3);
    assertThat(renamed.steps()).isEqualTo(s.steps());
  }

  @Test
  void equalsByNameStepsAndRepeats() {
    new EqualsTester()
        .addEqualityGroup(opening(), opening(), opening().withRepeats(1))
        .addEqualityGroup(opening().withRepeats(2))
        .addEqualityGroup(opening().withName("Terminus"))
        .addEqualityGroup(
            opening().withSteps(List.of(terminus("TERMINUS_R"), terminus("TERMINUS_L"))))
        .testEquals();
  }
}
