package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.protocol.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Findings' checks, equality and report order, by example. */
class FindingTest {
  private static final Location AT = Location.of(0, 2, "Legs");

  private static Finding make(
      String rule,
      Severity severity,
      String message,
      Location at,
      List<String> sites,
      List<String> sources,
      Optional<String> fix) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .message(message)
        .location(at)
        .addAllSites(sites)
        .addAllSources(sources)
        .fix(fix)
        .build();
  }

  private static Finding base() {
    return make(
        "PRESSURE_TOO_HIGH",
        Severity.WARNING,
        "Too firm.",
        AT,
        List.of("KNEE_L"),
        List.of("S1"),
        Optional.empty());
  }

  private static Finding at(String... sites) {
    return make(
        "PRESSURE_TOO_HIGH",
        Severity.WARNING,
        "Too firm.",
        AT,
        List.of(sites),
        List.of("S1"),
        Optional.empty());
  }

  private static Finding words(String message, String... sites) {
    return make(
        "PRESSURE_TOO_HIGH",
        Severity.WARNING,
        message,
        AT,
        List.of(sites),
        List.of("S1"),
        Optional.empty());
  }

  private static Finding fixed(String fix) {
    return make(
        "PRESSURE_TOO_HIGH",
        Severity.WARNING,
        "Too firm.",
        AT,
        List.of("KNEE_L"),
        List.of("S1"),
        Optional.of(fix));
  }

  /** The characters just outside each accepted range are refused; the ends of each are accepted. */
  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource({
    "A, true",
    "Z, true",
    "AZ09_, true",
    "A0, true",
    "A9, true",
    "A_, true",
    "'', false",
    "@, false",
    "[, false",
    "a, false",
    "0A, false",
    "_A, false",
    "A@, false",
    "A[, false",
    "A/, false",
    "A:, false",
    "Aa, false",
    "A-B, false",
  })
  void ruleIdsAreUpperCaseLettersDigitsAndUnderscoresStartingWithALetter(String id, boolean valid) {
    assertThat(Finding.isRuleId(id)).isEqualTo(valid);
  }

  @Test
  void refusesAMalformedRuleIdAndNamesIt() {
    assertThatThrownBy(
            () -> make("pressure", Severity.INFO, "m", AT, List.of(), List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"pressure\"")
        .hasMessageContaining("PRESSURE_TOO_HIGH");
  }

  @Test
  void refusesAFindingWithoutAMessage() {
    assertThatThrownBy(
            () -> Finding.builder().ruleId("PRESSURE_TOO_HIGH").severity(Severity.INFO).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("without a message");
  }

  @Test
  void refusesBlankWords() {
    assertThatThrownBy(() -> words(" "))
        .hasMessageContaining("PRESSURE_TOO_HIGH: message must not be blank");
    assertThatThrownBy(
            () -> make("R", Severity.INFO, "m", AT, List.of(), List.of(), Optional.of(" ")))
        .hasMessageContaining("R: fix must not be blank");
    assertThatThrownBy(
            () -> make("R", Severity.INFO, "m", AT, List.of(), List.of(" "), Optional.empty()))
        .hasMessageContaining("R: a source key must not be blank");
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    Finding a = base();
    Finding same = base();

    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(a).isNotEqualTo("a finding");
    List<Finding> others =
        List.of(
            make(
                "OTHER_RULE",
                Severity.WARNING,
                "Too firm.",
                AT,
                List.of("KNEE_L"),
                List.of("S1"),
                Optional.empty()),
            base().withSeverity(Severity.ERROR),
            words("Too light.", "KNEE_L"),
            make(
                "PRESSURE_TOO_HIGH",
                Severity.WARNING,
                "Too firm.",
                Location.of(0, 3, "Legs"),
                List.of("KNEE_L"),
                List.of("S1"),
                Optional.empty()),
            at("KNEE_L", "AXILLARY_L"),
            make(
                "PRESSURE_TOO_HIGH",
                Severity.WARNING,
                "Too firm.",
                AT,
                List.of("KNEE_L"),
                List.of("S1", "S2"),
                Optional.empty()),
            fixed("Lighter."));
    for (Finding other : others) {
      assertThat(other).isNotEqualTo(a);
      assertThat(a).isNotEqualTo(other);
    }
    assertThat(others.stream().map(Finding::hashCode).distinct()).hasSize(others.size());
  }

  @Test
  void printsEveryPart() {
    assertThat(fixed("Lighter.").toString())
        .isEqualTo(
            "Finding{ruleId=PRESSURE_TOO_HIGH, severity=WARNING, message=Too firm.,"
                + " location=Optional[Location{sequenceIndex=0, stepIndex=2, sequenceName=Legs}],"
                + " sites=[KNEE_L], fix=Optional[Lighter.], sources=[S1]}");
  }

  @Test
  void ordersProtocolFindingsFirstThenByPlaceSeveritySitesAndWords() {
    Finding protocolWide =
        Finding.builder()
            .ruleId("Z_RULE")
            .severity(Severity.INFO)
            .message("Whole protocol.")
            .build();
    Finding early =
        make(
            "PRESSURE_TOO_HIGH",
            Severity.WARNING,
            "Too firm.",
            Location.of(0, 1, "Legs"),
            List.of("KNEE_L"),
            List.of("S1"),
            Optional.empty());
    Finding error = base().withSeverity(Severity.ERROR);
    Finding warning = base();
    Finding otherRule =
        make(
            "QUITE_OTHER",
            Severity.WARNING,
            "Too firm.",
            AT,
            List.of("KNEE_L"),
            List.of("S1"),
            Optional.empty());
    Finding fewerSites = at();
    Finding laterSite = at("KNEE_L", "THIGH_L");
    Finding laterSite2 = at("LEG_L");
    Finding laterWords = words("Zzz.", "LEG_L");

    List<Finding> expected =
        List.of(
            protocolWide,
            early,
            error,
            fewerSites,
            warning,
            laterSite,
            laterSite2,
            laterWords,
            otherRule);
    List<Finding> shuffled = new ArrayList<>(expected);
    java.util.Collections.reverse(shuffled);
    shuffled.sort(Finding.ORDER);

    assertThat(shuffled).containsExactlyElementsOf(expected);
    assertThat(Finding.ORDER.compare(warning, base())).isZero();
    assertThat(Finding.ORDER.compare(at("KNEE_L"), at("KNEE_L", "A"))).isNegative();
    assertThat(Finding.ORDER.compare(at("KNEE_L", "A"), at("KNEE_L"))).isPositive();
    assertThat(Finding.ORDER.compare(at("B"), at("A", "Z"))).isPositive();
  }

  @Test
  void headlineNamesSeverityRuleAndPlace() {
    assertThat(base().headline()).startsWith("WARNING PRESSURE_TOO_HIGH at ").contains("Legs");
    assertThat(
            Finding.builder().ruleId("X").severity(Severity.ERROR).message("m").build().headline())
        .isEqualTo("ERROR X at the protocol as a whole");
  }
}
