package io.github.lympha.anatomy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.lympha.anatomy.Coding.CodeSystem;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Value semantics and null-hostility of the anatomy types, checked with guava-testlib. */
class AnatomyValuesTest {
  // A new copy per test: the standard anatomy's tables and remembered routes were built once,
  // before any mutant PIT puts in; a copy computes them again.
  private final Anatomy anatomy = Anatomy.standard().toBuilder().build();

  private static NodeGroup.Builder axillaryLeft() {
    return NodeGroup.builder()
        .id("AXILLARY_L")
        .name("left axillary nodes")
        .side(Side.LEFT)
        .part(BodyPart.AXILLA)
        .description("Armpit.")
        .addSources("S11");
  }

  private static Region.Builder calfLeft() {
    return Region.builder()
        .id("CALF_L")
        .name("left calf")
        .side(Side.LEFT)
        .part(BodyPart.LOWER_LEG)
        .territory("LEG_L")
        .addSources("S25");
  }

  @Test
  void nodeGroupsAreEqualExactlyWhenAllTheirAttributesAre() {
    new EqualsTester()
        .addEqualityGroup(axillaryLeft().build(), axillaryLeft().build())
        .addEqualityGroup(axillaryLeft().isTerminus(true).build())
        .addEqualityGroup(
            axillaryLeft().addCodings(Coding.of(CodeSystem.SNOMED_CT, "68171009")).build())
        .addEqualityGroup(axillaryLeft().addSources("S12").build())
        .addEqualityGroup(
            NodeGroup.builder()
                .id("AXILLARY_R")
                .name("left axillary nodes")
                .side(Side.LEFT)
                .part(BodyPart.AXILLA)
                .description("Armpit.")
                .addSources("S11")
                .build())
        .addEqualityGroup(anatomy.nodeGroup("AXILLARY_L"))
        .testEquals();
  }

  @Test
  void regionsAreEqualExactlyWhenAllTheirAttributesAre() {
    new EqualsTester()
        .addEqualityGroup(calfLeft().build(), calfLeft().build())
        .addEqualityGroup(calfLeft().addSources("S24").build())
        .addEqualityGroup(
            Region.builder()
                .id("CALF_L")
                .name("left calf")
                .side(Side.LEFT)
                .part(BodyPart.LOWER_LEG)
                .territory("LEG_R")
                .addSources("S25")
                .build())
        .addEqualityGroup(anatomy.region("CALF_L"), anatomy.toBuilder().build().region("CALF_L"))
        .addEqualityGroup(anatomy.region("CALF_R"))
        .testEquals();
  }

  @Test
  void pathwaysAreEqualExactlyWhenTheirEndsKindViaAndSourcesAre() {
    new EqualsTester()
        .addEqualityGroup(
            Pathway.of("CALF_L", "POPLITEAL_L", PathwayKind.TERRITORIAL, "S25", "S26"),
            Pathway.builder()
                .from("CALF_L")
                .to("POPLITEAL_L")
                .kind(PathwayKind.TERRITORIAL)
                .addSources("S25", "S26")
                .build())
        .addEqualityGroup(Pathway.of("CALF_L", "POPLITEAL_L", PathwayKind.TERRITORIAL, "S25"))
        .addEqualityGroup(Pathway.of("CALF_L", "KNEE_L", PathwayKind.PLEXUS, "S25", "S26"))
        .addEqualityGroup(Pathway.of("POPLITEAL_L", "INGUINAL_DEEP_L", PathwayKind.EFFERENT, "S26"))
        .addEqualityGroup(
            Pathway.anastomotic("CHEST_L", "AXILLARY_R", "AAA", "S33"),
            Pathway.anastomotic("CHEST_L", "AXILLARY_R", "AAA", "S33"))
        .addEqualityGroup(Pathway.anastomotic("CHEST_L", "AXILLARY_R", "PAA", "S33"))
        .testEquals();
  }

  @Test
  void otherValueTypesHaveValueEquality() {
    Anatomy rebuilt = anatomy.toBuilder().build();
    new EqualsTester()
        .addEqualityGroup(
            Coding.of(CodeSystem.SNOMED_CT, "68171009"),
            Coding.of(CodeSystem.SNOMED_CT, "68171009"))
        .addEqualityGroup(Coding.of(CodeSystem.SNOMED_CT, "8928004"))
        .addEqualityGroup(Coding.of(CodeSystem.FMA, "68171009"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            anatomy.route(anatomy.site("CALF_R")), rebuilt.route(rebuilt.site("CALF_R")))
        .addEqualityGroup(anatomy.route(anatomy.site("CALF_L")))
        .testEquals();
  }

  @Test
  void staticFactoriesOfTheValueTypesRejectNulls() {
    NullPointerTester tester = testerWithAnatomyDefaults();
    for (Class<?> type :
        List.of(
            Anastomosis.class,
            Anatomy.class,
            BodyArea.class,
            BodyPart.class,
            Coding.class,
            CodeSystem.class,
            NodeGroup.class,
            Pathway.class,
            PathwayKind.class,
            Region.class,
            Route.class,
            RouteResult.class,
            Side.class,
            Site.class,
            Territory.class,
            Watershed.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicConstructors(type);
    }
    for (Class<?> builder :
        List.of(
            Anastomosis.Builder.class,
            NodeGroup.Builder.class,
            Pathway.Builder.class,
            Region.Builder.class,
            Territory.Builder.class,
            Watershed.Builder.class)) {
      tester.testAllPublicConstructors(builder);
    }
  }

  @Test
  void anatomyQueriesRejectNulls() {
    testerWithAnatomyDefaults().testAllPublicInstanceMethods(anatomy);
  }

  @Test
  void anatomyBuilderRejectsNulls() {
    NullPointerTester tester = testerWithAnatomyDefaults();
    tester.testAllPublicInstanceMethods(anatomy.toBuilder());
  }

  /** A tester whose sample arguments are real entries of the standard map. */
  private NullPointerTester testerWithAnatomyDefaults() {
    NullPointerTester tester = new NullPointerTester();
    Region calf = anatomy.region("CALF_L");
    NodeGroup popliteal = anatomy.nodeGroup("POPLITEAL_L");
    tester.setDefault(Site.class, calf);
    tester.setDefault(Region.class, calf);
    tester.setDefault(NodeGroup.class, popliteal);
    tester.setDefault(Territory.class, anatomy.territory("LEG_L"));
    tester.setDefault(Watershed.class, anatomy.watershed("SAGITTAL"));
    tester.setDefault(Anastomosis.class, anatomy.anastomosis("AIA_L"));
    tester.setDefault(Pathway.class, Pathway.of("CALF_L", "KNEE_L", PathwayKind.PLEXUS, "S29"));
    tester.setDefault(Route.class, anatomy.route(calf));
    tester.setDefault(Set.class, ImmutableSet.of(popliteal));
    tester.setDefault(List.class, ImmutableList.of("POPLITEAL_L"));
    tester.setDefault(String.class, "CALF_L");
    tester.setDefault(Station.class, anatomy.findStation("INGUINAL_L").orElseThrow());
    return tester;
  }
}
