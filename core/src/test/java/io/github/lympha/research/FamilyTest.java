package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.plannedLeg;
import static io.github.lympha.research.ResearchFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FamilyTest {
  private final Protocol base = small();

  @Test
  void theFamilyOfABaseHoldsTheBaseUnchanged() {
    List<Variant> all = Family.of(base).toList();
    assertThat(all).hasSize(1);
    assertThat(all.get(0).protocol()).isSameAs(base);
    assertThat(all.get(0).description()).isEqualTo("unchanged");
    assertThat(all.get(0).baseId()).isEqualTo("small");
  }

  @Test
  void aProductHoldsEveryCombinationWithTheLastAxisVaryingFastest() {
    Family f =
        Family.of(base)
            .vary(Axis.repetitions(5, 6))
            .vary(
                Axis.pressureLevels(
                    PressureLevel.VERY_LIGHT, PressureLevel.LIGHT, PressureLevel.MODERATE));
    assertThat(f.size()).isEqualTo(6);
    assertThat(f.stream().map(Variant::description).collect(Collectors.toList()))
        .containsExactly(
            "repetitions 5 (all steps); pressure very light (all steps)",
            "repetitions 5 (all steps); pressure light (all steps)",
            "repetitions 5 (all steps); pressure moderate (all steps)",
            "repetitions 6 (all steps); pressure very light (all steps)",
            "repetitions 6 (all steps); pressure light (all steps)",
            "repetitions 6 (all steps); pressure moderate (all steps)");
    assertThat(f.stream().map(Variant::index)).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(f.get(4).orElseThrow().protocol().steps())
        .extracting(Step::repetitions)
        .containsOnly(6);
  }

  @Test
  void streamingAndLookingUpByIndexGiveTheSameVariants() {
    Protocol leg = plannedLeg();
    Family f =
        Family.of(leg)
            .vary(Axis.repetitions(4, 6))
            .vary(Axis.dropEachStep(leg).orUnchanged())
            .vary(Axis.optional(Edit.mirror()))
            .vary(Axis.of("drop", Edit.dropStep(4, 5), Edit.identity()));
    List<Variant> streamed = f.toList();
    assertThat(streamed).isNotEmpty();
    for (Variant v : streamed) {
      assertThat(f.get(v.index())).contains(v);
    }
    long skipped =
        java.util.stream.LongStream.range(0, f.size()).filter(i -> f.get(i).isEmpty()).count();
    assertThat(streamed.size() + skipped).isEqualTo(f.size());
  }

  @Test
  void variantsShareUnchangedSequencesWithTheBase() {
    Variant v = Family.of(base).vary(Axis.of("drop", Edit.dropStep(2, 1))).toList().get(0);
    assertThat(v.protocol().sequences().get(0)).isSameAs(base.sequences().get(0));
    assertThat(v.protocol().sequences().get(1)).isSameAs(base.sequences().get(1));
    assertThat(v.protocol().sequences().get(2).steps().get(0))
        .isSameAs(base.sequences().get(2).steps().get(0));
  }

  @Test
  void generatesLazily() {
    AtomicInteger calls = new AtomicInteger();
    Family f =
        Family.of(base)
            .vary(Axis.repetitions(1, 1000))
            .then(
                Edit.of(
                    "count",
                    p -> {
                      calls.incrementAndGet();
                      return p;
                    }));
    assertThat(f.stream().limit(3).count()).isEqualTo(3);
    assertThat(calls.get()).isEqualTo(3);
  }

  @Test
  void refusesToStreamMoreThanItsLimitWithAClearMessage() {
    Family huge =
        Family.of(base)
            .vary(Axis.repetitions(1, 1000))
            .vary(Axis.repetitions(1, 1000))
            .vary(Axis.tempos(0.5, 5, 0.5));
    assertThat(huge.size()).isEqualTo(10_000_000);
    assertThatThrownBy(huge::stream)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "This family has 10,000,000 variants, more than its limit of 1,000,000; raise the"
                + " limit with withLimit(10000000) or draw a reproducible sample with"
                + " sample(n, seed)");
    assertThat(huge.withLimit(10_000_000).stream().limit(2).count()).isEqualTo(2);
  }

  @Test
  void samplesReproduciblyWithASeed() {
    Family f = Family.of(base).vary(Axis.repetitions(1, 100)).vary(Axis.tempos(0.5, 5, 0.5));
    List<String> first = descriptions(f.sample(50, 7));
    assertThat(first).hasSize(50).doesNotHaveDuplicates();
    assertThat(descriptions(f.sample(50, 7))).isEqualTo(first);
    assertThat(descriptions(f.sample(50, 8))).isNotEqualTo(first);
    assertThat(f.sample(50, 7).get(3).orElseThrow().description()).isEqualTo(first.get(3));
  }

  @Test
  void aSampleLargerThanTheFamilyHoldsTheWholeFamilyInOrder() {
    Family f = Family.of(base).vary(Axis.repetitions(3, 6));
    assertThat(descriptions(f.sample(100, 1))).isEqualTo(descriptions(f));
  }

  @Test
  void aSampleOfAHugeProductIsBoundedByItsSize() {
    Family huge =
        Family.of(base)
            .vary(Axis.repetitions(1, 1000))
            .vary(Axis.repetitions(1, 1000))
            .vary(Axis.repetitions(1, 1000));
    Family sample = huge.sample(20, 3);
    assertThat(sample.size()).isEqualTo(20);
    assertThat(sample.stream().count()).isEqualTo(20);
  }

  /** The sample's draws: a bijection of the positions, from the seed, in constant memory. */
  @Test
  void aSeededPermutationVisitsEveryPositionExactlyOnce() {
    for (long size : new long[] {1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100, 1000, 4097}) {
      for (long seed : new long[] {0, 1, 42, -7}) {
        Family.Permutation p = new Family.Permutation(size, seed);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long i = 0; i < size; i++) {
          long at = p.at(i);
          assertThat(at).isBetween(0L, size - 1);
          assertThat(seen.add(at)).as("size %s seed %s index %s", size, seed, i).isTrue();
          assertThat(new Family.Permutation(size, seed).at(i)).isEqualTo(at);
        }
      }
    }
    Family.Permutation a = new Family.Permutation(1000, 1);
    Family.Permutation b = new Family.Permutation(1000, 2);
    long same = java.util.stream.LongStream.range(0, 1000).filter(i -> a.at(i) == b.at(i)).count();
    assertThat(same).as("two seeds, two orders").isLessThan(20);
    long fixed = java.util.stream.LongStream.range(0, 1000).filter(i -> a.at(i) == i).count();
    assertThat(fixed).as("not the identity").isLessThan(20);
    // Positions near the top of the long range stay positions.
    Family.Permutation top = new Family.Permutation(Long.MAX_VALUE, 5);
    for (long i : new long[] {0, 1, Long.MAX_VALUE - 1}) {
      assertThat(top.at(i)).isBetween(0L, Long.MAX_VALUE - 1);
    }
    assertThatThrownBy(() -> a.at(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid index 1000; expected 0 to 999");
    assertThatThrownBy(() -> a.at(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Family.Permutation(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A permutation needs at least one position, not 0");
  }

  /**
   * Samples are reproducible across versions: the research guide's sample of 3 from 3,456 with seed
   * 42 is variants 524, 1042 and 1802, and a change to the permutation would change every user's
   * samples.
   */
  @Test
  void thePermutationDrawsTheSamePositionsFromASeedInEveryVersion() {
    Family.Permutation guide = new Family.Permutation(3456, 42);
    assertThat(new long[] {guide.at(0), guide.at(1), guide.at(2), guide.at(3455)})
        .containsExactly(524, 1042, 1802, 3081);
    Family.Permutation wide = new Family.Permutation(1L << 40, 7);
    assertThat(new long[] {wide.at(0), wide.at(1)}).containsExactly(735876042852L, 607417329646L);
  }

  @Test
  void aSampleDrawsDistinctVariantsAndGetsTheSameOnesByIndex() {
    Family f = Family.of(base).vary(Axis.repetitions(1, 1000)).vary(Axis.repetitions(1, 1000));
    Family sample = f.sample(5_000, 11);
    List<Long> indexes = sample.stream().map(Variant::index).collect(Collectors.toList());
    assertThat(indexes).hasSize(5_000).doesNotHaveDuplicates();
    assertThat(indexes).allSatisfy(i -> assertThat(i).isBetween(0L, 999_999L));
    for (int i : new int[] {0, 1, 2_500, 4_999}) {
      assertThat(sample.get(i).orElseThrow().index()).isEqualTo(indexes.get(i));
    }
  }

  @Test
  void skipsVariantsThatCannotApply() {
    Family f =
        Family.of(base).vary(Axis.dropEachStep(base)).vary(Axis.of("drop", Edit.dropStep(2, 1)));
    // Dropping the groin step removes phase 2, and dropping a thigh step leaves no step 2 in
    // phase 3: only the two drops in phase 1 combine with the second edit.
    assertThat(f.size()).isEqualTo(5);
    assertThat(f.stream().map(Variant::index)).containsExactly(0L, 1L);
  }

  @Test
  void concatenatesFamiliesAndMultipliesFamiliesOfOneBase() {
    Family a = Family.of(base).vary(Axis.repetitions(3, 4));
    Family b = Family.of(base).vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP, Stroke.EFFLEURAGE));
    assertThat(descriptions(Family.concat(a, b)))
        .containsExactly(
            "repetitions 3 (all steps)",
            "repetitions 4 (all steps)",
            "stroke PUMP → SCOOP (all steps)",
            "stroke PUMP → EFFLEURAGE (all steps)");
    assertThat(Family.concat(a, b).stream().map(Variant::index)).containsExactly(0L, 1L, 2L, 3L);
    assertThat(a.times(b).size()).isEqualTo(4);
    assertThat(descriptions(a.times(b)).get(1))
        .isEqualTo("repetitions 3 (all steps); stroke PUMP → EFFLEURAGE (all steps)");
    assertThatThrownBy(() -> a.times(Family.of(plannedLeg())))
        .hasMessageContaining("different bases");
  }

  @Test
  void structuralAxesEnumerateTheBase() {
    Protocol leg = plannedLeg();
    assertThat(Axis.dropEachStep(leg).size()).isEqualTo(leg.stepCount());
    assertThat(Axis.duplicateEachStep(leg).size()).isEqualTo(leg.stepCount());
    assertThat(Axis.reverseEachSequence(base).size()).isEqualTo(2);
    assertThat(Axis.swapEachNeighbours(base).size()).isEqualTo(2);
    assertThat(Axis.insertEverywhere(base, ResearchFixtures.nodes("AXILLARY_L")).size())
        .isEqualTo(8);
    assertThat(Axis.optional(Edit.mirror()).size()).isEqualTo(2);
    assertThat(Axis.dropEachStep(base).orUnchanged().size()).isEqualTo(6);
    assertThat(Axis.tempos(0.5, 2, 0.5).size()).isEqualTo(4);
    assertThat(Axis.pressuresMmHg(10, 40, 10).size()).isEqualTo(4);
  }

  @Test
  void aUnionLooksUpEachVariantInItsOwnPartWithContinuedIndexes() {
    Family a = Family.of(base).vary(Axis.repetitions(3, 4));
    Family b = Family.of(base).vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP, Stroke.EFFLEURAGE));
    Family union = Family.concat(a, b);
    assertThat(union.size()).isEqualTo(4);
    assertThat(union.get(1).orElseThrow().description()).isEqualTo("repetitions 4 (all steps)");
    Variant third = union.get(2).orElseThrow();
    assertThat(third.index()).isEqualTo(2);
    assertThat(third.description()).isEqualTo("stroke PUMP → SCOOP (all steps)");
    assertThat(union.get(3).orElseThrow().index()).isEqualTo(3);
    assertThat(union.toString()).isEqualTo("Family{union of 2 (4 variants), limit 1000000}");
    assertThatThrownBy(() -> union.times(a))
        .hasMessage(
            "Only products of axes can be multiplied; sample or concatenate the product instead");
    assertThatThrownBy(() -> a.times(a.sample(1, 1)))
        .hasMessage(
            "Only products of axes can be multiplied; sample or concatenate the product instead");
  }

  @Test
  void looksUpOnlyIndexesInsideTheFamily() {
    Family f = Family.of(base).vary(Axis.repetitions(3, 5));
    assertThat(f.get(0).orElseThrow().description()).isEqualTo("repetitions 3 (all steps)");
    assertThat(f.get(2).orElseThrow().description()).isEqualTo("repetitions 5 (all steps)");
    assertThatThrownBy(() -> f.get(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid index 3; this family has 3 variants");
    assertThatThrownBy(() -> f.get(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid index -1; this family has 3 variants");
    assertThat(f.toString()).isEqualTo("Family{small × 1 axes (3 variants), limit 1000000}");
  }

  @Test
  void limitsAndSampleSizesStartAtOne() {
    Family f = Family.of(base).vary(Axis.repetitions(3, 5));
    assertThat(f.limit()).isEqualTo(Family.DEFAULT_LIMIT);
    assertThat(f.withLimit(1).limit()).isEqualTo(1);
    assertThatThrownBy(() -> f.withLimit(0)).hasMessage("Invalid limit: 0; expected 1 or more");
    assertThat(f.sample(1, 5).toList()).hasSize(1);
    assertThatThrownBy(() -> f.sample(0, 5))
        .hasMessage("Invalid sample size: 0; expected 1 or more");
    // A sample as large as the family is the family itself, in order.
    assertThat(descriptions(f.sample(3, 9))).isEqualTo(descriptions(f));
    Family sample = f.sample(2, 9);
    assertThat(sample.toList()).hasSize(2);
    assertThat(sample.toString())
        .isEqualTo("Family{sample of 2 (seed 9) from small × 1 axes (3 variants), limit 1000000}");
    // The product keeps the larger limit of the two.
    assertThat(f.withLimit(5).times(f.withLimit(7)).limit()).isEqualTo(7);
    assertThat(f.withLimit(7).times(f.withLimit(5)).limit()).isEqualTo(7);
  }

  private static List<String> descriptions(Family f) {
    return f.stream().map(Variant::description).collect(Collectors.toList());
  }
}
