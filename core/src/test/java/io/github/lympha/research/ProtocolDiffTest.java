package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.nodes;
import static io.github.lympha.research.ResearchFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.research.Change.Kind;
import io.github.lympha.research.Change.Level;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Tempo;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolDiffTest {
  private final Protocol base = small();

  @Test
  void aProtocolHasNoDifferencesWithItself() {
    ProtocolDiff diff = ProtocolDiff.between(base, base);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.toText()).isEqualTo("no differences");
  }

  @Test
  void findsAnAddedStep() {
    Protocol b = Edit.insertStep(1, 0, nodes("INGUINAL_DEEP_L")).apply(base).orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.changes()).hasSize(1);
    Change c = diff.changes().get(0);
    assertThat(c.kind()).isEqualTo(Kind.ADDED);
    assertThat(c.after()).contains(Location.of(1, 0, "Groin"));
    assertThat(diff.toText())
        .isEqualTo(
            "added step INGUINAL_DEEP_L STATIONARY_CIRCLE → INGUINAL_DEEP_L at phase 2 step 1\n");
  }

  @Test
  void findsARemovedStepAndTheReverseDiffAddsIt() {
    Protocol b = Edit.dropStep(2, 0).apply(base).orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.REMOVED);
              assertThat(c.describe())
                  .isEqualTo(
                      "removed step THIGH_MEDIAL_L PUMP → INGUINAL_SUPERFICIAL_L from phase 3 step 1");
            });
    assertThat(ProtocolDiff.between(b, base).changes(Kind.ADDED)).hasSize(1);
    assertThat(ProtocolDiff.between(b, base).changes()).isEqualTo(diff.inverse().changes());
  }

  @Test
  void findsAMovedStep() {
    Protocol b = Edit.moveStep(2, 0, 2, 1).apply(base).orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.MOVED);
              assertThat(c.describe()).startsWith("moved step THIGH_");
            });
  }

  @Test
  void findsAStepMovedToAnotherSequence() {
    Protocol b = Edit.moveStep(0, 1, 2, 0).apply(base).orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(Kind.MOVED);
              assertThat(c.before()).contains(Location.of(0, 1, "Open the terminus"));
              assertThat(c.after()).contains(Location.of(2, 0, "Thigh"));
              assertThat(c.describe())
                  .isEqualTo(
                      "moved step TERMINUS_R STATIONARY_CIRCLE → TERMINUS_R from phase 1 step 2 to phase 3 step 1");
            });
  }

  @Test
  void findsChangedParametersFieldByField() {
    Protocol b =
        Edit.repetitions(7)
            .where("thigh", s -> s.site().id().equals("THIGH_LATERAL_L"))
            .apply(base)
            .orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.toText())
        .isEqualTo(
            "changed step THIGH_LATERAL_L PUMP → INGUINAL_SUPERFICIAL_L at phase 3 step 2:"
                + " repetitions 5 → 7\n");
  }

  @Test
  void findsAddedRemovedMovedAndChangedSequences() {
    Protocol b =
        Edit.dropSequence(1)
            .andThen(Edit.reversePhases())
            .andThen(Edit.repeats(0, 3))
            .apply(base)
            .orElseThrow();
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.changes()).allMatch(c -> c.level() == Level.SEQUENCE);
    assertThat(diff.changes())
        .extracting(Change::kind)
        .containsExactlyInAnyOrder(Kind.REMOVED, Kind.MOVED);
    assertThat(diff.toText()).contains("removed phase \"Groin\" from phase 2");
    assertThat(diff.toText()).contains("and changed repeats 1 → 3");
    Protocol renamed =
        base.withSequences(
            java.util.List.of(
                base.sequences().get(0),
                base.sequences().get(1).withName("Groin nodes"),
                base.sequences().get(2)));
    assertThat(ProtocolDiff.between(base, renamed).changes())
        .extracting(Change::kind)
        .containsExactlyInAnyOrder(Kind.REMOVED, Kind.ADDED);
  }

  @Test
  void theReverseDiffMirrorsEveryChange() {
    Protocol b =
        Edit.dropStep(0, 0)
            .andThen(Edit.duplicateStep(1, 0))
            .andThen(Edit.moveStep(2, 1, 2, 0))
            .andThen(Edit.repetitions(6))
            .apply(base)
            .orElseThrow();
    ProtocolDiff ab = ProtocolDiff.between(base, b);
    ProtocolDiff ba = ProtocolDiff.between(b, base);
    assertThat(ba.changes()).containsExactlyInAnyOrderElementsOf(ab.inverse().changes());
    assertThat(ab.changes(Kind.ADDED)).hasSameSizeAs(ba.changes(Kind.REMOVED));
  }

  @Test
  void listsEveryChangedFieldOfAStepInAFixedOrder() {
    Sequence thighs = base.sequences().get(2);
    Step changed =
        thighs
            .steps()
            .get(1)
            .withPressure(Pressure.of(PressureLevel.VERY_LIGHT))
            .withTempo(Tempo.ofSeconds(2))
            .withRepetitions(9)
            .withHands("flat hands")
            .withNote("slowly");
    Protocol b =
        base.withSequences(
            List.of(
                base.sequences().get(0),
                base.sequences().get(1),
                thighs.withSteps(List.of(thighs.steps().get(0), changed))));
    ProtocolDiff diff = ProtocolDiff.between(base, b);
    assertThat(diff.isEmpty()).isFalse();
    assertThat(diff.toString()).isEqualTo("ProtocolDiff{1 changes}");
    assertThat(diff.changes(Kind.CHANGED)).hasSize(1);
    assertThat(diff.changes(Kind.MOVED)).isEmpty();
    assertThat(diff.toText())
        .isEqualTo(
            "changed step THIGH_LATERAL_L PUMP → INGUINAL_SUPERFICIAL_L at phase 3 step 2:"
                + " pressure light → very light, tempo 1 s per cycle → 2 s per cycle,"
                + " repetitions 5 → 9, hands none → flat hands, note none → slowly\n");
  }

  @Test
  void listsSequenceChangesBeforeStepChangesAndEachInTheOrderOfTheSecondProtocol() {
    Protocol b =
        Edit.insertStep(2, 0, nodes("INGUINAL_DEEP_L"))
            .andThen(Edit.insertStep(0, 0, nodes("CERVICAL_DEEP_L")))
            .andThen(Edit.dropStep(2, 2))
            .andThen(Edit.repeats(1, 2))
            .apply(base)
            .orElseThrow();
    assertThat(ProtocolDiff.between(base, b).toText())
        .isEqualTo(
            "changed phase \"Groin\" at phase 2: repeats 1 → 2\n"
                + "added step CERVICAL_DEEP_L STATIONARY_CIRCLE → CERVICAL_DEEP_L at phase 1 step 1\n"
                + "added step INGUINAL_DEEP_L STATIONARY_CIRCLE → INGUINAL_DEEP_L at phase 3 step 1\n"
                + "removed step THIGH_LATERAL_L PUMP → INGUINAL_SUPERFICIAL_L from phase 3 step 2\n");
  }

  @Test
  void aChangeHasExactlyTheLocationsItsKindNeeds() {
    Location here = Location.of(0, 0, "Groin");
    assertThatThrownBy(
            () ->
                Change.builder()
                    .kind(Kind.ADDED)
                    .level(Level.STEP)
                    .before(here)
                    .after(here)
                    .subject("s")
                    .build())
        .hasMessage("A ADDED change must not have a location in the first protocol");
    assertThatThrownBy(
            () -> Change.builder().kind(Kind.REMOVED).level(Level.STEP).subject("s").build())
        .hasMessage("A REMOVED change needs a location in the first protocol");
    assertThatThrownBy(
            () ->
                Change.builder()
                    .kind(Kind.REMOVED)
                    .level(Level.STEP)
                    .before(here)
                    .after(here)
                    .subject("s")
                    .build())
        .hasMessage("A REMOVED change must not have a location in the second protocol");
    assertThatThrownBy(
            () ->
                Change.builder()
                    .kind(Kind.CHANGED)
                    .level(Level.STEP)
                    .before(here)
                    .subject("s")
                    .build())
        .hasMessage("A CHANGED change needs a location in the second protocol");
  }
}
