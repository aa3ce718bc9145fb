package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.ANATOMY;
import static io.github.lympha.validation.Fixtures.group;
import static io.github.lympha.validation.Fixtures.region;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.protocol.Step;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The drainage facts of single steps in the standard anatomy, written out in full: the kind, the
 * anastomoses and gateways of a crossing, and the three flags the direction rules read.
 */
class DrainageTest {

  private static Drainage removed(String... groups) {
    ImmutableMap.Builder<NodeGroup, Compromise> m = ImmutableMap.builder();
    for (String g : groups) {
      m.put(group(g), Compromise.REMOVED);
    }
    return new Drainage(ANATOMY, m.build());
  }

  private static String ids(Iterable<? extends Site> sites) {
    StringBuilder b = new StringBuilder();
    for (Site s : sites) {
      b.append(b.length() == 0 ? "" : " ").append(s.id());
    }
    return b.toString();
  }

  private static String anastomoses(Iterable<Anastomosis> all) {
    StringBuilder b = new StringBuilder();
    for (Anastomosis a : all) {
      b.append(b.length() == 0 ? "" : " ").append(a.id());
    }
    return b.toString();
  }

  /** removed groups (space-separated, or -), site, target, kind, throughRemoved, onward, comp. */
  @ParameterizedTest(name = "[{0}] {1} -> {2}: {3}")
  @CsvSource({
    "-, TERMINUS_L, TERMINUS_L, SELF, false, false, false",
    "-, CERVICAL_DEEP_L, TERMINUS_L, REGIONAL, false, false, false",
    "-, TERMINUS_L, CERVICAL_DEEP_L, AWAY, false, false, false",
    "-, FACE_UPPER_L, PREAURICULAR_L, REGIONAL, false, false, false",
    "-, FACE_UPPER_L, CERVICAL_DEEP_L, BEYOND, false, false, false",
    "-, FACE_UPPER_L, SUBMANDIBULAR_L, UNREACHABLE, false, false, false",
    "-, FACE_LOWER_L, SUBMANDIBULAR_R, NEAR, false, false, false",
    "-, NECK_L, TERMINUS_L, NEAR, false, false, false",
    "-, SHOULDER_L, CUBITAL_L, AWAY, false, false, false",
    "-, SHOULDER_L, POPLITEAL_L, AWAY, false, false, false",
    "-, SHOULDER_L, TERMINUS_R, NEIGHBOUR, false, false, false",
    "-, SHIN_L, POPLITEAL_L, NEIGHBOUR, false, false, false",
    "-, SHOULDER_L, AXILLARY_R, ANASTOMOTIC, false, false, false",
    "-, ABDOMEN_L, AXILLARY_L, PLEXUS, false, false, false",
    "AXILLARY_L, AXILLARY_L, TERMINUS_L, REGIONAL, false, false, true",
    "AXILLARY_L, AXILLARY_L, CUBITAL_L, AWAY, false, true, true",
    "AXILLARY_L, CUBITAL_L, TERMINUS_L, REGIONAL, true, false, true",
    "AXILLARY_L, CUBITAL_L, CUBITAL_L, SELF, false, true, true",
    "AXILLARY_L, CUBITAL_L, AXILLARY_L, REGIONAL, false, false, true",
    "AXILLARY_L, SHOULDER_L, TERMINUS_L, BEYOND, true, false, true",
    "AXILLARY_L, SHOULDER_L, AXILLARY_L, REGIONAL, false, false, true",
    "AXILLARY_L, SHOULDER_L, TERMINUS_R, NEIGHBOUR, false, false, true",
    "AXILLARY_L, SHOULDER_L, AXILLARY_R, ANASTOMOTIC, false, false, true",
    "AXILLARY_L, BREAST_L, TERMINUS_L, BEYOND, false, false, true",
    "AXILLARY_L, FOREARM_L, CUBITAL_L, REGIONAL, false, true, true",
    "AXILLARY_L, FACE_UPPER_L, TERMINUS_L, BEYOND, false, false, false",
    "AXILLARY_L, ABDOMEN_L, CUBITAL_L, AWAY, false, true, false",
    "AXILLARY_L, ABDOMEN_L, CUBITAL_R, AWAY, false, false, false",
    "INGUINAL_SUPERFICIAL_L, ABDOMEN_L, INGUINAL_DEEP_L, NEAR, true, false, true",
    "INGUINAL_SUPERFICIAL_L, KNEE_L, INGUINAL_DEEP_L, NEAR, false, false, true",
    "INGUINAL_SUPERFICIAL_L, KNEE_L, TERMINUS_L, BEYOND, false, false, true",
    "INGUINAL_SUPERFICIAL_L, SHOULDER_L, TERMINUS_R, NEIGHBOUR, false, false, false",
    "INGUINAL_SUPERFICIAL_L, ABDOMEN_L, INGUINAL_DEEP_R, NEIGHBOUR, false, false, true",
    "INGUINAL_DEEP_L, INGUINAL_SUPERFICIAL_L, TERMINUS_L, REGIONAL, true, false, true",
    "INGUINAL_DEEP_L, INGUINAL_SUPERFICIAL_L, INGUINAL_SUPERFICIAL_L, SELF, false, true, true",
    "INGUINAL_DEEP_L, POPLITEAL_L, INGUINAL_SUPERFICIAL_L, REGIONAL, false, true, true",
    "INGUINAL_DEEP_L, SHIN_L, POPLITEAL_L, NEIGHBOUR, false, true, true",
    "INGUINAL_DEEP_L, BREAST_L, INGUINAL_SUPERFICIAL_L, ANASTOMOTIC, false, true, false",
    "INGUINAL_DEEP_L, THIGH_MEDIAL_R, INGUINAL_SUPERFICIAL_L, PLEXUS, false, true, false",
    "AXILLARY_L INGUINAL_SUPERFICIAL_L, CALF_L, TERMINUS_L, BEYOND, false, false, true",
    "AXILLARY_L INGUINAL_SUPERFICIAL_L, SHIN_L, TERMINUS_L, BEYOND, true, false, true",
  })
  void classifiesTheStep(
      String removed,
      String site,
      String toward,
      Drainage.Kind kind,
      boolean throughRemoved,
      boolean onwardBlocked,
      boolean drainageCompromised) {
    Drainage d = removed.equals("-") ? removed() : removed(removed.split(" "));

    Drainage.Facts f = d.facts(step(site, toward));

    assertThat(f.kind).as("kind").isEqualTo(kind);
    assertThat(f.throughRemoved).as("through removed").isEqualTo(throughRemoved);
    assertThat(f.onwardBlocked).as("onward blocked").isEqualTo(onwardBlocked);
    assertThat(f.drainageCompromised).as("drainage compromised").isEqualTo(drainageCompromised);
    assertThat(f.isCrossing())
        .isEqualTo(kind == Drainage.Kind.ANASTOMOTIC || kind == Drainage.Kind.PLEXUS);
    if (!f.isCrossing()) {
      assertThat(f.anastomoses).isEmpty();
      assertThat(f.gateways).isEmpty();
      assertThat(f.crossable).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0} -> {1} via {2}")
  @CsvSource({
    "SHOULDER_L, AXILLARY_R, -, SHOULDER_L, AAA PAA, AAA PAA",
    "SHOULDER_L, AXILLARY_R, PAA, SHOULDER_L, PAA, AAA PAA",
    "SHOULDER_L, AXILLARY_R, AII, SHOULDER_L, AAA PAA, AAA PAA",
    "CHEST_L, AXILLARY_R, -, CHEST_L, AAA, AAA",
    "ABDOMEN_L, AXILLARY_L, -, FLANK_L, AIA_L, AIA_L",
    "ABDOMEN_L, INGUINAL_SUPERFICIAL_R, -, ABDOMEN_L, AII, AII",
    "UPPER_ARM_LATERAL_L, AXILLARY_R, AAA, SHOULDER_L, AAA, AAA PAA",
    "BUTTOCK_R, INGUINAL_SUPERFICIAL_L, -, SACRAL_R, PII, PII",
    "THIGH_MEDIAL_R, INGUINAL_SUPERFICIAL_L, -, SUPRAPUBIC_R ABDOMEN_R, AII, AII",
  })
  void namesTheAnastomosesAndGatewaysOfACrossing(
      String site,
      String toward,
      String via,
      String gateways,
      String anastomoses,
      String crossable) {
    Step step = step(site, toward);
    if (!via.equals("-")) {
      step = step.withVia(ANATOMY.anastomosis(via));
    }

    Drainage.Facts f = removed().facts(step);

    assertThat(ids(f.gateways)).isEqualTo(gateways);
    assertThat(anastomoses(f.anastomoses)).isEqualTo(anastomoses);
    assertThat(anastomoses(f.crossable)).isEqualTo(crossable);
  }

  @Test
  void aRemovedGroupElsewhereIsNotWhatStandsBetweenASiteAndANeighboursNodes() {
    // Regression: with only the left groin removed, a left-shoulder step toward the right
    // terminus was reported as reaching it "only through , which the patient context lists as
    // removed" (an empty list), because no neighbour drains there at all.
    Validator validator = Fixtures.validator();
    var context =
        io.github.lympha.patient.PatientContext.builder()
            .addCompromised(
                io.github.lympha.patient.CompromisedNodeGroup.of(
                    group("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
            .build();
    var protocol =
        Fixtures.protocol(
            Fixtures.nodes("TERMINUS_L"),
            Fixtures.nodes("TERMINUS_R"),
            step("SHOULDER_L", "TERMINUS_R"),
            step("BREAST_L", "CISTERNA_CHYLI"));

    assertThat(validator.validate(protocol, context).findings())
        .noneMatch(f -> f.ruleId().equals("TARGET_NODE_GROUP_REMOVED"))
        .noneMatch(f -> f.message().contains("through ,"));
  }

  @ParameterizedTest(name = "{0} distal of {1}: {2}")
  @CsvSource({
    "CUBITAL_L, SHOULDER_L, true",
    "CUBITAL_L, UPPER_ARM_MEDIAL_L, true",
    "CUBITAL_L, FOREARM_L, false",
    "CUBITAL_L, ELBOW_L, false",
    "CUBITAL_R, UPPER_ARM_MEDIAL_L, false",
    "POPLITEAL_L, THIGH_MEDIAL_L, true",
    "POPLITEAL_L, KNEE_L, false",
    "POPLITEAL_L, UPPER_ARM_MEDIAL_L, false",
    "POPLITEAL_L, ABDOMEN_R, true",
    "AXILLARY_L, ABDOMEN_L, false",
    "TERMINUS_L, FACE_UPPER_L, false",
  })
  void placesALimbGroupDistalOfTrunkAndNearerLimbRegions(
      String group, String region, boolean distal) {
    assertThat(Drainage.isDistal(group(group), region(region))).isEqualTo(distal);
  }

  @Test
  void reachAvoidingRemovedGroupsStopsAtThem() {
    assertThat(ids(removed().reachAvoidingHard(region("CALF_L"))))
        .isEqualTo("POPLITEAL_L INGUINAL_SUPERFICIAL_L INGUINAL_DEEP_L CISTERNA_CHYLI TERMINUS_L");
    assertThat(ids(removed("POPLITEAL_L").reachAvoidingHard(region("CALF_L"))))
        .isEqualTo("INGUINAL_SUPERFICIAL_L INGUINAL_DEEP_L CISTERNA_CHYLI TERMINUS_L");
    assertThat(removed("INGUINAL_DEEP_L").reachAvoidingHard(region("CALF_L")))
        .extracting(Site::id)
        .containsExactly("POPLITEAL_L", "INGUINAL_SUPERFICIAL_L");
  }

  @Test
  void relevanceAddsTheRerouteOnlyWhenTheAreaDrainsIntoACompromisedGroup() {
    Drainage.Relevance intact = removed().relevance(ImmutableSet.of(region("CALF_L")));
    Drainage.Relevance rerouted =
        removed("INGUINAL_SUPERFICIAL_L").relevance(ImmutableSet.of(region("CALF_L")));
    Drainage.Relevance elsewhere =
        removed("AXILLARY_R").relevance(ImmutableSet.of(region("CALF_L")));

    assertThat(intact.reroute).isFalse();
    assertThat(elsewhere.reroute).isFalse();
    assertThat(elsewhere.sites).isEqualTo(intact.sites);
    assertThat(rerouted.reroute).isTrue();
    assertThat(rerouted.sites).containsAll(intact.sites);
    assertThat(ids(intact.sites))
        .isEqualTo(
            "CALF_L TERMINUS_L INGUINAL_SUPERFICIAL_L INGUINAL_DEEP_L POPLITEAL_L CISTERNA_CHYLI"
                + " THIGH_MEDIAL_L THIGH_LATERAL_L THIGH_POSTERIOR_L KNEE_L");
    // The reroutes of REFERENCE.md section 2 (anastomoses): over the trunk to the axilla on the
    // same side
    // (axillo-inguinal anastomosis) and across the midline to the other groin.
    assertThat(Sets.difference(rerouted.sites, intact.sites))
        .contains(
            group("AXILLARY_L"),
            group("INGUINAL_SUPERFICIAL_R"),
            region("FLANK_L"),
            region("ABDOMEN_L"))
        .doesNotContain(group("AXILLARY_R"), group("TERMINUS_R"));
  }
}
