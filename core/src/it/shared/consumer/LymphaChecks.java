package consumer;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.anatomy.Site;
import java.util.Set;

/**
 * What an app does with the published lympha-core, written once and compiled into both consumer
 * projects (class path and module path). Every check throws on a wrong result, so a broken
 * artifact fails the build. Plain Java on purpose: no test framework between the app and Lympha.
 */
final class LymphaChecks {
  private LymphaChecks() {}

  static void run() {
    anatomyRoutes();
    // EXTEND HERE as the API lands, each step as its own method called from run():
    //   protocolRoundTrip(): build a protocol with the builder, validate it (no findings for a
    //   sound one, a finding for one that drains toward a removed node group), write it to JSON,
    //   read it back and check it equals the original. Use only exported packages; the module
    //   consumer fails to compile if anything else is touched.
  }

  /** The standard anatomy routes a region to a venous angle, and around a compromised group. */
  static void anatomyRoutes() {
    Anatomy anatomy = Anatomy.standard();
    Region calf = anatomy.region("CALF_R");

    Route usual = anatomy.route(calf);
    check(usual.start().equals(calf), "route starts at CALF_R: %s", usual.describe());
    check(usual.isPhysiological(), "usual route is physiological: %s", usual.describe());
    Site end = usual.end();
    check(
        end.isNodeGroup() && ((NodeGroup) end).isTerminus(),
        "usual route ends at a venous angle: %s",
        usual.describe());
    // Guava types are part of the API: the app must see them through lympha-core's dependencies.
    ImmutableList<NodeGroup> stations = usual.nodeGroups();
    check(!stations.isEmpty(), "usual route passes node groups: %s", usual.describe());

    RouteResult intact = anatomy.route(calf, Set.of());
    check(intact.isFound(), "route with nothing compromised is found: %s", intact.explanation());
    check(
        intact.route().orElseThrow().equals(usual),
        "route with nothing compromised is the usual one: %s",
        intact.explanation());

    NodeGroup regional = stations.get(0);
    RouteResult around = anatomy.route(calf, Set.of(regional));
    check(!around.explanation().isBlank(), "a route result explains itself");
    around
        .route()
        .ifPresent(
            r ->
                check(
                    !r.contains(regional),
                    "a reroute avoids the compromised %s: %s",
                    regional.id(),
                    r.describe()));

    try {
      anatomy.region("NO_SUCH_REGION");
      throw new AssertionError("an unknown region id is rejected");
    } catch (IllegalArgumentException expected) {
      check(
          expected.getMessage().contains("NO_SUCH_REGION"),
          "the message names the bad id: %s",
          expected.getMessage());
    }
  }

  static void check(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError("Consumer check failed: " + String.format(what, args));
    }
  }
}
