package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.protocol.Step;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * How a step's stretch relates to the drainage of its site: the one classification the direction
 * rules share, so that each step is judged once and reported by one rule per reason. Results are
 * cached per (site, target, anastomosis), so a protocol's cost is linear in its steps.
 *
 * <p>Everything here depends only on the anatomy and the compromised node groups, never on the
 * protocol, so a {@link Validator} shares one instance between validations of the same patient
 * ({@link Cache}): the drainage facts of a site are worked out once, not on every call. Instances
 * are thread-safe (the memos are concurrent maps of immutable values; a race only computes the same
 * value twice).
 */
final class Drainage {
  /** How many sets of areas one instance keeps the relevant sites of. */
  static final int CACHED_AREAS = 32;

  /** How a step's target relates to its site. */
  enum Kind {
    /** A node-group step working the group itself. */
    SELF,
    /** Toward a regional node group of the region, or downstream of a node group site. */
    REGIONAL,
    /**
     * Physiologically downstream, in the same node basin as a regional group (e.g. deep inguinal).
     */
    NEAR,
    /** Physiologically downstream, past the regional group to a farther station. */
    BEYOND,
    /** Across a watershed through an anastomosis that starts at the region itself. */
    ANASTOMOTIC,
    /**
     * Through the skin plexus to a neighbouring region nearer the trunk, then to one of its node
     * groups, without crossing a watershed (e.g. the shin toward the popliteal nodes at the knee).
     */
    NEIGHBOUR,
    /**
     * Through the skin plexus of neighbouring regions, then across a watershed by an anastomosis.
     */
    PLEXUS,
    /** Away from the draining node groups: toward nodes that lie distal of the site. */
    AWAY,
    /** Toward a node group that no pathway of the anatomy leads to from the site. */
    UNREACHABLE
  }

  /** What the direction rules need to know about a step. */
  static final class Facts {
    final Kind kind;
    final ImmutableSet<Anastomosis> anastomoses;
    final ImmutableList<Region> gateways;
    final boolean drainageCompromised;
    final boolean throughRemoved;
    final boolean onwardBlocked;

    /**
     * The anastomoses the stretch can cross to reach its target (empty unless it crosses one): what
     * a step's {@code via} must name.
     */
    final ImmutableSet<Anastomosis> crossable;

    Facts(
        Kind kind,
        ImmutableSet<Anastomosis> anastomoses,
        ImmutableList<Region> gateways,
        boolean drainageCompromised,
        boolean throughRemoved,
        boolean onwardBlocked) {
      this(
          kind,
          anastomoses,
          gateways,
          drainageCompromised,
          throughRemoved,
          onwardBlocked,
          ImmutableSet.of());
    }

    Facts(
        Kind kind,
        ImmutableSet<Anastomosis> anastomoses,
        ImmutableList<Region> gateways,
        boolean drainageCompromised,
        boolean throughRemoved,
        boolean onwardBlocked,
        ImmutableSet<Anastomosis> crossable) {
      this.kind = kind;
      this.anastomoses = anastomoses;
      this.gateways = gateways;
      this.drainageCompromised = drainageCompromised;
      this.throughRemoved = throughRemoved;
      this.onwardBlocked = onwardBlocked;
      this.crossable = crossable;
    }

    /** Whether the step crosses into another territory by a collateral pathway. */
    boolean isCrossing() {
      return kind == Kind.ANASTOMOTIC || kind == Kind.PLEXUS;
    }
  }

  private record Key(Site site, NodeGroup toward, Optional<String> via) {}

  private final Anatomy anatomy;
  private final ImmutableMap<NodeGroup, Compromise> compromised;
  private final Set<NodeGroup> hardBlocked;
  private final Map<Key, Facts> facts = new ConcurrentHashMap<>();
  private final Map<Site, Set<Site>> reachAvoiding = new ConcurrentHashMap<>();
  private final Map<Region, ImmutableList<Region>> plexus = new ConcurrentHashMap<>();
  private final Map<Site, Boolean> drainageCompromised = new ConcurrentHashMap<>();
  private final BoundedMemo<ImmutableSet<Region>, Relevance> relevance =
      new BoundedMemo<>(CACHED_AREAS);

  Drainage(Anatomy anatomy, ImmutableMap<NodeGroup, Compromise> compromised) {
    this.anatomy = anatomy;
    this.compromised = compromised;
    Set<NodeGroup> hard = new LinkedHashSet<>();
    compromised.forEach(
        (g, why) -> {
          if (isHard(why)) {
            hard.add(g);
          }
        });
    this.hardBlocked = hard;
  }

  /**
   * The instances made for (anatomy, compromised node groups) pairs, so that validations of the
   * same patient share one. Thread-safe and bounded: when it holds {@link #SIZE} pairs, the next
   * new one empties it.
   */
  static final class Cache {
    /** How many (anatomy, compromised node groups) pairs a cache keeps. */
    static final int SIZE = 32;

    private final BoundedMemo<CacheKey, Drainage> made = new BoundedMemo<>(SIZE);

    /**
     * The drainage of an anatomy for a patient's compromised node groups: the instance made before
     * for an equal map in the same anatomy instance, or a new one.
     */
    Drainage get(Anatomy anatomy, ImmutableMap<NodeGroup, Compromise> compromised) {
      CacheKey key = new CacheKey(anatomy, compromised);
      Drainage known = made.get(key);
      return known != null ? known : made.remember(key, new Drainage(anatomy, compromised));
    }

    /** How many pairs the cache holds now. */
    int size() {
      return made.size();
    }
  }

  /** The key of a {@link Cache}: the anatomy by identity (its equality is deep and costly). */
  private static final class CacheKey {
    private final Anatomy anatomy;
    private final ImmutableMap<NodeGroup, Compromise> compromised;
    private final int hash;

    CacheKey(Anatomy anatomy, ImmutableMap<NodeGroup, Compromise> compromised) {
      this.anatomy = anatomy;
      this.compromised = compromised;
      this.hash = 31 * System.identityHashCode(anatomy) + compromised.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof CacheKey
          && ((CacheKey) o).anatomy == anatomy
          && ((CacheKey) o).compromised.equals(compromised);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The sites that play a part in draining some areas, and whether any of them is rerouted. */
  static final class Relevance {
    final ImmutableSet<Site> sites;
    final boolean reroute;

    Relevance(ImmutableSet<Site> sites, boolean reroute) {
      this.sites = sites;
      this.reroute = reroute;
    }
  }

  /**
   * The sites that play a part in draining the areas: each area, the sites proximal of it (the
   * regions nearer the trunk on its limb, the node groups it drains into) and, when its drainage is
   * compromised, every site reached from it by any pathway that avoids the compromised groups.
   */
  Relevance relevance(ImmutableSet<Region> areas) {
    Relevance known = relevance.get(areas);
    if (known != null) {
      return known;
    }
    Set<Site> relevant = new LinkedHashSet<>();
    boolean reroute = false;
    for (Region a : areas) {
      relevant.add(a);
      relevant.addAll(anatomy.proximalSites(a));
      relevant.addAll(anatomy.physiologicalDownstream(a));
      if (isDrainageCompromised(a)) {
        reroute = true;
        relevant.addAll(reachAvoidingCompromised(a));
      }
    }
    return relevance.remember(areas, new Relevance(ImmutableSet.copyOf(relevant), reroute));
  }

  /** Every site reached from a region by any pathway that avoids the compromised node groups. */
  private Set<Site> reachAvoidingCompromised(Region from) {
    return reach(
        from, p -> true, n -> !(n.isNodeGroup() && compromised.containsKey((NodeGroup) n)));
  }

  /**
   * Every site reached from a site, breadth first, over the pathways {@code follow} accepts and
   * into the sites {@code enter} accepts.
   */
  private Set<Site> reach(Site from, Predicate<Pathway> follow, Predicate<Site> enter) {
    Set<Site> seen = new LinkedHashSet<>();
    Deque<Site> todo = new ArrayDeque<>();
    todo.add(from);
    while (!todo.isEmpty()) {
      Site at = todo.poll();
      for (Pathway p : anatomy.pathwaysFrom(at)) {
        if (!follow.test(p)) {
          continue;
        }
        Optional<Site> next = anatomy.findSite(p.to());
        if (next.isPresent() && enter.test(next.get()) && seen.add(next.get())) {
          todo.add(next.get());
        }
      }
    }
    return seen;
  }

  /** Removed and irradiated groups take no lymph; impaired ones may take some. */
  static boolean isHard(Compromise why) {
    return why == Compromise.REMOVED || why == Compromise.IRRADIATED;
  }

  /** Whether a node group is removed or irradiated. */
  boolean isHardBlocked(NodeGroup group) {
    return hardBlocked.contains(group);
  }

  Facts facts(Step step) {
    Key key = new Key(step.site(), step.toward(), step.via().map(Anastomosis::id));
    Facts f = facts.get(key);
    if (f == null) {
      f = compute(step);
      facts.put(key, f);
    }
    return f;
  }

  /**
   * Whether any node group the site drains into physiologically (its regional groups and every
   * station after them) is compromised, so that a reroute has a reason.
   */
  boolean isDrainageCompromised(Site site) {
    Boolean known = drainageCompromised.get(site);
    if (known == null) {
      boolean any = site.isNodeGroup() && compromised.containsKey((NodeGroup) site);
      for (Site s : anatomy.physiologicalDownstream(site)) {
        any |= s.isNodeGroup() && compromised.containsKey((NodeGroup) s);
      }
      known = any;
      drainageCompromised.put(site, known);
    }
    return known;
  }

  private Facts compute(Step step) {
    Site site = step.site();
    NodeGroup toward = step.toward();
    boolean compromisedDrainage = isDrainageCompromised(site);
    boolean onward = !toward.isTerminus() && !isHardBlocked(toward) && isOnwardBlocked(toward);
    if (site.isNodeGroup()) {
      if (site.equals(toward)) {
        return new Facts(
            Kind.SELF, ImmutableSet.of(), ImmutableList.of(), compromisedDrainage, false, onward);
      }
      if (anatomy.drainsTo(site, toward)) {
        return new Facts(
            Kind.REGIONAL,
            ImmutableSet.of(),
            ImmutableList.of(),
            compromisedDrainage,
            throughRemoved(site, toward),
            onward);
      }
      return new Facts(
          Kind.AWAY, ImmutableSet.of(), ImmutableList.of(), compromisedDrainage, false, onward);
    }
    Region region = (Region) site;
    ImmutableList<NodeGroup> regionals = anatomy.regionalNodeGroups(region);
    if (regionals.contains(toward)) {
      return new Facts(
          Kind.REGIONAL, ImmutableSet.of(), ImmutableList.of(), compromisedDrainage, false, onward);
    }
    if (anatomy.drainsTo(region, toward)) {
      boolean near = regionals.stream().anyMatch(g -> g.part() == toward.part());
      return new Facts(
          near ? Kind.NEAR : Kind.BEYOND,
          ImmutableSet.of(),
          ImmutableList.of(),
          compromisedDrainage,
          throughRemoved(region, toward),
          onward);
    }
    ImmutableSet<Anastomosis> direct = anastomosesBetween(anatomy, region, toward);
    if (!direct.isEmpty()) {
      ImmutableSet<Anastomosis> via = named(step, direct);
      return new Facts(
          Kind.ANASTOMOTIC,
          via,
          ImmutableList.of(region),
          compromisedDrainage,
          false,
          onward,
          direct);
    }
    if (isDistal(toward, region)) {
      return new Facts(
          Kind.AWAY, ImmutableSet.of(), ImmutableList.of(), compromisedDrainage, false, onward);
    }
    if (!anatomy.isReachable(region, toward)) {
      return new Facts(
          Kind.UNREACHABLE,
          ImmutableSet.of(),
          ImmutableList.of(),
          compromisedDrainage,
          false,
          onward);
    }
    ImmutableList.Builder<Region> gateways = ImmutableList.builder();
    ImmutableSet.Builder<Anastomosis> via = ImmutableSet.builder();
    for (Region r : plexusClosure(region)) {
      ImmutableSet<Anastomosis> here = anastomosesBetween(anatomy, r, toward);
      if (!here.isEmpty()) {
        gateways.add(r);
        via.addAll(here);
      }
    }
    ImmutableList<Region> entries = gateways.build();
    if (entries.isEmpty()) {
      return new Facts(
          Kind.NEIGHBOUR,
          ImmutableSet.of(),
          ImmutableList.of(),
          compromisedDrainage,
          throughRemovedFromNeighbours(region, toward),
          onward);
    }
    ImmutableSet<Anastomosis> crossable = via.build();
    return new Facts(
        Kind.PLEXUS,
        named(step, crossable),
        entries,
        compromisedDrainage,
        false,
        onward,
        crossable);
  }

  /**
   * The anastomoses a crossing step uses: the one its {@code via} names when that is one it can
   * cross, else all it can cross (a wrong {@code via} is reported by its own rule, not taken as the
   * route).
   */
  private static ImmutableSet<Anastomosis> named(Step step, ImmutableSet<Anastomosis> crossable) {
    return step.via().filter(crossable::contains).map(ImmutableSet::of).orElse(crossable);
  }

  /**
   * The anastomoses of the anastomotic pathways that lead from a region straight to a node group.
   */
  static ImmutableSet<Anastomosis> anastomosesBetween(
      Anatomy anatomy, Region from, NodeGroup toward) {
    ImmutableSet.Builder<Anastomosis> b = ImmutableSet.builder();
    for (Pathway p : anatomy.pathwaysFrom(from)) {
      if (p.kind() == PathwayKind.ANASTOMOTIC && p.to().equals(toward.id())) {
        p.via().flatMap(anatomy::findAnastomosis).ifPresent(b::add);
      }
    }
    return b.build();
  }

  /**
   * Whether a node group lies distal of a region: on a limb, and either the region is on the trunk
   * or it is the same limb and the group is more segments from the trunk.
   */
  static boolean isDistal(NodeGroup group, Region region) {
    if (!group.part().isLimb()) {
      return false;
    }
    if (region.part().area() == BodyArea.TRUNK) {
      return true;
    }
    return group.side() == region.side()
        && group.part().area() == region.part().area()
        && group.part().distance() > region.part().distance();
  }

  /** The regions reachable from a region through the skin plexus alone, the region first. */
  ImmutableList<Region> plexusClosure(Region region) {
    ImmutableList<Region> known = plexus.get(region);
    if (known != null) {
      return known;
    }
    Set<Region> seen = new LinkedHashSet<>();
    Deque<Region> todo = new ArrayDeque<>();
    seen.add(region);
    todo.add(region);
    while (!todo.isEmpty()) {
      Region at = todo.poll();
      for (Pathway p : anatomy.pathwaysFrom(at)) {
        if (p.kind() == PathwayKind.PLEXUS) {
          Optional<Region> next = anatomy.findRegion(p.to());
          if (next.isPresent() && seen.add(next.get())) {
            todo.add(next.get());
          }
        }
      }
    }
    ImmutableList<Region> closure = ImmutableList.copyOf(seen);
    plexus.put(region, closure);
    return closure;
  }

  /**
   * Whether every physiological path from the site to the target runs through a removed or
   * irradiated node group.
   */
  private boolean throughRemoved(Site site, NodeGroup toward) {
    return !hardBlocked.isEmpty()
        && !isHardBlocked(toward)
        && !reachAvoidingHard(site).contains(toward);
  }

  /**
   * For a target reached through neighbouring skin: whether some neighbour drains into it
   * physiologically and every such neighbour does so only through removed or irradiated groups.
   * When no neighbour drains into it, the removed groups are not what stands in the way.
   */
  private boolean throughRemovedFromNeighbours(Region region, NodeGroup toward) {
    if (hardBlocked.isEmpty() || isHardBlocked(toward)) {
      return false;
    }
    boolean drained = false;
    for (Region r : plexusClosure(region)) {
      if (anatomy.drainsTo(r, toward)) {
        if (reachAvoidingHard(r).contains(toward)) {
          return false;
        }
        drained = true;
      }
    }
    return drained;
  }

  /**
   * Whether no physiological path leads from the group to a venous angle past the removed groups.
   */
  private boolean isOnwardBlocked(NodeGroup group) {
    if (hardBlocked.isEmpty()) {
      return false;
    }
    for (Site s : reachAvoidingHard(group)) {
      if (ValidationContext.isTerminus(s)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sites reached physiologically from a site without passing a removed or irradiated group.
   */
  Set<Site> reachAvoidingHard(Site from) {
    Set<Site> known = reachAvoiding.get(from);
    if (known != null) {
      return known;
    }
    Set<Site> seen =
        reach(
            from,
            p -> p.kind().isPhysiological(),
            n -> n.isNodeGroup() && !isHardBlocked((NodeGroup) n));
    Set<Site> result = ImmutableSet.copyOf(seen);
    reachAvoiding.put(from, result);
    return result;
  }
}
