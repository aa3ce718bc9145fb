package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of variant families and of the structural diff. */
class VariantProperties {
  private static final Anatomy ANATOMY = Anatomy.standard();

  private static Family family(Protocol base) {
    return Family.of(base)
        .vary(Axis.repetitions(3, 8))
        .vary(Axis.pressureLevels(PressureLevel.values()))
        .vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP).orUnchanged())
        .vary(Axis.dropEachStep(base).orUnchanged())
        .vary(Axis.swapEachNeighbours(base).orUnchanged())
        .vary(Axis.optional(Edit.mirror()));
  }

  @Test
  void familiesAreReproducibleWithTheSameSeed() {
    Laws.check(
        50,
        Generators.plannedProtocols(),
        Gens.integers(0, 1000).map(Integer::longValue),
        (Protocol base, Long seed) -> {
          Family f = family(base);
          List<Variant> a = f.sample(30, seed).toList();
          List<Variant> b = f.sample(30, seed).toList();
          assertThat(a).isEqualTo(b);
        });
  }

  @Test
  void familiesRespectTheirBounds() {
    Laws.check(
        50,
        Generators.plannedProtocols(),
        Gens.integers(1, 60).map(Integer::longValue),
        Gens.integers(0, 1000).map(Integer::longValue),
        (Protocol base, Long n, Long seed) -> {
          Family sample = family(base).sample(n, seed);
          List<Variant> all = sample.toList();
          assertThat((long) all.size()).isLessThanOrEqualTo(Math.min(n, sample.size()));
          assertThat(all.stream().map(Variant::index).distinct().count()).isEqualTo(all.size());
          assertThat(all)
              .allSatisfy(v -> assertThat(v.index()).isBetween(0L, family(base).size() - 1));
        });
  }

  @Test
  void aProtocolHasNoDifferencesWithItself() {
    Laws.check(
        50,
        Generators.plannedProtocols(),
        (Protocol base) -> {
          assertThat(ProtocolDiff.between(base, base).isEmpty()).isTrue();
        });
  }

  @Test
  void theDiffBothWaysMirrorsItself() {
    Laws.check(
        50,
        Generators.plannedProtocols(),
        Gens.integers(0, 100_000).map(Integer::longValue),
        (Protocol base, Long seed) -> {
          Family f = family(base);
          for (Variant v : f.sample(3, seed).toList()) {
            ProtocolDiff ab = ProtocolDiff.between(base, v.protocol());
            ProtocolDiff ba = ProtocolDiff.between(v.protocol(), base);
            assertThat(ba.changes()).containsExactlyInAnyOrderElementsOf(ab.inverse().changes());
            assertThat(ab.isEmpty()).isEqualTo(base.equals(v.protocol()));
          }
        });
  }

  @Test
  void theDiffSeesEveryDroppedStep() {
    Laws.check(
        50,
        Generators.plannedProtocols(),
        Gens.integers(0, 100_000).map(Integer::longValue),
        (Protocol base, Long seed) -> {
          for (Variant v : Family.of(base).vary(Axis.dropEachStep(base)).sample(2, seed).toList()) {
            ProtocolDiff diff = ProtocolDiff.between(base, v.protocol());
            int removedSteps = diff.changes(Change.Kind.REMOVED).size();
            assertThat(removedSteps).isEqualTo(1);
          }
        });
  }

  @Test
  void theDiffOfAnyTwoProtocolsMirrorsItself() {
    Laws.check(
        100,
        Generators.protocols(),
        Generators.protocols(),
        (Protocol a, Protocol b) -> {
          ProtocolDiff ab = ProtocolDiff.between(a, b);
          assertThat(ProtocolDiff.between(b, a).changes())
              .containsExactlyInAnyOrderElementsOf(ab.inverse().changes());
          assertThat(ab.changes(Change.Kind.ADDED))
              .hasSameSizeAs(ProtocolDiff.between(b, a).changes(Change.Kind.REMOVED));
          assertThat(ProtocolDiff.between(a, a).isEmpty()).isTrue();
        });
  }

  @Test
  void mirroringTwiceGivesTheProtocolBack() {
    Laws.check(
        30,
        Generators.plannedProtocols(),
        (Protocol base) -> {
          Edit twice = Edit.mirror().andThen(Edit.mirror());
          twice.apply(base).ifPresent(p -> assertThat(p).isEqualTo(base));
          List<String> regions =
              base.treats().stream().map(Region::id).sorted().collect(Collectors.toList());
          assertThat(regions).isNotEmpty();
        });
  }
}
