package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.technique.Stroke;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The limits a protocol checks at construction, at their boundaries. */
class ProtocolLimitsTest {
  private static final Anatomy ANATOMY = Anatomy.standard();
  private static final Step STEP =
      Step.builder()
          .site(ANATOMY.site("TERMINUS_L"))
          .stroke(Stroke.STATIONARY_CIRCLE)
          .toward(ANATOMY.nodeGroup("TERMINUS_L"))
          .build();

  private static Protocol.Builder named(String id) {
    return Protocol.builder().id(id).title("T").addSequences(Sequence.of("S", List.of(STEP)));
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "a, true",
    "z, true",
    "0, true",
    "9, true",
    "leg-intact_v1.2, true",
    "a-, true",
    "'', false",
    "-a, false",
    ".a, false",
    "_a, false",
    "A, false",
    "`, false",
    "{, false",
    "/, false",
    ":, false",
    "a/b, false",
    "a:b, false",
    "a`, false",
    "a{, false",
    "aB, false",
    "a b, false",
  })
  void idsAreLowerCaseLettersDigitsDotsDashesAndUnderscores(String id, boolean valid) {
    assertThat(Protocol.isId(id)).isEqualTo(valid);
  }

  @Test
  void anIdHasAtMostAHundredCharacters() {
    String hundred = "a".repeat(100);
    assertThat(Protocol.isId(hundred)).isTrue();
    assertThat(Protocol.isId(hundred + "a")).isFalse();
    assertThat(named(hundred).build().id()).isEqualTo(hundred);
    assertThatThrownBy(() -> named(hundred + "a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid protocol id: \"" + hundred + "a\"")
        .hasMessageContaining("at most 100");
  }

  @Test
  void holdsExactlyTheMaximumNumberOfSequencesAndNoMore() {
    Sequence one = Sequence.of("S", List.of(STEP));
    List<Sequence> max = Collections.nCopies(Protocol.MAX_SEQUENCES, one);
    Protocol full = Protocol.builder().id("full").title("T").addAllSequences(max).build();
    assertThat(full.sequences()).hasSize(Protocol.MAX_SEQUENCES);

    assertThatThrownBy(
            () -> full.withSequences(Collections.nCopies(Protocol.MAX_SEQUENCES + 1, one)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Protocol full has "
                + (Protocol.MAX_SEQUENCES + 1)
                + " sequences; at most "
                + Protocol.MAX_SEQUENCES
                + " are allowed");
  }

  @Test
  void holdsExactlyTheMaximumNumberOfStepsAndNoMore() {
    // Two sequences, so that the count is summed over sequences rather than taken per sequence.
    int half = Protocol.MAX_STEPS / 2;
    Sequence a = Sequence.of("A", Collections.nCopies(half, STEP));
    Sequence b = Sequence.of("B", Collections.nCopies(Protocol.MAX_STEPS - half, STEP));
    Protocol full = Protocol.builder().id("full").title("T").addSequences(a, b).build();
    assertThat(full.locatedSteps()).hasSize(Protocol.MAX_STEPS);

    Sequence oneMore = Sequence.of("B", Collections.nCopies(Protocol.MAX_STEPS - half + 1, STEP));
    assertThatThrownBy(() -> full.withSequences(List.of(a, oneMore)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Protocol full has more than " + Protocol.MAX_STEPS + " steps");
  }

  @Test
  void findsTheLastStepAndNothingPastIt() {
    Protocol p =
        Protocol.builder()
            .id("p")
            .title("T")
            .addSequences(Sequence.of("A", List.of(STEP, STEP)), Sequence.of("B", List.of(STEP)))
            .build();
    assertThat(p.step(Location.of(0, 1, "A"))).isEqualTo(STEP);
    assertThat(p.step(Location.of(1, 0, "B"))).isEqualTo(STEP);
    assertThatThrownBy(() -> p.step(Location.of(0, 2, "A")))
        .hasMessage("No step at /sequences/0/steps/2 in protocol p");
    assertThatThrownBy(() -> p.step(Location.of(2, 0, "C")))
        .hasMessage("No step at /sequences/2/steps/0 in protocol p");
  }

  @Test
  void namesTheStepWhoseTargetOrAnastomosisIsForeign() {
    NodeGroup foreignGroup = Foreign.axilla();
    Anastomosis foreignVia = Foreign.aaa();
    Step towardForeign = STEP.withToward(foreignGroup);
    Step viaForeign =
        Step.builder()
            .site(ANATOMY.site("SHOULDER_L"))
            .stroke(Stroke.SKIN_STRETCH)
            .toward(ANATOMY.nodeGroup("AXILLARY_R"))
            .via(foreignVia)
            .build();

    assertThatThrownBy(
            () ->
                named("p")
                    .build()
                    .withSequences(
                        List.of(
                            Sequence.of("A", List.of(STEP)),
                            Sequence.of("B", List.of(STEP, towardForeign)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "/sequences/1/steps/1: node group AXILLARY_R is not part of the protocol's anatomy");
    assertThatThrownBy(
            () -> named("p").build().withSequences(List.of(Sequence.of("A", List.of(viaForeign)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("/sequences/0/steps/0: anastomosis AAA is not part of the protocol's anatomy");
  }
}
