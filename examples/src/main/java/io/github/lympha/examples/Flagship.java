package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.render.Instructions;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * The flagship example: prints the drainage map of the standard anatomy and the routes from a few
 * regions to the venous angles, with and without a removed node group, then builds the seed leg
 * protocol from the catalogue and prints its instructions.
 */
public final class Flagship {
  private Flagship() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    Anatomy anatomy = Anatomy.standard();
    out.println("Lympha models protocols; it gives no medical advice.");
    out.println();
    out.println("== Drainage map (" + anatomy + ")");
    for (NodeGroup group : anatomy.nodeGroups()) {
      String next =
          group.isTerminus()
              ? "venous angle (blood)"
              : String.join(", ", anatomy.nextStations(group).stream().map(NodeGroup::id).toList());
      out.printf("  %-22s -> %s%n", group.id(), next);
    }
    out.println();
    out.println("== Usual routes to the venous angles");
    for (String id : List.of("FOREARM_L", "CALF_R", "UPPER_ARM_MEDIAL_R", "FACE_UPPER_L")) {
      out.println("  " + anatomy.route(anatomy.region(id)).describe());
    }
    out.println();
    out.println("== Routes after a left axillary dissection (AXILLARY_L removed)");
    Set<NodeGroup> removed = Set.of(anatomy.nodeGroup("AXILLARY_L"));
    for (String id : List.of("FOREARM_L", "CHEST_L", "LATERAL_CHEST_L", "CALF_L")) {
      Region region = anatomy.region(id);
      RouteResult result = anatomy.route(region, removed);
      out.println("  " + id + ": " + result.explanation());
    }
    out.println();
    out.println("== The seed leg protocol (Catalogue.seedLeg()), as instructions");
    out.println();
    out.print(Instructions.text(Catalogue.seedLeg()));
  }
}
