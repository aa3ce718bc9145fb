package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference catalogue under the standard validator, as issue 5 asks. */
class CatalogueValidationTest {
  private static ValidationReport seedFor(String patientOf) {
    return Fixtures.validator().validate(Catalogue.seedLeg(), Catalogue.patientFor(patientOf));
  }

  @Test
  void everyReferenceProtocolButTheSeedHasNoErrorsForItsPatient() {
    List<Protocol> references =
        Catalogue.all().stream()
            .filter(p -> !p.id().equals(Catalogue.SEED_CLINIC_LEG))
            .collect(Collectors.toList());
    assertThat(references).hasSize(20);
    for (Protocol p : references) {
      ValidationReport report = Fixtures.validator().validate(p, Catalogue.patientFor(p.id()));
      assertThat(report.isValid()).as(report.toText()).isTrue();
      assertThat(report.findings(RuleIds.RULE_FAILED)).isEmpty();
    }
  }

  @Test
  void theSeedHasNoErrorsAndTheWarningsOfTheReferenceForALeftAnkleSwelling() {
    ValidationReport report = seedFor(Catalogue.SEED_CLINIC_LEG);

    assertThat(report.isValid()).as(report.toText()).isTrue();
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder(
            RuleIds.SKIPS_REGIONAL_NODE_GROUP, RuleIds.REGIONAL_NODES_NOT_PREPARED);
    assertThat(report.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.sites()).contains("KNEE_L", "AXILLARY_L", "INGUINAL_SUPERFICIAL_L");
            });
    assertThat(report.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED))
        .singleElement()
        .satisfies(f -> assertThat(f.sites()).contains("INGUINAL_SUPERFICIAL_L"));
  }

  @Test
  void theSeedsInnerElbowsAreNotedAsUnnecessary() {
    ValidationReport report = seedFor(Catalogue.SEED_CLINIC_LEG);

    assertThat(report.findings(RuleIds.UNNECESSARY_STEP))
        .filteredOn(f -> f.sites().get(0).startsWith("CUBITAL_"))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void theSeedDrainsTheThighIntoTheRemovedGroinAfterInguinalDissection() {
    ValidationReport report = seedFor(Catalogue.LEG_AFTER_INGUINAL_DISSECTION);

    assertThat(report.isValid()).isFalse();
    assertThat(report.findings(RuleIds.TARGET_NODE_GROUP_REMOVED))
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.sites()).containsExactly("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L");
            });
    assertThat(report.findings(Severity.ERROR))
        .extracting(Finding::ruleId)
        .containsOnly(
            RuleIds.TARGET_NODE_GROUP_REMOVED,
            RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS);
    assertThat(report.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }
}
