package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plexus join from the shoulder to the side of the chest (issue 17, the catalogue). */
class ShoulderToLateralChestTest {
  // A new copy per test: the standard anatomy's tables and remembered routes were built once,
  // before any mutant PIT puts in; a copy computes them again.
  private final Anatomy anatomy = Anatomy.standard().toBuilder().build();

  private String reroute(String from, String... compromised) {
    Set<NodeGroup> groups = new java.util.HashSet<>();
    for (String g : compromised) {
      groups.add(anatomy.nodeGroup(g));
    }
    return anatomy.route(anatomy.site(from), groups).route().orElseThrow().describe();
  }

  @Test
  void joinsEachShoulderToTheSideOfTheChestOfItsOwnSideThroughThePlexus() {
    for (Side s : new Side[] {Side.LEFT, Side.RIGHT}) {
      String suffix = s == Side.LEFT ? "_L" : "_R";
      assertThat(anatomy.pathways())
          .filteredOn(p -> p.from().equals("SHOULDER" + suffix) && p.kind() == PathwayKind.PLEXUS)
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.to()).isEqualTo("LATERAL_CHEST" + suffix);
                assertThat(p.sources()).containsExactly("S29", "S30", "S7", "S34");
              });
    }
  }

  @Test
  void leadsTheArmToTheGroinWhenBothAxillaeAreRemoved() {
    assertThat(reroute("UPPER_ARM_LATERAL_L", "AXILLARY_L", "AXILLARY_R"))
        .isEqualTo(
            "UPPER_ARM_LATERAL_L → SHOULDER_L → LATERAL_CHEST_L →(AIA_L) INGUINAL_SUPERFICIAL_L →"
                + " INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L");
    assertThat(reroute("HAND_R", "AXILLARY_L", "AXILLARY_R"))
        .endsWith(
            "SHOULDER_R → LATERAL_CHEST_R →(AIA_R) INGUINAL_SUPERFICIAL_R → INGUINAL_DEEP_R"
                + " → CISTERNA_CHYLI → TERMINUS_L");
  }

  @Test
  void leavesTheRerouteAfterOneSidedDissectionThroughTheOtherAxilla() {
    assertThat(reroute("UPPER_ARM_LATERAL_L", "AXILLARY_L"))
        .isEqualTo("UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R");
    assertThat(reroute("SHOULDER_R", "AXILLARY_R"))
        .isEqualTo("SHOULDER_R →(AAA) AXILLARY_L → TERMINUS_L");
  }
}
