package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.graph.Graph;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.MutableGraph;
import com.google.common.graph.MutableNetwork;
import com.google.common.graph.Network;
import com.google.common.graph.NetworkBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A drainage map: node groups, regions, territories, watersheds and anastomoses, joined by {@link
 * Pathway}s in a Guava {@link Network}, with the queries protocols and rules need.
 *
 * <p>Physiological pathways (region → regional node group → next station → … → venous angle) form a
 * directed acyclic graph; collateral pathways (skin plexus, anastomoses) are used only to reroute
 * around compromised node groups. Instances are immutable and thread-safe. {@link #standard()} is
 * the default map of the Lympha domain reference; {@link #toBuilder()} lets an app override it for
 * a patient or add to it.
 */
public final class Anatomy {
  private static final int PHYSIOLOGICAL_COST = 1;
  private static final int COLLATERAL_COST = 3;

  /** How many route searches around compromised groups an anatomy remembers. */
  static final int MAX_REMEMBERED_ROUTES = 4096;

  private final ImmutableMap<String, Site> sites;
  private final ImmutableMap<String, Territory> territories;
  private final ImmutableMap<String, Watershed> watersheds;
  private final ImmutableMap<String, Anastomosis> anastomoses;
  private final ImmutableMap<String, Station> stations;
  private final ImmutableMap<String, Station> stationByMember;

  /** The node groups of each station, by station id, in its order. */
  private final ImmutableMap<String, ImmutableList<NodeGroup>> stationGroups;

  /** For each node group of a station, the groups worked with it: the whole station. */
  private final ImmutableMap<String, ImmutableList<NodeGroup>> workedWith;

  private final ImmutableList<Pathway> pathways;
  private final ImmutableListMultimap<String, Pathway> outgoing;
  private final ImmutableNetwork<Site, Pathway> graph;
  private final ImmutableMap<Site, ImmutableSet<Site>> physiologicalDownstream;
  private final ImmutableMap<Site, ImmutableSet<Site>> anyDownstream;
  private final ImmutableMap<String, ImmutableSet<String>> homeTerritories;
  private final ImmutableMap<Site, Route> routes;
  // Derived once: the accessors below are called per step by the builder and the validator.
  private final ImmutableList<NodeGroup> nodeGroups;
  private final ImmutableList<Region> regions;
  private final ImmutableList<NodeGroup> termini;
  private final ImmutableMap<String, ImmutableList<NodeGroup>> regionalNodeGroups;
  private final ImmutableMap<String, ImmutableList<NodeGroup>> nextStations;
  // Derived on first use (most anatomies never need it): for each site, the sites proximal of it.
  // Immutable once computed; a race only computes the same table twice.
  private volatile @Nullable ImmutableMap<Site, ImmutableSet<Site>> proximal;
  // Route searches around compromised groups made so far, keyed by the site's id followed by the
  // compromised ids in the caller's order (the explanation names them in that order). Results are
  // immutable; the map stops growing at MAX_REMEMBERED_ROUTES entries.
  private final ConcurrentHashMap<ImmutableList<String>, RouteResult> reroutes =
      new ConcurrentHashMap<>();

  private Anatomy(Builder builder) {
    this.sites = ImmutableMap.copyOf(builder.sites);
    this.nodeGroups =
        sites.values().stream()
            .filter(Site::isNodeGroup)
            .map(NodeGroup.class::cast)
            .collect(ImmutableList.toImmutableList());
    this.regions =
        sites.values().stream()
            .filter(s -> !s.isNodeGroup())
            .map(Region.class::cast)
            .collect(ImmutableList.toImmutableList());
    this.termini =
        nodeGroups.stream().filter(NodeGroup::isTerminus).collect(ImmutableList.toImmutableList());
    this.territories = ImmutableMap.copyOf(builder.territories);
    this.watersheds = ImmutableMap.copyOf(builder.watersheds);
    this.anastomoses = ImmutableMap.copyOf(builder.anastomoses);
    this.stations = ImmutableMap.copyOf(builder.stations);
    this.pathways = ImmutableList.copyOf(builder.pathways);
    checkConsistency();
    this.stationByMember = checkStations();
    ImmutableMap.Builder<String, ImmutableList<NodeGroup>> groups = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableList<NodeGroup>> with = ImmutableMap.builder();
    for (Station st : stations.values()) {
      ImmutableList<NodeGroup> members =
          st.members().stream()
              .map(id -> (NodeGroup) site(id))
              .collect(ImmutableList.toImmutableList());
      groups.put(st.id(), members);
      for (String member : st.members()) {
        with.put(member, members);
      }
    }
    this.stationGroups = groups.buildOrThrow();
    this.workedWith = with.buildOrThrow();
    this.outgoing =
        pathways.stream()
            .collect(ImmutableListMultimap.toImmutableListMultimap(Pathway::from, p -> p));
    this.regionalNodeGroups = targetsOfEverySite(PathwayKind.TERRITORIAL);
    this.nextStations = targetsOfEverySite(PathwayKind.EFFERENT);
    MutableNetwork<Site, Pathway> network =
        NetworkBuilder.directed().allowsParallelEdges(true).allowsSelfLoops(false).build();
    sites.values().forEach(network::addNode);
    for (Pathway p : pathways) {
      network.addEdge(site(p.from()), site(p.to()), p);
    }
    this.graph = ImmutableNetwork.copyOf(network);
    checkAcyclic();
    this.physiologicalDownstream = closure(p -> p.kind().isPhysiological());
    this.anyDownstream = closure(p -> true);
    checkEverySiteDrains();
    this.homeTerritories = computeHomeTerritories();
    ImmutableMap.Builder<Site, Route> routeMap = ImmutableMap.builder();
    for (Site s : sites.values()) {
      routeMap.put(s, primaryRoute(s));
    }
    this.routes = routeMap.buildOrThrow();
  }

  /** The default drainage map, built from the Lympha domain reference (sections 1 and 2). */
  public static Anatomy standard() {
    return StandardAnatomy.instance();
  }

  /** A builder for an anatomy of your own, starting empty. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything in this anatomy, to extend or override it. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.sites.putAll(sites);
    b.territories.putAll(territories);
    b.watersheds.putAll(watersheds);
    b.anastomoses.putAll(anastomoses);
    b.stations.putAll(stations);
    b.pathways.addAll(pathways);
    return b;
  }

  // ---------------------------------------------------------------- catalogue

  /** All sites (node groups and regions), in catalogue order. */
  public ImmutableList<Site> sites() {
    return sites.values().asList();
  }

  /** All node groups, in catalogue order. */
  public ImmutableList<NodeGroup> nodeGroups() {
    return nodeGroups;
  }

  /** All regions, in catalogue order. */
  public ImmutableList<Region> regions() {
    return regions;
  }

  /** The venous angles, where lymph returns to the blood. */
  public ImmutableList<NodeGroup> termini() {
    return termini;
  }

  /** All territories, in catalogue order. */
  public ImmutableList<Territory> territories() {
    return territories.values().asList();
  }

  /** All watersheds, in catalogue order. */
  public ImmutableList<Watershed> watersheds() {
    return watersheds.values().asList();
  }

  /** All anastomoses, in catalogue order. */
  public ImmutableList<Anastomosis> anastomoses() {
    return anastomoses.values().asList();
  }

  /** All pathways, in catalogue order. */
  public ImmutableList<Pathway> pathways() {
    return pathways;
  }

  /** The drainage graph: sites as nodes, pathways as (possibly parallel) directed edges. */
  public Network<Site, Pathway> drainageGraph() {
    return graph;
  }

  /** The site with this id, if there is one. */
  public Optional<Site> findSite(String id) {
    return Optional.ofNullable(sites.get(checkNotNull(id)));
  }

  /** The site with this id; fails naming the id if there is none. */
  public Site site(String id) {
    Site s = sites.get(checkNotNull(id));
    checkArgument(s != null, "Unknown site id: \"%s\"", id);
    return s;
  }

  /** The node group with this id, if there is one. */
  public Optional<NodeGroup> findNodeGroup(String id) {
    return findSite(id).filter(Site::isNodeGroup).map(NodeGroup.class::cast);
  }

  /** The node group with this id; fails naming the id if there is none. */
  public NodeGroup nodeGroup(String id) {
    return findNodeGroup(id)
        .orElseThrow(() -> new IllegalArgumentException("Unknown node group id: \"" + id + "\""));
  }

  /** The region with this id, if there is one. */
  public Optional<Region> findRegion(String id) {
    return findSite(id).filter(s -> !s.isNodeGroup()).map(Region.class::cast);
  }

  /** The region with this id; fails naming the id if there is none. */
  public Region region(String id) {
    return findRegion(id)
        .orElseThrow(() -> new IllegalArgumentException("Unknown region id: \"" + id + "\""));
  }

  /** The territory with this id; fails naming the id if there is none. */
  public Territory territory(String id) {
    Territory t = territories.get(checkNotNull(id));
    checkArgument(t != null, "Unknown territory id: \"%s\"", id);
    return t;
  }

  /** The anastomosis with this id, if there is one. */
  public Optional<Anastomosis> findAnastomosis(String id) {
    return Optional.ofNullable(anastomoses.get(checkNotNull(id)));
  }

  /** The anastomosis with this id; fails naming the id if there is none. */
  public Anastomosis anastomosis(String id) {
    return findAnastomosis(id)
        .orElseThrow(() -> new IllegalArgumentException("Unknown anastomosis id: \"" + id + "\""));
  }

  /** The stations: node groups that protocols work as one place, e.g. the groin. */
  public ImmutableList<Station> stations() {
    return stations.values().asList();
  }

  /** The station with this id, if any. */
  public Optional<Station> findStation(String id) {
    return Optional.ofNullable(stations.get(checkNotNull(id)));
  }

  /** The station a node group belongs to, if any. */
  public Optional<Station> stationOf(NodeGroup group) {
    return Optional.ofNullable(stationByMember.get(checkKnown(group).id()));
  }

  /**
   * The node groups worked as one place with this one: the members of its station, or the group
   * alone.
   */
  public ImmutableList<NodeGroup> stationMembers(NodeGroup group) {
    ImmutableList<NodeGroup> with = workedWith.get(checkKnown(group).id());
    return with == null ? ImmutableList.of(group) : with;
  }

  /**
   * The sites a step on {@code site} works, for the rules that ask what was worked before what: a
   * region or a node group outside any station is itself; a node group of a station is the whole
   * station (protocols name the groin as one place).
   */
  public ImmutableList<? extends Site> sitesWorkedBy(Site site) {
    return site.isNodeGroup()
        ? stationMembers((NodeGroup) site)
        : ImmutableList.of(checkKnown(site));
  }

  /** The node groups of a station, in its order. */
  public ImmutableList<NodeGroup> members(Station station) {
    ImmutableList<NodeGroup> groups = stationGroups.get(station.id());
    checkArgument(
        groups != null && station.equals(stations.get(station.id())),
        "Station %s is not part of this anatomy",
        station.id());
    return groups;
  }

  /**
   * The site with this id, or for a station id the station's first group, where the skin's lymph
   * arrives (the superficial inguinal nodes for the groin): how files and the builder read a site.
   */
  public Optional<Site> findSiteOrStation(String id) {
    Optional<Site> site = findSite(id);
    return site.isPresent() ? site : findStation(id).map(st -> members(st).get(0));
  }

  /**
   * The node group with this id, or for a station id the station's first group: how files and the
   * builder read a node group when no site says which member is meant.
   */
  public Optional<NodeGroup> findNodeGroupOrStation(String id) {
    Optional<NodeGroup> group = findNodeGroup(id);
    return group.isPresent() ? group : findStation(id).map(st -> members(st).get(0));
  }

  /**
   * The target of a step on {@code from}: the node group with this id, or for a station id the
   * member that receives the site's lymph ({@link #resolveStation}): how files and the builder read
   * {@code toward}.
   */
  public Optional<NodeGroup> findTarget(String id, Site from) {
    checkKnown(from);
    Optional<NodeGroup> group = findNodeGroup(id);
    return group.isPresent() ? group : findStation(id).map(st -> resolveStation(st, from));
  }

  /**
   * The member of a station that a step on {@code from} stretches toward when a protocol names the
   * station as the target: the site itself when it is a member, else the first member that receives
   * its lymph directly (a regional group of a region, a next station of a node group), else the
   * first it drains to, else the station's first member. The groin for the thigh is the superficial
   * inguinal group; for the popliteal nodes, the deep one [S24][S25][S26].
   */
  public NodeGroup resolveStation(Station station, Site from) {
    checkKnown(from);
    ImmutableList<NodeGroup> members = members(station);
    List<NodeGroup> direct =
        from.isNodeGroup() ? nextStations((NodeGroup) from) : regionalNodeGroups((Region) from);
    if (from.isNodeGroup() && members.contains(from)) {
      return (NodeGroup) from;
    }
    for (NodeGroup d : direct) {
      if (members.contains(d)) {
        return d;
      }
    }
    for (NodeGroup m : members) {
      if (drainsTo(from, m)) {
        return m;
      }
    }
    return members.get(0);
  }

  /** The watershed with this id; fails naming the id if there is none. */
  public Watershed watershed(String id) {
    Watershed w = watersheds.get(checkNotNull(id));
    checkArgument(w != null, "Unknown watershed id: \"%s\"", id);
    return w;
  }

  /** The regions of a territory, in catalogue order. */
  public ImmutableList<Region> regionsOf(Territory territory) {
    return regions().stream()
        .filter(r -> r.territory().equals(territory.id()))
        .collect(ImmutableList.toImmutableList());
  }

  // ---------------------------------------------------------------- drainage queries

  /** The pathways leaving a site, in catalogue order (physiological first choices first). */
  public ImmutableList<Pathway> pathwaysFrom(Site site) {
    return outgoing.get(site.id());
  }

  /**
   * The node groups that drain a region physiologically (its regional node groups), the usual one
   * first.
   */
  public ImmutableList<NodeGroup> regionalNodeGroups(Region region) {
    return targets(regionalNodeGroups, region);
  }

  /** The usual next station of a node group toward the venous angle; empty for a terminus. */
  public Optional<NodeGroup> nextStation(NodeGroup group) {
    return nextStations(group).stream().findFirst();
  }

  /** Every next station of a node group, the usual one first. */
  public ImmutableList<NodeGroup> nextStations(NodeGroup group) {
    return targets(nextStations, group);
  }

  private static ImmutableList<NodeGroup> targets(
      ImmutableMap<String, ImmutableList<NodeGroup>> bySite, Site site) {
    ImmutableList<NodeGroup> found = bySite.get(site.id());
    return found == null ? ImmutableList.of() : found;
  }

  private ImmutableMap<String, ImmutableList<NodeGroup>> targetsOfEverySite(PathwayKind kind) {
    ImmutableMap.Builder<String, ImmutableList<NodeGroup>> b = ImmutableMap.builder();
    for (String id : sites.keySet()) {
      b.put(
          id,
          outgoing.get(id).stream()
              .filter(p -> p.kind() == kind)
              .map(p -> (NodeGroup) site(p.to()))
              .collect(ImmutableList.toImmutableList()));
    }
    return b.buildOrThrow();
  }

  /**
   * The usual physiological route from a site to its venous angle, following the first regional
   * node group and the first next station at each step.
   */
  public Route route(Site from) {
    Route r = routes.get(checkKnown(from));
    return Objects.requireNonNull(r);
  }

  /**
   * Whether lymph from {@code from} reaches {@code to} physiologically (along any physiological
   * route, not only the usual one).
   */
  public boolean drainsTo(Site from, Site to) {
    return downstream(physiologicalDownstream, from).contains(checkNotNull(to));
  }

  /**
   * Whether {@code to} can be reached from {@code from} by any pathway, collateral ones included.
   */
  public boolean isReachable(Site from, Site to) {
    return downstream(anyDownstream, from).contains(checkNotNull(to));
  }

  /** Every site reached physiologically from {@code from}, excluding itself. */
  public ImmutableSet<Site> physiologicalDownstream(Site from) {
    return downstream(physiologicalDownstream, from);
  }

  private ImmutableSet<Site> downstream(Map<Site, ImmutableSet<Site>> closure, Site from) {
    ImmutableSet<Site> set = closure.get(checkKnown(from));
    return Objects.requireNonNull(set);
  }

  /**
   * Whether {@code a} lies proximal of {@code b}: nearer the venous angle on a route of {@code b}.
   * True when lymph from {@code b} reaches {@code a} physiologically, or when both are regions of
   * the same limb or of the head and neck on the same side and {@code a} is fewer segments from the
   * trunk (thigh before knee before calf; neck before face).
   */
  public boolean isProximalOf(Site a, Site b) {
    if (a.equals(b)) {
      return false;
    }
    if (drainsTo(b, a)) {
      return true;
    }
    return !a.isNodeGroup()
        && !b.isNodeGroup()
        && a.side() == b.side()
        && a.part().area() == b.part().area()
        && a.part().area() != BodyArea.TRUNK
        && a.part().distance() < b.part().distance();
  }

  /**
   * Every site of this anatomy that lies proximal of {@code b} in the sense of {@link
   * #isProximalOf(Site, Site)}, in catalogue order. Computed once per anatomy, so asking for every
   * site proximal of an area costs one look-up instead of a walk over all sites.
   */
  public ImmutableSet<Site> proximalSites(Site b) {
    ImmutableMap<Site, ImmutableSet<Site>> table = proximal;
    if (table == null) {
      table = proximalTable();
      proximal = table;
    }
    return Objects.requireNonNull(table.get(checkKnown(b)));
  }

  private ImmutableMap<Site, ImmutableSet<Site>> proximalTable() {
    ImmutableMap.Builder<Site, ImmutableSet<Site>> table = ImmutableMap.builder();
    for (Site b : sites.values()) {
      ImmutableSet.Builder<Site> of = ImmutableSet.builder();
      for (Site a : sites.values()) {
        if (isProximalOf(a, b)) {
          of.add(a);
        }
      }
      table.put(b, of.build());
    }
    return table.buildOrThrow();
  }

  /**
   * The best route from a site to a venous angle that avoids the compromised node groups: the usual
   * physiological route when it is intact, otherwise the cheapest route that may pass through the
   * skin plexus and the anastomoses across watersheds. When none exists the result explains why.
   * The anatomy remembers the searches it has made (up to 4,096), so asking again costs a look-up;
   * this is safe from any thread.
   */
  public RouteResult route(Site from, Set<? extends NodeGroup> compromised) {
    checkKnown(from);
    Set<String> blocked =
        compromised.stream()
            .map(NodeGroup::id)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    for (String id : blocked) {
      checkArgument(sites.containsKey(id), "Unknown compromised node group: \"%s\"", id);
    }
    ImmutableList<String> key =
        ImmutableList.<String>builderWithExpectedSize(blocked.size() + 1)
            .add(from.id())
            .addAll(blocked)
            .build();
    RouteResult known = reroutes.get(key);
    if (known != null) {
      return known;
    }
    RouteResult result = searchRoute(from, blocked);
    if (reroutes.size() < MAX_REMEMBERED_ROUTES) {
      reroutes.putIfAbsent(key, result);
    }
    return result;
  }

  /** How many route searches it remembers; for tests. */
  int rememberedRoutes() {
    return reroutes.size();
  }

  private RouteResult searchRoute(Site from, Set<String> blocked) {
    if (blocked.contains(from.id())) {
      return RouteResult.none(from.id() + " is itself compromised: no lymph can be routed from it");
    }
    Route usual = route(from);
    if (usual.sites().stream().noneMatch(s -> blocked.contains(s.id()))) {
      return RouteResult.found(usual, "The usual route is intact: " + usual.describe());
    }
    Optional<Route> best = cheapestRoute(from, blocked);
    String names = String.join(", ", blocked);
    if (best.isEmpty()) {
      return RouteResult.none(
          "No route from "
              + from.id()
              + " to a venous angle avoids the compromised node groups "
              + names
              + ": every pathway out of it, physiological or through the skin plexus and the"
              + " anastomoses, leads into them");
    }
    Route r = best.get();
    String via =
        r.isPhysiological()
            ? "by another physiological pathway"
            : r.anastomoses().isEmpty()
                ? "through the skin plexus into another physiological pathway"
                : "through the anastomos"
                    + (r.anastomoses().size() > 1 ? "es " : "is ")
                    + String.join(", ", r.anastomoses());
    return RouteResult.found(r, "Rerouted around " + names + " " + via + ": " + r.describe());
  }

  private Optional<Route> cheapestRoute(Site from, Set<String> blocked) {
    // Dijkstra with immutable queue entries (cost, catalogue order, id): a cheaper path adds a new
    // entry and stale ones are skipped when polled, so the heap never sees a changed priority.
    Map<String, Integer> cost = new HashMap<>();
    Map<String, Pathway> reachedBy = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    List<String> ids = sites.keySet().asList();
    for (int i = 0; i < ids.size(); i++) {
      order.put(ids.get(i), i);
    }
    PriorityQueue<QueueEntry> queue =
        new PriorityQueue<>(
            Comparator.comparingInt(QueueEntry::cost).thenComparingInt(QueueEntry::order));
    cost.put(from.id(), 0);
    queue.add(new QueueEntry(0, Objects.requireNonNull(order.get(from.id())), from.id()));
    Set<String> done = new HashSet<>();
    while (!queue.isEmpty()) {
      QueueEntry entry = queue.poll();
      String id = entry.id();
      if (!done.add(id)) {
        continue;
      }
      Site site = site(id);
      if (site.isNodeGroup() && ((NodeGroup) site).isTerminus()) {
        return Optional.of(toRoute(from, id, reachedBy));
      }
      for (Pathway p : outgoing.get(id)) {
        if (blocked.contains(p.to()) || done.contains(p.to())) {
          continue;
        }
        int next =
            entry.cost() + (p.kind().isPhysiological() ? PHYSIOLOGICAL_COST : COLLATERAL_COST);
        Integer known = cost.get(p.to());
        if (known == null || next < known) {
          cost.put(p.to(), next);
          reachedBy.put(p.to(), p);
          queue.add(new QueueEntry(next, Objects.requireNonNull(order.get(p.to())), p.to()));
        }
      }
    }
    return Optional.empty();
  }

  /** An entry of the route search's queue; never changed once queued. */
  private static final class QueueEntry {
    private final int cost;
    private final int order;
    private final String id;

    QueueEntry(int cost, int order, String id) {
      this.cost = cost;
      this.order = order;
      this.id = id;
    }

    int cost() {
      return cost;
    }

    int order() {
      return order;
    }

    String id() {
      return id;
    }
  }

  private Route toRoute(Site from, String end, Map<String, Pathway> reachedBy) {
    Deque<Pathway> path = new ArrayDeque<>();
    String at = end;
    while (!at.equals(from.id())) {
      Pathway p = Objects.requireNonNull(reachedBy.get(at));
      path.addFirst(p);
      at = p.from();
    }
    List<Site> route = new ArrayList<>();
    route.add(from);
    for (Pathway p : path) {
      route.add(site(p.to()));
    }
    return Route.of(route, path);
  }

  private Route primaryRoute(Site from) {
    List<Site> route = new ArrayList<>();
    List<Pathway> used = new ArrayList<>();
    Site at = from;
    route.add(at);
    while (!(at.isNodeGroup() && ((NodeGroup) at).isTerminus())) {
      Pathway next =
          outgoing.get(at.id()).stream()
              .filter(p -> p.kind().isPhysiological())
              .findFirst()
              .orElseThrow(IllegalStateException::new);
      used.add(next);
      at = site(next.to());
      route.add(at);
    }
    return Route.of(route, used);
  }

  /**
   * The ids of the territories whose lymph a node group receives physiologically, directly or from
   * upstream node groups.
   */
  public ImmutableSet<String> territoriesDrainedBy(NodeGroup group) {
    ImmutableSet<String> set = homeTerritories.get(checkKnown(group).id());
    return Objects.requireNonNull(set);
  }

  /**
   * The watersheds a stroke crosses when it drains a region toward a node group: those with the
   * region's territory on one side and the group's territories only on the other.
   */
  public ImmutableSet<Watershed> watershedsCrossed(Region from, NodeGroup toward) {
    checkKnown(from);
    ImmutableSet<String> home = territoriesDrainedBy(toward);
    String t = from.territory();
    return watersheds.values().stream()
        .filter(
            w ->
                (w.sideA().contains(t) && crossesTo(home, w.sideA(), w.sideB()))
                    || (w.sideB().contains(t) && crossesTo(home, w.sideB(), w.sideA())))
        .collect(ImmutableSet.toImmutableSet());
  }

  private static boolean crossesTo(Set<String> home, Set<String> mySide, Set<String> otherSide) {
    return home.stream().noneMatch(mySide::contains) && home.stream().anyMatch(otherSide::contains);
  }

  /** The anastomoses whose pathways start at a region. */
  public ImmutableSet<Anastomosis> anastomosesFrom(Region region) {
    return pathwaysFrom(region).stream()
        .flatMap(p -> p.via().stream())
        .map(this::anastomosis)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** The anastomotic pathway that drains a region toward a node group, if the anatomy has one. */
  public Optional<Pathway> anastomoticPathway(Region from, NodeGroup toward) {
    checkNotNull(toward);
    return pathwaysFrom(from).stream()
        .filter(p -> p.kind() == PathwayKind.ANASTOMOTIC && p.to().equals(toward.id()))
        .findFirst();
  }

  // ---------------------------------------------------------------- mirroring

  /**
   * The same site on the other side of the body ({@code AXILLARY_L} ↔ {@code AXILLARY_R}); a
   * midline site is its own mirror.
   */
  public Site mirror(Site site) {
    checkKnown(site);
    if (site.side() == Side.MIDLINE) {
      return site;
    }
    String id = mirrorId(site.id(), site.side());
    Site other = sites.get(id);
    checkArgument(other != null, "No mirror of %s in this anatomy (expected %s)", site.id(), id);
    return other;
  }

  /** The mirror of a node group. */
  public NodeGroup mirror(NodeGroup group) {
    return (NodeGroup) mirror((Site) group);
  }

  /** The mirror of a region. */
  public Region mirror(Region region) {
    return (Region) mirror((Site) region);
  }

  /** The mirror of an anastomosis ({@code AIA_L} ↔ {@code AIA_R}; {@code AAA} is its own). */
  public Anastomosis mirror(Anastomosis anastomosis) {
    for (Side side : List.of(Side.LEFT, Side.RIGHT)) {
      if (anastomosis.id().endsWith(side.idSuffix())) {
        return anastomosis(mirrorId(anastomosis.id(), side));
      }
    }
    return anastomosis(anastomosis.id());
  }

  private static String mirrorId(String id, Side side) {
    return id.substring(0, id.length() - side.idSuffix().length()) + side.mirror().idSuffix();
  }

  private <T extends Site> T checkKnown(T site) {
    checkArgument(
        site.equals(sites.get(site.id())), "Site %s is not part of this anatomy", site.id());
    return site;
  }

  // ---------------------------------------------------------------- construction checks

  private void checkConsistency() {
    for (Site s : sites.values()) {
      if (s instanceof Region) {
        Region r = (Region) s;
        checkArgument(
            territories.containsKey(r.territory()),
            "Region %s lies in unknown territory %s",
            r.id(),
            r.territory());
      }
    }
    for (Watershed w : watersheds.values()) {
      for (String t : concat(w.sideA(), w.sideB())) {
        checkArgument(
            territories.containsKey(t), "Watershed %s names unknown territory %s", w.id(), t);
      }
    }
    for (Anastomosis a : anastomoses.values()) {
      checkArgument(
          watersheds.containsKey(a.crosses()),
          "Anastomosis %s crosses unknown watershed %s",
          a.id(),
          a.crosses());
      for (String g : a.connects()) {
        Site s = sites.get(g);
        checkArgument(
            s != null && s.isNodeGroup(),
            "Anastomosis %s connects unknown node group %s",
            a.id(),
            g);
      }
    }
    Set<Pathway> seen = new LinkedHashSet<>();
    for (Pathway p : pathways) {
      checkArgument(seen.add(p), "Duplicate pathway %s -> %s (%s)", p.from(), p.to(), p.kind());
      Site from = sites.get(p.from());
      Site to = sites.get(p.to());
      checkArgument(
          from != null, "Dangling pathway %s -> %s: unknown site %s", p.from(), p.to(), p.from());
      checkArgument(
          to != null, "Dangling pathway %s -> %s: unknown site %s", p.from(), p.to(), p.to());
      checkKind(p, from, to);
    }
  }

  /** Checks the stations and indexes them by member. */
  private ImmutableMap<String, Station> checkStations() {
    Map<String, Station> byMember = new LinkedHashMap<>();
    for (Station st : stations.values()) {
      checkArgument(
          !sites.containsKey(st.id()),
          "Station %s has the id of a site; give it an id of its own",
          st.id());
      for (String g : st.members()) {
        Site s = sites.get(g);
        checkArgument(
            s != null && s.isNodeGroup(), "Station %s groups unknown node group %s", st.id(), g);
        checkArgument(
            s.side() == st.side(),
            "Station %s is on the %s side, but its node group %s is not",
            st.id(),
            st.side(),
            g);
        Station other = byMember.put(g, st);
        checkArgument(
            other == null,
            "Node group %s is in two stations, %s and %s",
            g,
            other == null ? "" : other.id(),
            st.id());
      }
    }
    return ImmutableMap.copyOf(byMember);
  }

  private void checkKind(Pathway p, Site from, Site to) {
    String where = p.from() + " -> " + p.to();
    switch (p.kind()) {
      case TERRITORIAL:
        checkArgument(
            !from.isNodeGroup() && to.isNodeGroup(),
            "Contradictory pathway %s: TERRITORIAL pathways lead from a region to a node group",
            where);
        break;
      case EFFERENT:
        checkArgument(
            from.isNodeGroup() && to.isNodeGroup(),
            "Contradictory pathway %s: EFFERENT pathways lead from a node group to a node group",
            where);
        checkArgument(
            !((NodeGroup) from).isTerminus(),
            "Contradictory pathway %s: %s is a terminus and has no next station",
            where,
            from.id());
        break;
      case PLEXUS:
        checkArgument(
            !from.isNodeGroup() && !to.isNodeGroup(),
            "Contradictory pathway %s: PLEXUS pathways lead from a region to a region",
            where);
        break;
      case ANASTOMOTIC:
        checkArgument(
            !from.isNodeGroup() && to.isNodeGroup(),
            "Contradictory pathway %s: ANASTOMOTIC pathways lead from a region to a node group",
            where);
        String via = p.via().orElse("");
        Anastomosis a = anastomoses.get(via);
        checkArgument(a != null, "Pathway %s runs through unknown anastomosis %s", where, via);
        checkArgument(
            a.connects().contains(to.id()),
            "Contradictory pathway %s: anastomosis %s connects %s, not %s",
            where,
            via,
            a.connects(),
            to.id());
        break;
    }
  }

  private void checkAcyclic() {
    MutableGraph<Site> physiological = GraphBuilder.directed().allowsSelfLoops(false).build();
    sites.values().forEach(physiological::addNode);
    for (Pathway p : pathways) {
      if (p.kind().isPhysiological()) {
        physiological.putEdge(site(p.from()), site(p.to()));
      }
    }
    if (Graphs.hasCycle(physiological)) {
      List<Site> cycle = new ArrayList<>();
      Map<Site, Boolean> onPath = new HashMap<>();
      for (Site s : physiological.nodes()) {
        cycle = cycleFrom(physiological, s, onPath, new ArrayList<>());
        if (!cycle.isEmpty()) {
          break;
        }
      }
      throw new IllegalArgumentException(
          "Contradictory anatomy: physiological pathways form a cycle "
              + cycle.stream().map(Site::id).collect(Collectors.joining(" -> "))
              + "; lymph must flow toward a venous angle");
    }
  }

  /**
   * A cycle reachable from {@code at}, as the sites along it with the first repeated at the end;
   * empty if there is none. {@code onPath} maps sites on the current path to true and finished
   * sites to false.
   */
  private static List<Site> cycleFrom(
      Graph<Site> graph, Site at, Map<Site, Boolean> onPath, List<Site> path) {
    Boolean state = onPath.get(at);
    if (Boolean.TRUE.equals(state)) {
      List<Site> cycle = new ArrayList<>(path.subList(path.indexOf(at), path.size()));
      cycle.add(at);
      return cycle;
    }
    if (Boolean.FALSE.equals(state)) {
      return List.of();
    }
    onPath.put(at, true);
    path.add(at);
    for (Site next : graph.successors(at)) {
      List<Site> cycle = cycleFrom(graph, next, onPath, path);
      if (!cycle.isEmpty()) {
        return cycle;
      }
    }
    path.remove(path.size() - 1);
    onPath.put(at, false);
    return List.of();
  }

  private void checkEverySiteDrains() {
    for (Site s : sites.values()) {
      if (s.isNodeGroup() && ((NodeGroup) s).isTerminus()) {
        continue;
      }
      boolean hasOut = outgoing.get(s.id()).stream().anyMatch(p -> p.kind().isPhysiological());
      checkArgument(
          hasOut,
          s.isNodeGroup()
              ? "Node group %s has no next station and is not a terminus"
              : "Region %s has no territorial pathway: no node group drains it",
          s.id());
      boolean reachesTerminus =
          Objects.requireNonNull(physiologicalDownstream.get(s)).stream()
              .anyMatch(d -> d.isNodeGroup() && ((NodeGroup) d).isTerminus());
      checkArgument(reachesTerminus, "Site %s does not drain to a venous angle", s.id());
    }
  }

  private ImmutableMap<Site, ImmutableSet<Site>> closure(Predicate<Pathway> follow) {
    Map<Site, ImmutableSet<Site>> memo = new HashMap<>();
    for (Site s : sites.values()) {
      Set<Site> reached = new LinkedHashSet<>();
      Deque<Site> todo = new ArrayDeque<>();
      todo.add(s);
      while (!todo.isEmpty()) {
        Site at = todo.poll();
        for (Pathway p : outgoing.get(at.id())) {
          Site to = site(p.to());
          if (follow.test(p) && !to.equals(s) && reached.add(to)) {
            todo.add(to);
          }
        }
      }
      memo.put(s, ImmutableSet.copyOf(reached));
    }
    return ImmutableMap.copyOf(memo);
  }

  private ImmutableMap<String, ImmutableSet<String>> computeHomeTerritories() {
    Map<String, Set<String>> home = new LinkedHashMap<>();
    for (Site s : sites.values()) {
      if (s.isNodeGroup()) {
        home.put(s.id(), new LinkedHashSet<>());
      }
    }
    for (Site s : sites.values()) {
      if (s instanceof Region) {
        Region r = (Region) s;
        for (Site d : Objects.requireNonNull(physiologicalDownstream.get(r))) {
          Objects.requireNonNull(home.get(d.id())).add(r.territory());
        }
      }
    }
    return home.entrySet().stream()
        .collect(
            ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> ImmutableSet.copyOf(e.getValue())));
  }

  private static <T> Collection<T> concat(Collection<T> a, Collection<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  // ---------------------------------------------------------------- identity

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Anatomy)) {
      return false;
    }
    Anatomy other = (Anatomy) o;
    return sites.equals(other.sites)
        && territories.equals(other.territories)
        && watersheds.equals(other.watersheds)
        && anastomoses.equals(other.anastomoses)
        && stations.equals(other.stations)
        && ImmutableSet.copyOf(pathways).equals(ImmutableSet.copyOf(other.pathways));
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sites, territories, watersheds, anastomoses, stations, ImmutableSet.copyOf(pathways));
  }

  @Override
  public String toString() {
    return "Anatomy{"
        + nodeGroups().size()
        + " node groups, "
        + regions().size()
        + " regions, "
        + pathways.size()
        + " pathways}";
  }

  /**
   * Builds an {@link Anatomy}. Entries are keyed by id: putting an entry whose id is already
   * present replaces it. {@link #build()} checks the whole map and fails with a message naming the
   * first dangling or contradictory entry.
   */
  public static final class Builder {
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, Territory> territories = new LinkedHashMap<>();
    private final Map<String, Watershed> watersheds = new LinkedHashMap<>();
    private final Map<String, Anastomosis> anastomoses = new LinkedHashMap<>();
    private final Map<String, Station> stations = new LinkedHashMap<>();
    private final List<Pathway> pathways = new ArrayList<>();

    private Builder() {}

    /** Adds or replaces a node group. */
    public Builder putNodeGroup(NodeGroup group) {
      sites.put(group.id(), group);
      return this;
    }

    /** Adds or replaces a region. */
    public Builder putRegion(Region region) {
      sites.put(region.id(), region);
      return this;
    }

    /** Adds or replaces a territory. */
    public Builder putTerritory(Territory territory) {
      territories.put(territory.id(), territory);
      return this;
    }

    /** Adds or replaces a watershed. */
    public Builder putWatershed(Watershed watershed) {
      watersheds.put(watershed.id(), watershed);
      return this;
    }

    /** Adds or replaces an anastomosis. */
    public Builder putAnastomosis(Anastomosis anastomosis) {
      anastomoses.put(anastomosis.id(), anastomosis);
      return this;
    }

    /** Adds or replaces a station. */
    public Builder putStation(Station station) {
      stations.put(station.id(), station);
      return this;
    }

    /** Adds a pathway after those already present. */
    public Builder addPathway(Pathway pathway) {
      pathways.add(checkNotNull(pathway));
      return this;
    }

    /** Removes every pathway that matches. */
    public Builder removePathways(Predicate<? super Pathway> which) {
      pathways.removeIf(which);
      return this;
    }

    /**
     * Overrides which node groups drain a region (its territory), e.g. for a patient whose anatomy
     * is known to differ; the first is the usual one.
     */
    public Builder overrideRegionalNodeGroups(
        String regionId, List<String> nodeGroupIds, String source) {
      // Reject nulls before anything changes.
      checkNotNull(regionId);
      checkNotNull(source);
      ImmutableList<String> groups = ImmutableList.copyOf(nodeGroupIds);
      checkArgument(!groups.isEmpty(), "Region %s needs at least one node group", regionId);
      int at = -1;
      for (int i = 0; i < pathways.size(); i++) {
        Pathway p = pathways.get(i);
        if (p.from().equals(regionId) && p.kind() == PathwayKind.TERRITORIAL) {
          at = at < 0 ? i : at;
        }
      }
      removePathways(p -> p.from().equals(regionId) && p.kind() == PathwayKind.TERRITORIAL);
      int insert = at < 0 ? pathways.size() : Math.min(at, pathways.size());
      for (String g : groups) {
        pathways.add(insert++, Pathway.of(regionId, g, PathwayKind.TERRITORIAL, source));
      }
      return this;
    }

    /** Builds and checks the anatomy. */
    public Anatomy build() {
      return new Anatomy(this);
    }
  }
}
