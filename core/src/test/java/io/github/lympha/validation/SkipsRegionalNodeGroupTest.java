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
import io.github.lympha.technique.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SKIPS_REGIONAL_NODE_GROUP: each branch of the rule at its step ([S24][S25][S26]). */
class SkipsRegionalNodeGroupTest {
  private static final PatientContext GROIN_REMOVED =
      PatientContext.builder()
          .addCompromised(
              CompromisedNodeGroup.of(group("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
          .addCompromised(CompromisedNodeGroup.of(group("INGUINAL_DEEP_L"), Compromise.REMOVED))
          .build();

  private static List<Finding> findings(Protocol protocol, PatientContext patient) {
    return Fixtures.validator().validate(protocol, patient).findings().stream()
        .filter(f -> f.ruleId().equals(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .toList();
  }

  private static String line(Finding f) {
    return f.location().orElseThrow().stepIndex()
        + " "
        + f.severity()
        + " "
        + f.sites()
        + " "
        + f.message()
        + " | "
        + f.fix().orElse("-");
  }

  @Test
  void warnsWhenAStepPassesOrCrossesPastIntactRegionalNodes() {
    Protocol intact =
        protocol(
            nodes("TERMINUS_L"),
            nodes("TERMINUS_R"),
            nodes("AXILLARY_L"),
            step("FACE_UPPER_L", "CERVICAL_DEEP_L"),
            step("FACE_UPPER_L", "CERVICAL_DEEP_L", Stroke.EFFLEURAGE),
            step("KNEE_L", "AXILLARY_L"),
            step("THIGH_LATERAL_L", "AXILLARY_L"));

    assertThat(findings(intact, PatientContext.none()))
        .extracting(SkipsRegionalNodeGroupTest::line)
        .containsExactly(
            "3 WARNING [FACE_UPPER_L, CERVICAL_DEEP_L, PREAURICULAR_L] This step stretches the left"
                + " upper face (forehead, temple, eyelids, lateral cheek) toward the left deep"
                + " cervical nodes, past its regional node groups (the left preauricular (parotid)"
                + " nodes), which lie on the way. | Stretch toward the left preauricular (parotid)"
                + " nodes, worked before; the lymph reaches the left deep cervical nodes from"
                + " there.",
            "5 WARNING [KNEE_L, AXILLARY_L, POPLITEAL_L, INGUINAL_SUPERFICIAL_L] This step"
                + " stretches the left knee toward the left axillary nodes, skipping its regional"
                + " node groups (the left popliteal nodes and the left superficial inguinal nodes)"
                + " and crossing the lower transverse watershed. That is a reroute, which makes"
                + " sense only when the regional nodes are removed, irradiated or impaired; the"
                + " patient context does not say so. | Stretch toward the left popliteal nodes or"
                + " the left superficial inguinal nodes instead; if a reroute is intended, record"
                + " the compromised node groups in the patient context and route through the left"
                + " outer thigh and the left flank (side of the trunk below the waist), across the"
                + " left axillo-inguinal anastomosis.",
            "6 WARNING [THIGH_LATERAL_L, AXILLARY_L, INGUINAL_SUPERFICIAL_L] This step stretches"
                + " the left outer thigh toward the left axillary nodes, skipping its regional node"
                + " groups (the left superficial inguinal nodes) and crossing the lower transverse"
                + " watershed. That is a reroute, which makes sense only when the regional nodes"
                + " are removed, irradiated or impaired; the patient context does not say so. |"
                + " Stretch toward the left superficial inguinal nodes instead; if a reroute is"
                + " intended, record the compromised node groups in the patient context and route"
                + " through the left outer thigh, across the left axillo-inguinal anastomosis.");
  }

  @Test
  void aReasonedRerouteIsAnInfoUntilItRunsThroughARegionDrainedAcrossFirst() {
    Protocol rerouted =
        protocol(
            nodes("TERMINUS_L"),
            nodes("TERMINUS_R"),
            nodes("AXILLARY_L"),
            step("SHIN_L", "AXILLARY_L"),
            step("THIGH_LATERAL_L", "AXILLARY_L"),
            step("KNEE_L", "AXILLARY_L"),
            step("ABDOMEN_L", "TERMINUS_L"));

    // The knee comes after the outer thigh was drained across the anastomosis: no finding. The
    // abdomen's lymph reaches the terminus only through the removed groin: another rule's error.
    assertThat(findings(rerouted, GROIN_REMOVED))
        .extracting(SkipsRegionalNodeGroupTest::line)
        .containsExactly(
            "3 INFO [SHIN_L, AXILLARY_L, INGUINAL_SUPERFICIAL_L] This step stretches the left shin"
                + " toward the left axillary nodes, skipping its regional node groups (the left"
                + " superficial inguinal nodes); the patient context lists nodes on its route as"
                + " compromised, so a reroute has a reason. It does not border the left"
                + " axillo-inguinal anastomosis, though: the lymph first has to cross the skin of"
                + " the left outer thigh and the left flank (side of the trunk below the waist). |"
                + " Route through the left outer thigh and the left flank (side of the trunk below"
                + " the waist): drain them toward the left axillary nodes first, then stretch the"
                + " left shin toward them.");
  }

  @Test
  void passingCompromisedRegionalNodesLowersTheWarningToAnInfo() {
    PatientContext axillaRemoved =
        PatientContext.builder()
            .addCompromised(CompromisedNodeGroup.of(group("AXILLARY_L"), Compromise.REMOVED))
            .build();
    Protocol breast =
        protocol(nodes("TERMINUS_L"), nodes("TERMINUS_R"), step("BREAST_L", "TERMINUS_L"));

    assertThat(findings(breast, axillaRemoved))
        .extracting(f -> f.location().orElseThrow().stepIndex() + " " + f.severity())
        .containsExactly("2 INFO");
    assertThat(findings(breast, PatientContext.none()))
        .extracting(f -> f.location().orElseThrow().stepIndex() + " " + f.severity())
        .containsExactly("2 WARNING");
  }
}
