package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Side;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.render.Instructions;
import java.util.Set;

/**
 * Drains a left arm after a left axillary dissection: the builder asks the anatomy for routes
 * around the removed nodes and prints the rerouted plan. Lympha models protocols; it gives no
 * medical advice.
 */
public final class RerouteAroundDissection {
  private RerouteAroundDissection() {}

  /** Builds the protocol. */
  public static Protocol protocol() {
    Anatomy anatomy = Anatomy.standard();
    // tag::reroute[]
    Set<NodeGroup> removed = Set.of(anatomy.nodeGroup("AXILLARY_L"));
    Protocol protocol =
        ProtocolBuilder.create("my-left-arm", "Left arm after axillary dissection")
            .treating("UPPER_ARM_LATERAL_L", "FOREARM_L", "HAND_L")
            .sources("S7", "S33", "S34")
            .openTerminus()
            .clearRoute(anatomy.region("CHEST_L"), removed) // right terminus, right axilla
            .phase(
                "Open the anterior axillo-axillary anastomosis",
                p ->
                    p.region("CHEST_R")
                        .rotary() // healthy side first
                        .region("CHEST_L")
                        .rotary()
                        .via("AAA") // toward the right axilla
                        .region("SHOULDER_L")
                        .rotary()
                        .via("AAA"))
            .drainLimb(Side.LEFT, Limb.ARM, removed)
            .build();
    // end::reroute[]
    return protocol;
  }

  /** Prints the rerouted limb phase. */
  public static void main(String[] args) {
    System.out.println(Instructions.text(protocol()));
  }
}
