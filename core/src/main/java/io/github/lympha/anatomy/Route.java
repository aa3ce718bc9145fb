package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.style.LymphaStyle;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A path through the drainage graph from a site to a venous angle: the sites in order of flow and
 * the pathways taken between them.
 */
@Value.Immutable
@LymphaStyle
public interface Route {
  /** The sites from the start to the terminus, in order of flow. */
  ImmutableList<Site> sites();

  /** The pathways between consecutive sites; one fewer than the sites. */
  ImmutableList<Pathway> pathways();

  /** The first site. */
  default Site start() {
    return sites().get(0);
  }

  /** The last site (a terminus for complete routes). */
  default Site end() {
    return sites().get(sites().size() - 1);
  }

  /** The node groups on the route, in order of flow. */
  @Value.Lazy
  default ImmutableList<NodeGroup> nodeGroups() {
    return sites().stream()
        .filter(Site::isNodeGroup)
        .map(NodeGroup.class::cast)
        .collect(ImmutableList.toImmutableList());
  }

  /** The ids of the anastomoses the route passes through, in order. */
  @Value.Lazy
  default ImmutableSet<String> anastomoses() {
    return pathways().stream()
        .flatMap(p -> p.via().stream())
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether every pathway is physiological (no reroute). */
  default boolean isPhysiological() {
    return pathways().stream().allMatch(p -> p.kind().isPhysiological());
  }

  /** Whether the site lies on the route. */
  default boolean contains(Site site) {
    return sites().contains(site);
  }

  /** Creates a route. */
  static Route of(Iterable<? extends Site> sites, Iterable<Pathway> pathways) {
    return ImmutableRoute.builder().addAllSites(sites).addAllPathways(pathways).build();
  }

  /** Checks the pathways join the sites. */
  @Value.Check
  default void check() {
    checkArgument(!sites().isEmpty(), "A route needs at least one site");
    checkArgument(
        pathways().size() == sites().size() - 1,
        "A route of %s sites needs %s pathways, not %s",
        sites().size(),
        sites().size() - 1,
        pathways().size());
    for (int i = 0; i < pathways().size(); i++) {
      Pathway p = pathways().get(i);
      checkArgument(
          p.from().equals(sites().get(i).id()) && p.to().equals(sites().get(i + 1).id()),
          "Route pathway %s (%s -> %s) does not join %s and %s",
          i,
          p.from(),
          p.to(),
          sites().get(i).id(),
          sites().get(i + 1).id());
    }
  }

  /** The route as text, e.g. {@code CALF_R → POPLITEAL_R → … → TERMINUS_L}. */
  default String describe() {
    StringBuilder text = new StringBuilder(sites().get(0).id());
    for (int i = 0; i < pathways().size(); i++) {
      Pathway p = pathways().get(i);
      text.append(p.via().map(v -> " →(" + v + ") ").orElse(" → "));
      text.append(sites().get(i + 1).id());
    }
    return text.toString();
  }

  /** The ids of the sites, joined by arrows; used in messages. */
  static String ids(Iterable<? extends Site> sites) {
    return ImmutableList.copyOf(sites).stream().map(Site::id).collect(Collectors.joining(", "));
  }
}
