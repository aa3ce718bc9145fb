package io.github.lympha.validation;

import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Scope;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.testing.LymphaArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for the validator's laws that the shared {@link LymphaArbitraries} does not
 * offer: protocols on any anatomy (e.g. a symmetrised one) whose steps may stretch toward every
 * node group the anatomy lets them reach, reroutes through the skin plexus included (the knee
 * toward the armpit); contexts over chosen regions and groups; and mirroring of contexts. Technique
 * values come from {@link LymphaArbitraries}.
 */
final class ValidationArbitraries {
  /**
   * The standard anatomy with the thoracic duct made symmetric: the cisterna chyli drains to both
   * venous angles, so mirroring left ↔ right maps the anatomy onto itself.
   */
  static final Anatomy SYMMETRIC =
      Anatomy.standard().toBuilder()
          .addPathway(Pathway.of("CISTERNA_CHYLI", "TERMINUS_R", PathwayKind.EFFERENT, "S23"))
          .build();

  private ValidationArbitraries() {}

  /** Every site of the anatomy, with every node group a step on it may stretch toward. */
  static Map<Site, List<NodeGroup>> targets(Anatomy anatomy, BiPredicate<Site, NodeGroup> allowed) {
    Map<Site, List<NodeGroup>> targets = new LinkedHashMap<>();
    for (Site s : anatomy.sites()) {
      List<NodeGroup> ok = new ArrayList<>();
      for (NodeGroup g : anatomy.nodeGroups()) {
        if ((s.equals(g) || anatomy.isReachable(s, g)) && allowed.test(s, g)) {
          ok.add(g);
        }
      }
      if (!ok.isEmpty()) {
        targets.put(s, ok);
      }
    }
    return targets;
  }

  static Arbitrary<Step> steps(Anatomy anatomy, Map<Site, List<NodeGroup>> targets) {
    List<Site> sites = new ArrayList<>(targets.keySet());
    Arbitrary<Step> bare =
        Arbitraries.of(sites)
            .flatMap(
                site -> {
                  List<NodeGroup> towards = targets.get(site);
                  return Arbitraries.of(towards)
                      .flatMap(
                          toward -> {
                            List<Anastomosis> vias =
                                anatomy.anastomoses().stream()
                                    .filter(a -> a.connects().contains(toward.id()))
                                    .collect(Collectors.toList());
                            Arbitrary<Optional<Anastomosis>> via =
                                vias.isEmpty()
                                    ? Arbitraries.just(Optional.empty())
                                    : Arbitraries.of(vias).optional(0.2);
                            return Combinators.combine(LymphaArbitraries.strokes(), via)
                                .as(
                                    (stroke, v) ->
                                        Step.builder()
                                            .site(site)
                                            .toward(toward)
                                            .stroke(stroke)
                                            .via(v)
                                            .build());
                          });
                });
    return Combinators.combine(
            bare,
            LymphaArbitraries.pressures(),
            LymphaArbitraries.tempos(),
            LymphaArbitraries.repetitions())
        .as((s, p, t, r) -> s.withPressure(p).withTempo(t).withRepetitions(r));
  }

  static Arbitrary<Protocol> protocols(
      Anatomy anatomy, Map<Site, List<NodeGroup>> targets, List<Region> treatable) {
    Arbitrary<Sequence> sequence =
        Combinators.combine(
                Arbitraries.of("Open", "Clear", "Drain", "Close"),
                steps(anatomy, targets).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(1, 3))
            .as(
                (name, steps, repeats) ->
                    Sequence.builder().name(name).addAllSteps(steps).repeats(repeats).build());
    return Combinators.combine(
            sequence.list().ofMinSize(0).ofMaxSize(4), Arbitraries.of(treatable).set().ofMaxSize(2))
        .as(
            (sequences, treats) ->
                Protocol.builder()
                    .id("generated")
                    .title("Generated protocol")
                    .anatomy(anatomy)
                    .addAllSequences(sequences)
                    .addAllTreats(treats)
                    .build());
  }

  /** Every site of the standard anatomy, every reachable target. */
  static Arbitrary<Protocol> protocols() {
    Anatomy a = Anatomy.standard();
    return protocols(a, targets(a, (s, g) -> true), a.regions());
  }

  static Arbitrary<PatientContext> contexts(List<Region> regions, List<NodeGroup> groups) {
    Arbitrary<CompromisedNodeGroup> compromised =
        Combinators.combine(Arbitraries.of(groups), Arbitraries.of(Compromise.class))
            .as(CompromisedNodeGroup::of);
    Arbitrary<PatientCondition> condition =
        Arbitraries.of(Condition.class)
            .flatMap(
                c ->
                    c.scope() == Scope.LOCAL
                        ? Arbitraries.of(regions)
                            .set()
                            .ofMaxSize(2)
                            .map(r -> PatientCondition.of(c, r))
                        : Arbitraries.just(PatientCondition.of(c)));
    return Combinators.combine(
            Arbitraries.of(regions).set().ofMaxSize(2),
            compromised.list().ofMaxSize(3).uniqueElements(c -> c.group()),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(List.<PatientCondition>of())),
                net.jqwik.api.Tuple.of(
                    1, condition.list().ofMaxSize(2).uniqueElements(PatientCondition::condition))),
            Arbitraries.of(TissueState.class))
        .as(
            (affected, comp, conds, tissue) ->
                PatientContext.builder()
                    .addAllAffected(affected)
                    .addAllCompromised(comp)
                    .addAllConditions(conds)
                    .tissue(tissue)
                    .build());
  }

  /** Contexts over the standard anatomy; termini are never compromised. */
  static Arbitrary<PatientContext> contexts() {
    Anatomy a = Anatomy.standard();
    return contexts(a.regions(), nonTermini(a.nodeGroups()));
  }

  static List<NodeGroup> nonTermini(List<NodeGroup> groups) {
    return groups.stream().filter(g -> !g.isTerminus()).collect(Collectors.toList());
  }

  /** Mirrors a patient context left ↔ right in an anatomy (test-side helper). */
  static PatientContext mirror(PatientContext c, Anatomy anatomy) {
    PatientContext.Builder b = PatientContext.builder();
    c.label().ifPresent(b::label);
    for (Region r : c.affected()) {
      b.addAffected(anatomy.mirror(r));
    }
    for (CompromisedNodeGroup g : c.compromised()) {
      b.addCompromised(CompromisedNodeGroup.of(anatomy.mirror(g.group()), g.reason()));
    }
    for (PatientCondition pc : c.conditions()) {
      b.addConditions(
          PatientCondition.of(
              pc.condition(),
              pc.regions().stream().map(anatomy::mirror).collect(Collectors.toList())));
    }
    return b.tissue(c.tissue()).build();
  }

  /** The sites whose lymph passes the cisterna chyli (and the cisterna itself). */
  static Set<Site> thoracicDuctSites(Anatomy anatomy) {
    NodeGroup cisterna = anatomy.nodeGroup("CISTERNA_CHYLI");
    return anatomy.sites().stream()
        .filter(s -> s.equals(cisterna) || anatomy.drainsTo(s, cisterna))
        .collect(Collectors.toSet());
  }
}
