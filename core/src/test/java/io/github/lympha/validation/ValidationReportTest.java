package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.afterInguinalDissection;
import static io.github.lympha.validation.Fixtures.ankleSwelling;
import static io.github.lympha.validation.Fixtures.seedLeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Lists;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Location;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationReportTest {
  private final ValidationReport dissected =
      Fixtures.validator().validate(seedLeg(), afterInguinalDissection());

  @Test
  void ordersFindingsByLocationThenSeverityThenRule() {
    List<Finding> f = dissected.findings();
    assertThat(f).isSortedAccordingTo(Finding.ORDER);
    assertThat(f.get(0).location()).isEmpty();
    Location kneeToArmpit = Location.of(1, 3, "Leg, from the thigh down to the knee");
    assertThat(f)
        .filteredOn(x -> x.location().filter(kneeToArmpit::equals).isPresent())
        .extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.INFO, Severity.INFO);
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
            Map.entry(Severity.ERROR, 4),
            Map.entry(Severity.WARNING, 0),
            Map.entry(Severity.INFO, 8));
    assertThat(dissected.count(Severity.ERROR)).isEqualTo(4);
    assertThat(dissected.countsByRule()).containsEntry(RuleIds.TARGET_NODE_GROUP_REMOVED, 3);
    assertThat(dissected.countsByRule().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(dissected.findings().size());
    assertThat(dissected.summary()).isEqualTo("not valid: 4 errors, 0 warnings, 8 infos");
  }

  @Test
  void rendersTextWithTheDisclaimerAndEveryFinding() {
    String text = Fixtures.validator().validate(seedLeg(), ankleSwelling()).toText();
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

  @Test
  void wrapsEachFindingAtOneHundredColumnsWithIndentedContinuationLines() {
    String nine = "123456789";
    // "  " + 8 words of 9 + a word of 18, with spaces: exactly 100 characters, so it stays whole.
    String full =
        String.join(" ", nine, nine, nine, nine, nine, nine, nine, nine) + " " + nine + nine;
    String longWord = "x".repeat(120);
    Finding wrapped =
        Finding.builder()
            .ruleId("LONG_MESSAGE")
            .severity(Severity.WARNING)
            .message(full + "  next  " + longWord + " last")
            .fix("do  it")
            .addSites("KNEE_L", "POPLITEAL_L")
            .addSources("S1", "S7")
            .build();
    Finding bare =
        Finding.builder().ruleId("BARE").severity(Severity.INFO).message(longWord).build();
    String text =
        ValidationReport.of(
                seedLeg(), PatientContext.none(), Policy.standard(), List.of(bare, wrapped))
            .toText();
    assertThat(text)
        .endsWith(
            "\nWARNING LONG_MESSAGE at the protocol as a whole\n"
                + "  "
                + full
                + "\n"
                + "    next\n"
                + "    "
                + longWord
                + "\n"
                + "    last\n"
                + "  Fix: do it\n"
                + "  Sites: KNEE_L, POPLITEAL_L\n"
                + "  Sources: S1, S7\n"
                + "\nINFO BARE at the protocol as a whole\n"
                + "  "
                + longWord
                + "\n");
    // A first word longer than the width stays on the first line: no empty line before it.
    assertThat(text).doesNotContain("\n  \n");
  }

  @Test
  void reportsDifferWhenTheirProtocolPatientPolicyOrFindingsDiffer() {
    ValidationReport plain =
        ValidationReport.of(seedLeg(), PatientContext.none(), Policy.standard(), List.of());
    assertThat(plain.protocolId()).isEqualTo("seed-clinic-leg");
    assertThat(plain.protocolTitle()).isEqualTo(seedLeg().title());
    assertThat(plain.protocolVersion()).isEqualTo(seedLeg().version());
    assertThat(plain.patientLabel()).isEmpty();
    assertThat(plain.policyName()).isEqualTo("standard");
    assertThat(plain.toString())
        .isEqualTo("ValidationReport{seed-clinic-leg, valid: 0 errors, 0 warnings, 0 infos}");
    assertThat(dissected.patientLabel()).isEqualTo(afterInguinalDissection().label());

    assertThat(plain).isEqualTo(plain).isNotEqualTo("seed-clinic-leg");
    assertThat(plain)
        .isNotEqualTo(
            ValidationReport.of(seedLeg(), PatientContext.none(), Policy.strict(), List.of()))
        .isNotEqualTo(
            ValidationReport.of(seedLeg(), afterInguinalDissection(), Policy.standard(), List.of()))
        .isNotEqualTo(
            ValidationReport.of(
                seedLeg().withVersion("2"), PatientContext.none(), Policy.standard(), List.of()))
        .isNotEqualTo(
            ValidationReport.of(
                seedLeg(), PatientContext.none(), Policy.standard(), dissected.findings()));
    assertThat(plain.hashCode())
        .isNotEqualTo(
            ValidationReport.of(seedLeg(), PatientContext.none(), Policy.strict(), List.of())
                .hashCode());
  }

  @Test
  void aFindingNeedsARuleIdInUpperCaseAMessageAndNonBlankFixAndSources() {
    assertThatThrownBy(() -> finding("Pressure too high").message("m").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid rule id: \"Pressure too high\"; expected upper-case letters, digits and"
                + " underscores, like PRESSURE_TOO_HIGH");
    assertThatThrownBy(() -> finding("R1").message(" ").build())
        .hasMessage("Finding R1: message must not be blank");
    assertThatThrownBy(() -> finding("R1").message("m").fix(" ").build())
        .hasMessage("Finding R1: fix must not be blank when present");
    assertThatThrownBy(() -> finding("R1").message("m").addSources("S1", " ").build())
        .hasMessage("Finding R1: a source key must not be blank");
    assertThat(finding("R1").message("m").fix("f").addSources("S1").build().fix()).contains("f");
  }

  private static Finding.Builder finding(String ruleId) {
    Finding.Builder b = Finding.builder();
    b.ruleId(ruleId).severity(Severity.INFO);
    return b;
  }

  /**
   * The protocol's title and the patient's label come from files: they reach a terminal escaped.
   */
  @Test
  void escapesControlCharactersOfTheProtocolAndPatientTexts() {
    String text =
        Fixtures.validator()
            .validate(
                seedLeg().withTitle("Leg\u001B[31m"),
                ankleSwelling().withLabel("ankle\u0007\u009B"))
            .toText();
    assertThat(text).doesNotContain("\u001B", "\u0007", "\u009B");
    assertThat(text).contains("): Leg\\u001B[31m\n", "Patient context: ankle\\u0007\\u009B\n");
  }
}
