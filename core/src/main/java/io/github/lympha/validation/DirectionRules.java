package io.github.lympha.validation;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.anatomy.Site;
import io.github.lympha.anatomy.Watershed;
import io.github.lympha.patient.Compromise;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules on where each stretch goes. They share {@link Drainage}'s classification of a step, so
 * each step is reported by at most one of SKIPS_REGIONAL_NODE_GROUP and
 * TARGET_NOT_TERRITORIAL_NODE_GROUP, and a stretch away from the nodes is reported only as such.
 */
final class DirectionRules {
  private DirectionRules() {}

  static String regionalWords(Anatomy anatomy, Region region) {
    return StandardRule.names(anatomy.regionalNodeGroups(region));
  }

  static String regionalAlternatives(Anatomy anatomy, Region region) {
    return StandardRule.namesOr(anatomy.regionalNodeGroups(region));
  }

  static String watershedWords(Anatomy anatomy, Region region, NodeGroup toward) {
    Set<Watershed> crossed = anatomy.watershedsCrossed(region, toward);
    if (crossed.isEmpty()) {
      return "a watershed";
    }
    return "the " + crossed.stream().map(Watershed::name).collect(Collectors.joining(" and "));
  }

  static String anastomosisWords(Collection<Anastomosis> anastomoses) {
    return anastomoses.stream().map(Anastomosis::name).collect(Collectors.joining(" or the "));
  }

  /** Whether a step is deep abdominal work, which the direction rules leave alone. */
  static boolean exempt(Step step) {
    return step.stroke() == Stroke.ABDOMINAL_BREATHING;
  }

  /** A stroke stretches the skin away from the node groups that drain the site. */
  static final class DirectionAway extends StructuralRule {
    DirectionAway() {
      super(
          RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES,
          Severity.ERROR,
          "A stroke stretches the skin away from the node groups that drain the site: toward nodes"
              + " that lie distal of it (e.g. the thigh toward the popliteal nodes) or that do not"
              + " receive its lymph.",
          "S6",
          "S9",
          "S41");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Anatomy anatomy = context.anatomy();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        Drainage.Kind kind = context.facts(ls).kind;
        if (kind != Drainage.Kind.AWAY && kind != Drainage.Kind.UNREACHABLE) {
          continue;
        }
        Site site = step.site();
        List<NodeGroup> right =
            site.isNodeGroup()
                ? anatomy.nextStations((NodeGroup) site)
                : anatomy.regionalNodeGroups((Region) site);
        String why =
            kind == Drainage.Kind.UNREACHABLE
                ? "No pathway of the anatomy, not even the skin plexus or an anastomosis, leads"
                    + " from "
                    + the(site)
                    + " to the "
                    + step.toward().name()
                    + "; "
                    + the(site)
                    + " drains toward "
                    + namesOr(right)
                    + "."
                : site.isNodeGroup()
                    ? "The "
                        + site.name()
                        + " pass their lymph on to "
                        + names(right)
                        + ", not to the "
                        + step.toward().name()
                        + "."
                    : "The "
                        + step.toward().name()
                        + " lie distal of "
                        + the(site)
                        + " and do not drain it; "
                        + the(site)
                        + " drains toward "
                        + namesOr(right)
                        + ".";
        findings.add(
            make(
                at(ls).fix("Stretch toward " + namesOr(right) + " instead."),
                defaultSeverity(),
                () ->
                    "This step stretches "
                        + the(site)
                        + " toward the "
                        + step.toward().name()
                        + ", away from the nodes that drain it. "
                        + why
                        + " A stretch the wrong way does nothing useful.",
                List.of(site, step.toward())));
      }
      return findings;
    }
  }

  /** A step names an anastomosis its stretch does not cross. */
  static final class ViaDoesNotFit extends StructuralRule {
    ViaDoesNotFit() {
      super(
          RuleIds.VIA_DOES_NOT_FIT,
          Severity.WARNING,
          "A step names an anastomosis (via) that its stretch does not cross: one that does not"
              + " connect the step's target, or one away from the step's site and the skin it"
              + " crosses, or any anastomosis for a stretch that crosses no watershed.",
          "S7",
          "S33",
          "S34");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.via().isEmpty()) {
          continue;
        }
        Anastomosis via = step.via().get();
        Drainage.Facts f = context.facts(ls);
        if (f.crossable.contains(via)) {
          continue;
        }
        String why =
            !via.connects().contains(step.toward().id())
                ? "it connects "
                    + StandardRule.names(
                        via.connects().stream()
                            .map(id -> context.anatomy().site(id))
                            .collect(Collectors.toList()))
                    + ", not the "
                    + step.toward().name()
                : f.crossable.isEmpty()
                    ? "the stretch toward the "
                        + step.toward().name()
                        + " crosses no watershed, so it uses no anastomosis"
                    : "the stretch from "
                        + the(step.site())
                        + " reaches the "
                        + step.toward().name()
                        + " across the "
                        + anastomosisWords(f.crossable)
                        + " instead";
        String fix =
            f.crossable.isEmpty()
                ? "Leave out via " + via.id() + "."
                : "Name the "
                    + anastomosisWords(f.crossable)
                    + " ("
                    + f.crossable.stream().map(Anastomosis::id).collect(Collectors.joining(" or "))
                    + ") as via, or leave it out.";
        List<Site> sites = new ArrayList<>();
        sites.add(step.site());
        sites.add(step.toward());
        findings.add(
            make(
                at(ls).fix(fix),
                defaultSeverity(),
                () ->
                    "This step names the "
                        + via.name()
                        + " as the way its lymph crosses, but "
                        + why
                        + ".",
                sites));
      }
      return findings;
    }
  }

  /** A step drains past its regional node group to a farther one. */
  static final class SkipsRegionalNodeGroup extends StructuralRule {
    SkipsRegionalNodeGroup() {
      super(
          RuleIds.SKIPS_REGIONAL_NODE_GROUP,
          Severity.WARNING,
          "A step drains past its regional node group to a farther one (e.g. the knee toward the"
              + " armpit) although the regional group is intact; an info when the context says it"
              + " is compromised but the site does not border the anastomosis and no neighbouring"
              + " region was drained across it first.",
          "S24",
          "S25",
          "S26");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Anatomy anatomy = context.anatomy();
      // Where each (site, target) pair is first drained; needed only for compromised reroutes.
      Map<List<Site>, Integer> firstDrained = null;
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.site().isNodeGroup() || exempt(step)) {
          continue;
        }
        Region region = (Region) step.site();
        NodeGroup toward = step.toward();
        Drainage.Facts f = context.facts(ls);
        boolean limb = region.part().area() != BodyArea.TRUNK;
        if (f.kind == Drainage.Kind.BEYOND) {
          if (step.stroke() == Stroke.EFFLEURAGE || f.throughRemoved) {
            continue;
          }
          List<Site> sites = sites(anatomy, region, toward);
          findings.add(
              make(
                  at(ls)
                      .fix(
                          "Stretch toward "
                              + regionalAlternatives(anatomy, region)
                              + ", worked before; the lymph reaches the "
                              + toward.name()
                              + " from there."),
                  f.drainageCompromised ? defaultSeverity().lower() : defaultSeverity(),
                  () ->
                      "This step stretches "
                          + the(region)
                          + " toward the "
                          + toward.name()
                          + ", past its regional node groups ("
                          + regionalWords(anatomy, region)
                          + "), which lie on the way.",
                  sites));
        } else if (f.isCrossing() && !f.drainageCompromised && limb) {
          List<Site> sites = sites(anatomy, region, toward);
          String through =
              f.gateways.isEmpty()
                  ? ""
                  : " and route through "
                      + names(f.gateways)
                      + (f.anastomoses.isEmpty()
                          ? ""
                          : ", across the " + anastomosisWords(f.anastomoses));
          findings.add(
              make(
                  at(ls)
                      .fix(
                          "Stretch toward "
                              + regionalAlternatives(anatomy, region)
                              + " instead; if a reroute is intended, record the compromised node"
                              + " groups in the patient context"
                              + through
                              + "."),
                  defaultSeverity(),
                  () ->
                      "This step stretches "
                          + the(region)
                          + " toward the "
                          + toward.name()
                          + ", skipping its regional node groups ("
                          + regionalWords(anatomy, region)
                          + ") and crossing "
                          + watershedWords(anatomy, region, toward)
                          + ". That is a reroute, which makes sense only when the regional nodes are"
                          + " removed, irradiated or impaired; the patient context does not say so.",
                  sites));
        } else if (f.kind == Drainage.Kind.PLEXUS && f.drainageCompromised) {
          List<Region> gateways =
              f.gateways.stream().filter(g -> !g.equals(region)).collect(Collectors.toList());
          if (firstDrained == null) {
            firstDrained = firstDrained(context);
          }
          Map<List<Site>, Integer> drained = firstDrained;
          boolean routedThroughGateway =
              gateways.stream()
                  .anyMatch(
                      g -> {
                        Integer at = drained.get(List.of(g, toward));
                        return at != null && at < ls.order();
                      });
          if (routedThroughGateway) {
            continue; // the reroute runs through a region drained across the anastomosis first
          }
          List<Site> sites = sites(anatomy, region, toward);
          String border =
              f.anastomoses.isEmpty()
                  ? " It does not border a pathway to those nodes, though: the lymph first has to"
                      + " cross the skin of neighbouring regions."
                  : " It does not border the "
                      + anastomosisWords(f.anastomoses)
                      + ", though: the lymph first has to cross the skin of "
                      + (gateways.isEmpty() ? "neighbouring regions" : names(gateways))
                      + ".";
          Draft b = at(ls);
          if (!gateways.isEmpty()) {
            b.fix(
                "Route through "
                    + names(gateways)
                    + ": drain "
                    + (gateways.size() == 1 ? "it" : "them")
                    + " toward the "
                    + toward.name()
                    + " first, then stretch "
                    + the(region)
                    + " toward "
                    + (gateways.size() == 1 ? "it." : "them."));
          }
          findings.add(
              make(
                  b,
                  defaultSeverity().lower(),
                  () ->
                      "This step stretches "
                          + the(region)
                          + " toward the "
                          + toward.name()
                          + ", skipping its regional node groups ("
                          + regionalWords(anatomy, region)
                          + "); the patient context lists nodes on its route as compromised, so a"
                          + " reroute has a reason."
                          + border,
                  sites));
        }
      }
      return findings;
    }

    /** The sites of a finding: the region, the target and the region's regional node groups. */
    private static List<Site> sites(Anatomy anatomy, Region region, NodeGroup toward) {
      List<Site> sites = new ArrayList<>();
      sites.add(region);
      sites.add(toward);
      sites.addAll(anatomy.regionalNodeGroups(region));
      return sites;
    }

    private static Map<List<Site>, Integer> firstDrained(ValidationContext context) {
      Map<List<Site>, Integer> first = new HashMap<>();
      for (LocatedStep ls : context.steps()) {
        first.putIfAbsent(List.of(ls.step().site(), ls.step().toward()), ls.order());
      }
      return first;
    }
  }

  /** A trunk step drains across a watershed although its territorial nodes are intact. */
  static final class TargetNotTerritorial extends StructuralRule {
    TargetNotTerritorial() {
      super(
          RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP,
          Severity.WARNING,
          "A trunk region is drained across a watershed toward another territory's nodes although"
              + " its own territorial nodes are intact (for limb and head regions the same mistake"
              + " is SKIPS_REGIONAL_NODE_GROUP).",
          "S29",
          "S30",
          "S7",
          "S33");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Anatomy anatomy = context.anatomy();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.site().isNodeGroup() || exempt(step)) {
          continue;
        }
        Region region = (Region) step.site();
        if (region.part().area() != BodyArea.TRUNK) {
          continue;
        }
        Drainage.Facts f = context.facts(ls);
        if (!f.isCrossing() || f.drainageCompromised) {
          continue;
        }
        List<Site> sites = new ArrayList<>();
        sites.add(region);
        sites.add(step.toward());
        sites.addAll(anatomy.regionalNodeGroups(region));
        String regionals = regionalWords(anatomy, region);
        findings.add(
            make(
                at(ls)
                    .fix(
                        "Stretch toward "
                            + regionalAlternatives(anatomy, region)
                            + " instead, or record the compromised node groups in the patient"
                            + " context if this is a reroute."),
                defaultSeverity(),
                () ->
                    "This step stretches "
                        + the(region)
                        + " across "
                        + watershedWords(anatomy, region, step.toward())
                        + " toward the "
                        + step.toward().name()
                        + ", although its own territorial nodes ("
                        + regionals
                        + ") are intact according to the patient context. Crossing a watershed is a"
                        + " reroute for removed or irradiated nodes.",
                sites));
      }
      return findings;
    }
  }

  /** Fluid is sent toward, or through, a removed, irradiated or impaired node group. */
  static final class TargetNodeGroupRemoved extends StructuralRule {
    TargetNodeGroupRemoved() {
      super(
          RuleIds.TARGET_NODE_GROUP_REMOVED,
          Severity.ERROR,
          "Fluid is sent toward a removed or irradiated node group, works it, or can reach the"
              + " target only through one; a warning for impaired groups and for targets whose"
              + " onward route is blocked.",
          "S7",
          "S33",
          "S34");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (context.compromised().isEmpty()) {
        return List.of();
      }
      Anatomy anatomy = context.anatomy();
      Drainage drainage = context.drainage();
      Map<Site, String> suggestions = new HashMap<>();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        Site site = step.site();
        NodeGroup toward = step.toward();
        Optional<Compromise> siteWhy =
            site.isNodeGroup() ? context.compromise((NodeGroup) site) : Optional.empty();
        Optional<Compromise> towardWhy = context.compromise(toward);
        Severity severity;
        String message;
        List<Site> sites = new ArrayList<>();
        sites.add(site);
        if (siteWhy.isPresent() && Drainage.isHard(siteWhy.get())) {
          severity = defaultSeverity();
          message =
              "This step works the "
                  + site.name()
                  + ", which the patient context lists as "
                  + siteWhy.get().label()
                  + ": they take no lymph.";
        } else if (towardWhy.isPresent() && Drainage.isHard(towardWhy.get())) {
          severity = defaultSeverity();
          sites.add(toward);
          message =
              "This step sends lymph from "
                  + the(site)
                  + " toward the "
                  + toward.name()
                  + ", which the patient context lists as "
                  + towardWhy.get().label()
                  + ": they cannot take it.";
        } else if (siteWhy.isPresent() || towardWhy.isPresent()) {
          NodeGroup impaired = siteWhy.isPresent() ? (NodeGroup) site : toward;
          severity = defaultSeverity().lower();
          sites.add(toward);
          message =
              "This step "
                  + (siteWhy.isPresent() ? "works" : "sends lymph toward")
                  + " the "
                  + impaired.name()
                  + ", which the patient context lists as impaired: they may take little or no"
                  + " lymph.";
        } else {
          Drainage.Facts f = context.facts(ls);
          if (f.throughRemoved) {
            List<NodeGroup> between = new ArrayList<>();
            for (NodeGroup g : context.compromised().keySet()) {
              if (drainage.isHardBlocked(g) && anatomy.drainsTo(g, toward)) {
                between.add(g);
              }
            }
            severity = defaultSeverity();
            sites.add(toward);
            sites.addAll(between);
            message =
                "This step stretches "
                    + the(site)
                    + " toward the "
                    + toward.name()
                    + ", but the lymph of "
                    + the(site)
                    + " reaches them only through "
                    + names(between)
                    + ", which the patient context lists as removed or irradiated.";
          } else if (f.onwardBlocked) {
            severity = defaultSeverity().lower();
            sites.add(toward);
            message =
                "This step sends lymph toward the "
                    + toward.name()
                    + ", whose onward route to the venous angle runs only through node groups the"
                    + " patient context lists as removed or irradiated: the lymph cannot move on"
                    + " from there.";
          } else {
            continue;
          }
        }
        String suggestion = suggestions.computeIfAbsent(site, s -> suggest(context, s));
        findings.add(make(at(ls).fix(suggestion), severity, () -> message, sites));
      }
      return findings;
    }

    private static String suggest(ValidationContext context, Site site) {
      Set<NodeGroup> compromised = context.compromised().keySet();
      if (site.isNodeGroup() && compromised.contains((NodeGroup) site)) {
        return "Leave this step out: work the node groups of a working route instead.";
      }
      RouteResult r = context.anatomy().route(site, compromised);
      Optional<NodeGroup> first =
          r.route()
              .flatMap(
                  route -> route.nodeGroups().stream().filter(g -> !g.equals(site)).findFirst());
      if (first.isEmpty()) {
        return "Leave this step out: " + r.explanation() + ".";
      }
      return "Stretch toward the "
          + first.get().name()
          + " over a route that avoids the compromised nodes ("
          + r.explanation()
          + ").";
    }
  }

  /** A reroute crosses a watershed before the receiving nodes and the anastomosis were worked. */
  static final class WatershedCrossedWithoutPreparedAnastomosis extends StructuralRule {
    /** Sources of one route only, cited by the findings that cross that route. */
    private static final ImmutableSet<String> ROUTE_SOURCES = ImmutableSet.of("S61");

    WatershedCrossedWithoutPreparedAnastomosis() {
      super(
          RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS,
          Severity.ERROR,
          "A reroute across a watershed happens before the receiving node group was worked and,"
              + " for limb regions and regions away from the anastomosis, before the anastomosis"
              + " territory on the trunk (or the neck) was drained across it; a warning when the"
              + " protocol does that preparation only after the crossing.",
          "S7",
          "S33",
          "S34",
          "S61");
    }

    @Override
    public ImmutableSet<String> aliases() {
      return ImmutableSet.of(RuleIds.ANASTOMOSIS_NOT_PREPARED);
    }

    private record Crossing(String anastomosis, NodeGroup toward) {}

    @Override
    public List<Finding> check(ValidationContext context) {
      // The crossings that prepare an anastomosis: a region beside it (on the trunk, or the side
      // of the neck for the cervico-axillary route, which no trunk region borders [S61]) drained
      // straight across it.
      Map<Crossing, Integer> trunkCrossing = new HashMap<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.site().isNodeGroup() || step.site().part().isLimb()) {
          continue;
        }
        Drainage.Facts f = context.facts(ls);
        if (f.kind == Drainage.Kind.ANASTOMOTIC) {
          for (Anastomosis a : f.anastomoses) {
            trunkCrossing.putIfAbsent(new Crossing(a.id(), step.toward()), ls.order());
          }
        }
      }
      Set<List<Site>> reported = new HashSet<>();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.site().isNodeGroup() || exempt(step)) {
          continue;
        }
        Drainage.Facts f = context.facts(ls);
        if (!f.isCrossing() || !f.drainageCompromised) {
          continue;
        }
        Region region = (Region) step.site();
        NodeGroup toward = step.toward();
        boolean receiving = context.isWorkedBefore(toward, ls.order());
        boolean needsTerritory = region.part().isLimb() || f.kind == Drainage.Kind.PLEXUS;
        List<Anastomosis> unprepared = new ArrayList<>();
        if (needsTerritory) {
          // Any one prepared anastomosis into the receiving group will do.
          boolean prepared = false;
          for (Anastomosis a : f.anastomoses) {
            Integer at = trunkCrossing.get(new Crossing(a.id(), toward));
            prepared |= at != null && at < ls.order();
          }
          if (!prepared) {
            unprepared.addAll(f.anastomoses);
          }
        }
        if ((receiving && unprepared.isEmpty()) || !reported.add(List.of(region, toward))) {
          continue;
        }
        // Preparation done only after the crossing is an inverted order (a warning); preparation
        // never done leaves the reroute without a path (an error).
        boolean receivingLater = receiving || context.firstWorked(toward).isPresent();
        boolean territoryLater =
            unprepared.isEmpty()
                || unprepared.stream()
                    .anyMatch(a -> trunkCrossing.containsKey(new Crossing(a.id(), toward)));
        boolean later = receivingLater && territoryLater;
        List<Region> trunk = trunkGateways(context.anatomy(), unprepared, toward);
        List<String> missing = new ArrayList<>();
        List<String> todo = new ArrayList<>();
        if (!receiving) {
          missing.add("the receiving " + toward.name() + " were worked");
          todo.add("work the " + toward.name());
        }
        if (!unprepared.isEmpty()) {
          missing.add(
              "the trunk was drained across the " + anastomosisWords(unprepared) + " toward them");
          todo.add(
              "drain "
                  + (trunk.isEmpty() ? "the trunk next to the anastomosis" : names(trunk))
                  + " toward the "
                  + toward.name()
                  + " across the "
                  + anastomosisWords(unprepared));
        }
        List<Site> sites = new ArrayList<>();
        sites.add(region);
        sites.add(toward);
        sites.addAll(trunk);
        findings.add(
            make(
                at(ls).fix("Before " + describe(ls) + ", " + String.join(", then ", todo) + "."),
                later ? defaultSeverity().lower() : defaultSeverity(),
                () ->
                    "This reroute stretches "
                        + the(region)
                        + " toward the "
                        + toward.name()
                        + " across "
                        + watershedWords(context.anatomy(), region, toward)
                        + " before "
                        + String.join(" and before ", missing)
                        + (later
                            ? "; the protocol does that only afterwards"
                            : "; the protocol never does that")
                        + ". Decongest the receiving nodes and the anastomosis first, then bring the"
                        + " affected area over the watershed.",
                sites,
                sourcesFor(f.anastomoses)));
      }
      return findings;
    }

    /**
     * The rule's sources a crossing rests on: the general ones on preparing an anastomosis
     * [S7][S33][S34], and a route's own source where the rule cites it (S61 for the
     * cervico-axillary route), so that a leg's finding does not cite a head-and-neck source.
     */
    private List<String> sourcesFor(Set<Anastomosis> crossed) {
      return sources().stream()
          .filter(
              k ->
                  !ROUTE_SOURCES.contains(k)
                      || crossed.stream().anyMatch(a -> a.sources().contains(k)))
          .toList();
    }

    private static List<Region> trunkGateways(
        Anatomy anatomy, List<Anastomosis> anastomoses, NodeGroup toward) {
      Set<String> ids = anastomoses.stream().map(Anastomosis::id).collect(Collectors.toSet());
      List<Region> regions = new ArrayList<>();
      for (Region r : anatomy.regions()) {
        if (!r.part().isLimb()
            && Drainage.anastomosesBetween(anatomy, r, toward).stream()
                .anyMatch(a -> ids.contains(a.id()))) {
          regions.add(r);
        }
      }
      return regions;
    }
  }
}
