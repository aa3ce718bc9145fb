package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Tempo;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of the protocol model and its builder, over the shared generators of {@link Generators}. */
class ProtocolProperties {
  /** The hand-written id check accepts exactly what the documented pattern accepts. */
  @Test
  void idCheckMatchesThePattern() {
    Laws.check(
        1000,
        idCandidates(),
        (String id) -> {
          assertThat(Protocol.isId(id)).isEqualTo(id.matches("[a-z0-9][a-z0-9._-]{0,99}"));
        });
  }

  Gen<String> idCandidates() {
    Gen<String> near = Gens.strings("az09._-AZ /é", 0, 8);
    Gen<String> around100 = Gens.strings("ab1.-_", 98, 102);
    return Gens.oneOf(near, around100, Gens.anyStrings(5));
  }

  private static final Anatomy ANATOMY = Generators.anatomy();
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  /** An anatomy equal to the standard one but not the same instance. */
  private static final Anatomy EQUAL_ANATOMY = ANATOMY.toBuilder().build();

  // ------------------------------------------------------------------ invariants under withX

  /** One {@code withX} edit with a possibly invalid value, and whether the value is valid. */
  static final class Edit {
    final String name;
    final Function<Protocol, Protocol> apply;
    final Predicate<Protocol> valid;

    Edit(String name, Function<Protocol, Protocol> apply, Predicate<Protocol> valid) {
      this.name = name;
      this.apply = apply;
      this.valid = valid;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  Gen<Edit> edits() {
    Gen<String> anyText = Gens.oneOf(Generators.texts(), Gens.of("", " ", "\t"));
    Gen<Integer> anyCount = Gens.integers(-3, Step.MAX_REPETITIONS + 3);
    return Gens.oneOf(
        anyText.map(t -> new Edit("withTitle(" + t + ")", p -> p.withTitle(t), p -> !t.isBlank())),
        Gens.oneOf(Generators.protocolIds(), anyText, Gens.of("Leg", "-x", "a b"))
            .map(
                id ->
                    new Edit(
                        "withId(" + id + ")", p -> p.withId(id), p -> ID.matcher(id).matches())),
        anyText.map(
            v -> new Edit("withVersion(" + v + ")", p -> p.withVersion(v), p -> !v.isBlank())),
        anyText.map(
            d -> new Edit("withDescription(" + d + ")", p -> p.withDescription(d), p -> true)),
        anyText.map(
            a -> new Edit("withAuthor(" + a + ")", p -> p.withAuthor(a), p -> !a.isBlank())),
        Gens.lists(anyText, 0, 3)
            .map(
                t ->
                    new Edit(
                        "withTags(" + t + ")",
                        p -> p.withTags(t),
                        p -> t.stream().noneMatch(String::isBlank))),
        Gens.lists(anyText, 0, 3)
            .map(
                s ->
                    new Edit(
                        "withSources(" + s + ")",
                        p -> p.withSources(s),
                        p -> s.stream().noneMatch(String::isBlank))),
        Gens.sets(Generators.regions(), 0, 3)
            .map(r -> new Edit("withTreats(" + r + ")", p -> p.withTreats(r), p -> true)),
        Gens.lists(Generators.sequences(), 0, 3)
            .map(s -> new Edit("withSequences(...)", p -> p.withSequences(s), p -> true)),
        anyCount.map(
            n ->
                onFirstSequence(
                    "withRepeats(" + n + ")",
                    s -> s.withRepeats(n),
                    n >= 1 && n <= Sequence.MAX_REPEATS)),
        anyText.map(t -> onFirstSequence("withName(" + t + ")", s -> s.withName(t), !t.isBlank())),
        Gens.just(onFirstSequence("withSteps([])", s -> s.withSteps(List.of()), false)),
        anyCount.map(
            n ->
                onFirstStep(
                    "withRepetitions(" + n + ")",
                    s -> s.withRepetitions(n),
                    s -> n >= 1 && n <= Step.MAX_REPETITIONS)),
        anyText.map(
            t -> onFirstStep("withHands(" + t + ")", s -> s.withHands(t), s -> !t.isBlank())),
        anyText.map(t -> onFirstStep("withNote(" + t + ")", s -> s.withNote(t), s -> !t.isBlank())),
        Generators.strokes()
            .map(k -> onFirstStep("withStroke(" + k + ")", s -> s.withStroke(k), s -> true)),
        Generators.pressures()
            .map(v -> onFirstStep("withPressure(" + v + ")", s -> s.withPressure(v), s -> true)),
        Gens.doubles(0, 100)
            .map(
                v ->
                    onFirstStep(
                        "withTempo(" + v + ")",
                        s -> s.withTempo(Tempo.ofSeconds(v)),
                        s -> v >= Tempo.MIN_SECONDS && v <= Tempo.MAX_SECONDS)),
        Gens.doubles(-50, 300)
            .map(
                v ->
                    onFirstStep(
                        "withPressure(" + v + " mmHg)",
                        s -> s.withPressure(Pressure.ofMmHg(v)),
                        s -> v >= 0 && v <= Pressure.MAX_MM_HG)),
        Generators.nodeGroups()
            .map(g -> onFirstStep("withToward(" + g.id() + ")", s -> s.withToward(g), s -> true)),
        Generators.sites()
            .map(
                site ->
                    onFirstStep("withSite(" + site.id() + ")", s -> s.withSite(site), s -> true)),
        Generators.anastomoses()
            .map(a -> onFirstStep("withVia(" + a.id() + ")", s -> s.withVia(a), s -> true)));
  }

  /** An edit of the first sequence (a no-op on a protocol without sequences). */
  private static Edit onFirstSequence(
      String name, Function<Sequence, Sequence> edit, boolean valid) {
    return new Edit(
        name,
        p ->
            p.isEmpty()
                ? p
                : p.withSequences(replaceFirst(p.sequences(), edit.apply(p.sequences().get(0)))),
        p -> p.isEmpty() || valid);
  }

  /** An edit of the first step of the first sequence (a no-op on an empty protocol). */
  private static Edit onFirstStep(String name, Function<Step, Step> edit, Predicate<Step> valid) {
    return new Edit(
        name,
        p -> {
          if (p.isEmpty()) {
            return p;
          }
          Sequence first = p.sequences().get(0);
          Sequence changed =
              first.withSteps(replaceFirst(first.steps(), edit.apply(first.steps().get(0))));
          return p.withSequences(replaceFirst(p.sequences(), changed));
        },
        p -> p.isEmpty() || valid.test(p.sequences().get(0).steps().get(0)));
  }

  private static <T> List<T> replaceFirst(List<T> list, T first) {
    List<T> copy = new ArrayList<>(list);
    copy.set(0, first);
    return copy;
  }

  @Test
  void everyWithKeepsTheInvariantsOrIsRejected() {
    AtomicInteger validEdits = new AtomicInteger();
    AtomicInteger invalidEdits = new AtomicInteger();
    Laws.check(
        300,
        Generators.protocols(),
        edits(),
        (Protocol p, Edit edit) -> {
          boolean valid = edit.valid.test(p);
          (valid ? validEdits : invalidEdits).incrementAndGet();
          if (valid) {
            Protocol q = edit.apply.apply(p);
            assertInvariants(q);
          } else {
            assertThatThrownBy(() -> edit.apply.apply(p))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
          }
          assertInvariants(p);
        });
    assertThat(validEdits).as("edits with a valid value").hasPositiveValue();
    assertThat(invalidEdits).as("edits with an invalid value").hasPositiveValue();
  }

  /** Every documented invariant, checked from the outside. */
  static void assertInvariants(Protocol p) {
    assertThat(p.id()).matches(ID);
    assertThat(p.title()).isNotBlank();
    assertThat(p.version()).isNotBlank();
    p.author().ifPresent(a -> assertThat(a).isNotBlank());
    assertThat(p.sources()).noneMatch(String::isBlank);
    assertThat(p.tags()).noneMatch(String::isBlank);
    assertThat(p.treats())
        .allMatch(r -> p.anatomy().findRegion(r.id()).filter(r::equals).isPresent());
    for (Sequence s : p.sequences()) {
      assertThat(s.name()).isNotBlank();
      assertThat(s.steps()).isNotEmpty();
      assertThat(s.repeats()).isBetween(1, Sequence.MAX_REPEATS);
      for (Step st : s.steps()) {
        assertThat(st.repetitions()).isBetween(1, Step.MAX_REPETITIONS);
        assertThat(p.anatomy().findSite(st.site().id())).contains(st.site());
        assertThat(p.anatomy().findSite(st.toward().id())).contains(st.toward());
        st.via().ifPresent(a -> assertThat(p.anatomy().findAnastomosis(a.id())).contains(a));
        st.hands().ifPresent(h -> assertThat(h).isNotBlank());
        st.note().ifPresent(n -> assertThat(n).isNotBlank());
      }
    }
    assertThat(p.stepCount())
        .isEqualTo(p.sequences().stream().mapToInt(s -> s.steps().size()).sum());
  }

  // ------------------------------------------------------------------ equality

  @Test
  void equalsAndHashCodeAreConsistent() {
    Laws.check(
        100,
        Generators.protocols(),
        (Protocol p) -> {
          Protocol copy =
              p.withSequences(new ArrayList<>(p.sequences()))
                  .withTags(new ArrayList<>(p.tags()))
                  .withAnatomy(EQUAL_ANATOMY);
          new EqualsTester()
              .addEqualityGroup(p, copy)
              .addEqualityGroup(p.withTitle(p.title() + " (variant)"))
              .testEquals();
          for (Sequence s : p.sequences()) {
            Sequence sameSteps = s.withSteps(new ArrayList<>(s.steps()));
            assertThat(sameSteps).isEqualTo(s).hasSameHashCodeAs(s);
            for (Step st : s.steps()) {
              new EqualsTester()
                  .addEqualityGroup(st, st.withTempo(Tempo.ofSeconds(st.tempo().secondsPerCycle())))
                  .addEqualityGroup(st.withRepetitions(st.repetitions() == 1 ? 2 : 1))
                  .testEquals();
            }
          }
        });
  }

  // ------------------------------------------------------------------ the builder

  @Test
  void theBuilderCanWriteEveryValidProtocol() {
    Laws.check(
        100,
        Generators.protocols(),
        (Protocol p) -> {
          ProtocolBuilder b =
              ProtocolBuilder.create(p.id(), p.title())
                  .version(p.version())
                  .description(p.description())
                  .sources(p.sources().toArray(String[]::new))
                  .tags(p.tags().toArray(String[]::new))
                  .treating(p.treats().toArray(Region[]::new));
          p.author().ifPresent(b::author);
          for (Sequence s : p.sequences()) {
            b.phase(
                s.name(),
                ph -> {
                  ph.repeat(s.repeats());
                  for (Step st : s.steps()) {
                    ProtocolBuilder.StepOptions o =
                        ph.on(st.site())
                            .stroke(st.stroke())
                            .toward(st.toward())
                            .pressure(st.pressure())
                            .tempo(st.tempo())
                            .times(st.repetitions());
                    st.via().ifPresent(o::via);
                    st.hands().ifPresent(o::hands);
                    st.note().ifPresent(o::note);
                  }
                });
          }
          assertThat(b.build()).isEqualTo(p);
        });
  }

  // ------------------------------------------------------------------ drainLimb

  Gen<ProtocolBuilder> buildersWithDefaults() {
    return Generators.repetitions()
        .zip(
            Generators.pressures(),
            Generators.tempos(),
            (reps, pressure, tempo) ->
                ProtocolBuilder.create("drain", "Drain")
                    .defaultRepetitions(reps)
                    .defaultPressure(pressure)
                    .defaultTempo(tempo));
  }

  @Test
  void drainLimbOrdersSegmentsProximalToDistalAndStretchesTowardDownstreamNodes() {
    Laws.check(
        100,
        Gens.of(Generators.pairedSides()),
        Gens.of(Generators.limbs()),
        buildersWithDefaults(),
        (Side side, Limb limb, ProtocolBuilder builder) -> {
          Protocol p = builder.drainLimb(side, limb).build();
          List<Step> steps = p.steps();
          assertDistalOrder(steps);
          for (Step s : steps) {
            assertThat(s.site().side()).isEqualTo(side);
            assertThat(s.site().part().area()).isEqualTo(limb.area());
            assertThat(s.site().equals(s.toward()) || ANATOMY.drainsTo(s.site(), s.toward()))
                .as("%s drains to %s", s.site().id(), s.toward().id())
                .isTrue();
            if (s.site() instanceof Region) {
              assertThat(s.toward())
                  .isEqualTo(ANATOMY.regionalNodeGroups((Region) s.site()).get(0));
              assertThat(s.stroke().suits(s.site())).isTrue();
            }
            assertThat(s.via()).isEmpty();
          }
          List<Region> limbRegions =
              ANATOMY.regions().stream()
                  .filter(r -> r.side() == side && r.part().area() == limb.area())
                  .collect(Collectors.toList());
          assertThat(steps.stream().map(Step::site).filter(x -> x instanceof Region))
              .containsExactlyInAnyOrderElementsOf(limbRegions);
          Step first = steps.get(0);
          assertThat(p.steps()).allMatch(s -> s.repetitions() == first.repetitions());
        });
  }

  @Test
  void drainLimbAroundCompromisedNodesFollowsTheAnatomysRoutes() {
    Laws.check(
        200,
        Gens.of(Generators.pairedSides()),
        Gens.of(Generators.limbs()),
        Generators.compromisedNodeGroups(),
        (Side side, Limb limb, List<CompromisedNodeGroup> compromised) -> {
          Set<NodeGroup> blocked =
              compromised.stream().map(CompromisedNodeGroup::group).collect(Collectors.toSet());
          boolean routable =
              ANATOMY.regions().stream()
                  .filter(r -> r.side() == side && r.part().area() == limb.area())
                  .allMatch(r -> ANATOMY.route(r, blocked).isFound());
          if (!routable) {
            assertThatThrownBy(
                    () -> ProtocolBuilder.create("x", "X").drainLimb(side, limb, blocked))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No route");
            return;
          }
          List<Step> steps =
              ProtocolBuilder.create("x", "X").drainLimb(side, limb, blocked).build().steps();
          assertDistalOrder(steps);
          for (Step s : steps) {
            assertThat(blocked).doesNotContain(s.toward());
            assertThat(s.site()).isNotIn(blocked);
            if (s.site() instanceof Region) {
              Route route = ANATOMY.route(s.site(), blocked).route().orElseThrow();
              assertThat(s.toward()).isEqualTo(route.nodeGroups().get(0));
              boolean anastomotic = route.pathways().get(0).kind() == PathwayKind.ANASTOMOTIC;
              assertThat(s.via().map(Anastomosis::id).orElse(null))
                  .isEqualTo(anastomotic ? route.pathways().get(0).via().orElseThrow() : null);
              assertThat(s.note().isPresent()).isEqualTo(!route.isPhysiological());
            }
          }
        });
  }

  @Test
  void clearRouteWorksEveryGroupOfTheRouteTerminusSideFirst() {
    Laws.forEvery(
        ANATOMY.regions(),
        (Region region) -> {
          List<Step> steps = ProtocolBuilder.create("x", "X").clearRoute(region).build().steps();
          List<NodeGroup> route = ANATOMY.route(region).nodeGroups();
          List<NodeGroup> expected = new ArrayList<>(route);
          java.util.Collections.reverse(expected);
          assertThat(steps).extracting(Step::site).containsExactlyElementsOf(expected);
          assertThat(steps)
              .allMatch(s -> s.site().equals(s.toward()) && s.stroke().suits(s.site()));
        });
  }

  private static void assertDistalOrder(List<Step> steps) {
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).site().part().distance())
          .as("step %s (%s) after %s", i, steps.get(i).site().id(), steps.get(i - 1).site().id())
          .isGreaterThanOrEqualTo(steps.get(i - 1).site().part().distance());
    }
  }
}
