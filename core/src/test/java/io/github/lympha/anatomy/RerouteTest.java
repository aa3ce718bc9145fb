package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Routes around compromised node groups in the standard anatomy, written out in full: which pathway
 * the search prefers (physiological before skin plexus before anastomosis, REFERENCE.md sections 2
 * and 4), and the words that explain it.
 */
class RerouteTest {
  // A new copy of the standard anatomy: the shared one remembers its route searches, so a test
  // run after another (as PIT runs them against each mutant) would read remembered routes.
  private static Anatomy fresh() {
    return Anatomy.standard().toBuilder().build();
  }

  private static RouteResult route(String from, String compromised) {
    Anatomy anatomy = fresh();
    Set<NodeGroup> groups = new LinkedHashSet<>();
    for (String id : compromised.split(" ")) {
      groups.add(anatomy.nodeGroup(id));
    }
    return anatomy.route(anatomy.site(from), groups);
  }

  @ParameterizedTest(name = "{0} around {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The popliteal route of the calf does not pass the superficial groin.
        "CALF_L | INGUINAL_SUPERFICIAL_L | The usual route is intact: CALF_L → POPLITEAL_L →"
            + " INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L",
        "FOOT_L | POPLITEAL_L | The usual route is intact: FOOT_L → INGUINAL_SUPERFICIAL_L →"
            + " INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L",
        // The shin drains only to the superficial groin; the skin plexus leads to the knee.
        "SHIN_L | INGUINAL_SUPERFICIAL_L | Rerouted around INGUINAL_SUPERFICIAL_L through the skin"
            + " plexus into another physiological pathway: SHIN_L → KNEE_L → POPLITEAL_L →"
            + " INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L",
        "SHIN_L | INGUINAL_SUPERFICIAL_L INGUINAL_SUPERFICIAL_R | Rerouted around"
            + " INGUINAL_SUPERFICIAL_L, INGUINAL_SUPERFICIAL_R through the skin plexus into another"
            + " physiological pathway: SHIN_L → KNEE_L → POPLITEAL_L → INGUINAL_DEEP_L →"
            + " CISTERNA_CHYLI → TERMINUS_L",
        // With the whole groin gone, over the flank to the axilla (axillo-inguinal anastomosis).
        "SHIN_L | INGUINAL_SUPERFICIAL_L INGUINAL_DEEP_L | Rerouted around INGUINAL_SUPERFICIAL_L,"
            + " INGUINAL_DEEP_L through the anastomosis AIA_L: SHIN_L → KNEE_L → THIGH_LATERAL_L"
            + " →(AIA_L) AXILLARY_L → TERMINUS_L",
        // After axillary dissection, across the midline (anterior axillo-axillary anastomosis).
        "FOREARM_L | AXILLARY_L | Rerouted around AXILLARY_L through the anastomosis AAA:"
            + " FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R →"
            + " TERMINUS_R",
        // The breast has a physiological second route along the sternum.
        "BREAST_L | AXILLARY_L | Rerouted around AXILLARY_L by another physiological pathway:"
            + " BREAST_L → PARASTERNAL_L → TERMINUS_L",
        "AXILLARY_L | AXILLARY_L | AXILLARY_L is itself compromised: no lymph can be routed from"
            + " it",
        "CUBITAL_L | AXILLARY_L | No route from CUBITAL_L to a venous angle avoids the compromised"
            + " node groups AXILLARY_L: every pathway out of it, physiological or through the skin"
            + " plexus and the anastomoses, leads into them",
        "THIGH_MEDIAL_L | INGUINAL_SUPERFICIAL_L INGUINAL_SUPERFICIAL_R AXILLARY_L | No route from"
            + " THIGH_MEDIAL_L to a venous angle avoids the compromised node groups"
            + " INGUINAL_SUPERFICIAL_L, INGUINAL_SUPERFICIAL_R, AXILLARY_L: every pathway out of it,"
            + " physiological or through the skin plexus and the anastomoses, leads into them",
      })
  void findsTheCheapestRouteAndSaysWhy(String from, String compromised, String explanation) {
    RouteResult result = route(from, compromised);

    assertThat(result.explanation()).isEqualTo(explanation);
    assertThat(result.route().isPresent())
        .isEqualTo(
            !explanation.startsWith("No route") && !explanation.contains("itself compromised"));
    result
        .route()
        .ifPresent(
            r -> {
              assertThat(explanation).endsWith(r.describe());
              assertThat(r.sites().get(0).id()).isEqualTo(from);
              NodeGroup end = (NodeGroup) r.sites().get(r.sites().size() - 1);
              assertThat(end.isTerminus()).isTrue();
              assertThat(r.sites())
                  .noneMatch(s -> (" " + compromised + " ").contains(" " + s.id() + " "));
            });
  }

  @ParameterizedTest(name = "{0} proximal of {1}: {2}")
  @CsvSource({
    "THIGH_MEDIAL_L, KNEE_L, true",
    "KNEE_L, THIGH_MEDIAL_L, false",
    "KNEE_L, CALF_L, true",
    "KNEE_L, KNEE_L, false",
    "THIGH_MEDIAL_R, KNEE_L, false",
    "UPPER_ARM_MEDIAL_L, KNEE_L, false",
    "NECK_L, FACE_UPPER_L, true",
    "FACE_UPPER_L, NECK_L, false",
    "CHEST_L, ABDOMEN_L, false",
    "INGUINAL_SUPERFICIAL_L, CALF_L, true",
    "POPLITEAL_L, CALF_L, true",
    "CALF_L, POPLITEAL_L, false",
    "TERMINUS_L, INGUINAL_DEEP_L, true",
    "AXILLARY_L, INGUINAL_DEEP_L, false",
  })
  void proximalMeansDownstreamOrFewerSegmentsFromTheTrunk(String a, String b, boolean proximal) {
    Anatomy anatomy = fresh();
    Site x = anatomy.site(a);
    Site y = anatomy.site(b);

    assertThat(anatomy.isProximalOf(x, y)).isEqualTo(proximal);
    assertThat(anatomy.proximalSites(y).contains(x)).isEqualTo(proximal);
  }
}
