package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.Validator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTest {
  private final Anatomy anatomy = Anatomy.standard();

  private Step step(String site, Stroke stroke, String toward) {
    return Step.builder()
        .site(anatomy.site(site))
        .stroke(stroke)
        .toward(anatomy.nodeGroup(toward))
        .build();
  }

  private Sequence opening() {
    return Sequence.of(
        "Open the terminus",
        List.of(
            step("TERMINUS_L", Stroke.STATIONARY_CIRCLE, "TERMINUS_L"),
            step("TERMINUS_R", Stroke.STATIONARY_CIRCLE, "TERMINUS_R")));
  }

  private Sequence leg() {
    return Sequence.builder()
        .name("Leg")
        .addSteps(step("THIGH_MEDIAL_L", Stroke.PUMP, "INGUINAL_SUPERFICIAL_L"))
        .addSteps(step("KNEE_L", Stroke.SKIN_STRETCH, "AXILLARY_L").withRepetitions(15))
        .repeats(3)
        .build();
  }

  private Protocol protocol() {
    return Protocol.builder()
        .id("leg-test")
        .title("Leg test")
        .addTreats(anatomy.region("FOOT_L"))
        .addSequences(opening(), leg())
        .addSources("S9")
        .addTags("leg")
        .build();
  }

  @Test
  void holdsMetadataWithDefaults() {
    Protocol p = protocol();
    assertThat(p.version()).isEqualTo("1");
    assertThat(p.description()).isEmpty();
    assertThat(p.author()).isEmpty();
    assertThat(p.anatomy()).isSameAs(Anatomy.standard());
    assertThat(p.treats()).extracting(Region::id).containsExactly("FOOT_L");
    assertThat(p.isEmpty()).isFalse();
  }

  @Test
  void aProtocolWithoutSequencesIsEmpty() {
    Protocol empty = Protocol.builder().id("nothing").title("Nothing").build();
    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.stepCount()).isZero();
    assertThat(empty.estimatedDuration()).isEqualTo(Duration.ZERO);
    assertThat(empty.totalStrokes()).isZero();
  }

  @Test
  void estimatedDurationIsTempoTimesRepetitionsTimesRepeats() {
    // opening: 2 × 5 × 1 s; leg: (5 + 15) × 1 s, three times
    assertThat(protocol().estimatedDuration()).isEqualTo(Duration.ofSeconds(10 + 60));
    Protocol slower =
        protocol()
            .withSequences(
                List.of(
                    opening()
                        .withSteps(
                            List.of(
                                step("TERMINUS_L", Stroke.EFFLEURAGE, "TERMINUS_L")
                                    .withTempo(Tempo.ofSeconds(6))))));
    assertThat(slower.estimatedDuration()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void totalStrokesCountsRepetitionsTimesRepeats() {
    assertThat(protocol().totalStrokes()).isEqualTo(10 + (5 + 15) * 3);
  }

  @Test
  void locatesEveryStepInOrderOfPerformance() {
    Protocol p = protocol();
    assertThat(p.stepCount()).isEqualTo(4);
    assertThat(p.steps()).hasSize(4);
    LocatedStep knee = p.locatedSteps().get(3);
    assertThat(knee.order()).isEqualTo(3);
    assertThat(knee.step().site().id()).isEqualTo("KNEE_L");
    assertThat(knee.location()).isEqualTo(Location.of(1, 1, "Leg"));
    assertThat(knee.location().pointer()).isEqualTo("/sequences/1/steps/1");
    assertThat(knee.location().describe()).isEqualTo("phase 2 \"Leg\", step 2");
    assertThat(p.step(knee.location())).isEqualTo(knee.step());
    assertThat(p.locatedSteps()).extracting(LocatedStep::location).isSorted();
  }

  @Test
  void rejectsALocationOutsideTheProtocol() {
    assertThatThrownBy(() -> protocol().step(Location.of(1, 2, "Leg")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("No step at /sequences/1/steps/2 in protocol leg-test");
    assertThatThrownBy(() -> protocol().step(Location.of(5, 0, "Leg")))
        .hasMessageContaining("/sequences/5/steps/0");
  }

  @Test
  void rejectsAnEmptyTitle() {
    assertThatThrownBy(() -> protocol().withTitle(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Protocol leg-test: title must not be blank");
  }

  @Test
  void rejectsAnInvalidIdNamingIt() {
    assertThatThrownBy(() -> protocol().withId("Leg Test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid protocol id: \"Leg Test\"")
        .hasMessageContaining("like \"leg-intact\"");
    assertThatThrownBy(() -> protocol().withId("")).hasMessageContaining("\"\"");
    assertThatThrownBy(() -> protocol().withId("-leg")).hasMessageContaining("\"-leg\"");
  }

  @Test
  void rejectsBlankVersionAuthorSourcesAndTags() {
    assertThatThrownBy(() -> protocol().withVersion("")).hasMessageContaining("version");
    assertThatThrownBy(() -> protocol().withAuthor(" ")).hasMessageContaining("author");
    assertThatThrownBy(() -> protocol().withSources(List.of("S9", " ")))
        .hasMessage("Protocol leg-test: a source must not be blank");
    assertThatThrownBy(() -> protocol().withTags(List.of("")))
        .hasMessage("Protocol leg-test: a tag must not be blank");
  }

  @Test
  void rejectsZeroRepetitionsInAnyStep() {
    assertThatThrownBy(() -> step("KNEE_L", Stroke.PUMP, "POPLITEAL_L").withRepetitions(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repetitions: 0");
  }

  /**
   * A stroke toward nodes no pathway reaches is a clinical mistake, not a malformed protocol: it is
   * built, and the validator reports it at the step with the right target.
   */
  @Test
  void holdsAFaceStepTowardTheArmpitAndLeavesItToTheValidator() {
    assertThat(anatomy.isReachable(anatomy.region("FACE_UPPER_L"), anatomy.nodeGroup("AXILLARY_L")))
        .isFalse();
    Sequence face =
        Sequence.of("Face", List.of(step("FACE_UPPER_L", Stroke.STATIONARY_CIRCLE, "AXILLARY_L")));
    Protocol p = protocol().withSequences(List.of(opening(), face));

    Finding f =
        Validator.standard()
            .validate(p, PatientContext.none())
            .findings(RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES)
            .get(0);
    assertThat(f.location().orElseThrow().pointer()).isEqualTo("/sequences/1/steps/0");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("No pathway of the anatomy");
    assertThat(f.fix()).hasValueSatisfying(x -> assertThat(x).contains("preauricular"));
  }

  @Test
  void holdsAForearmStepTowardTheOtherGroin() {
    Sequence arm =
        Sequence.of("Arm", List.of(step("FOREARM_L", Stroke.SCOOP, "INGUINAL_SUPERFICIAL_R")));
    Protocol p = protocol().withSequences(List.of(arm));
    assertThat(p.steps())
        .extracting(s -> s.toward().id())
        .containsExactly("INGUINAL_SUPERFICIAL_R");
    assertThat(
            Validator.standard()
                .validate(p, PatientContext.none())
                .findings(RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.location().orElseThrow().pointer()).isEqualTo("/sequences/0/steps/0"));
  }

  @Test
  void kneeTowardTheArmpitIsWellFormedBecauseCollateralPathwaysReachIt() {
    assertThat(anatomy.drainsTo(anatomy.region("KNEE_L"), anatomy.nodeGroup("AXILLARY_L")))
        .isFalse();
    assertThat(protocol().steps()).extracting(s -> s.toward().id()).contains("AXILLARY_L");
  }

  @Test
  void holdsAViaThatDoesNotConnectTheTargetAndLeavesItToTheValidator() {
    Step wrong = step("CHEST_L", Stroke.ROTARY, "AXILLARY_R").withVia(anatomy.anastomosis("AIA_L"));
    Protocol p = protocol().withSequences(List.of(Sequence.of("Chest", List.of(wrong))));
    assertThat(
            Validator.standard()
                .validate(p, PatientContext.none())
                .findings(RuleIds.VIA_DOES_NOT_FIT))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().orElseThrow().pointer()).isEqualTo("/sequences/0/steps/0");
              assertThat(f.message()).contains("not the right axillary nodes");
              assertThat(f.fix())
                  .hasValue(
                      "Name the anterior axillo-axillary anastomosis (AAA) as via, or leave it out.");
            });
  }

  @Test
  void rejectsSitesAndRegionsThatAreNotPartOfTheAnatomy() {
    Region stranger =
        Region.builder()
            .id("KNEE_L")
            .name("a knee of another anatomy")
            .side(Side.LEFT)
            .part(BodyPart.KNEE)
            .territory("LEG_L")
            .addSources("S25")
            .build();
    Step onStranger =
        Step.builder()
            .site(stranger)
            .stroke(Stroke.PUMP)
            .toward(anatomy.nodeGroup("POPLITEAL_L"))
            .build();
    assertThatThrownBy(
            () -> protocol().withSequences(List.of(Sequence.of("Knee", List.of(onStranger)))))
        .hasMessageContaining("site KNEE_L is not part of the protocol's anatomy");
    assertThatThrownBy(() -> protocol().withTreats(List.of(stranger)))
        .hasMessageContaining("treats region KNEE_L, which is not part of its anatomy");
  }

  @Test
  void withAnatomyKeepsStepsThatTheNewAnatomyGivesNoPathwayAndTheValidatorReportsThem() {
    Anatomy physiologicalOnly =
        anatomy.toBuilder().removePathways(p -> !p.kind().isPhysiological()).build();
    Protocol moved = protocol().withAnatomy(physiologicalOnly);
    assertThat(moved.anatomy()).isSameAs(physiologicalOnly);
    assertThat(physiologicalOnly.pathways()).noneMatch(p -> p.kind() == PathwayKind.PLEXUS);
    assertThat(
            Validator.standard()
                .validate(moved, PatientContext.none())
                .findings(RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES))
        .anySatisfy(f -> assertThat(f.sites()).containsExactly("KNEE_L", "AXILLARY_L"));
  }

  @Test
  void withCopiesChangeOneFieldAndLeaveTheOriginal() {
    Protocol p = protocol();
    Protocol q =
        p.withId("leg-2")
            .withTitle("Leg 2")
            .withVersion("2.1")
            .withDescription("Another")
            .withAuthor("A. Therapist")
            .withTags(List.of("x"))
            .withSources(List.of("S1"))
            .withTreats(List.of(anatomy.region("KNEE_L")))
            .withSequences(List.of(opening()));
    assertThat(p.id()).isEqualTo("leg-test");
    assertThat(p.stepCount()).isEqualTo(4);
    assertThat(q.id()).isEqualTo("leg-2");
    assertThat(q.title()).isEqualTo("Leg 2");
    assertThat(q.version()).isEqualTo("2.1");
    assertThat(q.description()).isEqualTo("Another");
    assertThat(q.author()).contains("A. Therapist");
    assertThat(q.withAuthor(Optional.empty()).author()).isEmpty();
    assertThat(q.tags()).containsExactly("x");
    assertThat(q.sources()).containsExactly("S1");
    assertThat(q.treats()).extracting(Region::id).containsExactly("KNEE_L");
    assertThat(q.stepCount()).isEqualTo(2);
  }

  @Test
  void equalityIgnoresTheAnatomy() {
    Protocol p = protocol();
    Anatomy copy = anatomy.toBuilder().build();
    new EqualsTester()
        .addEqualityGroup(p, protocol(), p.withAnatomy(copy))
        .addEqualityGroup(p.withTitle("Other"))
        .addEqualityGroup(p.withVersion("2"))
        .addEqualityGroup(p.withSequences(List.of(opening())))
        .addEqualityGroup(p.withSequences(List.of(opening(), leg().withRepeats(4))))
        .addEqualityGroup(p.withTags(List.of()))
        .addEqualityGroup(p.withAuthor("Someone"))
        .testEquals();
  }
}
