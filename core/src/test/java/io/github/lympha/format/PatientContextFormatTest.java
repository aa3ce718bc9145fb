package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lympha.format.ProtocolFormatException.Problem;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatientContextFormatTest {
  static final String FULL_JSON =
      """
      {
        "lympha": "1",
        "kind": "patient",
        "label": "left leg lymphoedema after inguinal dissection",
        "affected": [
          "CALF_L",
          "THIGH_MEDIAL_L"
        ],
        "compromised": [
          {
            "group": "INGUINAL_SUPERFICIAL_L",
            "reason": "REMOVED"
          },
          {
            "group": "INGUINAL_DEEP_L",
            "reason": "IRRADIATED"
          }
        ],
        "conditions": [
          {
            "condition": "SKIN_METASTASES",
            "regions": [
              "SHIN_L"
            ]
          },
          {
            "condition": "BRONCHIAL_ASTHMA"
          }
        ],
        "tissue": "FIBROTIC"
      }
      """;

  static final String FULL_YAML =
      """
      lympha: "1"
      kind: patient
      label: left leg lymphoedema after inguinal dissection
      affected:
        - CALF_L
        - THIGH_MEDIAL_L
      compromised:
        - group: INGUINAL_SUPERFICIAL_L
          reason: REMOVED
        - group: INGUINAL_DEEP_L
          reason: IRRADIATED
      conditions:
        - condition: SKIN_METASTASES
          regions:
            - SHIN_L
        - condition: BRONCHIAL_ASTHMA
      tissue: FIBROTIC
      """;

  private static List<Problem> problems(String json) {
    ProtocolFormatException e =
        catchThrowableOfType(
            ProtocolFormatException.class, () -> PatientContextFormat.json().read(json));
    assertThat(e).isNotNull();
    assertThat(e.what()).isEqualTo("patient context");
    return e.problems();
  }

  @Test
  void writesEveryFieldAsCanonicalJsonAndYaml() {
    assertThat(PatientContextFormat.json().write(Samples.fullPatient())).isEqualTo(FULL_JSON);
    assertThat(PatientContextFormat.yaml().write(Samples.fullPatient())).isEqualTo(FULL_YAML);
  }

  @Test
  void readsEveryField() {
    PatientContext p = PatientContextFormat.yaml().read(FULL_YAML);

    assertThat(p).isEqualTo(Samples.fullPatient());
    assertThat(p.label()).contains("left leg lymphoedema after inguinal dissection");
    assertThat(p.compromise(Samples.ANATOMY.nodeGroup("INGUINAL_DEEP_L")))
        .contains(Compromise.IRRADIATED);
    assertThat(p.has(Condition.BRONCHIAL_ASTHMA)).isTrue();
    assertThat(p.conditions().get(0).regions()).containsExactly(Samples.ANATOMY.region("SHIN_L"));
    assertThat(p.tissue()).isEqualTo(TissueState.FIBROTIC);
    assertThat(PatientContextFormat.json().read(FULL_JSON)).isEqualTo(p);
  }

  @Test
  void writesNoPatientAsTheSmallestFile() {
    assertThat(PatientContextFormat.json().write(PatientContext.none()))
        .isEqualTo(
            "{\n  \"lympha\": \"1\",\n  \"kind\": \"patient\",\n  \"tissue\": \"NORMAL\"\n}\n");
    assertThat(PatientContextFormat.yaml().read("lympha: \"1\"\nkind: patient\n"))
        .isEqualTo(PatientContext.none());
  }

  @Test
  void readsAndWritesEveryKindOfStream(@TempDir Path dir) throws IOException {
    PatientContextFormat json = PatientContextFormat.json();
    StringWriter chars = new StringWriter();
    json.write(Samples.fullPatient(), chars);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(Samples.fullPatient(), bytes);
    Path file = dir.resolve("patient.json");
    json.write(Samples.fullPatient(), file);

    assertThat(chars.toString()).isEqualTo(FULL_JSON);
    assertThat(bytes.toByteArray()).isEqualTo(FULL_JSON.getBytes(UTF_8));
    assertThat(Files.readString(file)).isEqualTo(FULL_JSON);
    assertThat(json.read(new StringReader(FULL_JSON))).isEqualTo(Samples.fullPatient());
    assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isEqualTo(Samples.fullPatient());
    assertThat(json.read(file)).isEqualTo(Samples.fullPatient());
  }

  @Test
  void reportsEveryProblemOfAPatientFile() {
    assertThat(
            problems(
                """
                {
                  "lympha": "1",
                  "kind": "patient",
                  "label": " ",
                  "affected": ["FOOT_L", "INGUINAL_DEEP_L"],
                  "compromised": [
                    {"group": "AXILLARY_L", "reason": "REMOVED"},
                    {"group": "AXILLARY_L", "reason": "CUT"},
                    {"group": "THIGH_MEDIAL_L", "reason": "IMPAIRED"}
                  ],
                  "conditions": [
                    {"condition": "PREGNANCY"},
                    {"condition": "PREGNANCY", "regions": ["FOOT_X"]},
                    {"regions": []}
                  ],
                  "tissue": "HARD",
                  "notes": "x"
                }
                """))
        .containsExactly(
            Problem.of("/label", 4, 12, "the label must not be blank"),
            Problem.of(
                "/affected/1",
                5,
                26,
                "\"INGUINAL_DEEP_L\" is a node group, but a region is expected here"),
            Problem.of(
                "/compromised/1/group",
                8,
                15,
                "node group AXILLARY_L is listed as compromised twice (first at /compromised/0/group);"
                    + " list it once"),
            Problem.of(
                "/compromised/1/reason",
                8,
                39,
                "unknown reason \"CUT\"; expected one of REMOVED, IRRADIATED, IMPAIRED"),
            Problem.of(
                "/compromised/2/group",
                9,
                15,
                "\"THIGH_MEDIAL_L\" is a region, but a node group is expected here, e.g."
                    + " INGUINAL_SUPERFICIAL_L, which drains it"),
            Problem.of(
                "/conditions/1/condition",
                13,
                19,
                "condition PREGNANCY is listed twice (first at /conditions/0/condition); list it once"),
            Problem.of(
                "/conditions/1/regions/0",
                13,
                44,
                "unknown region \"FOOT_X\"; did you mean FOOT_L or FOOT_R?"),
            Problem.of(
                "/conditions/2/condition",
                14,
                5,
                "missing field \"condition\"; name the condition, e.g. ACUTE_INFECTION"),
            Problem.of(
                "/tissue",
                16,
                13,
                "unknown tissue state \"HARD\"; expected one of NORMAL, FIBROTIC"),
            Problem.of(
                "/notes",
                17,
                3,
                "unknown field \"notes\"; a patient context has the fields lympha, kind, label,"
                    + " setting, affected, areas, compromised, conditions, tissue"));
  }

  @Test
  void reportsAProtocolFileReadAsAPatient() {
    assertThat(problems("{\"lympha\": \"1\", \"kind\": \"protocol\", \"id\": \"p\"}"))
        .containsExactly(
            Problem.of(
                "/kind",
                1,
                25,
                "this file holds a protocol (\"kind\": \"protocol\"), not a patient context; read it as a"
                    + " protocol"));
  }

  @Test
  void shipsItsSchema() {
    assertThat(PatientContextFormat.schema()).contains("\"const\": \"patient\"");
    assertThat(PatientContextFormat.yaml().withMaxBytes(10).withMaxDepth(3).toString())
        .contains("YAML", "maxBytes=10", "maxDepth=3");
  }
}
