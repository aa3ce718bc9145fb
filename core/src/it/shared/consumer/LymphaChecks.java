package consumer;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.Set;

/**
 * What an app does with the published lympha-core, written once and compiled into both consumer
 * projects (class path and module path). Every check throws on a wrong result, so a broken artifact
 * fails the build. Plain Java on purpose: no test framework between the app and Lympha.
 */
final class LymphaChecks {
  private LymphaChecks() {}

  static void run() {
    anatomyRoutes();
    protocolRoundTrip();
    // EXTEND HERE as more of the API lands (rendering, research), each area as its own method
    // called from run(). Use only exported packages: the module consumer fails to compile if
    // anything else is touched, and a failed check throws, which fails the build.
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

  /**
   * A protocol built with the builder is valid for a patient with intact nodes, draws errors for
   * one whose inguinal nodes are removed, and survives a JSON and a YAML round trip unchanged.
   * Exercises Jackson inside lympha-core, which an app never sees.
   */
  static void protocolRoundTrip() {
    Anatomy anatomy = Anatomy.standard();
    Protocol leg =
        ProtocolBuilder.create("leg-intact", "Left leg, intact nodes")
            .treating("FOOT_L")
            .openTerminus()
            .clearRoute("FOOT_L")
            .drainLimb(Side.LEFT, Limb.LEG)
            .build();

    Validator validator = Validator.standard();
    ValidationReport sound = validator.validate(leg, PatientContext.none());
    check(sound.isValid(), "the leg protocol is valid with intact nodes: %s", sound.summary());

    PatientContext dissected =
        PatientContext.builder()
            .addCompromised(
                CompromisedNodeGroup.of(
                    anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(anatomy.nodeGroup("INGUINAL_DEEP_L"), Compromise.REMOVED))
            .build();
    ValidationReport flawed = validator.validate(leg, dissected);
    check(
        !flawed.isValid() && !flawed.findings("TARGET_NODE_GROUP_REMOVED").isEmpty(),
        "draining toward removed inguinal nodes is an error: %s",
        flawed.summary());

    String json = ProtocolFormat.json().write(leg);
    check(ProtocolFormat.json().read(json).equals(leg), "JSON round trip keeps the protocol");
    String yaml = ProtocolFormat.yaml().write(leg);
    check(ProtocolFormat.yaml().read(yaml).equals(leg), "YAML round trip keeps the protocol");
  }

  static void check(boolean condition, String what, Object... args) {
    if (!condition) {
      throw new AssertionError("Consumer check failed: " + String.format(what, args));
    }
  }
}
