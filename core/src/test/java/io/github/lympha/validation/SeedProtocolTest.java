package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.afterInguinalDissection;
import static io.github.lympha.validation.Fixtures.ankleSwelling;
import static io.github.lympha.validation.Fixtures.seedLeg;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.protocol.Location;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The clinic blog's leg routine (reference §8), written with {@code Protocol.builder()}, behaves as
 * the reference's analysis says.
 */
class SeedProtocolTest {
  private static final Location KNEE_TO_ARMPIT =
      Location.of(1, 3, "Leg, from the thigh down to the knee");

  @Test
  void hasNoErrorsAndTheTwoWarningsOfTheAnalysisForAnAnkleSwellingWithIntactNodes() {
    ValidationReport report = Fixtures.validator().validate(seedLeg(), ankleSwelling());

    assertThat(report.isValid()).isTrue();
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder(
            RuleIds.SKIPS_REGIONAL_NODE_GROUP, RuleIds.REGIONAL_NODES_NOT_PREPARED);
    assertThat(report.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location()).contains(KNEE_TO_ARMPIT);
              assertThat(f.sites()).contains("KNEE_L", "AXILLARY_L", "INGUINAL_SUPERFICIAL_L");
            });
    assertThat(report.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED))
        .singleElement()
        .satisfies(f -> assertThat(f.sites()).contains("INGUINAL_SUPERFICIAL_L"));
  }

  @Test
  void notesThatTheInnerElbowsAreUnnecessaryForTheLeg() {
    ValidationReport report = Fixtures.validator().validate(seedLeg(), ankleSwelling());

    assertThat(report.findings(RuleIds.UNNECESSARY_STEP))
        .extracting(f -> f.sites().get(0))
        .containsExactly("CUBITAL_L", "CUBITAL_R");
    assertThat(report.findings(RuleIds.UNNECESSARY_STEP))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(report.findings(RuleIds.ABDOMEN_NOT_CLEARED)).hasSize(1);
    assertThat(report.findings(RuleIds.MANY_REPETITIONS)).isEmpty();
  }

  @Test
  void reportsErrorsForDrainingTheThighIntoTheRemovedGroinAfterInguinalDissection() {
    ValidationReport report = Fixtures.validator().validate(seedLeg(), afterInguinalDissection());

    assertThat(report.isValid()).isFalse();
    assertThat(report.findings(RuleIds.TARGET_NODE_GROUP_REMOVED))
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
        .extracting(f -> f.sites().get(0))
        .containsExactly("THIGH_MEDIAL_L", "THIGH_POSTERIOR_L", "KNEE_L");
    // The knee goes over the axillo-inguinal anastomosis, whose trunk territory (the flank) the
    // seed never drains: the reroute has no prepared path [S7][S33][S34].
    assertThat(report.findings(Severity.ERROR))
        .extracting(Finding::ruleId)
        .containsOnly(
            RuleIds.TARGET_NODE_GROUP_REMOVED,
            RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS);
    assertThat(report.findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location()).isEqualTo(Optional.of(KNEE_TO_ARMPIT));
              assertThat(f.message()).contains("the protocol never does that");
              assertThat(f.sources())
                  .as("a leg's crossing does not cite the head-and-neck source S61")
                  .containsExactly("S7", "S33", "S34");
            });
    assertThat(report.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.location()).isEqualTo(Optional.of(KNEE_TO_ARMPIT));
            });
    assertThat(report.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED)).isEmpty();
  }
}
