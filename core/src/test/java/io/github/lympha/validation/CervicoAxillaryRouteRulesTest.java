package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.nodes;
import static io.github.lympha.validation.Fixtures.opened;
import static io.github.lympha.validation.Fixtures.removed;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direction, via and sequencing rules on the route out of the head and neck after a neck
 * dissection: the side of the neck across the cervico-axillary route to its axilla [S61].
 */
class CervicoAxillaryRouteRulesTest {
  private static final PatientContext LEFT_NECK_DISSECTED =
      removed("CERVICAL_SUPERFICIAL_L", "CERVICAL_DEEP_L");
  private static final PatientContext BOTH_NECKS_DISSECTED =
      removed(
          "CERVICAL_SUPERFICIAL_L", "CERVICAL_DEEP_L", "CERVICAL_SUPERFICIAL_R", "CERVICAL_DEEP_R");

  private static List<Finding> findings(Protocol p, PatientContext c) {
    return Validator.standard().validate(p, c).findings();
  }

  private static List<String> ids(Protocol p, PatientContext c) {
    return findings(p, c).stream().map(Finding::ruleId).toList();
  }

  @Test
  void acceptsTheNeckTowardItsAxillaOnceTheAxillaWasWorked() {
    Protocol p = opened(nodes("AXILLARY_L"), step("NECK_L", "AXILLARY_L"));
    assertThat(
            Validator.standard()
                .validate(p, LEFT_NECK_DISSECTED)
                .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .as("the neck borders the route: it needs no trunk drained across it first")
        .isEmpty();
    assertThat(ids(p, LEFT_NECK_DISSECTED))
        .doesNotContain(
            RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES,
            RuleIds.VIA_DOES_NOT_FIT,
            RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS);
  }

  @Test
  void refusesTheNeckTowardItsAxillaBeforeTheAxillaIsWorked() {
    Protocol p = opened(step("NECK_L", "AXILLARY_L"));
    assertThat(
            Validator.standard()
                .validate(p, LEFT_NECK_DISSECTED)
                .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message())
                  .contains(
                      "stretches the left side of the neck toward the left axillary nodes across"
                          + " the upper transverse watershed before the receiving left axillary"
                          + " nodes were worked")
                  .doesNotContain("trunk was drained");
              assertThat(f.sources())
                  .as("the neck's way out is the head-and-neck source's")
                  .containsExactly("S7", "S33", "S34", "S61");
            });
  }

  @Test
  void wantsTheNeckDrainedAcrossBeforeTheLowerFaceIsBroughtDownIt() {
    Protocol faceFirst =
        opened(
            nodes("AXILLARY_L"), step("FACE_LOWER_L", "AXILLARY_L"), step("NECK_L", "AXILLARY_L"));
    assertThat(
            Validator.standard()
                .validate(faceFirst, BOTH_NECKS_DISSECTED)
                .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).as("done, but only afterwards").isEqualTo(Severity.WARNING);
              assertThat(f.sites()).containsExactly("FACE_LOWER_L", "AXILLARY_L", "NECK_L");
              assertThat(f.fix())
                  .hasValueSatisfying(
                      x ->
                          assertThat(x)
                              .contains(
                                  "drain the left side of the neck toward the left axillary nodes across the left"
                                      + " cervico-axillary route"));
            });
    Protocol neckFirst =
        opened(
            nodes("AXILLARY_L"), step("NECK_L", "AXILLARY_L"), step("FACE_LOWER_L", "AXILLARY_L"));
    assertThat(
            Validator.standard()
                .validate(neckFirst, BOTH_NECKS_DISSECTED)
                .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .isEmpty();
  }

  @Test
  void refusesTheLowerFaceDownTheNeckWhenTheNeckIsNeverDrainedAcross() {
    Protocol p = opened(nodes("AXILLARY_L"), step("FACE_LOWER_L", "AXILLARY_L"));
    assertThat(
            Validator.standard()
                .validate(p, BOTH_NECKS_DISSECTED)
                .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void sendsTheNeckTowardTheOtherAxillaNowhere() {
    Protocol p = opened(nodes("AXILLARY_R"), step("NECK_L", "AXILLARY_R"));
    assertThat(ids(p, LEFT_NECK_DISSECTED))
        .as("no route joins the left neck to the right axilla")
        .containsAnyOf(
            RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES, RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP);
  }

  @Test
  void leavesTheNeckTowardItsOwnNodesAloneWhileTheyWork() {
    Protocol p = opened(nodes("AXILLARY_L"), step("NECK_L", "AXILLARY_L"));
    assertThat(ids(p, PatientContext.none()))
        .as("with working cervical nodes the crossing has no reason")
        .contains(RuleIds.SKIPS_REGIONAL_NODE_GROUP);
  }
}
