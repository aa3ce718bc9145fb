package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Coding.CodeSystem;
import io.github.lympha.sources.Sources;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Examples of the standard drainage map, checked against the domain reference (§1, §2, §4, §9). */
class AnatomyTest {
  // A new copy per test: the standard anatomy's tables and remembered routes were built once,
  // before any mutant PIT puts in; a copy computes them again.
  private final Anatomy anatomy = Anatomy.standard().toBuilder().build();

  private Site site(String id) {
    return anatomy.site(id);
  }

  private Region region(String id) {
    return anatomy.region(id);
  }

  private NodeGroup group(String id) {
    return anatomy.nodeGroup(id);
  }

  private List<String> ids(List<? extends Site> sites) {
    return sites.stream().map(Site::id).collect(Collectors.toList());
  }

  @Nested
  class UsualRoutes {
    @Test
    void leftForearmDrainsThroughCubitalAndAxillaryNodesToTheLeftTerminus() {
      Route route = anatomy.route(site("FOREARM_L"));

      assertThat(route.describe()).isEqualTo("FOREARM_L → CUBITAL_L → AXILLARY_L → TERMINUS_L");
      assertThat(ids(route.sites()))
          .containsExactly("FOREARM_L", "CUBITAL_L", "AXILLARY_L", "TERMINUS_L");
      assertThat(route.isPhysiological()).isTrue();
      assertThat(route.anastomoses()).isEmpty();
    }

    @Test
    void rightCalfDrainsThroughTheThoracicDuctToTheLeftTerminus() {
      Route route = anatomy.route(site("CALF_R"));

      assertThat(route.describe())
          .isEqualTo("CALF_R → POPLITEAL_R → INGUINAL_DEEP_R → CISTERNA_CHYLI → TERMINUS_L");
      assertThat(route.start()).isEqualTo(site("CALF_R"));
      assertThat(route.end()).isEqualTo(group("TERMINUS_L"));
      assertThat(ids(route.nodeGroups()))
          .containsExactly("POPLITEAL_R", "INGUINAL_DEEP_R", "CISTERNA_CHYLI", "TERMINUS_L");
    }

    @Test
    void everyRegionOfTheRightArmDrainsToTheRightTerminus() {
      List<Region> rightArm = anatomy.regionsOf(anatomy.territory("ARM_R"));

      assertThat(ids(rightArm))
          .containsExactlyInAnyOrder(
              "UPPER_ARM_MEDIAL_R", "UPPER_ARM_LATERAL_R", "ELBOW_R", "FOREARM_R", "HAND_R");
      assertThat(rightArm)
          .allSatisfy(r -> assertThat(anatomy.route(r).end()).isEqualTo(group("TERMINUS_R")));
    }

    @Test
    void everyRegionOfBothLegsDrainsToTheLeftTerminus() {
      Stream.of("LEG_L", "LEG_R")
          .flatMap(t -> anatomy.regionsOf(anatomy.territory(t)).stream())
          .forEach(
              r -> {
                assertThat(anatomy.route(r).end()).isEqualTo(group("TERMINUS_L"));
                assertThat(anatomy.route(r).contains(group("CISTERNA_CHYLI"))).isTrue();
              });
    }

    @Test
    void upperFaceDrainsThroughPreauricularAndDeepCervicalNodesOnItsOwnSide() {
      assertThat(anatomy.route(site("FACE_UPPER_L")).describe())
          .isEqualTo("FACE_UPPER_L → PREAURICULAR_L → CERVICAL_DEEP_L → TERMINUS_L");
      assertThat(anatomy.route(site("FACE_UPPER_R")).describe())
          .isEqualTo("FACE_UPPER_R → PREAURICULAR_R → CERVICAL_DEEP_R → TERMINUS_R");
    }

    @Test
    void routeOfATerminusIsTheTerminusAlone() {
      Route route = anatomy.route(group("TERMINUS_R"));

      assertThat(route.sites()).containsExactly(group("TERMINUS_R"));
      assertThat(route.pathways()).isEmpty();
      assertThat(route.describe()).isEqualTo("TERMINUS_R");
    }

    @Test
    void theStandardMapHasTwoTerminiOnePerSide() {
      assertThat(ids(anatomy.termini())).containsExactly("TERMINUS_L", "TERMINUS_R");
      assertThat(anatomy.termini())
          .extracting(NodeGroup::side)
          .containsExactly(Side.LEFT, Side.RIGHT);
    }
  }

  @Nested
  class RegionalNodeGroupsAndNextStations {
    @Test
    void calfIsDrainedByPoplitealNodesFirstAndSuperficialInguinalNodesSecond() {
      assertThat(ids(anatomy.regionalNodeGroups(region("CALF_R"))))
          .containsExactly("POPLITEAL_R", "INGUINAL_SUPERFICIAL_R");
    }

    @Test
    void forearmIsDrainedByCubitalNodesOrDirectlyByTheAxilla() {
      assertThat(ids(anatomy.regionalNodeGroups(region("FOREARM_L"))))
          .containsExactly("CUBITAL_L", "AXILLARY_L");
    }

    @Test
    void upperTrunkQuadrantsDrainToTheIpsilateralAxilla() {
      assertThat(ids(anatomy.regionalNodeGroups(region("CHEST_L")))).containsExactly("AXILLARY_L");
      assertThat(ids(anatomy.regionalNodeGroups(region("UPPER_BACK_R"))))
          .containsExactly("AXILLARY_R");
    }

    @Test
    void lowerTrunkQuadrantsDrainToTheIpsilateralSuperficialInguinalNodes() {
      assertThat(ids(anatomy.regionalNodeGroups(region("ABDOMEN_L"))))
          .containsExactly("INGUINAL_SUPERFICIAL_L");
      assertThat(ids(anatomy.regionalNodeGroups(region("BUTTOCK_R"))))
          .containsExactly("INGUINAL_SUPERFICIAL_R");
    }

    @Test
    void lowerFaceIsDrainedBySubmandibularAndTheMidlineSubmentalNodes() {
      assertThat(ids(anatomy.regionalNodeGroups(region("FACE_LOWER_R"))))
          .containsExactly("SUBMANDIBULAR_R", "SUBMENTAL");
    }

    @Test
    void nextStationsLeadTowardTheVenousAngles() {
      assertThat(anatomy.nextStation(group("CUBITAL_L"))).contains(group("AXILLARY_L"));
      assertThat(anatomy.nextStation(group("AXILLARY_L"))).contains(group("TERMINUS_L"));
      assertThat(anatomy.nextStation(group("INGUINAL_SUPERFICIAL_R")))
          .contains(group("INGUINAL_DEEP_R"));
      assertThat(anatomy.nextStation(group("INGUINAL_DEEP_R"))).contains(group("CISTERNA_CHYLI"));
      assertThat(anatomy.nextStation(group("CISTERNA_CHYLI"))).contains(group("TERMINUS_L"));
      assertThat(anatomy.nextStation(group("PREAURICULAR_R"))).contains(group("CERVICAL_DEEP_R"));
      assertThat(anatomy.nextStation(group("CERVICAL_DEEP_R"))).contains(group("TERMINUS_R"));
    }

    @Test
    void poplitealNodesDrainMostlyToTheDeepAndSometimesToTheSuperficialInguinalNodes() {
      assertThat(ids(anatomy.nextStations(group("POPLITEAL_L"))))
          .containsExactly("INGUINAL_DEEP_L", "INGUINAL_SUPERFICIAL_L");
    }

    @Test
    void submentalNodesDrainToTheSubmandibularNodesOfBothSides() {
      assertThat(ids(anatomy.nextStations(group("SUBMENTAL"))))
          .containsExactly("SUBMANDIBULAR_L", "SUBMANDIBULAR_R");
    }

    @Test
    void aTerminusHasNoNextStation() {
      assertThat(anatomy.nextStation(group("TERMINUS_L"))).isEmpty();
      assertThat(anatomy.nextStations(group("TERMINUS_R"))).isEmpty();
    }

    @Test
    void thoracicDuctCarriesBothLegsButNotTheRightArmToTheLeftTerminus() {
      assertThat(anatomy.territoriesDrainedBy(group("TERMINUS_L")))
          .contains("LEG_L", "LEG_R", "ARM_L", "LOWER_TRUNK_ANT_R")
          .doesNotContain("ARM_R", "UPPER_TRUNK_ANT_R", "NECK_R");
      assertThat(anatomy.territoriesDrainedBy(group("TERMINUS_R")))
          .contains("ARM_R", "UPPER_TRUNK_ANT_R", "NECK_R")
          .doesNotContain("LEG_R", "ARM_L");
    }

    @Test
    void drainsToFollowsAnyPhysiologicalRouteNotOnlyTheUsualOne() {
      assertThat(anatomy.drainsTo(site("CALF_L"), group("INGUINAL_SUPERFICIAL_L"))).isTrue();
      assertThat(anatomy.drainsTo(site("CALF_L"), group("AXILLARY_L"))).isFalse();
      assertThat(anatomy.isReachable(site("CALF_L"), group("AXILLARY_L"))).isTrue();
      assertThat(anatomy.physiologicalDownstream(group("CUBITAL_R")))
          .containsExactly(group("AXILLARY_R"), group("TERMINUS_R"));
    }
  }

  @Nested
  class Watersheds {
    @Test
    void sagittalWatershedSeparatesLeftFromRight() {
      Watershed sagittal = anatomy.watershed("SAGITTAL");

      assertThat(sagittal.separates("UPPER_TRUNK_ANT_L", "UPPER_TRUNK_ANT_R")).isTrue();
      assertThat(sagittal.separates("LEG_R", "LEG_L")).isTrue();
      assertThat(sagittal.separates("HEAD_FACE_L", "HEAD_FACE_R")).isTrue();
      assertThat(sagittal.separates("ARM_L", "UPPER_TRUNK_ANT_L")).isFalse();
    }

    @Test
    void upperTransverseWatershedSeparatesHeadAndNeckFromArmAndUpperTrunk() {
      Watershed upper = anatomy.watershed("UPPER_TRANSVERSE");

      assertThat(upper.separates("NECK_L", "UPPER_TRUNK_ANT_L")).isTrue();
      assertThat(upper.separates("HEAD_FACE_R", "ARM_R")).isTrue();
      assertThat(upper.separates("UPPER_TRUNK_POST_R", "NECK_R")).isTrue();
      assertThat(upper.separates("NECK_L", "NECK_R")).isFalse();
      assertThat(upper.separates("NECK_L", "LEG_L")).isFalse();
    }

    @Test
    void lowerTransverseWatershedSeparatesUpperFromLowerQuadrants() {
      Watershed lower = anatomy.watershed("LOWER_TRANSVERSE");

      assertThat(lower.separates("UPPER_TRUNK_ANT_L", "LOWER_TRUNK_ANT_L")).isTrue();
      assertThat(lower.separates("LOWER_TRUNK_POST_R", "UPPER_TRUNK_POST_R")).isTrue();
      assertThat(lower.separates("ARM_L", "LEG_L")).isTrue();
      assertThat(lower.separates("UPPER_TRUNK_ANT_L", "UPPER_TRUNK_ANT_R")).isFalse();
    }

    @Test
    void everyWatershedHasKnownTerritoriesOnBothSidesAndNoneOnBoth() {
      Set<String> known =
          anatomy.territories().stream().map(Territory::id).collect(Collectors.toSet());

      assertThat(anatomy.watersheds())
          .extracting(Watershed::id)
          .containsExactly("SAGITTAL", "UPPER_TRANSVERSE", "LOWER_TRANSVERSE");
      assertThat(anatomy.watersheds())
          .allSatisfy(
              w -> {
                assertThat(w.sideA())
                    .isNotEmpty()
                    .isSubsetOf(known)
                    .doesNotContainAnyElementsOf(w.sideB());
                assertThat(w.sideB()).isNotEmpty().isSubsetOf(known);
              });
    }

    @Test
    void drainingTheLeftChestTowardTheRightAxillaCrossesTheSagittalWatershed() {
      assertThat(anatomy.watershedsCrossed(region("CHEST_L"), group("AXILLARY_R")))
          .containsExactly(anatomy.watershed("SAGITTAL"));
    }

    @Test
    void drainingTheLateralThighTowardTheAxillaCrossesTheLowerTransverseWatershed() {
      assertThat(anatomy.watershedsCrossed(region("THIGH_LATERAL_L"), group("AXILLARY_L")))
          .containsExactly(anatomy.watershed("LOWER_TRANSVERSE"));
    }

    @Test
    void drainingTheNeckAreaOfTheShoulderTowardTheNeckCrossesTheUpperTransverseWatershed() {
      assertThat(anatomy.watershedsCrossed(region("SHOULDER_R"), group("CERVICAL_DEEP_R")))
          .containsExactly(anatomy.watershed("UPPER_TRANSVERSE"));
    }

    @Test
    void drainingTheLeftThighTowardTheRightGroinCrossesTheSagittalWatershedOnly() {
      assertThat(
              anatomy.watershedsCrossed(region("THIGH_MEDIAL_L"), group("INGUINAL_SUPERFICIAL_R")))
          .containsExactly(anatomy.watershed("SAGITTAL"));
    }

    @Test
    void drainingARegionTowardItsOwnNodesCrossesNoWatershed() {
      assertThat(
              anatomy.watershedsCrossed(region("THIGH_MEDIAL_L"), group("INGUINAL_SUPERFICIAL_L")))
          .isEmpty();
      assertThat(anatomy.watershedsCrossed(region("HAND_R"), group("AXILLARY_R"))).isEmpty();
    }
  }

  @Nested
  class Anastomoses {
    @Test
    void standardAnastomosesAreTheOnesTheReferenceNames() {
      assertThat(anatomy.anastomoses())
          .extracting(Anastomosis::id)
          .containsExactly(
              "AAA",
              "PAA",
              "AIA_L",
              "AIA_R",
              "AII",
              "PII",
              "CERVICO_AXILLARY_L",
              "CERVICO_AXILLARY_R");
    }

    @Test
    void eachAnastomosisConnectsTheGroupsAcrossItsWatershed() {
      assertThat(anatomy.anastomosis("AAA").connects()).containsExactly("AXILLARY_L", "AXILLARY_R");
      assertThat(anatomy.anastomosis("AAA").crosses()).isEqualTo("SAGITTAL");
      assertThat(anatomy.anastomosis("AIA_L").connects())
          .containsExactly("AXILLARY_L", "INGUINAL_SUPERFICIAL_L");
      assertThat(anatomy.anastomosis("AIA_L").crosses()).isEqualTo("LOWER_TRANSVERSE");
      assertThat(anatomy.anastomosis("PII").connects())
          .containsExactly("INGUINAL_SUPERFICIAL_L", "INGUINAL_SUPERFICIAL_R");
    }

    @Test
    void upperChestCarriesTheAnteriorAxilloAxillaryPathwayToTheOtherAxilla() {
      assertThat(anatomy.anastomosesFrom(region("CHEST_L")))
          .containsExactly(anatomy.anastomosis("AAA"));
      assertThat(anatomy.anastomoticPathway(region("CHEST_L"), group("AXILLARY_R")))
          .hasValueSatisfying(p -> assertThat(p.via()).contains("AAA"));
      assertThat(anatomy.anastomoticPathway(region("CHEST_L"), group("AXILLARY_L"))).isEmpty();
    }

    @Test
    void limbsCarryNoAnastomoticPathwayExceptTheLateralThigh() {
      assertThat(anatomy.anastomosesFrom(region("HAND_L"))).isEmpty();
      assertThat(anatomy.anastomosesFrom(region("CALF_R"))).isEmpty();
      assertThat(anatomy.anastomosesFrom(region("THIGH_LATERAL_R")))
          .containsExactly(anatomy.anastomosis("AIA_R"));
    }
  }

  @Nested
  class Reroutes {
    @Test
    void afterLeftAxillaryDissectionTheUpperArmDrainsToTheRightAxillaThroughAaa() {
      RouteResult result = anatomy.route(site("UPPER_ARM_LATERAL_L"), Set.of(group("AXILLARY_L")));

      assertThat(result.isFound()).isTrue();
      Route route = result.route().orElseThrow();
      assertThat(route.describe())
          .isEqualTo("UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R");
      assertThat(route.anastomoses()).containsExactly("AAA");
      assertThat(route.isPhysiological()).isFalse();
      assertThat(route.contains(group("AXILLARY_L"))).isFalse();
      assertThat(result.explanation()).contains("AXILLARY_L", "AAA");
    }

    @Test
    void afterLeftAxillaryDissectionTheUpperChestDrainsToTheRightAxillaThroughAaa() {
      Route route =
          anatomy.route(site("CHEST_L"), Set.of(group("AXILLARY_L"))).route().orElseThrow();

      assertThat(route.describe()).isEqualTo("CHEST_L →(AAA) AXILLARY_R → TERMINUS_R");
    }

    @Test
    void afterLeftAxillaryDissectionTheUpperBackDrainsToTheRightAxillaThroughPaa() {
      Route route =
          anatomy.route(site("UPPER_BACK_L"), Set.of(group("AXILLARY_L"))).route().orElseThrow();

      assertThat(route.describe()).isEqualTo("UPPER_BACK_L →(PAA) AXILLARY_R → TERMINUS_R");
    }

    @Test
    void afterLeftAxillaryDissectionTheSideOfTheChestDrainsToTheLeftGroinThroughAia() {
      RouteResult result = anatomy.route(site("LATERAL_CHEST_L"), Set.of(group("AXILLARY_L")));

      Route route = result.route().orElseThrow();
      assertThat(route.describe())
          .isEqualTo(
              "LATERAL_CHEST_L →(AIA_L) INGUINAL_SUPERFICIAL_L → INGUINAL_DEEP_L → CISTERNA_CHYLI"
                  + " → TERMINUS_L");
      assertThat(route.anastomoses()).containsExactly("AIA_L");
      assertThat(result.explanation()).contains("AIA_L");
    }

    @Test
    void afterLeftInguinalDissectionTheLateralThighDrainsToTheLeftAxillaThroughAia() {
      Route route =
          anatomy
              .route(site("THIGH_LATERAL_L"), Set.of(group("INGUINAL_SUPERFICIAL_L")))
              .route()
              .orElseThrow();

      assertThat(route.describe()).isEqualTo("THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L");
    }

    @Test
    void afterLeftInguinalDissectionTheLowerAbdomenDrainsToTheRightGroinThroughAii() {
      Route route =
          anatomy
              .route(site("ABDOMEN_L"), Set.of(group("INGUINAL_SUPERFICIAL_L")))
              .route()
              .orElseThrow();

      assertThat(route.anastomoses()).containsExactly("AII");
      assertThat(route.contains(group("INGUINAL_SUPERFICIAL_R"))).isTrue();
    }

    @Test
    void withTheCisternaChyliCompromisedTheMedialThighDrainsToTheAxillaThroughAia() {
      Route route =
          anatomy
              .route(site("THIGH_MEDIAL_R"), Set.of(group("CISTERNA_CHYLI")))
              .route()
              .orElseThrow();

      assertThat(route.describe())
          .isEqualTo(
              "THIGH_MEDIAL_R → SUPRAPUBIC_R → ABDOMEN_R → FLANK_R →(AIA_R) AXILLARY_R →"
                  + " TERMINUS_R");
    }

    @Test
    void breastDrainsToParasternalNodesWhenTheAxillaIsRemoved() {
      RouteResult result = anatomy.route(site("BREAST_R"), Set.of(group("AXILLARY_R")));

      Route route = result.route().orElseThrow();
      assertThat(route.describe()).isEqualTo("BREAST_R → PARASTERNAL_R → TERMINUS_R");
      assertThat(route.isPhysiological()).isTrue();
      assertThat(result.explanation()).contains("physiological");
    }

    @Test
    void calfDrainsThroughTheGroinWhenThePoplitealNodesAreRemoved() {
      Route route =
          anatomy.route(site("CALF_L"), Set.of(group("POPLITEAL_L"))).route().orElseThrow();

      assertThat(route.describe())
          .isEqualTo(
              "CALF_L → INGUINAL_SUPERFICIAL_L → INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L");
    }

    @Test
    void rerouteThroughTheSkinPlexusSaysSo() {
      RouteResult result = anatomy.route(site("SHIN_L"), Set.of(group("INGUINAL_SUPERFICIAL_L")));

      Route route = result.route().orElseThrow();
      assertThat(route.describe())
          .isEqualTo(
              "SHIN_L → KNEE_L → POPLITEAL_L → INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L");
      assertThat(route.isPhysiological()).isFalse();
      assertThat(result.explanation())
          .contains("skin plexus")
          .doesNotContain("by another physiological");
    }

    @Test
    void upperFaceHasNoRouteWhenTheDeepCervicalNodesAreCompromised() {
      RouteResult result = anatomy.route(site("FACE_UPPER_L"), Set.of(group("CERVICAL_DEEP_L")));

      assertThat(result.isFound()).isFalse();
      assertThat(result.route()).isEmpty();
      assertThat(result.explanation()).contains("FACE_UPPER_L", "CERVICAL_DEEP_L");
    }

    @Test
    void compromisedStartHasNoRoute() {
      RouteResult result = anatomy.route(group("AXILLARY_L"), Set.of(group("AXILLARY_L")));

      assertThat(result.isFound()).isFalse();
      assertThat(result.explanation()).contains("AXILLARY_L", "compromised");
    }

    @Test
    void intactUsualRouteIsKeptWhenTheCompromisedGroupsLieElsewhere() {
      RouteResult result = anatomy.route(site("HAND_R"), Set.of(group("AXILLARY_L")));

      assertThat(result.route()).contains(anatomy.route(site("HAND_R")));
      assertThat(result.explanation()).contains("usual route is intact");
    }

    @Test
    void rejectsACompromisedGroupUnknownToTheAnatomy() {
      NodeGroup stranger =
          NodeGroup.builder()
              .id("ILIAC_L")
              .name("left iliac nodes")
              .side(Side.LEFT)
              .part(BodyPart.PELVIS)
              .description("External iliac nodes.")
              .addSources("S24")
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.route(site("CALF_L"), Set.of(stranger)))
          .withMessageContaining("ILIAC_L");
    }

    @Test
    void remembersEachSearchWithTheCompromisedGroupsInTheCallersOrder() {
      Anatomy map = anatomy.toBuilder().build();
      Site thigh = site("THIGH_LATERAL_L");
      Set<NodeGroup> groinThenAxilla =
          new LinkedHashSet<>(List.of(group("INGUINAL_SUPERFICIAL_L"), group("AXILLARY_L")));
      Set<NodeGroup> axillaThenGroin =
          new LinkedHashSet<>(List.of(group("AXILLARY_L"), group("INGUINAL_SUPERFICIAL_L")));

      RouteResult first = map.route(thigh, groinThenAxilla);
      RouteResult second = map.route(thigh, axillaThenGroin);

      assertThat(map.rememberedRoutes()).isEqualTo(2);
      assertThat(first.explanation()).contains("INGUINAL_SUPERFICIAL_L, AXILLARY_L");
      assertThat(second.explanation()).contains("AXILLARY_L, INGUINAL_SUPERFICIAL_L");
      assertThat(map.route(thigh, groinThenAxilla)).isSameAs(first);
      assertThat(map.rememberedRoutes()).isEqualTo(2);
    }

    @Test
    void remembersAtMostABoundedNumberOfSearchesAndStillAnswersTheRest() {
      Anatomy map = anatomy.toBuilder().build();
      Anatomy fresh = anatomy.toBuilder().build();
      List<NodeGroup> groups = map.nodeGroups();
      int asked = 0;
      for (Site s : map.sites()) {
        for (NodeGroup a : groups) {
          for (NodeGroup b : groups) {
            if (a.equals(b) || asked > Anatomy.MAX_REMEMBERED_ROUTES + 50) {
              continue;
            }
            Set<NodeGroup> two = new LinkedHashSet<>(List.of(a, b));
            RouteResult result = map.route(s, two);
            asked++;
            if (asked > Anatomy.MAX_REMEMBERED_ROUTES) {
              assertThat(result).isEqualTo(fresh.route(s, two));
            }
          }
        }
      }
      assertThat(asked).isGreaterThan(Anatomy.MAX_REMEMBERED_ROUTES);
      assertThat(map.rememberedRoutes()).isEqualTo(Anatomy.MAX_REMEMBERED_ROUTES);
    }
  }

  @Nested
  class Proximity {
    @Test
    void thighIsProximalOfCalfAndNotTheReverse() {
      assertThat(anatomy.isProximalOf(site("THIGH_MEDIAL_L"), site("CALF_L"))).isTrue();
      assertThat(anatomy.isProximalOf(site("CALF_L"), site("THIGH_MEDIAL_L"))).isFalse();
    }

    @Test
    void upperArmIsProximalOfHand() {
      assertThat(anatomy.isProximalOf(site("UPPER_ARM_LATERAL_R"), site("HAND_R"))).isTrue();
      assertThat(anatomy.isProximalOf(site("HAND_R"), site("UPPER_ARM_LATERAL_R"))).isFalse();
    }

    @Test
    void neckIsProximalOfFaceAndNotTheReverse() {
      assertThat(anatomy.isProximalOf(site("NECK_R"), site("FACE_UPPER_R"))).isTrue();
      assertThat(anatomy.isProximalOf(site("FACE_UPPER_R"), site("NECK_R"))).isFalse();
    }

    @Test
    void nodeGroupOnTheRouteIsProximalOfTheRegionAndNotTheReverse() {
      assertThat(anatomy.isProximalOf(group("POPLITEAL_R"), site("CALF_R"))).isTrue();
      assertThat(anatomy.isProximalOf(group("CISTERNA_CHYLI"), site("CALF_R"))).isTrue();
      assertThat(anatomy.isProximalOf(site("CALF_R"), group("POPLITEAL_R"))).isFalse();
    }

    @Test
    void regionsOfDifferentSidesOrOnTheTrunkAreNotProximalOfEachOther() {
      assertThat(anatomy.isProximalOf(site("THIGH_MEDIAL_L"), site("CALF_R"))).isFalse();
      assertThat(anatomy.isProximalOf(site("CHEST_L"), site("UPPER_BACK_L"))).isFalse();
      assertThat(anatomy.isProximalOf(site("CHEST_L"), site("HAND_L"))).isFalse();
    }

    @Test
    void aSiteIsNotProximalOfItself() {
      assertThat(anatomy.isProximalOf(site("KNEE_L"), site("KNEE_L"))).isFalse();
    }

    @Test
    void proximalSitesOfTheCalfAreTheThighKneeAndTheNodesItDrainsInto() {
      assertThat(anatomy.proximalSites(site("CALF_L")))
          .contains(site("THIGH_MEDIAL_L"), site("KNEE_L"), group("POPLITEAL_L"))
          .contains(group("TERMINUS_L"))
          .doesNotContain(site("CALF_L"), site("FOOT_L"), site("THIGH_MEDIAL_R"));
      assertThat(anatomy.proximalSites(group("TERMINUS_L"))).isEmpty();
    }

    @Test
    void proximalSitesRejectsASiteOfAnotherAnatomy() {
      Region knee = anatomy.region("KNEE_L");
      Region stranger =
          Region.builder()
              .id(knee.id())
              .name("a knee of another anatomy")
              .side(knee.side())
              .part(knee.part())
              .territory(knee.territory())
              .addAllSources(knee.sources())
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.proximalSites(stranger))
          .withMessageContaining("KNEE_L is not part of this anatomy");
    }
  }

  @Nested
  class Mirroring {
    @Test
    void pairedSitesMirrorToTheOtherSide() {
      assertThat(anatomy.mirror(site("AXILLARY_L"))).isEqualTo(site("AXILLARY_R"));
      assertThat(anatomy.mirror(group("TERMINUS_R"))).isEqualTo(group("TERMINUS_L"));
      assertThat(anatomy.mirror(region("THIGH_MEDIAL_L"))).isEqualTo(region("THIGH_MEDIAL_R"));
    }

    @Test
    void midlineSitesMirrorToThemselves() {
      assertThat(anatomy.mirror(site("CISTERNA_CHYLI"))).isEqualTo(site("CISTERNA_CHYLI"));
      assertThat(anatomy.mirror(group("SUBMENTAL"))).isEqualTo(group("SUBMENTAL"));
    }

    @Test
    void sidedAnastomosesMirrorToTheOtherSideAndCrossingOnesToThemselves() {
      assertThat(anatomy.mirror(anatomy.anastomosis("AIA_L")))
          .isEqualTo(anatomy.anastomosis("AIA_R"));
      assertThat(anatomy.mirror(anatomy.anastomosis("AIA_R")))
          .isEqualTo(anatomy.anastomosis("AIA_L"));
      assertThat(anatomy.mirror(anatomy.anastomosis("AAA"))).isEqualTo(anatomy.anastomosis("AAA"));
      assertThat(anatomy.mirror(anatomy.anastomosis("PII"))).isEqualTo(anatomy.anastomosis("PII"));
    }
  }

  @Nested
  class Lookups {
    @Test
    void unknownIdsFailNamingTheId() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.site("ELBOW_X"))
          .withMessageContaining("ELBOW_X");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.region("AXILLARY_L"))
          .withMessageContaining("AXILLARY_L");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.nodeGroup("CALF_L"))
          .withMessageContaining("CALF_L");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.territory("TAIL"))
          .withMessageContaining("TAIL");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.watershed("MIDDLE"))
          .withMessageContaining("MIDDLE");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.anastomosis("XYZ"))
          .withMessageContaining("XYZ");
    }

    @Test
    void findersReturnEmptyForUnknownOrWrongKindIds() {
      assertThat(anatomy.findSite("ELBOW_X")).isEmpty();
      assertThat(anatomy.findRegion("AXILLARY_L")).isEmpty();
      assertThat(anatomy.findNodeGroup("CALF_L")).isEmpty();
      assertThat(anatomy.findAnastomosis("XYZ")).isEmpty();
      assertThat(anatomy.findNodeGroup("AXILLARY_L")).contains(group("AXILLARY_L"));
    }

    @Test
    void rejectsASiteThatIsNotPartOfThisAnatomy() {
      Region changed =
          Region.builder()
              .id("CALF_L")
              .name("left calf, another view")
              .side(Side.LEFT)
              .part(BodyPart.LOWER_LEG)
              .territory("LEG_L")
              .addSources("S25")
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> anatomy.route(changed))
          .withMessageContaining("CALF_L");
    }

    @Test
    void catalogueSizesAndDrainageGraphAgree() {
      assertThat(anatomy.sites()).hasSize(anatomy.nodeGroups().size() + anatomy.regions().size());
      assertThat(anatomy.drainageGraph().nodes())
          .containsExactlyInAnyOrderElementsOf(anatomy.sites());
      assertThat(anatomy.drainageGraph().edges())
          .containsExactlyInAnyOrderElementsOf(anatomy.pathways());
      assertThat(anatomy.toString()).contains("node groups", "regions");
    }
  }

  @Nested
  class Codings {
    /**
     * Every code listed in reference §9: SNOMED CT from DICOM CID 7600, one row of the table per
     * line, and the Uberon/FMA pairs from Uberon's bridge file.
     */
    private final Set<Coding> confirmed =
        ImmutableSet.<Coding>builder()
            .addAll(codes(CodeSystem.SNOMED_CT, "59441001 44914007 4942000"))
            .addAll(
                codes(CodeSystem.SNOMED_CT, "68171009 16051009 283001 33770006 69691007 12196003"))
            .addAll(codes(CodeSystem.SNOMED_CT, "8928004 113340006 65266007"))
            .addAll(codes(CodeSystem.SNOMED_CT, "76838003 9659009"))
            .addAll(codes(CodeSystem.SNOMED_CT, "81105003 279144003 279145002 58130000"))
            .addAll(codes(CodeSystem.SNOMED_CT, "47471008 12728001 35721009"))
            .addAll(codes(CodeSystem.SNOMED_CT, "34775006 28870006"))
            .addAll(
                codes(
                    CodeSystem.UBERON,
                    "UBERON:0000029 UBERON:0001097 UBERON:0001542 UBERON:0001543 UBERON:0002429"))
            .addAll(codes(CodeSystem.FMA, "FMA:5034 FMA:276805 FMA:44226 FMA:44227 FMA:61213"))
            .build();

    private List<Coding> codes(CodeSystem system, String spaceSeparatedCodes) {
      return Splitter.on(' ')
          .splitToStream(spaceSeparatedCodes)
          .map(c -> Coding.of(system, c))
          .collect(Collectors.toList());
    }

    @Test
    void axillaryNodesCarrySnomedUberonAndFmaCodes() {
      assertThat(group("AXILLARY_L").codings())
          .containsExactly(
              Coding.of(CodeSystem.SNOMED_CT, "68171009"),
              Coding.of(CodeSystem.UBERON, "UBERON:0001097"),
              Coding.of(CodeSystem.FMA, "FMA:276805"));
      assertThat(group("AXILLARY_R").codings()).isEqualTo(group("AXILLARY_L").codings());
    }

    @Test
    void poplitealNodesCarrySnomedUberonAndFmaCodes() {
      assertThat(group("POPLITEAL_R").codings())
          .containsExactly(
              Coding.of(CodeSystem.SNOMED_CT, "47471008"),
              Coding.of(CodeSystem.UBERON, "UBERON:0001543"),
              Coding.of(CodeSystem.FMA, "FMA:44227"));
    }

    @Test
    void subGroupsCarryTheirSnomedCodesOnly() {
      assertThat(group("INGUINAL_SUPERFICIAL_L").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "113340006"));
      assertThat(group("INGUINAL_DEEP_L").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "65266007"));
      assertThat(group("CERVICAL_DEEP_R").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "279145002"));
      assertThat(group("CERVICAL_SUPERFICIAL_R").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "279144003"));
      assertThat(group("CUBITAL_L").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "34775006"));
      assertThat(group("TERMINUS_L").codings())
          .containsExactly(Coding.of(CodeSystem.SNOMED_CT, "76838003"));
    }

    @Test
    void groupsWithoutAConfirmedCodeCarryNone() {
      Stream.of(
              "SUBMANDIBULAR_L",
              "SUBMANDIBULAR_R",
              "SUBMENTAL",
              "PREAURICULAR_L",
              "RETROAURICULAR_R",
              "OCCIPITAL_L",
              "PARASTERNAL_R",
              "INTERCOSTAL_L",
              "CISTERNA_CHYLI")
          .forEach(id -> assertThat(group(id).codings()).as(id).isEmpty());
    }

    @Test
    void everyCodingIsOneTheReferenceConfirms() {
      assertThat(anatomy.nodeGroups())
          .flatExtracting(NodeGroup::codings)
          .isNotEmpty()
          .allSatisfy(c -> assertThat(confirmed).contains(c));
    }
  }

  @Nested
  class SourceKeys {
    private static final Pattern KEY = Pattern.compile("S\\d+");

    /**
     * The keys of the Sources table of the domain reference (S1 to S55, without gaps), and the one
     * source added since for anatomy the reference lacks: S61, the route out of the head and neck
     * after a neck dissection.
     */
    private final Set<String> referenceKeys =
        Stream.concat(IntStream.rangeClosed(1, 55).mapToObj(i -> "S" + i), Stream.of("S61"))
            .collect(Collectors.toSet());

    private Stream<String> everySourceKey() {
      return Stream.of(
              anatomy.sites().stream().flatMap(s -> s.sources().stream()),
              anatomy.territories().stream().flatMap(t -> t.sources().stream()),
              anatomy.watersheds().stream().flatMap(w -> w.sources().stream()),
              anatomy.anastomoses().stream().flatMap(a -> a.sources().stream()),
              anatomy.pathways().stream().flatMap(p -> p.sources().stream()))
          .flatMap(s -> s);
    }

    @Test
    void everySourceKeyOfTheStandardAnatomyIsListedInTheReference() {
      assertThat(everySourceKey().collect(Collectors.toList()))
          .isNotEmpty()
          .allSatisfy(
              key -> {
                assertThat(key).matches(KEY);
                assertThat(referenceKeys).contains(key);
                assertThat(Sources.find(key)).as("bibliography entry for %s", key).isPresent();
              });
    }

    @Test
    void everyEntryOfTheStandardAnatomyRestsOnASource() {
      assertThat(anatomy.sites()).allSatisfy(s -> assertThat(s.sources()).as(s.id()).isNotEmpty());
      assertThat(anatomy.pathways()).allSatisfy(p -> assertThat(p.sources()).isNotEmpty());
    }
  }
}
