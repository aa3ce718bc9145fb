package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Mirroring;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.sources.Sources;
import io.github.lympha.technique.Stroke;
import io.github.lympha.testing.FixedSeeds;
import io.github.lympha.testing.LymphaArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Laws of the validator over arbitrary protocols and patient contexts. */
@AddLifecycleHook(FixedSeeds.class)
class ValidatorProperties {
  private static final Anatomy STANDARD = Anatomy.standard();

  /** The rules on order, direction and coverage. */
  private static final List<String> ORDERING_AND_DIRECTION =
      List.of(
          RuleIds.TERMINUS_NOT_OPENED,
          RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY,
          RuleIds.DISTAL_BEFORE_PROXIMAL,
          RuleIds.REGIONAL_NODES_NOT_PREPARED,
          RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES,
          RuleIds.SKIPS_REGIONAL_NODE_GROUP,
          RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP,
          RuleIds.TARGET_NODE_GROUP_REMOVED,
          RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS,
          RuleIds.ABDOMEN_NOT_CLEARED,
          RuleIds.UNNECESSARY_STEP,
          RuleIds.AFFECTED_REGION_NOT_TREATED);

  // ------------------------------------------------------------------ totality and determinism

  @Property(tries = 200)
  void isTotalAndDeterministic(
      @ForAll("protocols") Protocol protocol, @ForAll("contexts") PatientContext context) {
    for (Validator v :
        List.of(Validator.standard(), Validator.builder().policy(Policy.strict()).build())) {
      ValidationReport once = v.validate(protocol, context);
      ValidationReport again = v.validate(protocol, context);
      assertThat(again).isEqualTo(once);
      assertThat(again.toText()).isEqualTo(once.toText());
      assertThat(once.findings(RuleIds.RULE_FAILED)).isEmpty();
    }
  }

  @Property(tries = 200)
  void isTotalAndDeterministicOnTheSharedGenerators(
      @ForAll("sharedProtocols") Protocol protocol,
      @ForAll("sharedContexts") PatientContext context) {
    ValidationReport once = Validator.standard().validate(protocol, context);
    assertThat(Validator.standard().validate(protocol, context)).isEqualTo(once);
    assertThat(once.findings(RuleIds.RULE_FAILED)).isEmpty();
  }

  // ------------------------------------------------------------------ patient and structure memos

  /** Shared by every try, so it has validated many patients (and emptied its cache) before. */
  private static final Validator USED = Validator.builder().build();

  /**
   * The validator keeps the patient-level drainage facts of earlier calls: they must never leak
   * into the report for another patient, protocol or anatomy. A fresh validator computes them
   * afresh, as every validation did before they were kept.
   */
  @Property(tries = 50)
  void aValidatorThatCheckedOtherPatientsReportsWhatAFreshOneReports(
      @ForAll("mixedProtocols") Protocol protocol,
      @ForAll("mixedContexts") PatientContext context,
      @ForAll("mixedProtocols") Protocol other,
      @ForAll("otherContexts") List<PatientContext> others) {
    for (PatientContext o : others) {
      USED.validate(other, o);
      USED.validate(protocol, o);
    }
    USED.validate(other, context);

    ValidationReport fresh = Validator.builder().build().validate(protocol, context);
    ValidationReport used = USED.validate(protocol, context);

    assertThat(used).isEqualTo(fresh);
    assertThat(used.toText()).isEqualTo(fresh.toText());
  }

  /**
   * The validator remembers its structural rules' findings per protocol structure: a variant that
   * changes only how steps are done (pressure, tempo, repetitions, note) reuses them, one that
   * renames a phase or changes a stroke does not, and either way the report must be the one a fresh
   * validator gives. A rule that wrongly claimed to read the structure only would fail here.
   */
  @Property(tries = 200)
  void aVariantOfACheckedProtocolGetsWhatAFreshValidatorReports(
      @ForAll("variantPairs") Tuple2<Protocol, Protocol> pair,
      @ForAll("mixedContexts") PatientContext context) {
    for (Policy policy : List.of(Policy.standard(), Policy.strict())) {
      Validator used = Validator.builder().policy(policy).build();
      used.validate(pair.get1(), context);

      ValidationReport reused = used.validate(pair.get2(), context);
      ValidationReport fresh =
          Validator.builder().policy(policy).build().validate(pair.get2(), context);

      assertThat(reused).isEqualTo(fresh);
      assertThat(reused.toText()).isEqualTo(fresh.toText());
    }
  }

  @Provide
  Arbitrary<Tuple2<Protocol, Protocol>> variantPairs() {
    return mixedProtocols().flatMap(p -> variantsOf(p).map(v -> Tuple.of(p, v)));
  }

  /**
   * Every step done otherwise; sometimes also the first phase renamed or its first stroke changed.
   */
  private static Arbitrary<Protocol> variantsOf(Protocol protocol) {
    Arbitrary<UnaryOperator<Step>> technique =
        Combinators.combine(
                LymphaArbitraries.pressures(),
                LymphaArbitraries.tempos(),
                LymphaArbitraries.repetitions(),
                LymphaArbitraries.texts().optional())
            .as(
                (pressure, tempo, repetitions, note) ->
                    s ->
                        s.withPressure(pressure)
                            .withTempo(tempo)
                            .withRepetitions(repetitions)
                            .withNote(note));
    return Combinators.combine(
            technique.list().ofSize(protocol.stepCount()),
            Arbitraries.integers().between(0, 3),
            LymphaArbitraries.strokes())
        .as(
            (changes, tweak, stroke) -> {
              List<Sequence> sequences = new ArrayList<>();
              int k = 0;
              for (Sequence seq : protocol.sequences()) {
                List<Step> steps = new ArrayList<>();
                for (Step s : seq.steps()) {
                  steps.add(changes.get(k++).apply(s));
                }
                sequences.add(seq.withSteps(steps));
              }
              if (!sequences.isEmpty() && tweak == 1) {
                sequences.set(0, sequences.get(0).withName(sequences.get(0).name() + " again"));
              } else if (!sequences.isEmpty() && tweak == 2) {
                Sequence first = sequences.get(0);
                List<Step> steps = new ArrayList<>(first.steps());
                steps.set(0, steps.get(0).withStroke(stroke));
                sequences.set(0, first.withSteps(steps));
              }
              return protocol.withSequences(sequences);
            });
  }

  @Provide
  Arbitrary<Protocol> mixedProtocols() {
    return Arbitraries.oneOf(protocols(), symmetricProtocols());
  }

  @Provide
  Arbitrary<PatientContext> mixedContexts() {
    return Arbitraries.oneOf(contexts(), symmetricContexts());
  }

  @Provide
  Arbitrary<List<PatientContext>> otherContexts() {
    return mixedContexts().list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<Protocol> sharedProtocols() {
    return LymphaArbitraries.protocols();
  }

  @Provide
  Arbitrary<PatientContext> sharedContexts() {
    return LymphaArbitraries.patientContexts();
  }

  @Property(tries = 200)
  void reportsAreOrderedConsistentAndPointAtRealSteps(
      @ForAll("protocols") Protocol protocol, @ForAll("contexts") PatientContext context) {
    ValidationReport r = Validator.standard().validate(protocol, context);
    assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(r.isValid()).isEqualTo(r.count(Severity.ERROR) == 0);
    assertThat(r.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(r.findings().size());
    Set<String> ids = STANDARD.sites().stream().map(Site::id).collect(Collectors.toSet());
    for (Finding f : r.findings()) {
      f.location().ifPresent(l -> assertThat(protocol.step(l)).isNotNull());
      assertThat(ids).containsAll(f.sites());
      f.sources().forEach(key -> assertThat(Sources.find(key)).as(key).isPresent());
      assertThat(f.message())
          .doesNotContainIgnoringCase("you have")
          .doesNotContainIgnoringCase("diagnosis");
    }
  }

  @Provide
  Arbitrary<Protocol> protocols() {
    return ValidationArbitraries.protocols();
  }

  @Provide
  Arbitrary<PatientContext> contexts() {
    return ValidationArbitraries.contexts();
  }

  // ------------------------------------------------------------------ mirroring

  /**
   * Mirror law on a symmetric anatomy (the standard map with the cisterna chyli draining to both
   * venous angles): validating the mirrored protocol for the mirrored context gives the mirrored
   * findings — the same rule ids and severities at the same locations, with mirrored sites. So no
   * rule favours a side.
   */
  @Property(tries = 200)
  void mirroredProtocolsGetMirroredFindingsOnASymmetricAnatomy(
      @ForAll("symmetricProtocols") Protocol protocol,
      @ForAll("symmetricContexts") PatientContext context) {
    assertMirrored(ValidationArbitraries.SYMMETRIC, protocol, context);
  }

  /**
   * Mirror law on the standard anatomy, where the thoracic duct takes both legs and the abdomen to
   * the left venous angle only: it holds for protocols and contexts that stay clear of the duct (no
   * site draining through the cisterna chyli, no terminus target reached other than along the
   * site's own drainage).
   */
  @Property(tries = 200)
  void mirroredProtocolsGetMirroredFindingsAwayFromTheThoracicDuct(
      @ForAll("ductFreeProtocols") Protocol protocol,
      @ForAll("ductFreeContexts") PatientContext context) {
    assertMirrored(STANDARD, protocol, context);
  }

  private static void assertMirrored(Anatomy anatomy, Protocol protocol, PatientContext context) {
    Protocol mirrored = Mirroring.mirror(protocol);
    PatientContext mirroredContext = ValidationArbitraries.mirror(context, anatomy);
    List<String> expected =
        Validator.standard().validate(protocol, context).findings().stream()
            .map(f -> key(f, anatomy, true))
            .sorted()
            .collect(Collectors.toList());
    List<String> actual =
        Validator.standard().validate(mirrored, mirroredContext).findings().stream()
            .map(f -> key(f, anatomy, false))
            .sorted()
            .collect(Collectors.toList());
    assertThat(actual).isEqualTo(expected);
  }

  private static String key(Finding f, Anatomy anatomy, boolean mirror) {
    List<String> sites =
        f.sites().stream()
            .map(id -> mirror ? anatomy.mirror(anatomy.site(id)).id() : id)
            .sorted()
            .collect(Collectors.toList());
    return f.ruleId()
        + "|"
        + f.severity()
        + "|"
        + f.location().map(l -> l.pointer()).orElse("-")
        + "|"
        + sites;
  }

  @Provide
  Arbitrary<Protocol> symmetricProtocols() {
    Anatomy a = ValidationArbitraries.SYMMETRIC;
    return ValidationArbitraries.protocols(
        a, ValidationArbitraries.targets(a, (s, g) -> true), a.regions());
  }

  @Provide
  Arbitrary<PatientContext> symmetricContexts() {
    Anatomy a = ValidationArbitraries.SYMMETRIC;
    return ValidationArbitraries.contexts(
        a.regions(), ValidationArbitraries.nonTermini(a.nodeGroups()));
  }

  @Provide
  Arbitrary<Protocol> ductFreeProtocols() {
    Set<Site> duct = ValidationArbitraries.thoracicDuctSites(STANDARD);
    Map<Site, List<NodeGroup>> targets =
        ValidationArbitraries.targets(
            STANDARD,
            (s, g) ->
                !duct.contains(s)
                    && !duct.contains(g)
                    && (!g.isTerminus() || s.equals(g) || STANDARD.drainsTo(s, g)));
    return ValidationArbitraries.protocols(STANDARD, targets, ductFreeRegions());
  }

  @Provide
  Arbitrary<PatientContext> ductFreeContexts() {
    Set<Site> duct = ValidationArbitraries.thoracicDuctSites(STANDARD);
    List<NodeGroup> groups =
        ValidationArbitraries.nonTermini(STANDARD.nodeGroups()).stream()
            .filter(g -> !duct.contains(g))
            .collect(Collectors.toList());
    return ValidationArbitraries.contexts(ductFreeRegions(), groups);
  }

  private static List<Region> ductFreeRegions() {
    Set<Site> duct = ValidationArbitraries.thoracicDuctSites(STANDARD);
    return STANDARD.regions().stream().filter(r -> !duct.contains(r)).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ correct protocols

  /**
   * A protocol that opens both termini, then works every station of the chosen regions' drainage
   * proximal first, each region stretched toward its usual regional node group, has no ordering or
   * direction findings for a patient with intact nodes — and no errors at all.
   */
  @Property(tries = 200)
  void correctlyOrderedAndDirectedProtocolsHaveNoOrderingOrDirectionFindings(
      @ForAll("correctProtocols") Protocol protocol) {
    PatientContext intact = PatientContext.builder().addAllAffected(protocol.treats()).build();
    ValidationReport r = Validator.standard().validate(protocol, intact);
    for (String id : ORDERING_AND_DIRECTION) {
      assertThat(r.findings(id)).as(id + "\n" + r.toText()).isEmpty();
    }
    assertThat(r.isValid()).as(r.toText()).isTrue();
  }

  /**
   * A limb drained with {@code ProtocolBuilder} the way its documentation recommends for intact
   * nodes (open the terminus, clear the route of the limb's most distal region, drain the limb
   * proximal to distal) draws no ordering or direction finding and no error.
   */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void limbsDrainedWithTheBuilderHaveNoOrderingOrDirectionFindings(
      @ForAll("sides") Side side, @ForAll Limb limb) {
    Region distal =
        STANDARD.regions().stream()
            .filter(r -> r.side() == side && r.part().area() == limb.area())
            .max(java.util.Comparator.comparingInt(r -> r.part().distance()))
            .orElseThrow();
    Protocol protocol =
        ProtocolBuilder.create("built", "Built")
            .treating(distal)
            .openTerminus()
            .clearRoute(distal)
            .drainLimb(side, limb)
            .build();
    ValidationReport r =
        Validator.standard()
            .validate(protocol, PatientContext.builder().addAffected(distal).build());
    for (String id : ORDERING_AND_DIRECTION) {
      assertThat(r.findings(id)).as(id + "\n" + r.toText()).isEmpty();
    }
    assertThat(r.isValid()).as(r.toText()).isTrue();
  }

  @Provide
  Arbitrary<Side> sides() {
    return Arbitraries.of(Side.LEFT, Side.RIGHT);
  }

  @Provide
  Arbitrary<Protocol> correctProtocols() {
    return Arbitraries.of(STANDARD.regions())
        .set()
        .ofMinSize(1)
        .ofMaxSize(4)
        .flatMap(
            regions -> {
              Set<Site> sites = new LinkedHashSet<>(regions);
              for (Region r : regions) {
                for (Site s : STANDARD.physiologicalDownstream(r)) {
                  if (!((NodeGroup) s).isTerminus()) {
                    sites.add(s);
                  }
                }
              }
              return Arbitraries.shuffle(new ArrayList<>(sites))
                  .map(order -> correctProtocol(regions, proximalFirst(order)));
            });
  }

  /** A topological order of the sites, proximal first; ties keep the given order. */
  private static List<Site> proximalFirst(List<Site> sites) {
    List<Site> left = new ArrayList<>(sites);
    List<Site> done = new ArrayList<>();
    while (!left.isEmpty()) {
      for (Site s : left) {
        boolean ready = left.stream().noneMatch(p -> STANDARD.isProximalOf(p, s));
        if (ready) {
          done.add(s);
          left.remove(s);
          break;
        }
      }
    }
    return done;
  }

  private static Protocol correctProtocol(Set<Region> treats, List<Site> order) {
    List<Step> steps = new ArrayList<>();
    for (NodeGroup t : STANDARD.termini()) {
      steps.add(Step.builder().site(t).toward(t).stroke(Stroke.STATIONARY_CIRCLE).build());
    }
    for (Site s : order) {
      if (s.isNodeGroup()) {
        Stroke stroke =
            s.part() == BodyPart.ABDOMEN ? Stroke.ABDOMINAL_BREATHING : Stroke.STATIONARY_CIRCLE;
        steps.add(Step.builder().site(s).toward((NodeGroup) s).stroke(stroke).build());
      } else {
        NodeGroup regional = STANDARD.regionalNodeGroups((Region) s).get(0);
        steps.add(Step.builder().site(s).toward(regional).stroke(Stroke.SKIN_STRETCH).build());
      }
    }
    return Protocol.builder()
        .id("correct")
        .title("Correct protocol")
        .addAllTreats(treats)
        .addSequences(Sequence.of("Work", steps))
        .build();
  }
}
