package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of the standard drainage map, over all of its sites. */
class AnatomyProperties {
  private static final int PHYSIOLOGICAL_COST = 1;
  private static final int COLLATERAL_COST = 3;

  private final Anatomy anatomy = Anatomy.standard();

  /** Every limb region with each non-terminus node group on its usual route. */
  private List<Map.Entry<Region, NodeGroup>> limbRegionsWithAGroupOnTheirRoute() {
    return Generators.limbRegionList().stream()
        .flatMap(
            r ->
                anatomy.route(r).nodeGroups().stream()
                    .filter(g -> !g.isTerminus())
                    .map(g -> Map.entry(r, g)))
        .collect(Collectors.toList());
  }

  /** Every limb region with each of its regional node groups. */
  private List<Map.Entry<Region, NodeGroup>> limbRegionsWithARegionalNodeGroup() {
    return Generators.limbRegionList().stream()
        .flatMap(r -> anatomy.regionalNodeGroups(r).stream().map(g -> Map.entry(r, g)))
        .collect(Collectors.toList());
  }

  private static boolean isTerminus(Site site) {
    return site.isNodeGroup() && ((NodeGroup) site).isTerminus();
  }

  // ---------------------------------------------------------------- usual routes

  @Test
  void everyRegionReachesAVenousAngle() {
    Laws.forEvery(
        anatomy.regions(),
        (Region region) -> {
          assertThat(anatomy.termini())
              .anySatisfy(t -> assertThat(anatomy.drainsTo(region, t)).isTrue());
          assertThat(isTerminus(anatomy.route(region).end()))
              .as(anatomy.route(region).describe())
              .isTrue();
        });
  }

  @Test
  void usualRouteIsPhysiologicalWithoutRepeatsAndEndsAtATerminus() {
    Laws.forEvery(
        anatomy.sites(),
        (Site site) -> {
          Route route = anatomy.route(site);

          assertThat(route.start()).isEqualTo(site);
          assertThat(route.sites()).doesNotHaveDuplicates();
          assertThat(route.isPhysiological()).isTrue();
          assertThat(isTerminus(route.end())).as(route.describe()).isTrue();
          assertThat(route.sites().subList(0, route.sites().size() - 1))
              .noneSatisfy(s -> assertThat(isTerminus(s)).isTrue());
        });
  }

  @Test
  void routeWithNothingCompromisedIsTheUsualRoute() {
    Laws.forEvery(
        anatomy.sites(),
        (Site site) -> {
          RouteResult result = anatomy.route(site, Set.of());

          assertThat(result.isFound()).isTrue();
          assertThat(result.route()).contains(anatomy.route(site));
        });
  }

  @Test
  void mirroredRegionsHaveMirroredRoutesUpToTheMidlineAndTheSameRouteBeyond() {
    Laws.forEvery(
        Generators.leftRegionList(),
        (Region left) -> {
          Region right = anatomy.mirror(left);
          List<Site> l = anatomy.route(left).sites();
          List<Site> r = anatomy.route(right).sites();

          assertThat(right.side()).isEqualTo(Side.RIGHT);
          assertThat(r).hasSameSizeAs(l);
          boolean pastMidline = false;
          for (int i = 0; i < l.size(); i++) {
            pastMidline |= l.get(i).side() == Side.MIDLINE;
            if (pastMidline) {
              assertThat(r.get(i)).as("position %s of %s", i, l).isEqualTo(l.get(i));
            } else {
              assertThat(r.get(i))
                  .as("position %s of %s", i, l)
                  .isEqualTo(anatomy.mirror(l.get(i)));
            }
          }
          if (left.part().area() == BodyArea.LEG) {
            assertThat(l.get(l.size() - 1).id()).isEqualTo("TERMINUS_L");
            assertThat(r.get(r.size() - 1).id()).isEqualTo("TERMINUS_L");
          }
        });
  }

  // ---------------------------------------------------------------- reroutes

  @Test
  void removingANodeGroupOnALimbRouteLeavesARouteAroundIt() {
    Laws.forEvery(
        limbRegionsWithAGroupOnTheirRoute(),
        (Map.Entry<Region, NodeGroup> pair) -> {
          Region region = pair.getKey();
          NodeGroup removed = pair.getValue();

          RouteResult result = anatomy.route(region, Set.of(removed));

          assertThat(result.isFound()).as(result.explanation()).isTrue();
          Route route = result.route().orElseThrow();
          assertThat(route.contains(removed)).as(route.describe()).isFalse();
          assertThat(route.start()).isEqualTo(region);
          assertThat(isTerminus(route.end())).isTrue();
          assertThat(route.sites()).doesNotHaveDuplicates();
          assertThat(result.explanation()).contains(removed.id());
        });
  }

  @Test
  void limbReroutesAroundARegionalNodeGroupUseAnAnastomosisOrAnotherPhysiologicalPathway() {
    Laws.forEvery(
        limbRegionsWithARegionalNodeGroup(),
        (Map.Entry<Region, NodeGroup> pair) -> {
          Region region = pair.getKey();
          NodeGroup removed = pair.getValue();

          Route route = anatomy.route(region, Set.of(removed)).route().orElseThrow();

          boolean throughAnAnastomosis = !route.anastomoses().isEmpty();
          boolean throughAnotherRegionalGroup =
              route.pathways().stream()
                  .anyMatch(
                      p -> p.kind() == PathwayKind.TERRITORIAL && !p.to().equals(removed.id()));
          assertThat(throughAnAnastomosis || throughAnotherRegionalGroup)
              .as(route.describe())
              .isTrue();
          assertThat(route.pathways())
              .filteredOn(p -> p.kind() == PathwayKind.ANASTOMOTIC)
              .allSatisfy(
                  p ->
                      assertThat(anatomy.anastomosis(p.via().orElseThrow()).connects())
                          .contains(p.to()));
        });
  }

  @Test
  void rerouteAvoidsTheCompromisedGroupsOrExplainsWhyItCannot() {
    Laws.check(
        300,
        Gens.of(anatomy.sites()),
        Generators.removedNodeGroupSets(),
        (Site site, Set<NodeGroup> compromised) -> {
          RouteResult result = anatomy.route(site, compromised);

          if (result.isFound()) {
            Route route = result.route().orElseThrow();
            assertThat(route.start()).isEqualTo(site);
            assertThat(isTerminus(route.end())).isTrue();
            assertThat(route.sites()).noneMatch(compromised::contains);
          } else {
            assertThat(result.explanation()).contains(site.id());
          }
        });
  }

  @Test
  void rerouteKeepsAnIntactUsualRouteAndIsOtherwiseACheapestRoute() {
    Laws.check(
        300,
        Gens.of(anatomy.sites()),
        Generators.removedNodeGroupSets(),
        (Site site, Set<NodeGroup> compromised) -> {
          RouteResult result = anatomy.route(site, compromised);
          Set<String> blocked = compromised.stream().map(NodeGroup::id).collect(Collectors.toSet());
          int cheapest = blocked.contains(site.id()) ? Integer.MAX_VALUE : cheapest(site, blocked);

          Route usual = anatomy.route(site);
          if (usual.sites().stream().noneMatch(compromised::contains)) {
            assertThat(result.route()).contains(usual);
          } else if (cheapest == Integer.MAX_VALUE) {
            assertThat(result.isFound()).as(result.explanation()).isFalse();
          } else {
            Route route = result.route().orElseThrow();
            assertThat(cost(route)).as(route.describe()).isEqualTo(cheapest);
          }
        });
  }

  private static int cost(Route route) {
    return route.pathways().stream()
        .mapToInt(p -> p.kind().isPhysiological() ? PHYSIOLOGICAL_COST : COLLATERAL_COST)
        .sum();
  }

  /**
   * The cost of the cheapest route to a terminus avoiding {@code blocked}, by exhaustive search.
   */
  private int cheapest(Site from, Set<String> blocked) {
    return cheapest(from, blocked, 0, new HashSet<>(List.of(from)), Integer.MAX_VALUE);
  }

  private int cheapest(Site at, Set<String> blocked, int cost, Set<Site> onPath, int best) {
    if (isTerminus(at)) {
      return Math.min(best, cost);
    }
    int result = best;
    for (Pathway p : anatomy.pathwaysFrom(at)) {
      Site to = anatomy.site(p.to());
      if (blocked.contains(p.to()) || !onPath.add(to)) {
        continue;
      }
      int step = p.kind().isPhysiological() ? PHYSIOLOGICAL_COST : COLLATERAL_COST;
      result = cheapest(to, blocked, cost + step, onPath, result);
      onPath.remove(to);
    }
    return result;
  }

  // ---------------------------------------------------------------- proximity and mirroring

  @Test
  void isProximalOfIsIrreflexive() {
    Laws.forEvery(
        anatomy.sites(),
        (Site site) -> {
          assertThat(anatomy.isProximalOf(site, site)).isFalse();
        });
  }

  /** Every pair of the 86 sites (7,396 pairs). */
  @Test
  void isProximalOfIsAsymmetric() {
    Laws.forEvery(
        anatomy.sites(),
        anatomy.sites(),
        (Site a, Site b) -> {
          assertThat(anatomy.isProximalOf(a, b) && anatomy.isProximalOf(b, a)).isFalse();
        });
  }

  /**
   * The table behind {@link Anatomy#proximalSites} is the relation {@link Anatomy#isProximalOf}.
   */
  @Test
  void proximalSitesAreTheSitesProximalOfASiteInCatalogueOrder() {
    Laws.check(
        30,
        Generators.anatomies(),
        (Anatomy map) -> {
          for (Site b : map.sites()) {
            List<Site> onDemand =
                map.sites().stream()
                    .filter(a -> map.isProximalOf(a, b))
                    .collect(Collectors.toList());
            assertThat(map.proximalSites(b)).containsExactlyElementsOf(onDemand);
          }
        });
  }

  /**
   * A route search remembered by an anatomy that has answered many others gives what a fresh
   * anatomy (same map, nothing remembered) computes, asked the same way, in the same order.
   */
  @Test
  void rememberedReroutesEqualFreshOnes() {
    Laws.check(
        200,
        Gens.of(anatomy.sites()),
        Generators.removedNodeGroupSets(),
        (Site site, Set<NodeGroup> compromised) -> {
          RouteResult first = anatomy.route(site, compromised);
          RouteResult again = anatomy.route(site, compromised);
          RouteResult fresh = anatomy.toBuilder().build().route(site, compromised);

          assertThat(again).isEqualTo(first).isEqualTo(fresh);
        });
  }

  @Test
  void everyNodeGroupOnARouteIsProximalOfItsStart() {
    Laws.forEvery(
        anatomy.regions(),
        (Region region) -> {
          assertThat(anatomy.route(region).nodeGroups())
              .allSatisfy(g -> assertThat(anatomy.isProximalOf(g, region)).isTrue());
        });
  }

  @Test
  void mirrorIsAnInvolutionThatKeepsThePartAndFlipsTheSide() {
    Laws.forEvery(
        anatomy.sites(),
        (Site site) -> {
          Site mirrored = anatomy.mirror(site);

          assertThat(anatomy.mirror(mirrored)).isEqualTo(site);
          assertThat(mirrored.part()).isEqualTo(site.part());
          assertThat(mirrored.side()).isEqualTo(site.side().mirror());
          assertThat(mirrored.isNodeGroup()).isEqualTo(site.isNodeGroup());
        });
  }
}
