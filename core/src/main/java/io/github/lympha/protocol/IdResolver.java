package io.github.lympha.protocol;

import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves the string ids {@link ProtocolBuilder} accepts as a convenience, failing with a message
 * that names the unknown id and suggests the nearest valid one or lists the valid ones.
 */
final class IdResolver {
  private final Anatomy anatomy;

  IdResolver(Anatomy anatomy) {
    this.anatomy = anatomy;
  }

  /** A node group by id; a station id gives the station's first group (the superficial one). */
  NodeGroup nodeGroup(String id) {
    Optional<NodeGroup> found = anatomy.findNodeGroupOrStation(id);
    if (found.isPresent()) {
      return found.get();
    }
    if (anatomy.findRegion(id).isPresent()) {
      throw new IllegalArgumentException(
          "\"" + id + "\" is a region, not a node group; use region(\"" + id + "\") for it");
    }
    List<String> valid = new java.util.ArrayList<>(ids(anatomy.nodeGroups()));
    anatomy.stations().forEach(st -> valid.add(st.id()));
    throw unknown("node group", id, valid);
  }

  /**
   * The target of a step on {@code from}: a node group by id, or the member of a station that
   * receives the site's lymph ({@link Anatomy#resolveStation}).
   */
  NodeGroup target(String id, Site from) {
    Optional<NodeGroup> found = anatomy.findTarget(id, from);
    return found.isPresent() ? found.get() : nodeGroup(id);
  }

  Region region(String id) {
    Optional<Region> found = anatomy.findRegion(id);
    if (found.isPresent()) {
      return found.get();
    }
    if (anatomy.findNodeGroup(id).isPresent()) {
      throw new IllegalArgumentException(
          "\"" + id + "\" is a node group, not a region; use nodes(\"" + id + "\") for it");
    }
    throw unknown("region", id, ids(anatomy.regions()));
  }

  Site site(String id) {
    Optional<Site> found = anatomy.findSite(id);
    if (found.isPresent()) {
      return found.get();
    }
    throw unknown("site", id, ids(anatomy.sites()));
  }

  Anastomosis anastomosis(String id) {
    Optional<Anastomosis> found = anatomy.findAnastomosis(id);
    if (found.isPresent()) {
      return found.get();
    }
    throw unknown(
        "anastomosis",
        id,
        anatomy.anastomoses().stream().map(Anastomosis::id).collect(Collectors.toList()));
  }

  private static List<String> ids(List<? extends Site> sites) {
    return sites.stream().map(Site::id).collect(Collectors.toList());
  }

  private static IllegalArgumentException unknown(String kind, String id, List<String> valid) {
    String nearest = nearest(id, valid);
    String hint =
        nearest.isEmpty()
            ? "expected one of " + String.join(", ", valid)
            : "did you mean " + nearest + "?";
    return new IllegalArgumentException("Unknown " + kind + " id \"" + id + "\"; " + hint);
  }

  /** The valid id closest to {@code id}, if it is close enough to be a likely typo; else "". */
  static String nearest(String id, List<String> valid) {
    String wanted = id.toUpperCase(Locale.ROOT);
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : valid) {
      int d = distance(wanted, candidate.toUpperCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, wanted.length() / 3);
    return bestDistance <= allowed ? best : "";
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
