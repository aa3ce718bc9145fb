package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The literature suite (issue #16, item 5): protocol and patient file pairs taken from published
 * protocols and textbook mistakes of the domain reference, each with the findings its source
 * implies. Every folder under {@code src/test/resources/literature} holds {@code protocol.yaml},
 * {@code patient.yaml} and {@code expected.yaml}: its {@code source} (citing reference keys such as
 * {@code [S9]}), {@code why}, and the complete list of ERROR and WARNING findings (rule, severity,
 * and {@code at}, the step's JSON pointer, or none for the protocol as a whole), plus any INFO
 * findings the case is about.
 */
class LiteratureTest {
  private static final Path ROOT = Path.of("src/test/resources/literature");
  private static final Pattern SOURCE_KEY = Pattern.compile("\\bS\\d+\\b");

  private static List<Path> cases() throws IOException {
    try (Stream<Path> folders = Files.list(ROOT)) {
      return folders.filter(Files::isDirectory).sorted().collect(Collectors.toList());
    }
  }

  private static Map<?, ?> expected(Path folder) throws IOException {
    String text = Files.readString(folder.resolve("expected.yaml"), StandardCharsets.UTF_8);
    Object document = new Load(LoadSettings.builder().build()).loadFromString(text);
    assertThat(document).as("%s/expected.yaml", folder.getFileName()).isInstanceOf(Map.class);
    return (Map<?, ?>) document;
  }

  private static String text(Map<?, ?> map, String key) {
    Object value = map.get(key);
    return value == null ? "" : value.toString();
  }

  private static String key(String rule, String severity, String at) {
    return rule + " " + severity + (at.isEmpty() ? "" : " at " + at);
  }

  private static String key(Finding finding) {
    return key(
        finding.ruleId(),
        finding.severity().name(),
        finding.location().map(Location::pointer).orElse(""));
  }

  private static Set<String> expectedFindings(Map<?, ?> expected) {
    Object findings = expected.get("findings");
    assertThat(findings).as("findings").isInstanceOf(List.class);
    Set<String> keys = new TreeSet<>();
    for (Object item : (List<?>) findings) {
      assertThat(item).as("a finding").isInstanceOf(Map.class);
      Map<?, ?> finding = (Map<?, ?>) item;
      keys.add(key(text(finding, "rule"), text(finding, "severity"), text(finding, "at")));
    }
    return keys;
  }

  private static void check(Path folder) throws IOException {
    Map<?, ?> expected = expected(folder);
    assertThat(text(expected, "source"))
        .as("%s: source", folder.getFileName())
        .isNotBlank()
        .containsPattern(SOURCE_KEY);
    assertThat(text(expected, "why")).as("%s: why", folder.getFileName()).isNotBlank();
    Set<String> wanted = expectedFindings(expected);

    Protocol protocol = ProtocolFormat.yaml().read(folder.resolve("protocol.yaml"));
    PatientContext patient = PatientContextFormat.yaml().read(folder.resolve("patient.yaml"));
    ValidationReport report = Fixtures.validator().validate(protocol, patient);

    Set<String> actual = new TreeSet<>();
    for (Finding finding : report.findings()) {
      String key = key(finding);
      if (finding.severity() != Severity.INFO || wanted.contains(key)) {
        actual.add(key);
      }
    }
    assertThat(actual)
        .as(
            "%s (%s)%nexpected: %s%nactual:   %s%n%s",
            folder.getFileName(), text(expected, "source"), wanted, actual, report.toText())
        .isEqualTo(wanted);
  }

  @Test
  void hasAtLeastThirtyCasesEachWithItsThreeFiles() throws IOException {
    List<Path> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    for (Path folder : cases) {
      for (String file : List.of("protocol.yaml", "patient.yaml", "expected.yaml")) {
        assertThat(folder.resolve(file)).as("%s/%s", folder.getFileName(), file).isRegularFile();
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGetsTheVerdictOfItsSource() throws IOException {
    return cases().stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }
}
