package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.group;
import static io.github.lympha.validation.Fixtures.nodes;
import static io.github.lympha.validation.Fixtures.protocol;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * TARGET_NODE_GROUP_REMOVED step by step: each reason it fires (works a removed group, sends lymph
 * toward one, reaches the target only through one, an impaired group, a blocked onward route), with
 * its severity, words, sites and fix (REFERENCE.md section 4 and [S7][S33][S34]).
 */
class TargetNodeGroupRemovedTest {
  private static final PatientContext AFTER_LEFT_AXILLARY_DISSECTION =
      PatientContext.builder()
          .addCompromised(CompromisedNodeGroup.of(group("AXILLARY_L"), Compromise.REMOVED))
          .addCompromised(
              CompromisedNodeGroup.of(group("INGUINAL_SUPERFICIAL_L"), Compromise.IMPAIRED))
          .build();

  private static final Protocol PROTOCOL =
      protocol(
          nodes("TERMINUS_L"),
          nodes("TERMINUS_R"),
          nodes("AXILLARY_L"),
          step("UPPER_ARM_MEDIAL_L", "AXILLARY_L"),
          step("CUBITAL_L", "TERMINUS_L"),
          step("FOREARM_L", "CUBITAL_L"),
          step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
          nodes("INGUINAL_SUPERFICIAL_L"),
          nodes("AXILLARY_R"),
          step("CHEST_R", "AXILLARY_R"));

  private static List<Finding> findings(PatientContext patient) {
    return Fixtures.validator().validate(PROTOCOL, patient).findings().stream()
        .filter(f -> f.ruleId().equals(RuleIds.TARGET_NODE_GROUP_REMOVED))
        .toList();
  }

  private static String line(Finding f) {
    return f.location().orElseThrow().stepIndex()
        + " "
        + f.severity()
        + " "
        + f.sites()
        + " "
        + f.message();
  }

  @Test
  void namesEachReasonAtItsStepWithTheForceOfItsSource() {
    assertThat(findings(AFTER_LEFT_AXILLARY_DISSECTION))
        .extracting(TargetNodeGroupRemovedTest::line)
        .containsExactly(
            "2 ERROR [AXILLARY_L] This step works the left axillary nodes, which the patient"
                + " context lists as removed: they take no lymph.",
            "3 ERROR [UPPER_ARM_MEDIAL_L, AXILLARY_L] This step sends lymph from the left inner"
                + " upper arm toward the left axillary nodes, which the patient context lists as"
                + " removed: they cannot take it.",
            "4 ERROR [CUBITAL_L, TERMINUS_L, AXILLARY_L] This step stretches the left cubital"
                + " (supratrochlear) nodes toward the left terminus (venous angle), but the lymph"
                + " of the left cubital (supratrochlear) nodes reaches them only through the left"
                + " axillary nodes, which the patient context lists as removed or irradiated.",
            "5 WARNING [FOREARM_L, CUBITAL_L] This step sends lymph toward the left cubital"
                + " (supratrochlear) nodes, whose onward route to the venous angle runs only"
                + " through node groups the patient context lists as removed or irradiated: the"
                + " lymph cannot move on from there.",
            "6 WARNING [THIGH_MEDIAL_L, INGUINAL_SUPERFICIAL_L] This step sends lymph toward the"
                + " left superficial inguinal nodes, which the patient context lists as impaired:"
                + " they may take little or no lymph.",
            "7 WARNING [INGUINAL_SUPERFICIAL_L] This step works the left superficial inguinal"
                + " nodes, which the patient context lists as impaired: they may take little or no"
                + " lymph.");
  }

  @Test
  void suggestsTheFirstNodeGroupOfAWorkingRouteOrLeavingTheStepOut() {
    List<String> fixes =
        findings(AFTER_LEFT_AXILLARY_DISSECTION).stream().map(f -> f.fix().orElseThrow()).toList();

    assertThat(fixes.get(0))
        .isEqualTo("Leave this step out: work the node groups of a working route instead.");
    assertThat(fixes.get(1))
        .isEqualTo(
            "Stretch toward the right axillary nodes over a route that avoids the compromised"
                + " nodes (Rerouted around AXILLARY_L, INGUINAL_SUPERFICIAL_L through the"
                + " anastomosis AAA: UPPER_ARM_MEDIAL_L → SHOULDER_L →(AAA) AXILLARY_R →"
                + " TERMINUS_R).");
    assertThat(fixes.get(2))
        .startsWith("Leave this step out: No route from CUBITAL_L to a venous angle")
        .endsWith("leads into them.");
    assertThat(fixes.get(3)).startsWith("Stretch toward the right axillary nodes");
    assertThat(fixes.get(4))
        .startsWith("Stretch toward the right superficial inguinal nodes")
        .contains("through the anastomosis AII");
    assertThat(fixes.get(5))
        .isEqualTo("Leave this step out: work the node groups of a working route instead.");
  }

  @Test
  void irradiatedGroupsAreRefusedLikeRemovedOnesAndIntactPatientsGetNothing() {
    PatientContext irradiated =
        PatientContext.builder()
            .addCompromised(CompromisedNodeGroup.of(group("AXILLARY_L"), Compromise.IRRADIATED))
            .build();

    assertThat(findings(irradiated))
        .extracting(f -> f.location().orElseThrow().stepIndex() + " " + f.severity())
        .containsExactly("2 ERROR", "3 ERROR", "4 ERROR", "5 WARNING");
    assertThat(findings(irradiated).get(0).message()).contains("lists as irradiated");
    assertThat(findings(PatientContext.none())).isEmpty();
  }
}
