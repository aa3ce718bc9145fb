package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Severities where the sources disagree, and scope, beyond the literature suite's verdicts. */
class CalibrationTest {
  private static final Path LITERATURE = Path.of("src/test/resources/literature");

  private static Protocol protocol(String folder) throws IOException {
    return ProtocolFormat.yaml()
        .read(Files.readString(LITERATURE.resolve(folder).resolve("protocol.yaml")));
  }

  private static PatientContext patient(String folder) throws IOException {
    return PatientContextFormat.yaml()
        .read(Files.readString(LITERATURE.resolve(folder).resolve("patient.yaml")));
  }

  /**
   * Opening only the venous angle that receives the treated arm is a matter of school (reference
   * §4.6 [S14][S40]): an info that says so under the standard policy, a warning under the strict
   * one, which takes the conservative side.
   */
  @Test
  void aOneSidedOpeningOnTheReceivingSideIsAnInfoThatTheStrictPolicyRaises() throws IOException {
    String arm = "07-right-arm-right-terminus-only";
    Finding standard =
        Fixtures.validator()
            .validate(protocol(arm), patient(arm))
            .findings(RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY)
            .get(0);
    assertThat(standard.severity()).isEqualTo(Severity.INFO);
    assertThat(standard.message()).contains("matter of school", "\"standard\"");

    Finding strict =
        Validator.builder()
            .policy(Policy.strict())
            .build()
            .validate(protocol(arm), patient(arm))
            .findings(RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY)
            .get(0);
    assertThat(strict.severity()).isEqualTo(Severity.WARNING);
    assertThat(strict.message()).contains("\"strict\" asks for both sides");
  }

  /** The legs drain to the left venous angle only: opening the right one for a leg is a warning. */
  @Test
  void aOneSidedOpeningOnTheOtherSideStaysAWarning() throws IOException {
    String leg = "08-left-leg-right-terminus-only";
    assertThat(
            Fixtures.validator()
                .validate(protocol(leg), patient(leg))
                .findings(RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("reaches the left terminus"))
        .extracting(Finding::severity)
        .isEqualTo(Severity.WARNING);
  }

  /** The hand of a forearm protocol is part of the limb being treated, never unnecessary. */
  @Test
  void unnecessaryStepLeavesThePartsOfTheTreatedLimbAlone() {
    Protocol forearm =
        ProtocolBuilder.create("forearm", "Forearm")
            .treating("FOREARM_L")
            .openTerminus()
            .phase(
                "Arm",
                ph ->
                    ph.nodes("AXILLARY_L")
                        .stationaryCircles()
                        .region("FOREARM_L")
                        .pump()
                        .region("HAND_L")
                        .thumbCircles()
                        .region("FOOT_L")
                        .stationaryCircles())
            .build();
    ValidationReport r =
        Fixtures.validator()
            .validate(
                forearm,
                PatientContext.builder().addAffected(forearm.treats().iterator().next()).build());
    assertThat(r.findings(RuleIds.UNNECESSARY_STEP))
        .extracting(f -> f.sites().get(0))
        .containsExactly("FOOT_L");
  }
}
