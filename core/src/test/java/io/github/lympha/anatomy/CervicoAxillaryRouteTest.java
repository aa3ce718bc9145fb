package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The way out of the head and neck after a neck dissection (issue 17, [S61]). */
class CervicoAxillaryRouteTest {
  private final Anatomy anatomy = Anatomy.standard();

  private String reroute(String from, String... compromised) {
    Set<NodeGroup> groups = new HashSet<>();
    for (String g : compromised) {
      groups.add(anatomy.nodeGroup(g));
    }
    return anatomy.route(anatomy.site(from), groups).route().orElseThrow().describe();
  }

  @Test
  void joinsEachNeckToTheAxillaOfItsOwnSideAcrossTheUpperTransverseWatershed() {
    Anastomosis left = anatomy.anastomosis("CERVICO_AXILLARY_L");
    assertThat(left.crosses()).isEqualTo("UPPER_TRANSVERSE");
    assertThat(left.connects()).containsExactly("CERVICAL_DEEP_L", "AXILLARY_L");
    assertThat(left.sources()).containsExactly("S61", "S29", "S30");
    assertThat(anatomy.mirror(left).id()).isEqualTo("CERVICO_AXILLARY_R");
    assertThat(anatomy.anastomosis("CERVICO_AXILLARY_R").connects())
        .containsExactly("CERVICAL_DEEP_R", "AXILLARY_R");
    assertThat(anatomy.anastomosesFrom(anatomy.region("NECK_R")))
        .extracting(Anastomosis::id)
        .containsExactly("CERVICO_AXILLARY_R");
    Pathway p =
        anatomy
            .anastomoticPathway(anatomy.region("NECK_L"), anatomy.nodeGroup("AXILLARY_L"))
            .orElseThrow();
    assertThat(p.via()).contains("CERVICO_AXILLARY_L");
    assertThat(p.sources()).containsExactly("S61", "S7");
    assertThat(anatomy.watershedsCrossed(anatomy.region("NECK_L"), anatomy.nodeGroup("AXILLARY_L")))
        .extracting(Watershed::id)
        .containsExactly("UPPER_TRANSVERSE");
    assertThat(
            anatomy.anastomoticPathway(anatomy.region("NECK_L"), anatomy.nodeGroup("AXILLARY_R")))
        .isEmpty();
  }

  @Test
  void joinsTheLowerFaceToTheNeckOfItsOwnSideThroughThePlexusOnly() {
    assertThat(anatomy.pathways())
        .filteredOn(p -> p.to().startsWith("NECK_") && p.kind() == PathwayKind.PLEXUS)
        .extracting(p -> p.from() + "->" + p.to() + p.sources())
        .containsExactly(
            "FACE_LOWER_L->NECK_L[S29, S30, S61]", "FACE_LOWER_R->NECK_R[S29, S30, S61]");
  }

  @Test
  void leadsTheNeckToItsAxillaWhenItsCervicalNodesAreRemoved() {
    assertThat(reroute("NECK_L", "CERVICAL_SUPERFICIAL_L", "CERVICAL_DEEP_L"))
        .isEqualTo("NECK_L →(CERVICO_AXILLARY_L) AXILLARY_L → TERMINUS_L");
    assertThat(
            reroute(
                "NECK_R",
                "CERVICAL_SUPERFICIAL_L",
                "CERVICAL_DEEP_L",
                "CERVICAL_SUPERFICIAL_R",
                "CERVICAL_DEEP_R"))
        .isEqualTo("NECK_R →(CERVICO_AXILLARY_R) AXILLARY_R → TERMINUS_R");
  }

  @Test
  void leadsTheLowerFaceDownTheNeckToTheAxillaAfterABilateralNeckDissection() {
    assertThat(
            reroute(
                "FACE_LOWER_L",
                "CERVICAL_SUPERFICIAL_L",
                "CERVICAL_DEEP_L",
                "CERVICAL_SUPERFICIAL_R",
                "CERVICAL_DEEP_R"))
        .isEqualTo("FACE_LOWER_L → NECK_L →(CERVICO_AXILLARY_L) AXILLARY_L → TERMINUS_L");
  }

  @Test
  void keepsTheUsualRoutesWhileTheCervicalNodesWork() {
    assertThat(reroute("NECK_L"))
        .isEqualTo("NECK_L → CERVICAL_SUPERFICIAL_L → CERVICAL_DEEP_L → TERMINUS_L");
    assertThat(reroute("FACE_LOWER_R")).startsWith("FACE_LOWER_R → SUBMANDIBULAR_R");
    // After a one-sided dissection the lower face keeps a physiological way over the chin.
    assertThat(reroute("FACE_LOWER_L", "CERVICAL_SUPERFICIAL_L", "CERVICAL_DEEP_L"))
        .isEqualTo("FACE_LOWER_L → SUBMENTAL → SUBMANDIBULAR_R → CERVICAL_DEEP_R → TERMINUS_R");
  }
}
