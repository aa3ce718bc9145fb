package io.github.lympha.anatomy;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The jqwik generators of anatomy values, in one place so every property draws from the same ones.
 * All of them draw from the {@link Anatomy#standard() standard map}.
 */
public final class AnatomyArbitraries {
  private static final Anatomy STANDARD = Anatomy.standard();

  private AnatomyArbitraries() {}

  /** Any site (node group or region) of the standard map. */
  public static Arbitrary<Site> sites() {
    return Arbitraries.of(STANDARD.sites());
  }

  /** Any region of the standard map. */
  public static Arbitrary<Region> regions() {
    return Arbitraries.of(STANDARD.regions());
  }

  /** Any region on the patient's left side; its mirror is the same region on the right. */
  public static Arbitrary<Region> leftRegions() {
    return Arbitraries.of(
        STANDARD.regions().stream()
            .filter(r -> r.side() == Side.LEFT)
            .collect(Collectors.toList()));
  }

  /** Any region of an arm or a leg. */
  public static Arbitrary<Region> limbRegions() {
    return Arbitraries.of(limbRegionList());
  }

  /** Any node group of the standard map. */
  public static Arbitrary<NodeGroup> nodeGroups() {
    return Arbitraries.of(STANDARD.nodeGroups());
  }

  /** Any node group that is not a terminus, i.e. one that surgery or radiation can compromise. */
  public static Arbitrary<NodeGroup> removableNodeGroups() {
    return Arbitraries.of(removableList());
  }

  /** Up to two removable node groups, compromised together. */
  public static Arbitrary<Set<NodeGroup>> compromisedNodeGroups() {
    return removableNodeGroups().set().ofMaxSize(2);
  }

  /** A limb region with a non-terminus node group on its usual route. */
  public static Arbitrary<Tuple2<Region, NodeGroup>> limbRegionsWithAGroupOnTheirRoute() {
    List<Tuple2<Region, NodeGroup>> pairs =
        limbRegionList().stream()
            .flatMap(
                r ->
                    STANDARD.route(r).nodeGroups().stream()
                        .filter(g -> !g.isTerminus())
                        .map(g -> Tuple.of(r, g)))
            .collect(Collectors.toList());
    return Arbitraries.of(pairs);
  }

  /** A limb region with one of its regional node groups. */
  public static Arbitrary<Tuple2<Region, NodeGroup>> limbRegionsWithARegionalNodeGroup() {
    List<Tuple2<Region, NodeGroup>> pairs =
        limbRegionList().stream()
            .flatMap(r -> STANDARD.regionalNodeGroups(r).stream().map(g -> Tuple.of(r, g)))
            .collect(Collectors.toList());
    return Arbitraries.of(pairs);
  }

  private static ImmutableList<Region> limbRegionList() {
    return STANDARD.regions().stream()
        .filter(r -> r.part().isLimb())
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<NodeGroup> removableList() {
    return STANDARD.nodeGroups().stream()
        .filter(g -> !g.isTerminus())
        .collect(ImmutableList.toImmutableList());
  }
}
