package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.ANATOMY;
import static io.github.lympha.research.ResearchFixtures.nodes;
import static io.github.lympha.research.ResearchFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditTest {
  private final Protocol base = small();

  @Test
  void setsRepetitionsOfEveryStepAndSaysSo() {
    Edit edit = Edit.repetitions(7);
    Protocol p = edit.apply(base).orElseThrow();
    assertThat(p.steps()).extracting(Step::repetitions).containsOnly(7);
    assertThat(edit.description()).isEqualTo("repetitions 7 (all steps)");
  }

  @Test
  void restrictsAStepEditToTheSelectedStepsAndSharesUntouchedSequences() {
    Edit edit = Edit.repetitions(9).where("leg", s -> s.site().part().area() == BodyArea.LEG);
    Protocol p = edit.apply(base).orElseThrow();
    assertThat(edit.description()).isEqualTo("repetitions 9 (leg)");
    assertThat(p.sequences().get(2).steps()).extracting(Step::repetitions).containsOnly(9);
    assertThat(p.sequences().get(0)).isSameAs(base.sequences().get(0));
    assertThat(p.sequences().get(1)).isSameAs(base.sequences().get(1));
  }

  @Test
  void setsPressureAndTempo() {
    Protocol p =
        Edit.pressure(Pressure.of(PressureLevel.VERY_LIGHT))
            .andThen(Edit.tempo(Tempo.ofSeconds(1.5)))
            .apply(base)
            .orElseThrow();
    assertThat(p.steps())
        .allSatisfy(
            s -> {
              assertThat(s.pressure()).isEqualTo(Pressure.of(PressureLevel.VERY_LIGHT));
              assertThat(s.tempo()).isEqualTo(Tempo.ofSeconds(1.5));
            });
  }

  @Test
  void swapsOneStrokeKindOnly() {
    Protocol p = Edit.swapStroke(Stroke.PUMP, Stroke.SCOOP).apply(base).orElseThrow();
    assertThat(p.sequences().get(2).steps()).extracting(Step::stroke).containsOnly(Stroke.SCOOP);
    assertThat(p.sequences().get(0).steps())
        .extracting(Step::stroke)
        .containsOnly(Stroke.STATIONARY_CIRCLE);
  }

  @Test
  void dropsAStep() {
    Protocol p = Edit.dropStep(2, 0).apply(base).orElseThrow();
    assertThat(p.sequences().get(2).steps()).hasSize(1);
    assertThat(p.sequences().get(2).steps().get(0).site().id()).isEqualTo("THIGH_LATERAL_L");
  }

  @Test
  void droppingTheOnlyStepOfASequenceDropsTheSequence() {
    Protocol p = Edit.dropStep(1, 0).apply(base).orElseThrow();
    assertThat(p.sequences())
        .extracting(Sequence::name)
        .containsExactly("Open the terminus", "Thigh");
  }

  @Test
  void duplicatesAStep() {
    Protocol p = Edit.duplicateStep(1, 0).apply(base).orElseThrow();
    assertThat(p.sequences().get(1).steps())
        .hasSize(2)
        .containsOnly(nodes("INGUINAL_SUPERFICIAL_L"));
  }

  @Test
  void movesAStepWithinItsSequence() {
    Protocol p = Edit.moveStep(2, 0, 2, 1).apply(base).orElseThrow();
    assertThat(p.sequences().get(2).steps())
        .extracting(s -> s.site().id())
        .containsExactly("THIGH_LATERAL_L", "THIGH_MEDIAL_L");
  }

  @Test
  void movesTheOnlyStepOfASequenceIntoAnotherAndDropsTheEmptySequence() {
    Protocol p = Edit.moveStep(1, 0, 0, 2).apply(base).orElseThrow();
    assertThat(p.sequences())
        .extracting(Sequence::name)
        .containsExactly("Open the terminus", "Thigh");
    assertThat(p.sequences().get(0).steps())
        .extracting(s -> s.site().id())
        .containsExactly("TERMINUS_L", "TERMINUS_R", "INGUINAL_SUPERFICIAL_L");
  }

  @Test
  void insertsAStep() {
    Step deep = nodes("INGUINAL_DEEP_L");
    Edit edit = Edit.insertStep(1, 0, deep);
    Protocol p = edit.apply(base).orElseThrow();
    assertThat(p.sequences().get(1).steps()).containsExactly(deep, nodes("INGUINAL_SUPERFICIAL_L"));
    assertThat(edit.description())
        .isEqualTo("insert at phase 2 step 1: INGUINAL_DEEP_L STATIONARY_CIRCLE → INGUINAL_DEEP_L");
  }

  @Test
  void reversesASequenceAndThePhases() {
    Protocol p = Edit.reverseSequence(0).apply(base).orElseThrow();
    assertThat(p.sequences().get(0).steps())
        .extracting(s -> s.site().id())
        .containsExactly("TERMINUS_R", "TERMINUS_L");
    Protocol q = Edit.reversePhases().apply(base).orElseThrow();
    assertThat(q.sequences())
        .extracting(Sequence::name)
        .containsExactly("Thigh", "Groin", "Open the terminus");
  }

  @Test
  void mirrorsSitesTargetsAnastomosesAndTreatedRegions() {
    Step reroute =
        Step.builder()
            .site(ANATOMY.region("CHEST_L"))
            .stroke(Stroke.ROTARY)
            .toward(ANATOMY.nodeGroup("AXILLARY_R"))
            .via(ANATOMY.anastomosis("AAA"))
            .build();
    Step flank =
        Step.builder()
            .site(ANATOMY.region("FLANK_L"))
            .stroke(Stroke.ROTARY)
            .toward(ANATOMY.nodeGroup("AXILLARY_L"))
            .via(ANATOMY.anastomosis("AIA_L"))
            .build();
    Protocol p =
        Edit.insertStep(2, 2, reroute)
            .andThen(Edit.insertStep(2, 3, flank))
            .apply(base)
            .orElseThrow();
    Protocol m = Edit.mirror().apply(p).orElseThrow();
    assertThat(m.treats()).containsExactly(ANATOMY.region("THIGH_MEDIAL_R"));
    Step chest = m.sequences().get(2).steps().get(2);
    assertThat(chest.site().id()).isEqualTo("CHEST_R");
    assertThat(chest.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(chest.via().orElseThrow().id()).isEqualTo("AAA");
    assertThat(m.sequences().get(2).steps().get(3).via().orElseThrow().id()).isEqualTo("AIA_R");
    assertThat(Edit.mirror().apply(m)).contains(p);
  }

  @Test
  void keepsATargetPastTheMidlineWhenMirroring() {
    Step thigh =
        Step.builder()
            .site(ANATOMY.region("THIGH_MEDIAL_L"))
            .stroke(Stroke.PUMP)
            .toward(ANATOMY.nodeGroup("TERMINUS_L"))
            .build();
    Protocol p = Edit.insertStep(0, 0, thigh).apply(base).orElseThrow();
    Step mirrored = Edit.mirror().apply(p).orElseThrow().sequences().get(0).steps().get(0);
    assertThat(mirrored.site().id()).isEqualTo("THIGH_MEDIAL_R");
    assertThat(mirrored.toward().id()).isEqualTo("TERMINUS_L");
  }

  /**
   * The mirror of a step is held even when the anatomy has no pathway for it: the validator judges
   * it.
   */
  @Test
  void mirrorsAStepWhoseMirrorHasNoPathwayAndLeavesItToTheValidator() {
    io.github.lympha.anatomy.Anatomy lopsided =
        ANATOMY.toBuilder()
            .removePathways(p -> p.from().equals("CHEST_R") && p.via().isPresent())
            .build();
    Step reroute =
        Step.builder()
            .site(lopsided.region("CHEST_L"))
            .stroke(Stroke.ROTARY)
            .toward(lopsided.nodeGroup("AXILLARY_R"))
            .via(lopsided.anastomosis("AAA"))
            .build();
    Protocol p =
        Protocol.builder()
            .id("lopsided")
            .title("Lopsided")
            .addSequences(Sequence.of("Chest", List.of(reroute)))
            .anatomy(lopsided)
            .build();
    Step mirrored = Edit.mirror().apply(p).orElseThrow().steps().get(0);
    assertThat(mirrored.site().id()).isEqualTo("CHEST_R");
    assertThat(mirrored.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(mirrored.via().orElseThrow().id()).isEqualTo("AAA");
  }

  @Test
  void appliesAnyFunctionAndTreatsItsInvariantFailuresAsCannotApply() {
    Edit retitle = Edit.of("new title", p -> p.withTitle("Renamed"));
    assertThat(retitle.apply(base).orElseThrow().title()).isEqualTo("Renamed");
    Edit broken = Edit.of("blank title", p -> p.withTitle(" "));
    assertThat(broken.apply(base)).isEmpty();
  }

  @Test
  void anEditAtALocationThatDoesNotExistCannotApply() {
    assertThat(Edit.dropStep(7, 0).apply(base)).isEmpty();
    assertThat(Edit.moveStep(0, 0, 0, 5).apply(base)).isEmpty();
    assertThat(Edit.insertStep(0, 3, nodes("AXILLARY_L")).apply(base)).isEmpty();
  }

  @Test
  void rejectsBadValuesWhenTheEditIsCreated() {
    assertThatThrownBy(() -> Edit.repetitions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repetitions: 0");
    assertThatThrownBy(() -> Edit.dropStep(-1, 0)).hasMessageContaining("sequenceIndex: -1");
    assertThatThrownBy(() -> Edit.swapStroke(Stroke.PUMP, Stroke.PUMP))
        .hasMessageContaining("PUMP");
  }

  @Test
  void identityLeavesTheProtocolAsItIs() {
    assertThat(Edit.identity().apply(base)).containsSame(base);
    assertThat(Edit.identity().andThen(Edit.repetitions(6)).description())
        .isEqualTo("repetitions 6 (all steps)");
  }

  @Test
  void setsRepeatsOfASequence() {
    Protocol p = Edit.repeats(2, 15).apply(base).orElseThrow();
    assertThat(p.sequences().get(2).repeats()).isEqualTo(15);
    assertThat(List.of(p.sequences().get(0), p.sequences().get(1)))
        .containsExactlyElementsOf(base.sequences().subList(0, 2));
  }

  @Test
  void appliesAtTheLastExistingPositionButNotOnePast() {
    // small(): phases of 2, 1 and 2 steps.
    assertThat(Edit.dropStep(1, 0).apply(base).orElseThrow().sequences()).hasSize(2);
    assertThat(Edit.dropStep(1, 1).apply(base)).isEmpty();
    assertThat(Edit.dropStep(3, 0).apply(base)).isEmpty();
    assertThat(Edit.duplicateStep(2, 1).apply(base).orElseThrow().stepCount()).isEqualTo(6);
    assertThat(Edit.duplicateStep(2, 2).apply(base)).isEmpty();
    assertThat(Edit.duplicateStep(3, 0).apply(base)).isEmpty();
    assertThat(Edit.repeats(2, 2).apply(base).orElseThrow().sequences().get(2).repeats())
        .isEqualTo(2);
    assertThat(Edit.repeats(3, 2).apply(base)).isEmpty();
    assertThat(Edit.reverseSequence(2).apply(base).orElseThrow().sequences().get(2).steps())
        .containsExactlyElementsOf(base.sequences().get(2).steps().reverse());
    assertThat(Edit.reverseSequence(3).apply(base)).isEmpty();
    assertThat(Edit.dropSequence(2).apply(base).orElseThrow().sequences()).hasSize(2);
    assertThat(Edit.dropSequence(3).apply(base)).isEmpty();
    assertThat(Edit.insertStep(1, 1, nodes("INGUINAL_DEEP_L")).apply(base).orElseThrow().steps())
        .element(3)
        .isEqualTo(nodes("INGUINAL_DEEP_L"));
    assertThat(Edit.insertStep(1, 2, nodes("INGUINAL_DEEP_L")).apply(base)).isEmpty();
    assertThat(Edit.insertStep(3, 0, nodes("INGUINAL_DEEP_L")).apply(base)).isEmpty();
  }

  @Test
  void movesUpToTheEndOfTheTargetPhaseButNotPastIt() {
    Step thigh = base.sequences().get(2).steps().get(0);
    // Within a phase the target index counts the steps left after taking the step out.
    assertThat(Edit.moveStep(2, 0, 2, 1).apply(base).orElseThrow().sequences().get(2).steps())
        .element(1)
        .isEqualTo(thigh);
    assertThat(Edit.moveStep(2, 0, 2, 2).apply(base)).isEmpty();
    // Into another phase the step may go after its last step.
    assertThat(Edit.moveStep(2, 0, 1, 1).apply(base).orElseThrow().sequences().get(1).steps())
        .element(1)
        .isEqualTo(thigh);
    assertThat(Edit.moveStep(2, 0, 1, 2).apply(base)).isEmpty();
    assertThat(Edit.moveStep(2, 0, 3, 0).apply(base)).isEmpty();
    assertThat(Edit.moveStep(2, 2, 1, 0).apply(base)).isEmpty();
  }

  @Test
  void describesStructuralEditsWithOneBasedPositions() {
    assertThat(Edit.repeats(1, 3).description()).isEqualTo("repeats of phase 2: 3");
    assertThat(Edit.reverseSequence(1).description()).isEqualTo("reverse phase 2");
    assertThat(Edit.dropSequence(2).description()).isEqualTo("drop phase 3");
    assertThat(Edit.moveStep(0, 1, 2, 0).description())
        .isEqualTo("move phase 1 step 2 to phase 3 step 1");
    assertThat(Edit.moveStep(2, 1, 2, 0).description()).isEqualTo("move phase 3 step 2 to step 1");
    assertThat(Edit.dropStep(0, 1).toString()).isEqualTo("Edit{drop phase 1 step 2}");
  }

  @Test
  void rejectsNegativeIndexesInEveryStructuralEdit() {
    String sequence = "Invalid value for sequenceIndex: -1; expected 0 or more";
    String step = "Invalid value for stepIndex: -1; expected 0 or more";
    assertThatThrownBy(() -> Edit.repeats(-1, 2)).hasMessage(sequence);
    assertThatThrownBy(() -> Edit.dropStep(0, -1)).hasMessage(step);
    assertThatThrownBy(() -> Edit.duplicateStep(-1, 0)).hasMessage(sequence);
    assertThatThrownBy(() -> Edit.duplicateStep(0, -1)).hasMessage(step);
    assertThatThrownBy(() -> Edit.insertStep(-1, 0, nodes("AXILLARY_L"))).hasMessage(sequence);
    assertThatThrownBy(() -> Edit.insertStep(0, -1, nodes("AXILLARY_L"))).hasMessage(step);
    assertThatThrownBy(() -> Edit.reverseSequence(-1)).hasMessage(sequence);
    assertThatThrownBy(() -> Edit.dropSequence(-1)).hasMessage(sequence);
    assertThatThrownBy(() -> Edit.moveStep(-1, 0, 0, 1))
        .hasMessage("Invalid value for fromSequence: -1; expected 0 or more");
    assertThatThrownBy(() -> Edit.moveStep(0, -1, 0, 1))
        .hasMessage("Invalid value for fromStep: -1; expected 0 or more");
    assertThatThrownBy(() -> Edit.moveStep(0, 0, -1, 1))
        .hasMessage("Invalid value for toSequence: -1; expected 0 or more");
    assertThatThrownBy(() -> Edit.moveStep(0, 1, 0, -1))
        .hasMessage("Invalid value for toStep: -1; expected 0 or more");
    assertThatThrownBy(() -> Edit.moveStep(2, 1, 2, 1))
        .hasMessage("Moving phase 3 step 2 to where it is changes nothing");
  }

  @Test
  void rejectsRepeatsOutsideOneToAThousandAndBlankTexts() {
    assertThat(Edit.repeats(0, 1).apply(base).orElseThrow().sequences().get(0).repeats())
        .isEqualTo(1);
    assertThat(Edit.repeats(0, 1000).apply(base).orElseThrow().sequences().get(0).repeats())
        .isEqualTo(1000);
    assertThatThrownBy(() -> Edit.repeats(0, 0))
        .hasMessage("Invalid value for repeats: 0; expected 1 to 1000");
    assertThatThrownBy(() -> Edit.repeats(0, 1001))
        .hasMessage("Invalid value for repeats: 1001; expected 1 to 1000");
    assertThatThrownBy(() -> Edit.of(" ", p -> p)).hasMessage("An edit needs a description");
    assertThatThrownBy(() -> Edit.repetitions(7).where(" ", s -> true))
        .hasMessage("A step selection needs a label for the description");
  }

  @Test
  void aChainFailsWhenItsFirstEditCannotApply() {
    assertThat(Edit.dropSequence(5).andThen(Edit.repetitions(7)).apply(base)).isEmpty();
    assertThat(Edit.repetitions(7).andThen(Edit.dropSequence(5)).apply(base)).isEmpty();
    assertThat(Edit.repetitions(7).andThen(Edit.dropSequence(2)).apply(base).orElseThrow().steps())
        .hasSize(3)
        .extracting(Step::repetitions)
        .containsOnly(7);
  }
}
