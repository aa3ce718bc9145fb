package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Policy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Plans a protocol for a patient from the sequencing principles of the domain reference (§4) and
 * the drainage map: open the terminus on both sides; deep abdominal work where the route runs
 * through the cisterna chyli; prepare the receiving node groups, proximal first; when a node group
 * on the usual route is compromised, decongest the healthy territories beyond the anastomoses and
 * reroute the blocked quadrant across the watershed; then drain each affected area segment by
 * segment from proximal to distal, every stroke directed toward the first node group of the
 * region's chosen route ({@link Anatomy#route(Site, Set)}); and finish by returning to the centre.
 *
 * <p>Steps in contraindicated regions (neck- or abdomen-scoped conditions, located conditions such
 * as skin metastases) are left out and the plan's notes say so. When no sound protocol exists — an
 * absolute whole-body contraindication, or an affected region with no route around the compromised
 * node groups — the plan holds no protocol and explains why. Lympha gives no medical advice: a plan
 * is a proposal for a qualified therapist to check.
 *
 * <p>A planner is immutable and thread-safe: each call works on state of its own, and the anatomy
 * it shares is thread-safe.
 *
 * <pre>{@code
 * Plan plan = Planner.standard().plan(patient);
 * plan.protocol().ifPresentOrElse(p -> System.out.println(p.title()),
 *     () -> System.out.println(plan.explanation()));
 * }</pre>
 */
public final class Planner {
  private static final Planner STANDARD = new Planner(Anatomy.standard());

  /** The fewest repetitions per spot in a self-care plan: the leaflets' 10 [S6][S36][S39]. */
  private static final int SELF_CARE_REPETITIONS = 10;

  /** The strokes self-care guides describe (see {@code STROKE_NOT_FOR_SELF_CARE}). */
  private static final java.util.Set<Stroke> SELF_CARE_STROKES =
      java.util.EnumSet.of(
          Stroke.SKIN_STRETCH,
          Stroke.STATIONARY_CIRCLE,
          Stroke.SCOOP,
          Stroke.EFFLEURAGE,
          Stroke.ABDOMINAL_BREATHING);

  /** The head's node groups (id prefixes) in the order of reference §5.5 [S18][S19][S40]. */
  private static final ImmutableList<String> HEAD_GROUPS =
      ImmutableList.of("SUBMENTAL", "SUBMANDIBULAR", "PREAURICULAR", "OCCIPITAL", "RETROAURICULAR");

  private final Anatomy anatomy;

  private Planner(Anatomy anatomy) {
    this.anatomy = anatomy;
  }

  /** A planner on the standard anatomy. */
  public static Planner standard() {
    return STANDARD;
  }

  /** A planner on another anatomy. */
  public static Planner of(Anatomy anatomy) {
    return new Planner(Objects.requireNonNull(anatomy, "anatomy"));
  }

  /** The anatomy plans refer to. */
  public Anatomy anatomy() {
    return anatomy;
  }

  /** Plans a protocol for the patient with the default options. */
  public Plan plan(PatientContext patient) {
    return plan(patient, PlanOptions.defaults());
  }

  /** Plans a protocol for the patient. */
  public Plan plan(PatientContext patient, PlanOptions options) {
    return new Planning(anatomy, patient, options).run();
  }

  @Override
  public String toString() {
    return "Planner{" + anatomy + "}";
  }

  /** One planning run: mutable working state, used once. */
  private static final class Planning {
    private final Anatomy anatomy;
    private final PatientContext patient;
    private final PlanOptions options;
    private final Set<NodeGroup> compromised;
    private final Map<Site, String> excluded = new LinkedHashMap<>();
    private final Set<Site> reportedExclusions = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<Site, Route> routes = new HashMap<>();
    private final Map<String, Route> drained = new LinkedHashMap<>();
    private final Set<Site> worked = new LinkedHashSet<>();
    private final Set<String> sources = new LinkedHashSet<>();
    private final Map<Site, Integer> order = new HashMap<>();
    private final Set<NodeGroup> planned = new LinkedHashSet<>();

    Planning(Anatomy anatomy, PatientContext patient, PlanOptions options) {
      this.anatomy = anatomy;
      this.patient = patient;
      this.options = options;
      this.compromised = patient.compromisedGroups();
      List<Site> sites = anatomy.sites();
      for (int i = 0; i < sites.size(); i++) {
        order.put(sites.get(i), i);
      }
    }

    Plan run() {
      for (Region r : patient.affectedRegions()) {
        if (!anatomy.findRegion(r.id()).filter(r::equals).isPresent()) {
          return refuse(
              "Affected region "
                  + r.id()
                  + " is not part of the planner's anatomy: plan with the anatomy the patient"
                  + " context was made for (Planner.of(anatomy)).");
        }
      }
      for (NodeGroup g : compromised) {
        if (!anatomy.findNodeGroup(g.id()).filter(g::equals).isPresent()) {
          return refuse(
              "Compromised node group "
                  + g.id()
                  + " is not part of the planner's anatomy: plan with the anatomy the patient"
                  + " context was made for (Planner.of(anatomy)).");
        }
      }
      for (io.github.lympha.patient.AffectedArea a : patient.areas()) {
        if (a.cause().filter(c -> c == io.github.lympha.patient.OedemaCause.UNKNOWN).isPresent()) {
          return refuse(
              "The swelling of "
                  + ids(a.regions())
                  + " is recorded as of unknown cause, an absolute contraindication until it is"
                  + " diagnosed [S45]. No protocol is planned.");
        }
      }
      for (PatientCondition c : patient.conditions()) {
        Optional<String> refusal = applyCondition(c);
        if (refusal.isPresent()) {
          return refuse(refusal.get());
        }
      }
      excludeUnpreparableCrossings();
      List<Region> affected = new ArrayList<>();
      for (Region r : sorted(patient.affectedRegions())) {
        if (excluded.containsKey(r)) {
          notes.add("Affected region " + r.id() + " is left out: " + excluded.get(r) + ".");
          reportedExclusions.add(r);
        } else {
          affected.add(r);
        }
      }
      if (!patient.affectedRegions().isEmpty() && affected.isEmpty()) {
        return refuse(
            "Every affected region is contraindicated for this patient, so there is nothing to"
                + " drain: no protocol is planned.");
      }
      List<Region> reachable = new ArrayList<>();
      for (Region r : affected) {
        RouteResult result = anatomy.route(r, compromised);
        if (result.route().isEmpty()) {
          return refuse(
              result.explanation()
                  + ". No protocol is planned: "
                  + r.id()
                  + " cannot be drained toward a working node group.");
        }
        Route route = result.route().get();
        routes.put(r, route);
        Optional<Region> through = blockedBy(r);
        if (through.isPresent()) {
          // Its only route crosses skin the plan must not touch: the plan does not treat it.
          notes.add("Affected region " + leftOutThrough(r, through.get()));
          reportedExclusions.add(r);
        } else {
          if (!route.equals(anatomy.route(r))) {
            notes.add(r.id() + ": " + result.explanation() + ".");
          }
          reachable.add(r);
        }
      }
      if (!affected.isEmpty() && reachable.isEmpty()) {
        return refuse(
            "Every affected region is left out for this patient, so there is nothing to drain: no"
                + " protocol is planned.");
      }
      affected = reachable;
      if (affected.isEmpty()) {
        notes.add("No affected region is given: the plan opens the terminus only.");
      }
      notePressure(affected);
      // Two passes: the first finds every node group the plan works, so that the second can work
      // each one before any site that drains into it (e.g. the right submandibular nodes before
      // the left lower face, which drains there through the submental nodes).
      int mark = notes.size();
      Set<Site> reported = new LinkedHashSet<>(reportedExclusions);
      Plan first = build(affected);
      if (!first.isPlanned()) {
        return first;
      }
      for (Site s : worked) {
        if (s.isNodeGroup()) {
          planned.add((NodeGroup) s);
        }
      }
      notes.subList(mark, notes.size()).clear();
      reportedExclusions.clear();
      reportedExclusions.addAll(reported);
      worked.clear();
      drained.clear();
      sources.clear();
      return build(affected);
    }

    // -------------------------------------------------------------- conditions

    private Optional<String> applyCondition(PatientCondition c) {
      Condition cond = c.condition();
      String cited = cond.label() + " " + cite(cond.sources());
      // The class as recorded: its status and qualifiers decide (e.g. controlled heart failure).
      Optional<ContraindicationClass> assessed = Policy.standard().classOf(c);
      if (assessed.isEmpty()) {
        return Optional.empty();
      }
      boolean absolute = assessed.get() == ContraindicationClass.ABSOLUTE;
      switch (cond.scope()) {
        case WHOLE_BODY:
          if (absolute) {
            return Optional.of(
                "MLD is contraindicated for this patient: "
                    + cited
                    + " is an absolute contraindication. No protocol is planned; a physician must"
                    + " clear the patient first.");
          }
          if (assessed.get() == ContraindicationClass.DEBATED
              && !options.planDespiteDebatedConditions()) {
            return Optional.of(
                "Sources disagree whether "
                    + cited
                    + " contraindicates MLD. No protocol is planned; once a physician agrees, plan"
                    + " again with planDespiteDebatedConditions.");
          }
          notes.add("The patient has " + cited + ": the protocol requires medical clearance.");
          return Optional.empty();
        case NECK:
          if (absolute) {
            exclude(s -> s.part() == BodyPart.NECK, "the neck is contraindicated (" + cited + ")");
            notes.add(
                "The neck is contraindicated ("
                    + cited
                    + "): the terminus, the neck nodes and the neck are left out.");
          } else {
            notes.add("The patient has " + cited + ": work on the neck requires clearance.");
          }
          return Optional.empty();
        case ABDOMEN:
          if (absolute) {
            exclude(
                s -> s.part() == BodyPart.ABDOMEN,
                "deep abdominal work is contraindicated (" + cited + ")");
            notes.add(
                "Deep abdominal work is contraindicated ("
                    + cited
                    + "): the abdominal steps are left out.");
          } else {
            notes.add("The patient has " + cited + ": abdominal work requires clearance.");
          }
          return Optional.empty();
        default:
          for (Region r : c.regions()) {
            excluded.putIfAbsent(r, cond.label() + " " + cite(cond.sources()) + " in " + r.id());
          }
          if (!c.regions().isEmpty()) {
            notes.add(
                "The patient has "
                    + cited
                    + " in "
                    + ids(c.regions())
                    + ": these regions are bypassed.");
          }
          return Optional.empty();
      }
    }

    /**
     * Leaves out the regions whose reroute crosses an anastomosis that no trunk region beside it
     * can be drained across first (reference §4.4): with the right flank left out, say, the right
     * outer thigh cannot be brought over the right axillo-inguinal anastomosis. Regions whose route
     * runs through them are then left out in turn, as for any other left-out region.
     */
    private void excludeUnpreparableCrossings() {
      Map<Region, String> unpreparable = new LinkedHashMap<>();
      for (Region r : anatomy.regions()) {
        // Only a region whose usual (physiological) route is blocked can be rerouted at all.
        if (excluded.containsKey(r)
            || anatomy.route(r).sites().stream().noneMatch(compromised::contains)) {
          continue;
        }
        Optional<Route> rt = route(r);
        if (rt.isEmpty() || blockedBy(r).isPresent()) {
          continue;
        }
        NodeGroup toward = rt.get().nodeGroups().get(0);
        Set<String> crossed = new LinkedHashSet<>();
        for (Pathway p : rt.get().pathways()) {
          if (p.kind() == PathwayKind.ANASTOMOTIC && p.to().equals(toward.id())) {
            crossed.add(p.via().orElseThrow());
          }
        }
        boolean direct = crossed.stream().anyMatch(a -> crossesStraight(r, a, toward));
        // A region beside the anastomosis (on the trunk, or the side of the neck for the
        // cervico-axillary route, which no trunk region borders [S61]) is its own preparation.
        if (crossed.isEmpty() || (!r.part().isLimb() && direct)) {
          continue;
        }
        List<Region> gateways = new ArrayList<>();
        boolean prepared = false;
        for (Region q : anatomy.regions()) {
          if (!q.equals(r)
              && !q.part().isLimb()
              && crossed.stream().anyMatch(a -> crossesStraight(q, a, toward))) {
            gateways.add(q);
            prepared |=
                !excluded.containsKey(q)
                    && route(q).filter(g -> g.nodeGroups().get(0).equals(toward)).isPresent();
          }
        }
        if (!prepared) {
          unpreparable.put(
              r,
              "its reroute crosses the "
                  + crossed.stream()
                      .map(a -> anatomy.anastomosis(a).name())
                      .collect(Collectors.joining(" or the "))
                  + " into the "
                  + toward.name()
                  + ", and the trunk beside "
                  + (crossed.size() > 1 ? "them" : "it")
                  + (gateways.isEmpty()
                      ? ""
                      : " (" + gateways.stream().map(Region::id).collect(Collectors.joining(", ")))
                  + (gateways.isEmpty() ? "" : ")")
                  + " cannot be drained across "
                  + (crossed.size() > 1 ? "them" : "it")
                  + " first");
        }
      }
      unpreparable.forEach(excluded::putIfAbsent);
    }

    /** Whether a region drains straight into a node group across the anastomosis. */
    private boolean crossesStraight(Region r, String anastomosis, NodeGroup toward) {
      return anatomy.pathwaysFrom(r).stream()
          .anyMatch(
              p ->
                  p.kind() == PathwayKind.ANASTOMOTIC
                      && p.to().equals(toward.id())
                      && p.via().equals(Optional.of(anastomosis)));
    }

    private void exclude(Predicate<Site> which, String reason) {
      for (Site s : anatomy.sites()) {
        if (which.test(s)) {
          excluded.putIfAbsent(s, reason);
        }
      }
    }

    private Plan refuse(String why) {
      notes.add(why);
      return Plan.builder().addAllNotes(notes).build();
    }

    // -------------------------------------------------------------- the plan

    private Plan build(List<Region> affected) {
      Detail detail = options.detail();
      boolean full = detail != Detail.BRIEF;

      // The affected areas, each a chain from the trunk outward.
      Map<String, List<Region>> chains = new LinkedHashMap<>();
      for (Region r : affected) {
        chains.computeIfAbsent(chainKey(r), k -> new ArrayList<>()).add(r);
      }
      Map<String, List<Region>> chainRegions = new LinkedHashMap<>();
      for (Map.Entry<String, List<Region>> e : chains.entrySet()) {
        chainRegions.put(e.getKey(), chain(e.getValue(), full));
      }

      // The trunk regions to reroute: those on the chosen routes and, in full plans, the whole
      // quadrant behind a compromised node group that an affected region usually drains to.
      Set<Region> reroute = new LinkedHashSet<>();
      for (List<Region> chain : chainRegions.values()) {
        for (Region r : chain) {
          for (Site s : route(r).map(Route::sites).orElse(ImmutableList.of())) {
            if (!s.equals(r) && !s.isNodeGroup() && s.part().area() == BodyArea.TRUNK) {
              reroute.add((Region) s);
            }
          }
        }
      }
      if (full) {
        Set<NodeGroup> matter = new LinkedHashSet<>();
        for (Region r : affected) {
          anatomy.route(r).nodeGroups().stream().filter(compromised::contains).forEach(matter::add);
        }
        for (Region r : anatomy.regions()) {
          if (r.part().area() == BodyArea.TRUNK
              && anatomy.route(r).nodeGroups().stream().anyMatch(matter::contains)) {
            reroute.add(r);
          }
        }
      }
      // Before an area is brought over an anastomosis, the trunk beside it is drained across the
      // same anastomosis (reference §4.4): add those trunk regions too.
      Set<String> crossed = new LinkedHashSet<>();
      for (List<Region> chain : chainRegions.values()) {
        for (Region r : chain) {
          route(r).ifPresent(rt -> crossed.addAll(rt.anastomoses()));
        }
      }
      for (Region r : reroute) {
        route(r).ifPresent(rt -> crossed.addAll(rt.anastomoses()));
      }
      for (Region r : anatomy.regions()) {
        if (r.part().area() == BodyArea.TRUNK && !reroute.contains(r)) {
          Optional<Route> rt = route(r);
          if (rt.isPresent() && rt.get().anastomoses().stream().anyMatch(crossed::contains)) {
            reroute.add(r);
          }
        }
      }
      List<Region> rerouteOrder = drainable(reroute);

      // Healthy territories beyond the anastomoses the reroutes use.
      Map<String, NodeGroup> anastomosisTargets = new LinkedHashMap<>();
      List<Region> everyDrained = new ArrayList<>(rerouteOrder);
      chainRegions.values().forEach(everyDrained::addAll);
      for (Region r : everyDrained) {
        route(r).ifPresent(rt -> collectAnastomoses(rt, anastomosisTargets));
      }
      Set<Region> healthy = new LinkedHashSet<>();
      for (Map.Entry<String, NodeGroup> e : anastomosisTargets.entrySet()) {
        for (Region q : anatomy.regions()) {
          if (q.part().area() == BodyArea.TRUNK
              && !reroute.contains(q)
              && !excluded.containsKey(q)
              && anatomy.pathwaysFrom(q).stream()
                  .anyMatch(p -> p.via().equals(Optional.of(e.getKey())))) {
            Optional<Route> rt = route(q);
            if (rt.isPresent()
                && rt.get().isPhysiological()
                && rt.get().nodeGroups().get(0).equals(e.getValue())) {
              healthy.add(q);
            }
          }
        }
      }
      List<Region> healthyOrder = drainable(healthy);

      // The neck on both sides, in full plans.
      List<Region> neck = new ArrayList<>();
      if (full) {
        for (Region r : anatomy.regions()) {
          if (r.part() == BodyPart.NECK && !excluded.containsKey(r) && route(r).isPresent()) {
            neck.add(r);
          }
        }
      }

      // The receiving node groups on the trunk, proximal first.
      List<Region> all = new ArrayList<>(neck);
      all.addAll(healthyOrder);
      all.addAll(rerouteOrder);
      chainRegions.values().forEach(all::addAll);
      Set<NodeGroup> receivingSet = new LinkedHashSet<>();
      boolean viaCisterna = false;
      for (Region r : all) {
        Optional<Route> rt = route(r);
        if (rt.isEmpty()) {
          continue;
        }
        for (NodeGroup g : rt.get().nodeGroups()) {
          if (g.isTerminus()) {
            continue;
          }
          if (g.part() == BodyPart.ABDOMEN) {
            viaCisterna = true;
          } else if (g.part().area() == BodyArea.TRUNK) {
            receivingSet.add(g);
          }
        }
      }
      List<NodeGroup> receiving = new ArrayList<>(receivingSet);
      receiving.sort(Comparator.comparingInt(this::depth).thenComparingInt(receiving::indexOf));

      // Assemble the phases.
      List<Sequence> phases = new ArrayList<>();
      List<Step> open = new ArrayList<>();
      for (NodeGroup t : anatomy.termini()) {
        workGroup(t, open);
      }
      for (Region r : neck) {
        workRegion(r, open, false);
      }
      phase(phases, "Open the terminus", open);
      sources.add("S40");
      sources.add("S39");

      if (viaCisterna) {
        List<Step> abdomen = new ArrayList<>();
        for (NodeGroup g : anatomy.nodeGroups()) {
          if (g.part() == BodyPart.ABDOMEN && !g.isTerminus()) {
            workGroup(g, abdomen);
          }
        }
        phase(phases, "Deep abdominal work", abdomen);
        sources.add("S17");
        sources.add("S33");
      }

      List<Step> prepare = new ArrayList<>();
      for (NodeGroup g : receiving) {
        workGroup(g, prepare);
      }
      phase(phases, "Prepare the receiving node groups", prepare);

      if (!anastomosisTargets.isEmpty() || !rerouteOrder.isEmpty()) {
        List<Step> decongest = new ArrayList<>();
        for (Region q : healthyOrder) {
          workRegion(q, decongest, false);
        }
        phase(phases, "Decongest the healthy territories", decongest);
        List<Step> across = new ArrayList<>();
        for (Region q : rerouteOrder) {
          workRegion(q, across, false);
        }
        phase(phases, "Reroute across the watershed", across);
        if (!decongest.isEmpty() || !across.isEmpty()) {
          sources.add("S7");
          sources.add("S33");
          sources.add("S34");
        }
      }

      for (Map.Entry<String, List<Region>> e : chainRegions.entrySet()) {
        List<Step> steps = new ArrayList<>();
        for (Region r : e.getValue()) {
          workRegion(r, steps, detail == Detail.DETAILED);
        }
        phase(phases, "Drain the " + e.getKey(), steps);
        sources.add("S9");
        sources.add("S41");
      }

      if (!affected.isEmpty()) {
        List<Step> back = new ArrayList<>();
        if (full) {
          List<NodeGroup> reverse = new ArrayList<>(receiving);
          Collections.reverse(reverse);
          for (NodeGroup g : reverse) {
            rework(g, back);
          }
          for (Site s : new ArrayList<>(worked)) {
            if (s.isNodeGroup()
                && s.part() == BodyPart.NECK
                && !((NodeGroup) s).isTerminus()
                && anatomy.nextStations((NodeGroup) s).stream().anyMatch(NodeGroup::isTerminus)) {
              rework((NodeGroup) s, back);
            }
          }
        }
        for (NodeGroup t : anatomy.termini()) {
          rework(t, back);
        }
        phase(phases, "Return to the centre", back);
        sources.add("S18");
      }

      // Each anastomosis a step crosses cites the sources of that route (S61 for the neck's).
      for (Sequence phase : phases) {
        for (Step step : phase.steps()) {
          step.via().ifPresent(a -> sources.addAll(a.sources()));
        }
      }

      if (phases.isEmpty()) {
        return refuse(
            "Every step the plan would hold is contraindicated for this patient: no protocol is"
                + " planned.");
      }
      Protocol protocol =
          Protocol.builder()
              .id(options.protocolId().orElseGet(() -> protocolId(affected)))
              .title(title(affected))
              .addAllTreats(affected)
              .description(
                  "Planned by the Lympha planner ("
                      + detail.name().toLowerCase(Locale.ROOT)
                      + " detail) from the patient context. Lympha gives no medical advice: a"
                      + " qualified therapist must check this protocol.")
              .addAllSequences(phases)
              .addAllSources(sources)
              .addTags("planned")
              .anatomy(anatomy)
              .build();
      return Plan.builder().protocol(protocol).addAllNotes(notes).putAllRoutes(drained).build();
    }

    /** The regions of an affected area to drain, proximal first. */
    private List<Region> chain(List<Region> affectedHere, boolean full) {
      Set<Region> chain = new LinkedHashSet<>();
      Region first = affectedHere.get(0);
      Set<Side> sides = affectedHere.stream().map(Region::side).collect(Collectors.toSet());
      if (first.part().area() == BodyArea.TRUNK) {
        chain.addAll(affectedHere);
      } else {
        int reach = affectedHere.stream().mapToInt(r -> r.part().distance()).max().orElse(0);
        if (full) {
          for (Region r : anatomy.regions()) {
            if (sides.contains(r.side())
                && r.part().area() == first.part().area()
                && r.part().distance() <= reach) {
              chain.add(r);
            }
          }
        }
        for (Region r : affectedHere) {
          for (Site s : route(r).map(Route::sites).orElse(ImmutableList.of())) {
            if (!s.isNodeGroup() && s.part().area() == first.part().area()) {
              chain.add((Region) s);
            }
          }
          chain.add(r);
        }
      }
      List<Region> ordered = drainable(chain);
      ordered.sort(
          Comparator.comparingInt((Region r) -> r.part().distance())
              .thenComparingInt(this::headRank));
      return ordered;
    }

    /**
     * The head and face are drained toward their node groups in the reference's order (§5.5):
     * submandibular and submental, pre-auricular, then occipital and retro-auricular; both sides of
     * each before the next. Other regions rank alike.
     */
    private int headRank(Region r) {
      if (r.part().area() != BodyArea.HEAD_NECK) {
        return 0;
      }
      String group = route(r).map(rt -> rt.nodeGroups().get(0).id()).orElse("");
      for (int i = 0; i < HEAD_GROUPS.size(); i++) {
        if (group.startsWith(HEAD_GROUPS.get(i))) {
          return i;
        }
      }
      return HEAD_GROUPS.size();
    }

    /** The regions that are not excluded and have a route, shortest route first. */
    private List<Region> drainable(Set<Region> regions) {
      List<Region> out = new ArrayList<>();
      for (Region r : regions) {
        if (excluded.containsKey(r)) {
          reportExclusion(r);
        } else if (route(r).isEmpty()) {
          notes.add(r.id() + " is left out: " + anatomy.route(r, compromised).explanation() + ".");
        } else if (blockedBy(r).isPresent()) {
          Region through = blockedBy(r).get();
          if (reportedExclusions.add(r)) {
            notes.add(leftOutThrough(r, through));
          }
        } else {
          out.add(r);
        }
      }
      out.sort(
          Comparator.comparingInt((Region r) -> route(r).orElseThrow().sites().size())
              .thenComparingInt(r -> Objects.requireNonNull(order.get(r))));
      return out;
    }

    /** Why a region is left out whose route runs through the skin of a left-out region. */
    private String leftOutThrough(Region r, Region through) {
      return r.id()
          + " is left out: its route runs through the skin of "
          + through.id()
          + ", which is left out ("
          + excluded.get(through)
          + ").";
    }

    /** The first left-out region the site's route runs through, if any. */
    private Optional<Region> blockedBy(Site s) {
      for (Site on : route(s).map(Route::sites).orElse(ImmutableList.of())) {
        if (!on.equals(s) && !on.isNodeGroup() && excluded.containsKey(on)) {
          return Optional.of((Region) on);
        }
      }
      return Optional.empty();
    }

    private void collectAnastomoses(Route route, Map<String, NodeGroup> targets) {
      for (Pathway p : route.pathways()) {
        if (p.kind() == PathwayKind.ANASTOMOTIC) {
          targets.putIfAbsent(p.via().orElseThrow(), anatomy.nodeGroup(p.to()));
        }
      }
    }

    private Optional<Route> route(Site s) {
      Route known = routes.get(s);
      if (known != null) {
        return Optional.of(known);
      }
      Optional<Route> r = anatomy.route(s, compromised).route();
      r.ifPresent(x -> routes.put(s, x));
      return r;
    }

    /** Node groups between a group and its terminus on its route. */
    private int depth(NodeGroup g) {
      return route(g).map(r -> r.nodeGroups().size()).orElse(Integer.MAX_VALUE);
    }

    // -------------------------------------------------------------- steps

    private void workGroup(NodeGroup g, List<Step> into) {
      if (worked.contains(g) || compromised.contains(g)) {
        return;
      }
      if (excluded.containsKey(g)) {
        reportExclusion(g);
        return;
      }
      Optional<Route> rt = route(g);
      if (rt.isEmpty()) {
        return;
      }
      List<NodeGroup> stations = rt.get().nodeGroups();
      for (int i = stations.size() - 1; i >= 1; i--) {
        workGroup(stations.get(i), into);
      }
      workDownstream(g, into);
      worked.add(g);
      into.add(step(g, g, Optional.empty(), strokeFor(g)));
    }

    /** Works every planned node group the site drains into physiologically, proximal first. */
    private void workDownstream(Site site, List<Step> into) {
      List<NodeGroup> pending = new ArrayList<>();
      for (Site d : anatomy.physiologicalDownstream(site)) {
        if (d.isNodeGroup() && planned.contains(d) && !worked.contains(d)) {
          pending.add((NodeGroup) d);
        }
      }
      pending.sort(Comparator.comparingInt(this::depth));
      for (NodeGroup g : pending) {
        workGroup(g, into);
      }
    }

    private void rework(NodeGroup g, List<Step> into) {
      if (worked.contains(g) && !excluded.containsKey(g)) {
        into.add(step(g, g, Optional.empty(), strokeFor(g)));
      }
    }

    private void workRegion(Region r, List<Step> into, boolean secondStroke) {
      if (worked.contains(r)) {
        return;
      }
      if (excluded.containsKey(r)) {
        reportExclusion(r);
        return;
      }
      Optional<Route> rt = route(r);
      if (rt.isEmpty() || blockedBy(r).isPresent()) {
        return;
      }
      Route route = rt.get();
      NodeGroup toward = route.nodeGroups().get(0);
      workGroup(toward, into);
      workDownstream(r, into);
      Optional<String> via = Optional.empty();
      for (Pathway p : route.pathways()) {
        if (p.to().equals(toward.id())) {
          via = p.via();
          break;
        }
      }
      worked.add(r);
      drained.put(r.id(), route);
      Stroke first = strokeFor(r);
      into.add(step(r, toward, via, first));
      if (secondStroke && r.part().isLimb() && !patient.isSelfCare()) {
        secondStrokeFor(r, first)
            .ifPresent(s -> into.add(step(r, toward, viaOf(route, toward), s)));
      }
    }

    private Optional<String> viaOf(Route route, NodeGroup toward) {
      for (Pathway p : route.pathways()) {
        if (p.to().equals(toward.id())) {
          return p.via();
        }
      }
      return Optional.empty();
    }

    private Step step(Site site, NodeGroup toward, Optional<String> via, Stroke stroke) {
      return Step.builder()
          .site(site)
          .stroke(stroke)
          .toward(toward)
          .via(via.map(anatomy::anastomosis))
          .pressure(pressureAt(site))
          .tempo(options.tempo())
          .repetitions(repetitions())
          .build();
    }

    /**
     * The pressure of a step: the options'; but a pressure above the light ceiling of the sources
     * [S7][S37] only on a region whose tissue is recorded as fibrotic, or whose area is at ISL
     * stage III, which brings fibrosis [S57], where Vodder-school pages use firmer pressure [S8]
     * and some practitioners set it by stage [S38]. Every other step, the neck and the node groups
     * included, keeps light pressure.
     */
    private Pressure pressureAt(Site site) {
      Pressure wanted = options.pressure();
      if (!aboveLight(wanted) || fibrotic(site)) {
        return wanted;
      }
      return Pressure.light();
    }

    private static boolean aboveLight(Pressure p) {
      return Policy.standard().exceedsPressureCeiling(p);
    }

    /**
     * Whether the patient context records an affected region's tissue as fibrotic: the tissue (or
     * ISL stage III) of the affected area it lies in; else, for a region of the plain affected
     * list, the context's one tissue value. Sites that are not affected never are, so a context
     * whose one tissue value is fibrotic but that names no affected region gets no firmer pressure
     * (the validator would read that value for the neck too).
     */
    private boolean fibrotic(Site site) {
      if (site.isNodeGroup()) {
        return false;
      }
      for (AffectedArea a : patient.areas()) {
        if (a.regions().contains(site)) {
          return a.effectiveTissue().filter(t -> t == TissueState.FIBROTIC).isPresent();
        }
      }
      return patient.affected().contains(site) && patient.tissue() == TissueState.FIBROTIC;
    }

    /** Says where a pressure above light is used, and where it is not. */
    private void notePressure(List<Region> affected) {
      if (!aboveLight(options.pressure())) {
        return;
      }
      List<String> firm =
          affected.stream().filter(this::fibrotic).map(Region::id).collect(Collectors.toList());
      String wanted = options.pressure().describe();
      if (firm.isEmpty()) {
        notes.add(
            "No affected region is recorded as fibrotic (or at ISL stage III [S57]), so every step"
                + " keeps light pressure [S7][S37] instead of "
                + wanted
                + ".");
      } else {
        notes.add(
            "The "
                + wanted
                + " pressure is used only on the fibrotic regions "
                + String.join(", ", firm)
                + " [S8][S38][S57]; every other step keeps light pressure [S7][S37]. Sources"
                + " disagree on firmer pressure: the validator reports it.");
      }
    }

    /**
     * The repetitions per step: the options', and for a self-care patient at least the 10 of the
     * self-care leaflets [S6][S36][S39].
     */
    private int repetitions() {
      return patient.isSelfCare()
          ? Math.max(options.repetitions(), SELF_CARE_REPETITIONS)
          : options.repetitions();
    }

    private Stroke strokeFor(Site site) {
      Stroke s = therapistStrokeFor(site);
      // Self-care guides use skin stretches where a therapist would pump or turn [S6][S36][S39].
      return patient.isSelfCare() && !SELF_CARE_STROKES.contains(s) ? Stroke.SKIN_STRETCH : s;
    }

    private Stroke therapistStrokeFor(Site site) {
      if (site.isNodeGroup() && site.part() == BodyPart.ABDOMEN) {
        return Stroke.ABDOMINAL_BREATHING;
      }
      for (Stroke s : options.preferredStrokes()) {
        if (s.suits(site) && s != Stroke.ABDOMINAL_BREATHING) {
          return s;
        }
      }
      if (site.isNodeGroup()) {
        return Stroke.STATIONARY_CIRCLE;
      }
      switch (site.part()) {
        case THIGH:
        case UPPER_ARM:
          return Stroke.PUMP;
        case LOWER_LEG:
        case FOREARM:
          return Stroke.SCOOP;
        default:
          break;
      }
      if (site.part().area() == BodyArea.TRUNK && Stroke.ROTARY.suits(site)) {
        return Stroke.ROTARY;
      }
      return Stroke.STATIONARY_CIRCLE.suits(site) ? Stroke.STATIONARY_CIRCLE : Stroke.SKIN_STRETCH;
    }

    private Optional<Stroke> secondStrokeFor(Region r, Stroke first) {
      for (Stroke s :
          List.of(Stroke.PUMP, Stroke.SCOOP, Stroke.THUMB_CIRCLE, Stroke.STATIONARY_CIRCLE)) {
        if (s != first && s.suits(r)) {
          return Optional.of(s);
        }
      }
      return Optional.empty();
    }

    private void phase(List<Sequence> phases, String name, List<Step> steps) {
      if (!steps.isEmpty()) {
        phases.add(Sequence.of(name, steps));
      }
    }

    private void reportExclusion(Site s) {
      if (reportedExclusions.add(s)) {
        notes.add(s.id() + " is left out: " + excluded.get(s) + ".");
      }
    }

    // -------------------------------------------------------------- texts

    private String chainKey(Region r) {
      String side = r.side() == Side.LEFT ? "left " : r.side() == Side.RIGHT ? "right " : "";
      switch (r.part().area()) {
        case HEAD_NECK:
          return "head and face";
        case ARM:
          return side + "arm";
        case LEG:
          return side + "leg";
        default:
          return side + "trunk";
      }
    }

    private String protocolId(List<Region> affected) {
      if (affected.isEmpty()) {
        return "plan-terminus";
      }
      String id =
          "plan-"
              + affected.stream()
                  .map(r -> r.id().toLowerCase(Locale.ROOT).replace('_', '-'))
                  .collect(Collectors.joining("-"));
      return id.length() <= 100 ? id : id.substring(0, 100);
    }

    private String title(List<Region> affected) {
      if (patient.label().isPresent()) {
        return "Plan: " + patient.label().get();
      }
      if (affected.isEmpty()) {
        return "Plan: open the terminus";
      }
      return "Plan: " + affected.stream().map(Region::name).collect(Collectors.joining(", "));
    }

    private List<Region> sorted(Set<Region> regions) {
      List<Region> out = new ArrayList<>(regions);
      out.sort(Comparator.comparingInt(r -> order.getOrDefault(r, Integer.MAX_VALUE)));
      return out;
    }

    private static String cite(List<String> keys) {
      return keys.stream().map(k -> "[" + k + "]").collect(Collectors.joining());
    }

    private static String ids(Set<Region> regions) {
      return regions.stream().map(Region::id).collect(Collectors.joining(", "));
    }
  }
}
