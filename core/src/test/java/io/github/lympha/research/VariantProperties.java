package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.testing.FixedSeeds;
import io.github.lympha.testing.LymphaArbitraries;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Laws of variant families and of the structural diff. */
@AddLifecycleHook(FixedSeeds.class)
class VariantProperties {
  private static final Anatomy ANATOMY = Anatomy.standard();

  /** Planned protocols for one to three affected regions: realistic bases of 10–60 steps. */
  @Provide
  Arbitrary<Protocol> bases() {
    return Arbitraries.of(ANATOMY.regions())
        .set()
        .ofMinSize(1)
        .ofMaxSize(3)
        .map(rs -> PatientContext.builder().addAllAffected(rs).build())
        .map(p -> Planner.standard().plan(p).protocol())
        .filter(java.util.Optional::isPresent)
        .map(java.util.Optional::get);
  }

  private static Family family(Protocol base) {
    return Family.of(base)
        .vary(Axis.repetitions(3, 8))
        .vary(Axis.pressureLevels(PressureLevel.values()))
        .vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP).orUnchanged())
        .vary(Axis.dropEachStep(base).orUnchanged())
        .vary(Axis.swapEachNeighbours(base).orUnchanged())
        .vary(Axis.optional(Edit.mirror()));
  }

  @Property(tries = 50)
  void familiesAreReproducibleWithTheSameSeed(
      @ForAll("bases") Protocol base, @ForAll @LongRange(min = 0, max = 1000) long seed) {
    Family f = family(base);
    List<Variant> a = f.sample(30, seed).toList();
    List<Variant> b = f.sample(30, seed).toList();
    assertThat(a).isEqualTo(b);
  }

  @Property(tries = 50)
  void familiesRespectTheirBounds(
      @ForAll("bases") Protocol base,
      @ForAll @LongRange(min = 1, max = 60) long n,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    Family sample = family(base).sample(n, seed);
    List<Variant> all = sample.toList();
    assertThat((long) all.size()).isLessThanOrEqualTo(Math.min(n, sample.size()));
    assertThat(all.stream().map(Variant::index).distinct().count()).isEqualTo(all.size());
    assertThat(all).allSatisfy(v -> assertThat(v.index()).isBetween(0L, family(base).size() - 1));
  }

  @Property(tries = 50)
  void aProtocolHasNoDifferencesWithItself(@ForAll("bases") Protocol base) {
    assertThat(ProtocolDiff.between(base, base).isEmpty()).isTrue();
  }

  @Property(tries = 50)
  void theDiffBothWaysMirrorsItself(
      @ForAll("bases") Protocol base, @ForAll @LongRange(min = 0, max = 100_000) long seed) {
    Family f = family(base);
    for (Variant v : f.sample(3, seed).toList()) {
      ProtocolDiff ab = ProtocolDiff.between(base, v.protocol());
      ProtocolDiff ba = ProtocolDiff.between(v.protocol(), base);
      assertThat(ba.changes()).containsExactlyInAnyOrderElementsOf(ab.inverse().changes());
      assertThat(ab.isEmpty()).isEqualTo(base.equals(v.protocol()));
    }
  }

  @Property(tries = 50)
  void theDiffSeesEveryDroppedStep(
      @ForAll("bases") Protocol base, @ForAll @LongRange(min = 0, max = 100_000) long seed) {
    for (Variant v : Family.of(base).vary(Axis.dropEachStep(base)).sample(2, seed).toList()) {
      ProtocolDiff diff = ProtocolDiff.between(base, v.protocol());
      int removedSteps = diff.changes(Change.Kind.REMOVED).size();
      assertThat(removedSteps).isEqualTo(1);
    }
  }

  @Property(tries = 100)
  void theDiffOfAnyTwoProtocolsMirrorsItself(
      @ForAll("protocols") Protocol a, @ForAll("protocols") Protocol b) {
    ProtocolDiff ab = ProtocolDiff.between(a, b);
    assertThat(ProtocolDiff.between(b, a).changes())
        .containsExactlyInAnyOrderElementsOf(ab.inverse().changes());
    assertThat(ab.changes(Change.Kind.ADDED))
        .hasSameSizeAs(ProtocolDiff.between(b, a).changes(Change.Kind.REMOVED));
    assertThat(ProtocolDiff.between(a, a).isEmpty()).isTrue();
  }

  @Provide
  Arbitrary<Protocol> protocols() {
    return LymphaArbitraries.protocols();
  }

  @Property(tries = 30)
  void mirroringTwiceGivesTheProtocolBack(@ForAll("bases") Protocol base) {
    Edit twice = Edit.mirror().andThen(Edit.mirror());
    twice.apply(base).ifPresent(p -> assertThat(p).isEqualTo(base));
    List<String> regions =
        base.treats().stream().map(Region::id).sorted().collect(Collectors.toList());
    assertThat(regions).isNotEmpty();
  }
}
