package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.lympha.anatomy.Coding.CodeSystem;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Building, extending and overriding an anatomy, and the checks that keep it consistent. */
class AnatomyBuilderTest {
  private final Anatomy standard = Anatomy.standard();

  private static List<String> ids(List<? extends Site> sites) {
    return sites.stream().map(Site::id).collect(Collectors.toList());
  }

  /** The infraclavicular (apical) nodes the reference mentions for the cephalic route (§2). */
  private static NodeGroup infraclavicular() {
    return NodeGroup.builder()
        .id("INFRACLAVICULAR_L")
        .name("left infraclavicular nodes")
        .side(Side.LEFT)
        .part(BodyPart.AXILLA)
        .description("Below the clavicle, at the end of the cephalic vein.")
        .addCodings(Coding.of(CodeSystem.SNOMED_CT, "9659009"))
        .addSources("S20", "S22")
        .build();
  }

  private static Region thumb() {
    return Region.builder()
        .id("THUMB_L")
        .name("left thumb")
        .side(Side.LEFT)
        .part(BodyPart.HAND)
        .territory("ARM_L")
        .addSources("S22")
        .build();
  }

  @Nested
  class ExtendingAndOverriding {
    @Test
    void toBuilderRoundTripEqualsTheStandard() {
      Anatomy copy = standard.toBuilder().build();

      assertThat(copy).isEqualTo(standard).hasSameHashCodeAs(standard);
      assertThat(copy.sites()).containsExactlyElementsOf(standard.sites());
      assertThat(copy.pathways()).containsExactlyElementsOf(standard.pathways());
      assertThat(copy.route(copy.site("CALF_R")))
          .isEqualTo(standard.route(standard.site("CALF_R")));
    }

    @Test
    void anAppCanAddANodeGroupAndARegion() {
      Anatomy extended =
          standard.toBuilder()
              .putNodeGroup(infraclavicular())
              .putRegion(thumb())
              .addPathway(
                  Pathway.of("INFRACLAVICULAR_L", "TERMINUS_L", PathwayKind.EFFERENT, "S14"))
              .addPathway(
                  Pathway.of("THUMB_L", "INFRACLAVICULAR_L", PathwayKind.TERRITORIAL, "S22"))
              .build();

      assertThat(extended).isNotEqualTo(standard);
      assertThat(extended.route(extended.site("THUMB_L")).describe())
          .isEqualTo("THUMB_L → INFRACLAVICULAR_L → TERMINUS_L");
      assertThat(extended.regionsOf(extended.territory("ARM_L"))).contains(thumb());
      assertThat(extended.territoriesDrainedBy(infraclavicular())).containsExactly("ARM_L");
      assertThat(standard.findSite("THUMB_L")).as("the standard is unchanged").isEmpty();
    }

    @Test
    void anAppCanOverrideTheRegionalNodeGroupsOfARegion() {
      Anatomy patient =
          standard.toBuilder()
              .putNodeGroup(infraclavicular())
              .addPathway(
                  Pathway.of("INFRACLAVICULAR_L", "TERMINUS_L", PathwayKind.EFFERENT, "S14"))
              .overrideRegionalNodeGroups(
                  "UPPER_ARM_LATERAL_L", List.of("INFRACLAVICULAR_L", "AXILLARY_L"), "S22")
              .build();

      Region arm = patient.region("UPPER_ARM_LATERAL_L");
      assertThat(ids(patient.regionalNodeGroups(arm)))
          .containsExactly("INFRACLAVICULAR_L", "AXILLARY_L");
      assertThat(patient.route(arm).describe())
          .isEqualTo("UPPER_ARM_LATERAL_L → INFRACLAVICULAR_L → TERMINUS_L");
      assertThat(patient.pathwaysFrom(arm))
          .as("plexus pathways of the region are kept")
          .anySatisfy(p -> assertThat(p.kind()).isEqualTo(PathwayKind.PLEXUS));
      assertThat(ids(patient.regionalNodeGroups(patient.region("UPPER_ARM_LATERAL_R"))))
          .as("the other side is unchanged")
          .containsExactly("AXILLARY_R");
    }

    @Test
    void overridingReordersWhichRegionalNodeGroupIsUsual() {
      Anatomy patient =
          standard.toBuilder()
              .overrideRegionalNodeGroups(
                  "CALF_R", List.of("INGUINAL_SUPERFICIAL_R", "POPLITEAL_R"), "S25")
              .build();

      assertThat(patient.route(patient.site("CALF_R")).describe())
          .isEqualTo(
              "CALF_R → INGUINAL_SUPERFICIAL_R → INGUINAL_DEEP_R → CISTERNA_CHYLI → TERMINUS_L");
      assertThat(patient.pathways()).hasSameSizeAs(standard.pathways());
    }

    @Test
    void overridingWithNoNodeGroupFailsNamingTheRegion() {
      Anatomy.Builder builder = standard.toBuilder();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder.overrideRegionalNodeGroups("CALF_R", List.of(), "S25"))
          .withMessageContaining("CALF_R");
    }

    @Test
    void puttingAnEntryWithAnExistingIdReplacesIt() {
      Region renamed =
          Region.builder()
              .id("CALF_L")
              .name("left calf and shin")
              .side(Side.LEFT)
              .part(BodyPart.LOWER_LEG)
              .territory("LEG_L")
              .addSources("S25")
              .build();

      Anatomy patient = standard.toBuilder().putRegion(renamed).build();

      assertThat(patient.region("CALF_L").name()).isEqualTo("left calf and shin");
      assertThat(patient.sites()).hasSameSizeAs(standard.sites());
    }

    @Test
    void removingPathwaysDropsOnlyThoseThatMatch() {
      Anatomy withoutAii =
          standard.toBuilder()
              .removePathways(p -> p.via().filter("AII"::equals).isPresent())
              .build();

      assertThat(withoutAii.pathways())
          .isNotEmpty()
          .noneSatisfy(p -> assertThat(p.via()).contains("AII"));
      assertThat(withoutAii.anastomosesFrom(withoutAii.region("ABDOMEN_L"))).isEmpty();
      assertThat(withoutAii.route(withoutAii.site("ABDOMEN_L")))
          .isEqualTo(standard.route(standard.site("ABDOMEN_L")));
    }

    @Test
    void aSmallAnatomyCanBeBuiltFromScratch() {
      Anatomy tiny =
          Anatomy.builder()
              .putNodeGroup(
                  NodeGroup.builder()
                      .id("TERMINUS_L")
                      .name("left terminus")
                      .side(Side.LEFT)
                      .part(BodyPart.NECK)
                      .description("Left venous angle.")
                      .isTerminus(true)
                      .addSources("S14")
                      .build())
              .putTerritory(
                  Territory.builder()
                      .id("NECK_L")
                      .name("left neck")
                      .side(Side.LEFT)
                      .addSources("S15")
                      .build())
              .putRegion(
                  Region.builder()
                      .id("NECK_L")
                      .name("left neck")
                      .side(Side.LEFT)
                      .part(BodyPart.NECK)
                      .territory("NECK_L")
                      .addSources("S15")
                      .build())
              .addPathway(Pathway.of("NECK_L", "TERMINUS_L", PathwayKind.TERRITORIAL, "S15"))
              .build();

      assertThat(tiny.route(tiny.site("NECK_L")).describe()).isEqualTo("NECK_L → TERMINUS_L");
      assertThat(tiny.termini()).extracting(NodeGroup::id).containsExactly("TERMINUS_L");
    }
  }

  @Nested
  class RejectedAnatomies {
    @Test
    void rejectsAPathwayToAnUnknownSiteNamingIt() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("CALF_L", "ILIAC_L", PathwayKind.TERRITORIAL, "S24"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("Dangling")
          .withMessageContaining("ILIAC_L");
    }

    @Test
    void rejectsAPathwayFromAnUnknownSiteNamingIt() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("ANKLE_L", "POPLITEAL_L", PathwayKind.TERRITORIAL, "S26"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("ANKLE_L");
    }

    @Test
    void rejectsAnEfferentPathwayOutOfATerminus() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("TERMINUS_R", "TERMINUS_L", PathwayKind.EFFERENT, "S14"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("Contradictory")
          .withMessageContaining("TERMINUS_R -> TERMINUS_L")
          .withMessageContaining("terminus");
    }

    @Test
    void rejectsAnEfferentPathwayOutOfARegion() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("CALF_L", "POPLITEAL_L", PathwayKind.EFFERENT, "S26"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("CALF_L -> POPLITEAL_L")
          .withMessageContaining("EFFERENT");
    }

    @Test
    void rejectsATerritorialPathwayFromANodeGroup() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("CUBITAL_L", "AXILLARY_L", PathwayKind.TERRITORIAL, "S20"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("Contradictory")
          .withMessageContaining("CUBITAL_L -> AXILLARY_L")
          .withMessageContaining("TERRITORIAL");
    }

    @Test
    void rejectsAPlexusPathwayIntoANodeGroup() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("HAND_L", "CUBITAL_L", PathwayKind.PLEXUS, "S29"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("HAND_L -> CUBITAL_L")
          .withMessageContaining("PLEXUS");
    }

    @Test
    void rejectsAnAnastomoticPathwayThroughAnAnastomosisThatDoesNotReachItsTarget() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.anastomotic("CHEST_L", "INGUINAL_SUPERFICIAL_R", "AAA", "S33"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("CHEST_L -> INGUINAL_SUPERFICIAL_R")
          .withMessageContaining("AAA")
          .withMessageContaining("INGUINAL_SUPERFICIAL_R");
    }

    @Test
    void rejectsAnAnastomoticPathwayThroughAnUnknownAnastomosis() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.anastomotic("CHEST_L", "AXILLARY_R", "XAA", "S33"));

      assertThatIllegalArgumentException().isThrownBy(builder::build).withMessageContaining("XAA");
    }

    @Test
    void rejectsADuplicatePathway() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(
                  Pathway.of("CUBITAL_L", "AXILLARY_L", PathwayKind.EFFERENT, "S20", "S22"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("Duplicate")
          .withMessageContaining("CUBITAL_L -> AXILLARY_L");
    }

    @Test
    void rejectsAPhysiologicalCycleNamingTheSitesOnIt() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .addPathway(Pathway.of("AXILLARY_L", "CUBITAL_L", PathwayKind.EFFERENT, "S20"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("cycle")
          .withMessageContaining("AXILLARY_L")
          .withMessageContaining("CUBITAL_L")
          .withMessageNotContaining("TERMINUS_L");
    }

    @Test
    void acceptsACycleOfCollateralPathways() {
      Anatomy withLoop =
          standard.toBuilder()
              .addPathway(Pathway.of("FOREARM_L", "HAND_L", PathwayKind.PLEXUS, "S29"))
              .build();

      assertThat(withLoop.route(withLoop.site("HAND_L")))
          .isEqualTo(standard.route(standard.site("HAND_L")));
    }

    @Test
    void rejectsARegionWithNoTerritorialPathway() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .removePathways(
                  p -> p.from().equals("CHEST_L") && p.kind() == PathwayKind.TERRITORIAL);

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("CHEST_L")
          .withMessageContaining("no territorial pathway");
    }

    @Test
    void rejectsANodeGroupWithNoNextStationThatIsNotATerminus() {
      Anatomy.Builder builder =
          standard.toBuilder()
              .removePathways(
                  p -> p.from().equals("AXILLARY_L") && p.kind() == PathwayKind.EFFERENT);

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("AXILLARY_L")
          .withMessageContaining("no next station");
    }

    @Test
    void rejectsANewNodeGroupLeftWithoutANextStation() {
      Anatomy.Builder builder = standard.toBuilder().putNodeGroup(infraclavicular());

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("INFRACLAVICULAR_L")
          .withMessageContaining("no next station");
    }

    @Test
    void rejectsARegionInAnUnknownTerritory() {
      Region tail =
          Region.builder()
              .id("TAIL")
              .name("tail")
              .side(Side.MIDLINE)
              .part(BodyPart.PELVIS)
              .territory("TAIL_TERRITORY")
              .addSources("S24")
              .build();
      Anatomy.Builder builder =
          standard.toBuilder()
              .putRegion(tail)
              .addPathway(
                  Pathway.of("TAIL", "INGUINAL_SUPERFICIAL_L", PathwayKind.TERRITORIAL, "S24"));

      assertThatIllegalArgumentException()
          .isThrownBy(builder::build)
          .withMessageContaining("TAIL")
          .withMessageContaining("TAIL_TERRITORY");
    }

    @Test
    void rejectsAWatershedNamingAnUnknownTerritory() {
      Watershed odd =
          Watershed.builder()
              .id("ODD")
              .name("odd watershed")
              .description("Nowhere.")
              .addSideA("ARM_L")
              .addSideB("WING_L")
              .addSources("S30")
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.toBuilder().putWatershed(odd).build())
          .withMessageContaining("ODD")
          .withMessageContaining("WING_L");
    }

    @Test
    void rejectsAnAnastomosisConnectingAnUnknownNodeGroup() {
      Anastomosis odd =
          Anastomosis.builder()
              .id("AXA")
              .name("odd anastomosis")
              .description("Nowhere.")
              .crosses("SAGITTAL")
              .addConnects("AXILLARY_L", "ILIAC_R")
              .addSources("S7")
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.toBuilder().putAnastomosis(odd).build())
          .withMessageContaining("AXA")
          .withMessageContaining("ILIAC_R");
    }

    @Test
    void rejectsAnAnastomosisAcrossAnUnknownWatershed() {
      Anastomosis odd =
          Anastomosis.builder()
              .id("AXA")
              .name("odd anastomosis")
              .description("Nowhere.")
              .crosses("CORONAL")
              .addConnects("AXILLARY_L", "AXILLARY_R")
              .addSources("S7")
              .build();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> standard.toBuilder().putAnastomosis(odd).build())
          .withMessageContaining("AXA")
          .withMessageContaining("CORONAL");
    }
  }

  @Nested
  class ValueInvariants {
    @Test
    void rejectsABlankNodeGroupNameNamingTheGroup() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  NodeGroup.builder()
                      .id("AXILLARY_L")
                      .name("  ")
                      .side(Side.LEFT)
                      .part(BodyPart.AXILLA)
                      .description("Armpit.")
                      .addSources("S11")
                      .build())
          .withMessageContaining("AXILLARY_L")
          .withMessageContaining("name");
    }

    @Test
    void rejectsABlankRegionNameNamingTheRegion() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Region.builder()
                      .id("CALF_L")
                      .name("")
                      .side(Side.LEFT)
                      .part(BodyPart.LOWER_LEG)
                      .territory("LEG_L")
                      .addSources("S25")
                      .build())
          .withMessageContaining("CALF_L")
          .withMessageContaining("name");
    }

    @Test
    void rejectsAnIdThatIsNotUpperSnakeCaseNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  NodeGroup.builder()
                      .id("axillary-left")
                      .name("left axillary nodes")
                      .side(Side.LEFT)
                      .part(BodyPart.AXILLA)
                      .description("Armpit.")
                      .addSources("S11")
                      .build())
          .withMessageContaining("\"axillary-left\"")
          .withMessageContaining("AXILLARY_L");
    }

    @Test
    void rejectsARegionInATerritoryWithABadIdNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Region.builder()
                      .id("CALF_L")
                      .name("left calf")
                      .side(Side.LEFT)
                      .part(BodyPart.LOWER_LEG)
                      .territory("leg left")
                      .addSources("S25")
                      .build())
          .withMessageContaining("territory")
          .withMessageContaining("leg left");
    }

    @Test
    void rejectsAnEntryWithoutSourcesNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> Territory.builder().id("ARM_L").name("left arm").side(Side.LEFT).build())
          .withMessageContaining("ARM_L")
          .withMessageContaining("source");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Pathway.of("HAND_L", "CUBITAL_L", PathwayKind.TERRITORIAL))
          .withMessageContaining("HAND_L -> CUBITAL_L");
    }

    @Test
    void rejectsAViaOnAPathwayThatIsNotAnastomoticNamingThePathway() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Pathway.builder()
                      .from("CHEST_L")
                      .to("AXILLARY_R")
                      .kind(PathwayKind.TERRITORIAL)
                      .via("AAA")
                      .addSources("S33")
                      .build())
          .withMessageContaining("CHEST_L -> AXILLARY_R")
          .withMessageContaining("TERRITORIAL")
          .withMessageContaining("via");
    }

    @Test
    void rejectsAnAnastomoticPathwayWithoutAVia() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Pathway.builder()
                      .from("CHEST_L")
                      .to("AXILLARY_R")
                      .kind(PathwayKind.ANASTOMOTIC)
                      .addSources("S33")
                      .build())
          .withMessageContaining("CHEST_L -> AXILLARY_R")
          .withMessageContaining("ANASTOMOTIC");
    }

    @Test
    void rejectsAPathwayFromASiteToItself() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Pathway.of("CALF_L", "CALF_L", PathwayKind.PLEXUS, "S29"))
          .withMessageContaining("CALF_L");
    }

    @Test
    void rejectsAWatershedWithATerritoryOnBothSidesNamingTheTerritory() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Watershed.builder()
                      .id("SAGITTAL")
                      .name("sagittal watershed")
                      .description("The midline.")
                      .addSideA("ARM_L", "LEG_L")
                      .addSideB("ARM_R", "LEG_L")
                      .addSources("S29")
                      .build())
          .withMessageContaining("SAGITTAL")
          .withMessageContaining("LEG_L");
    }

    @Test
    void rejectsAWatershedWithAnEmptySide() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Watershed.builder()
                      .id("SAGITTAL")
                      .name("sagittal watershed")
                      .description("The midline.")
                      .addSideA("ARM_L")
                      .addSources("S29")
                      .build())
          .withMessageContaining("SAGITTAL");
    }

    @Test
    void rejectsAnAnastomosisThatDoesNotConnectTwoGroups() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Anastomosis.builder()
                      .id("AAA")
                      .name("anterior axillo-axillary anastomosis")
                      .description("Upper chest.")
                      .crosses("SAGITTAL")
                      .addConnects("AXILLARY_L")
                      .addSources("S7")
                      .build())
          .withMessageContaining("AAA")
          .withMessageContaining("AXILLARY_L");
    }

    @Test
    void rejectsABlankCodingNamingItsSystem() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Coding.of(CodeSystem.FMA, " "))
          .withMessageContaining("FMA");
    }

    @Test
    void rejectsARouteWhosePathwaysDoNotJoinItsSites() {
      Site calf = standard.site("CALF_L");
      Site terminus = standard.site("TERMINUS_L");
      Pathway unrelated = Pathway.of("HAND_L", "CUBITAL_L", PathwayKind.TERRITORIAL, "S20");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Route.of(List.of(calf, terminus), List.of(unrelated)))
          .withMessageContaining("HAND_L")
          .withMessageContaining("CALF_L");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Route.of(List.of(calf, terminus), List.of()))
          .withMessageContaining("2 sites");
    }

    @Test
    void rejectsARouteResultWithABlankExplanation() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> RouteResult.none(" "))
          .withMessageContaining("explanation");
    }
  }
}
