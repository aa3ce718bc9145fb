package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fluent builder at its limits and when used out of order, with the exact messages. */
class ProtocolBuilderEdgesTest {
  private static final Anatomy ANATOMY = Anatomy.standard();

  @Test
  void repetitionsAreAcceptedUpToTheirMaximum() {
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .defaultRepetitions(Step.MAX_REPETITIONS)
            .phase(
                "Neck",
                ph -> {
                  ph.nodes("TERMINUS_L").stationaryCircles();
                  ph.nodes("TERMINUS_R").stationaryCircles().times(Step.MAX_REPETITIONS);
                  ph.nodes("AXILLARY_L").stationaryCircles().times(1);
                })
            .build();
    assertThat(p.steps())
        .extracting(Step::repetitions)
        .containsExactly(Step.MAX_REPETITIONS, Step.MAX_REPETITIONS, 1);
    assertThatThrownBy(() -> ProtocolBuilder.create("x").defaultRepetitions(1001))
        .hasMessage("Invalid value for repetitions: 1001; expected 1 to 1000");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("Neck", ph -> ph.nodes("TERMINUS_L").stationaryCircles().times(1001)))
        .hasMessage(
            "Phase 1 \"Neck\", step 1 (TERMINUS_L): invalid value for repetitions: 1001; expected"
                + " 1 to 1000");
  }

  @Test
  void phasesRepeatUpToTheirMaximum() {
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Neck",
                ph -> ph.repeat(Sequence.MAX_REPEATS).nodes("TERMINUS_L").stationaryCircles())
            .build();
    assertThat(p.sequences().get(0).repeats()).isEqualTo(Sequence.MAX_REPEATS);
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("Neck", ph -> ph.repeat(Sequence.MAX_REPEATS + 1)))
        .hasMessage("Invalid value for repeats of phase \"Neck\": 1001; expected 1 to 1000");
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").phase("Neck", ph -> ph.repeat(0)))
        .hasMessage("Invalid value for repeats of phase \"Neck\": 0; expected 1 to 1000");
  }

  @Test
  void holdsAtMostTheMaximumNumberOfPhases() {
    ProtocolBuilder b = ProtocolBuilder.create("x", "X");
    for (int i = 0; i < Protocol.MAX_SEQUENCES; i++) {
      b.phase("P", ph -> ph.nodes("TERMINUS_L").stationaryCircles());
    }
    assertThatThrownBy(() -> b.phase("P", ph -> ph.nodes("TERMINUS_L").stationaryCircles()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Protocol x: at most 10000 phases are allowed");
    Protocol p = b.build();
    assertThat(p.sequences()).hasSize(Protocol.MAX_SEQUENCES);
    assertThat(p.steps()).hasSize(Protocol.MAX_SEQUENCES);
  }

  @Test
  void holdsAtMostTheMaximumNumberOfStepsAcrossPhases() {
    ProtocolBuilder b =
        ProtocolBuilder.create("x", "X")
            .phase(
                "A",
                ph -> {
                  for (int i = 0; i < Protocol.MAX_STEPS - 1; i++) {
                    ph.nodes("TERMINUS_L").stationaryCircles();
                  }
                });
    b.phase("B", ph -> ph.nodes("TERMINUS_R").stationaryCircles());
    assertThatThrownBy(() -> b.phase("C", ph -> ph.nodes("TERMINUS_R").stationaryCircles()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Protocol x: at most 100000 steps are allowed");
    assertThat(b.build().steps()).hasSize(Protocol.MAX_STEPS);
  }

  @Test
  void aStrokeIsChosenOnceAndOnlyInsideThePhase() {
    ProtocolBuilder.StrokeChoice[] kept = new ProtocolBuilder.StrokeChoice[1];
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase(
                        "Neck",
                        ph -> {
                          ProtocolBuilder.StrokeChoice c = ph.region("NECK_L");
                          c.pump();
                          c.scoop();
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("This step already has its stroke; name the next site first");
    ProtocolBuilder b =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Neck",
                ph -> {
                  ph.nodes("TERMINUS_L").stationaryCircles();
                  kept[0] = ph.region("NECK_L");
                  kept[0].stationaryCircles();
                });
    assertThatThrownBy(() -> kept[0].pump())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Phase \"Neck\" is finished");
    assertThat(b.build().steps()).hasSize(2);
  }

  @Test
  void namingASiteByObjectWhileAStrokeIsPendingFails() {
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase(
                        "Neck",
                        ph -> {
                          ph.region("NECK_L");
                          ph.on(ANATOMY.region("NECK_R"));
                        }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("Phase 1 \"Neck\", step 1 (NECK_L) has no stroke");
  }

  @Test
  void aFinishedStepRefusesUnknownIdsAsFinishedFirst() {
    ProtocolBuilder.StepOptions[] kept = new ProtocolBuilder.StepOptions[1];
    ProtocolBuilder.create("x", "X")
        .phase("Neck", ph -> kept[0] = ph.region("NECK_L").stationaryCircles());
    assertThatThrownBy(() -> kept[0].toward("NO_SUCH_GROUP"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Phase \"Neck\" is finished");
    assertThatThrownBy(() -> kept[0].via("NO_SUCH_ANASTOMOSIS"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Phase \"Neck\" is finished");
  }

  @Test
  void refusesTargetsAndAnastomosesOfAnotherAnatomy() {
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase(
                        "Chest", ph -> ph.region("CHEST_L").skinStretch().toward(Foreign.axilla())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Phase 1 \"Chest\", step 1 (CHEST_L): node group AXILLARY_R is not part of the"
                + " anatomy in use");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("Chest", ph -> ph.region("CHEST_L").skinStretch().via(Foreign.aaa())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Phase 1 \"Chest\", step 1 (CHEST_L): anastomosis AAA is not part of the anatomy in"
                + " use");
    Region foreignKnee =
        Region.builder()
            .id("KNEE_L")
            .name("a knee of another anatomy")
            .side(Side.LEFT)
            .part(ANATOMY.region("KNEE_L").part())
            .territory("LEG_L")
            .addSources("S25")
            .build();
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").clearRoute(foreignKnee))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KNEE_L is not part of the anatomy in use");
  }

  @Test
  void strictModeListsExactlyTheReachableNodeGroups() {
    String expected =
        ANATOMY.nodeGroups().stream()
            .filter(g -> ANATOMY.isReachable(ANATOMY.site("FACE_UPPER_L"), g))
            .map(NodeGroup::id)
            .collect(java.util.stream.Collectors.joining(", "));
    assertThat(expected).contains("PREAURICULAR_L").doesNotContain("AXILLARY_L", "POPLITEAL_L");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .strict()
                    .phase(
                        "Face",
                        ph -> ph.region("FACE_UPPER_L").stationaryCircles().toward("AXILLARY_L")))
        .hasMessageEndingWith("reachable node groups are " + expected);
  }

  @Test
  void opensBothTerminiWithTheHandsOnTheirSide() {
    Protocol p = ProtocolBuilder.create("x", "X").openTerminus().build();
    assertThat(p.steps())
        .extracting(s -> s.site().id() + ": " + s.hands().orElse("-"))
        .containsExactly(
            "TERMINUS_L: Fingers flat in the hollow above the left collarbone",
            "TERMINUS_R: Fingers flat in the hollow above the right collarbone");
  }

  @Test
  void drainLimbRefusesTheMidline() {
    assertThatThrownBy(
            () -> ProtocolBuilder.create("x", "X").drainLimb(Side.MIDLINE, Limb.LEG, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drainLimb: a limb is on the LEFT or RIGHT, not MIDLINE");
  }
}
