package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.afterInguinalDissection;
import static io.github.lympha.validation.Fixtures.ankleSwelling;
import static io.github.lympha.validation.Fixtures.seedLeg;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private final ValidationReport dissected =
      Validator.standard().validate(seedLeg(), afterInguinalDissection());

  @Test
  void ordersFindingsByLocationThenSeverityThenRule() {
    List<Finding> f = dissected.findings();
    assertThat(f).isSortedAccordingTo(Finding.ORDER);
    assertThat(f.get(0).location()).isEmpty();
    Location kneeToArmpit = Location.of(1, 3, "Leg, from the thigh down to the knee");
    assertThat(f)
        .filteredOn(x -> x.location().filter(kneeToArmpit::equals).isPresent())
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.INFO, Severity.INFO);
  }

  @Test
  void putsFindingsInReportOrderWhateverOrderTheyCameIn() {
    ValidationReport shuffled =
        ValidationReport.of(
            seedLeg(),
            afterInguinalDissection(),
            Policy.standard(),
            Lists.reverse(dissected.findings()));
    assertThat(shuffled).isEqualTo(dissected);
    assertThat(shuffled.hashCode()).isEqualTo(dissected.hashCode());
  }

  @Test
  void countsBySeverityAndByRule() {
    assertThat(dissected.countsBySeverity())
        .containsExactly(
            Map.entry(Severity.ERROR, 3),
            Map.entry(Severity.WARNING, 1),
            Map.entry(Severity.INFO, 7));
    assertThat(dissected.count(Severity.ERROR)).isEqualTo(3);
    assertThat(dissected.countsByRule()).containsEntry(RuleIds.TARGET_NODE_GROUP_REMOVED, 3);
    assertThat(dissected.countsByRule().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(dissected.findings().size());
    assertThat(dissected.summary()).isEqualTo("not valid: 3 errors, 1 warning, 7 infos");
  }

  @Test
  void rendersTextWithTheDisclaimerAndEveryFinding() {
    String text = Validator.standard().validate(seedLeg(), ankleSwelling()).toText();
    assertThat(text)
        .startsWith("Validation of seed-clinic-leg (version 1)")
        .contains("Patient context: left ankle swelling, intact nodes")
        .contains("Result: valid: 0 errors, 2 warnings,")
        .contains("It gives no medical advice; findings are not diagnoses.")
        .contains("WARNING SKIPS_REGIONAL_NODE_GROUP at phase 2")
        .contains("(/sequences/1/steps/3)");
  }

  @Test
  void isValidWhenThereAreNoFindings() {
    ValidationReport empty =
        ValidationReport.of(seedLeg(), PatientContext.none(), Policy.standard(), List.of());
    assertThat(empty.isValid()).isTrue();
    assertThat(empty.summary()).isEqualTo("valid: 0 errors, 0 warnings, 0 infos");
    assertThat(empty.toText()).contains("(no label)");
  }
}
