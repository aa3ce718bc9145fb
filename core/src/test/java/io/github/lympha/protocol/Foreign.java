package io.github.lympha.protocol;

import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;

/**
 * Entries with the ids of the standard anatomy's but other content, as another anatomy would have
 * them: what construction and the builder must refuse as not part of the anatomy in use.
 */
final class Foreign {
  private static final Anatomy STANDARD = Anatomy.standard();

  private Foreign() {}

  /** A right axilla that is not the standard anatomy's. */
  static NodeGroup axilla() {
    NodeGroup axilla = STANDARD.nodeGroup("AXILLARY_R");
    return NodeGroup.builder()
        .id(axilla.id())
        .name("right axilla of another anatomy")
        .side(axilla.side())
        .part(axilla.part())
        .description("Another anatomy's axilla.")
        .addSources("S11")
        .build();
  }

  /** An anterior axillo-axillary anastomosis that is not the standard anatomy's. */
  static Anastomosis aaa() {
    Anastomosis aaa = STANDARD.anastomosis("AAA");
    return Anastomosis.builder()
        .id(aaa.id())
        .name("axillo-axillary anastomosis of another anatomy")
        .description("Another anatomy's anastomosis.")
        .crosses(aaa.crosses())
        .addAllConnects(aaa.connects())
        .addSources("S7")
        .build();
  }
}
