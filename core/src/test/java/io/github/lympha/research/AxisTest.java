package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.nodes;
import static io.github.lympha.research.ResearchFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AxisTest {
  private final Protocol base = small();

  @Test
  void repetitionsRunFromTheFirstValueToTheLastInclusive() {
    Axis axis = Axis.repetitions(3, 5);
    assertThat(axis.name()).isEqualTo("repetitions 3..5");
    assertThat(descriptions(axis))
        .containsExactly(
            "repetitions 3 (all steps)", "repetitions 4 (all steps)", "repetitions 5 (all steps)");
    assertThat(descriptions(Axis.repetitions(4, 4))).containsExactly("repetitions 4 (all steps)");
  }

  @Test
  void repetitionsStepByTheGivenAmountAndStopAtTheLastValue() {
    Axis axis = Axis.repetitions(2, 9, 3);
    assertThat(axis.name()).isEqualTo("repetitions 2..9");
    assertThat(descriptions(axis))
        .containsExactly(
            "repetitions 2 (all steps)", "repetitions 5 (all steps)", "repetitions 8 (all steps)");
    assertThat(Axis.repetitions(2, 8, 3).size()).isEqualTo(3);
  }

  @Test
  void rejectsAReversedOrNonPositiveRepetitionSweep() {
    assertThatThrownBy(() -> Axis.repetitions(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid repetitions range 5..4: from must not exceed to");
    assertThatThrownBy(() -> Axis.repetitions(1, 5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid repetitions step 0: expected 1 or more");
  }

  @Test
  void decimalSweepsCountInDecimalsSoTheLastValueIsNotLostToRounding() {
    // 0.2 + 0.2 + 0.2 + 0.2 in doubles exceeds 0.8; the sweep must still end at 0.8.
    Axis tempos = Axis.tempos(0.2, 0.8, 0.2);
    assertThat(tempos.name()).isEqualTo("tempo 0.2..0.8 s");
    assertThat(descriptions(tempos))
        .containsExactly(
            "tempo 0.2 s per cycle (all steps)",
            "tempo 0.4 s per cycle (all steps)",
            "tempo 0.6 s per cycle (all steps)",
            "tempo 0.8 s per cycle (all steps)");
    Axis pressures = Axis.pressuresMmHg(10, 30, 10);
    assertThat(pressures.name()).isEqualTo("pressure 10.0..30.0 mmHg");
    assertThat(descriptions(pressures))
        .containsExactly(
            "pressure 10 mmHg (all steps)",
            "pressure 20 mmHg (all steps)",
            "pressure 30 mmHg (all steps)");
    assertThat(Axis.pressuresMmHg(15, 15, 5).size()).isEqualTo(1);
  }

  @Test
  void rejectsDecimalSweepsThatAreReversedInfiniteOrDoNotAdvance() {
    assertThatThrownBy(() -> Axis.tempos(2, 1, 0.5))
        .hasMessage("Invalid tempo range 2.0..1.0: from must not exceed to");
    assertThatThrownBy(() -> Axis.tempos(Double.NEGATIVE_INFINITY, 1, 0.5))
        .hasMessage("Invalid tempo range -Infinity..1.0: from must not exceed to");
    assertThatThrownBy(() -> Axis.pressuresMmHg(10, Double.POSITIVE_INFINITY, 5))
        .hasMessage("Invalid pressure range 10.0..Infinity: from must not exceed to");
    assertThatThrownBy(() -> Axis.tempos(1, 2, 0))
        .hasMessage("Invalid tempo step 0.0: expected more than 0");
    assertThatThrownBy(() -> Axis.pressuresMmHg(10, 20, Double.POSITIVE_INFINITY))
        .hasMessage("Invalid pressure step Infinity: expected more than 0");
  }

  /** An absurd range is refused with its exact size before a single edit is built. */
  @Test
  void refusesRangesWithMoreValuesThanAnAxisHolds() {
    assertThatThrownBy(() -> Axis.pressuresMmHg(0, 1e300, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "The pressure range 0.0..1.0E300 in steps of 1.0 has 1.00e+300 values; an axis holds at"
                + " most 100,000: use a larger step or a narrower range");
    assertThatThrownBy(() -> Axis.tempos(0.2, 60, 0.0000001))
        .hasMessageContaining("has 598,000,001 values");
    assertThatThrownBy(() -> Axis.repetitions(1, Integer.MAX_VALUE))
        .hasMessageContaining("has 2,147,483,647 values");
    assertThat(Axis.pressuresMmHg(0, 199.998, 0.002).size()).isEqualTo(Axis.MAX_VALUES);
    assertThatThrownBy(() -> Axis.pressuresMmHg(0, 200, 0.002))
        .hasMessageContaining("has 100,001 values");
  }

  @Test
  void pressureAndStrokeAxesHoldOneEditPerValue() {
    Axis levels = Axis.pressureLevels(PressureLevel.VERY_LIGHT, PressureLevel.FIRM);
    assertThat(levels.name()).isEqualTo("pressure");
    assertThat(descriptions(levels))
        .containsExactly("pressure very light (all steps)", "pressure firm (all steps)");
    assertThat(descriptions(Axis.pressures(Pressure.ofMmHg(25))))
        .containsExactly("pressure 25 mmHg (all steps)");
    Axis strokes = Axis.strokes(Stroke.PUMP, Stroke.SCOOP, Stroke.ROTARY);
    assertThat(strokes.name()).isEqualTo("stroke PUMP");
    assertThat(descriptions(strokes))
        .containsExactly("stroke PUMP → SCOOP (all steps)", "stroke PUMP → ROTARY (all steps)");
  }

  @Test
  void dropAndDuplicateAxesVisitEveryStepInOrder() {
    // small(): phases of 2, 1 and 2 steps.
    Axis drop = Axis.dropEachStep(base);
    assertThat(drop.name()).isEqualTo("drop one step");
    assertThat(descriptions(drop))
        .containsExactly(
            "drop phase 1 step 1",
            "drop phase 1 step 2",
            "drop phase 2 step 1",
            "drop phase 3 step 1",
            "drop phase 3 step 2");
    Axis duplicate = Axis.duplicateEachStep(base);
    assertThat(duplicate.name()).isEqualTo("duplicate one step");
    assertThat(descriptions(duplicate))
        .containsExactly(
            "duplicate phase 1 step 1",
            "duplicate phase 1 step 2",
            "duplicate phase 2 step 1",
            "duplicate phase 3 step 1",
            "duplicate phase 3 step 2");
  }

  @Test
  void structuralAxesSkipPhasesTooShortToReorder() {
    Axis swaps = Axis.swapEachNeighbours(base);
    assertThat(swaps.name()).isEqualTo("swap neighbouring steps");
    assertThat(descriptions(swaps))
        .containsExactly("move phase 1 step 1 to step 2", "move phase 3 step 1 to step 2");
    Axis reversals = Axis.reverseEachSequence(base);
    assertThat(reversals.name()).isEqualTo("reverse one phase");
    assertThat(descriptions(reversals)).containsExactly("reverse phase 1", "reverse phase 3");
  }

  @Test
  void insertEverywhereOffersEveryGapIncludingTheEndOfEachPhase() {
    Axis axis = Axis.insertEverywhere(base, nodes("AXILLARY_L"));
    assertThat(axis.name()).isEqualTo("insert AXILLARY_L STATIONARY_CIRCLE → AXILLARY_L");
    assertThat(descriptions(axis))
        .extracting(d -> d.substring(0, d.indexOf(':')))
        .containsExactly(
            "insert at phase 1 step 1",
            "insert at phase 1 step 2",
            "insert at phase 1 step 3",
            "insert at phase 2 step 1",
            "insert at phase 2 step 2",
            "insert at phase 3 step 1",
            "insert at phase 3 step 2",
            "insert at phase 3 step 3");
    // Every one of them applies: the last gap of a phase is its end.
    assertThat(axis.edits()).allSatisfy(e -> assertThat(e.apply(base)).isPresent());
  }

  @Test
  void orUnchangedPutsTheIdentityFirstOnlyOnce() {
    Axis drop = Axis.dropEachStep(base).orUnchanged();
    assertThat(drop.name()).isEqualTo("drop one step or unchanged");
    assertThat(drop.edits().get(0)).isSameAs(Edit.identity());
    assertThat(drop.size()).isEqualTo(6);
    assertThat(drop.orUnchanged()).isSameAs(drop);
    Axis optional = Axis.optional(Edit.mirror());
    assertThat(optional.name()).isEqualTo("mirror left ↔ right or not");
    assertThat(optional.edits()).containsExactly(Edit.identity(), Edit.mirror());
    assertThat(optional.orUnchanged()).isSameAs(optional);
  }

  @Test
  void anAxisNeedsANameAndAtLeastOneEdit() {
    assertThatThrownBy(() -> Axis.of(" ", Edit.identity()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("An axis needs a name");
    assertThatThrownBy(() -> Axis.of("sweep", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Axis \"sweep\" has no edits; add at least one");
    Axis axis = Axis.of("drop", Edit.dropStep(0, 0), Edit.dropStep(2, 1));
    assertThat(axis.toString()).isEqualTo("Axis{drop, 2 edits}");
  }

  private static List<String> descriptions(Axis axis) {
    return axis.edits().stream().map(Edit::description).collect(Collectors.toList());
  }
}
