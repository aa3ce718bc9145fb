package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Side;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.render.Instructions;
import io.github.lympha.technique.PressureLevel;

/**
 * Writes a protocol for a swollen left ankle with the fluent builder and prints it as
 * plain-language instructions. Lympha models protocols; it gives no medical advice.
 */
public final class BuildAProtocol {
  private BuildAProtocol() {}

  /** Builds the protocol. */
  public static Protocol protocol() {
    Anatomy anatomy = Anatomy.standard();
    // tag::build[]
    Protocol protocol =
        ProtocolBuilder.create("my-left-ankle", "Left ankle, intact nodes")
            .treating(anatomy.region("FOOT_L"))
            .description("Central first, then the groin, then the leg from the thigh down.")
            .sources("S9", "S40")
            .tags("leg", "example")
            .openTerminus() // both venous angles, stationary circles
            .clearRoute("FOOT_L") // cisterna chyli, deep and superficial groin
            .drainLimb(Side.LEFT, Limb.LEG) // thigh, knee, calf and shin, foot
            .phase(
                "Finish at the groin",
                p ->
                    p.nodes("INGUINAL_SUPERFICIAL_L")
                        .stationaryCircles()
                        .times(7)
                        .hands("Flat hand over the left groin")
                        .region("FOOT_L")
                        .effleurage()
                        .pressure(PressureLevel.VERY_LIGHT)
                        .note("Long, slow strokes up the whole leg."))
            .build();
    // end::build[]
    return protocol;
  }

  /** Prints the protocol's instructions. */
  public static void main(String[] args) {
    // tag::render[]
    System.out.println(Instructions.text(protocol()));
    // end::render[]
  }
}
