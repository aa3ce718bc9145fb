package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The codes table of docs/fhir.md is the code map of {@link PatientCodes}, both ways. */
class PatientCodesDocTest {
  private static final Path DOC = Path.of("..", "docs", "fhir.md");

  /** A row: | `system` | `code` | display | Lympha | [SOURCE] |. */
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `(http[^`]+)` \\| `([^`]+)` \\| ([^|]+) \\| ([^|]+) \\| \\[([A-Z0-9-]+)\\] \\|$",
          Pattern.MULTILINE);

  private static final Map<String, String> SOURCE_KEYS =
      Map.of(
          PatientCodes.WHO_ICD10, "WHO",
          PatientCodes.WHO_ICD10_Q80, "WHO-Q80",
          PatientCodes.IPS_FREE_SET, "IPS",
          PatientCodes.DICOM_CID_3736, "CID3736",
          PatientCodes.DICOM_CID_247, "CID247");

  private record Row(String display, String lympha, String source) {}

  private static Map<String, Row> docRows() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Map<String, Row> rows = new LinkedHashMap<>();
    Matcher m = ROW.matcher(doc);
    while (m.find()) {
      Row previous =
          rows.put(m.group(1) + "|" + m.group(2), new Row(m.group(3), m.group(4), m.group(5)));
      assertThat(previous).as("%s|%s listed twice", m.group(1), m.group(2)).isNull();
    }
    return rows;
  }

  private static Map<String, Row> codeRows() {
    Map<String, Row> rows = new LinkedHashMap<>();
    PatientCodes.icd10()
        .forEach(
            (code, m) ->
                rows.put(
                    PatientCodes.ICD10_SYSTEM + "|" + code,
                    new Row(m.display(), lympha(m), SOURCE_KEYS.get(m.source()))));
    PatientCodes.snomed()
        .forEach(
            (code, m) ->
                rows.put(
                    FhirNames.SNOMED + "|" + code,
                    new Row(m.display(), lympha(m), SOURCE_KEYS.get(m.source()))));
    PatientCodes.nyhaCodes()
        .forEach(
            (code, display) ->
                rows.put(
                    FhirNames.SNOMED + "|" + code,
                    new Row(
                        display,
                        "NYHA class " + PatientCodes.nyhaClass(FhirNames.SNOMED, code).getAsInt(),
                        "CID3736")));
    PatientCodes.lateralityCodes()
        .forEach(
            (code, display) ->
                rows.put(
                    FhirNames.SNOMED + "|" + code,
                    new Row(display, display.toLowerCase(java.util.Locale.ROOT), "CID247")));
    return rows;
  }

  /** What the Lympha column must name: the condition, the cause, lymphoedema or fever. */
  private static String lympha(PatientCodes.Mapped m) {
    switch (m.meaning()) {
      case LYMPHOEDEMA:
        return m.cause().map(c -> "cause " + c.code()).orElse("lymphoedema");
      case FEVER:
        return "fever of ACUTE_INFECTION";
      default:
        return m.condition().orElseThrow().code() + (m.metastatic() ? ", metastatic" : "");
    }
  }

  @Test
  void theDocsTableListsExactlyTheMappedCodes() throws IOException {
    Map<String, Row> doc = docRows();
    Map<String, Row> code = codeRows();
    assertThat(doc.keySet()).containsExactlyInAnyOrderElementsOf(code.keySet());
    code.forEach(
        (key, row) -> {
          Row d = doc.get(key);
          assertThat(d.display()).as(key).isEqualTo(row.display());
          assertThat(d.source()).as(key).isEqualTo(row.source());
          assertThat(d.lympha()).as(key).contains(row.lympha());
        });
  }

  @Test
  void everySourceOfTheMapIsKeyedInTheDocs() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (String key : SOURCE_KEYS.values()) {
      assertThat(doc).contains("- **[" + key + "]**");
    }
    assertThat(PatientCodes.icd10().values())
        .allSatisfy(m -> assertThat(SOURCE_KEYS).containsKey(m.source()));
    assertThat(PatientCodes.snomed().values())
        .allSatisfy(m -> assertThat(SOURCE_KEYS).containsKey(m.source()));
  }
}
