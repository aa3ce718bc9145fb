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
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Tempo;
import io.github.lympha.testing.FixedSeeds;
import io.github.lympha.testing.LymphaArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of the protocol model and its builder, over the shared generators of {@link
 * LymphaArbitraries}.
 */
@AddLifecycleHook(FixedSeeds.class)
class ProtocolProperties {
  /** The hand-written id check accepts exactly what the documented pattern accepts. */
  @Property(tries = 1000)
  void idCheckMatchesThePattern(@ForAll("idCandidates") String id) {
    assertThat(Protocol.isId(id)).isEqualTo(id.matches("[a-z0-9][a-z0-9._-]{0,99}"));
  }

  @Provide
  Arbitrary<String> idCandidates() {
    Arbitrary<String> near =
        Arbitraries.strings().withChars("az09._-AZ /é").ofMinLength(0).ofMaxLength(8);
    Arbitrary<String> around100 =
        Arbitraries.strings().withChars("ab1.-_").ofMinLength(98).ofMaxLength(102);
    return Arbitraries.oneOf(near, around100, Arbitraries.strings().ofMaxLength(5));
  }

  private static final String SEED = "20261125";
  private static final Anatomy ANATOMY = LymphaArbitraries.anatomy();
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

  @Provide
  Arbitrary<Protocol> protocols() {
    return LymphaArbitraries.protocols();
  }

  @Provide
  Arbitrary<Edit> edits() {
    Arbitrary<String> anyText =
        Arbitraries.oneOf(LymphaArbitraries.texts(), Arbitraries.of("", " ", "\t"));
    Arbitrary<Integer> anyCount = Arbitraries.integers().between(-3, Step.MAX_REPETITIONS + 3);
    return Arbitraries.oneOf(
        anyText.map(t -> new Edit("withTitle(" + t + ")", p -> p.withTitle(t), p -> !t.isBlank())),
        Arbitraries.oneOf(
                LymphaArbitraries.protocolIds(), anyText, Arbitraries.of("Leg", "-x", "a b"))
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
        anyText
            .list()
            .ofMaxSize(3)
            .map(
                t ->
                    new Edit(
                        "withTags(" + t + ")",
                        p -> p.withTags(t),
                        p -> t.stream().noneMatch(String::isBlank))),
        anyText
            .list()
            .ofMaxSize(3)
            .map(
                s ->
                    new Edit(
                        "withSources(" + s + ")",
                        p -> p.withSources(s),
                        p -> s.stream().noneMatch(String::isBlank))),
        LymphaArbitraries.regions()
            .set()
            .ofMaxSize(3)
            .map(r -> new Edit("withTreats(" + r + ")", p -> p.withTreats(r), p -> true)),
        LymphaArbitraries.sequences()
            .list()
            .ofMaxSize(3)
            .map(s -> new Edit("withSequences(...)", p -> p.withSequences(s), p -> true)),
        anyCount.map(
            n ->
                onFirstSequence(
                    "withRepeats(" + n + ")",
                    s -> s.withRepeats(n),
                    n >= 1 && n <= Sequence.MAX_REPEATS)),
        anyText.map(t -> onFirstSequence("withName(" + t + ")", s -> s.withName(t), !t.isBlank())),
        Arbitraries.just(onFirstSequence("withSteps([])", s -> s.withSteps(List.of()), false)),
        anyCount.map(
            n ->
                onFirstStep(
                    "withRepetitions(" + n + ")",
                    s -> s.withRepetitions(n),
                    s -> n >= 1 && n <= Step.MAX_REPETITIONS)),
        anyText.map(
            t -> onFirstStep("withHands(" + t + ")", s -> s.withHands(t), s -> !t.isBlank())),
        anyText.map(t -> onFirstStep("withNote(" + t + ")", s -> s.withNote(t), s -> !t.isBlank())),
        LymphaArbitraries.strokes()
            .map(k -> onFirstStep("withStroke(" + k + ")", s -> s.withStroke(k), s -> true)),
        LymphaArbitraries.pressures()
            .map(v -> onFirstStep("withPressure(" + v + ")", s -> s.withPressure(v), s -> true)),
        Arbitraries.doubles()
            .between(0, 100)
            .map(
                v ->
                    onFirstStep(
                        "withTempo(" + v + ")",
                        s -> s.withTempo(Tempo.ofSeconds(v)),
                        s -> v >= Tempo.MIN_SECONDS && v <= Tempo.MAX_SECONDS)),
        Arbitraries.doubles()
            .between(-50, 300)
            .map(
                v ->
                    onFirstStep(
                        "withPressure(" + v + " mmHg)",
                        s -> s.withPressure(Pressure.ofMmHg(v)),
                        s -> v >= 0 && v <= Pressure.MAX_MM_HG)),
        LymphaArbitraries.nodeGroups()
            .map(
                g ->
                    onFirstStep(
                        "withToward(" + g.id() + ")",
                        s -> s.withToward(g),
                        s -> reaches(s.site(), g) && viaConnects(s, g))),
        LymphaArbitraries.sites()
            .map(
                site ->
                    onFirstStep(
                        "withSite(" + site.id() + ")",
                        s -> s.withSite(site),
                        s -> reaches(site, s.toward()))),
        LymphaArbitraries.anastomoses()
            .map(
                a ->
                    onFirstStep(
                        "withVia(" + a.id() + ")",
                        s -> s.withVia(a),
                        s -> a.connects().contains(s.toward().id()))));
  }

  private static boolean reaches(Site site, NodeGroup group) {
    return site.equals(group) || ANATOMY.isReachable(site, group);
  }

  private static boolean viaConnects(Step step, NodeGroup group) {
    return step.via().map(a -> a.connects().contains(group.id())).orElse(true);
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

  @Property(tries = 300, seed = SEED)
  void everyWithKeepsTheInvariantsOrIsRejected(
      @ForAll("protocols") Protocol p, @ForAll("edits") Edit edit) {
    boolean valid = edit.valid.test(p);
    Statistics.label("value").collect(valid ? "valid" : "invalid");
    if (valid) {
      Protocol q = edit.apply.apply(p);
      assertInvariants(q);
    } else {
      assertThatThrownBy(() -> edit.apply.apply(p))
          .isInstanceOf(IllegalArgumentException.class)
          .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
    }
    assertInvariants(p);
    Statistics.label("value")
        .coverage(
            c -> {
              c.check("valid").count(n -> n > 0);
              c.check("invalid").count(n -> n > 0);
            });
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
        assertThat(st.site().equals(st.toward()) || p.anatomy().isReachable(st.site(), st.toward()))
            .as("%s reaches %s", st.site().id(), st.toward().id())
            .isTrue();
        st.via().ifPresent(a -> assertThat(a.connects()).contains(st.toward().id()));
        st.hands().ifPresent(h -> assertThat(h).isNotBlank());
        st.note().ifPresent(n -> assertThat(n).isNotBlank());
      }
    }
    assertThat(p.stepCount())
        .isEqualTo(p.sequences().stream().mapToInt(s -> s.steps().size()).sum());
  }

  // ------------------------------------------------------------------ equality

  @Property(tries = 100, seed = SEED)
  void equalsAndHashCodeAreConsistent(@ForAll("protocols") Protocol p) {
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
  }

  // ------------------------------------------------------------------ the builder

  @Property(tries = 100, seed = SEED)
  void theBuilderCanWriteEveryValidProtocol(@ForAll("protocols") Protocol p) {
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
  }

  // ------------------------------------------------------------------ drainLimb

  @Provide
  Arbitrary<ProtocolBuilder> buildersWithDefaults() {
    return Combinators.combine(
            LymphaArbitraries.repetitions(),
            LymphaArbitraries.pressures(),
            LymphaArbitraries.tempos())
        .as(
            (reps, pressure, tempo) ->
                ProtocolBuilder.create("drain", "Drain")
                    .defaultRepetitions(reps)
                    .defaultPressure(pressure)
                    .defaultTempo(tempo));
  }

  @Property(tries = 100, seed = SEED)
  void drainLimbOrdersSegmentsProximalToDistalAndStretchesTowardDownstreamNodes(
      @ForAll("pairedSides") Side side,
      @ForAll("limbs") Limb limb,
      @ForAll("buildersWithDefaults") ProtocolBuilder builder) {
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
        assertThat(s.toward()).isEqualTo(ANATOMY.regionalNodeGroups((Region) s.site()).get(0));
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
  }

  @Property(tries = 200, seed = SEED)
  void drainLimbAroundCompromisedNodesFollowsTheAnatomysRoutes(
      @ForAll("pairedSides") Side side,
      @ForAll("limbs") Limb limb,
      @ForAll("compromised") List<CompromisedNodeGroup> compromised) {
    Set<NodeGroup> blocked =
        compromised.stream().map(CompromisedNodeGroup::group).collect(Collectors.toSet());
    boolean routable =
        ANATOMY.regions().stream()
            .filter(r -> r.side() == side && r.part().area() == limb.area())
            .allMatch(r -> ANATOMY.route(r, blocked).isFound());
    Statistics.label("routable").collect(routable);
    if (!routable) {
      assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").drainLimb(side, limb, blocked))
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
  }

  @Property(tries = 100, seed = SEED)
  void clearRouteWorksEveryGroupOfTheRouteTerminusSideFirst(@ForAll("regions") Region region) {
    List<Step> steps = ProtocolBuilder.create("x", "X").clearRoute(region).build().steps();
    List<NodeGroup> route = ANATOMY.route(region).nodeGroups();
    List<NodeGroup> expected = new ArrayList<>(route);
    java.util.Collections.reverse(expected);
    assertThat(steps).extracting(Step::site).containsExactlyElementsOf(expected);
    assertThat(steps).allMatch(s -> s.site().equals(s.toward()) && s.stroke().suits(s.site()));
  }

  private static void assertDistalOrder(List<Step> steps) {
    for (int i = 1; i < steps.size(); i++) {
      assertThat(steps.get(i).site().part().distance())
          .as("step %s (%s) after %s", i, steps.get(i).site().id(), steps.get(i - 1).site().id())
          .isGreaterThanOrEqualTo(steps.get(i - 1).site().part().distance());
    }
  }

  @Provide
  Arbitrary<Side> pairedSides() {
    return LymphaArbitraries.pairedSides();
  }

  @Provide
  Arbitrary<Limb> limbs() {
    return LymphaArbitraries.limbs();
  }

  @Provide
  Arbitrary<Region> regions() {
    return LymphaArbitraries.regions();
  }

  @Provide
  Arbitrary<List<CompromisedNodeGroup>> compromised() {
    return LymphaArbitraries.compromisedNodeGroups();
  }
}
