package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.format.ProtocolFormatException.Problem;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Patient files of today's format version 1, kept as fixtures, still read and mean the same; the
 * new fields (issue 17) read, write and report their problems with line and column.
 */
class PatientFormatCompatibilityTest {
  private static final Path V1 = Path.of("src/test/resources/patients/v1");
  private static final Anatomy ANATOMY = Anatomy.standard();

  private static List<Problem> problems(String json) {
    ProtocolFormatException e =
        catchThrowableOfType(
            ProtocolFormatException.class, () -> PatientContextFormat.json().read(json));
    assertThat(e).as("a problem in %s", json).isNotNull();
    return e.problems();
  }

  private static String patient(String fields) {
    return "{\n\"lympha\": \"1\",\n\"kind\": \"patient\",\n" + fields + "\n}";
  }

  @Test
  void readsTheCanonicalVersionOneFileToTheSameValueAndWritesItByteForByte() throws IOException {
    String text = Files.readString(V1.resolve("full-canonical.json"), StandardCharsets.UTF_8);
    PatientContext read = PatientContextFormat.json().read(text);
    assertThat(read).isEqualTo(Samples.fullPatient());
    assertThat(read.areas()).isEmpty();
    assertThat(read.setting()).isEmpty();
    assertThat(PatientContextFormat.json().write(read)).isEqualTo(text);
  }

  @Test
  void readsEveryVersionOneFixtureWithNoneOfTheNewFacts() throws IOException {
    assertThat(PatientContextFormat.json().read(V1.resolve("leg-after-inguinal-dissection.json")))
        .isEqualTo(Samples.fullPatient());
    assertThat(PatientContextFormat.yaml().read(V1.resolve("controlled-heart-failure.yaml")))
        .isEqualTo(
            PatientContext.builder()
                .label("left leg lymphoedema, controlled heart failure")
                .addAffected(ANATOMY.region("CALF_L"), ANATOMY.region("FOOT_L"))
                .addConditions(PatientCondition.of(Condition.CONTROLLED_HEART_FAILURE))
                .build());
    PatientContext minimal = PatientContextFormat.yaml().read(V1.resolve("minimal.yaml"));
    assertThat(minimal).isEqualTo(PatientContext.none());
    assertThat(minimal.tissue()).isEqualTo(TissueState.NORMAL);
  }

  static PatientContext intake() {
    return PatientContext.builder()
        .label("left leg lymphoedema, cellulitis day 4")
        .setting(Setting.SELF_CARE)
        .addAffected(ANATOMY.region("FOOT_L"))
        .addAreas(
            AffectedArea.builder()
                .addRegions(ANATOMY.region("THIGH_MEDIAL_L"), ANATOMY.region("CALF_L"))
                .cause(OedemaCause.SECONDARY_LYMPHOEDEMA)
                .stage(IslStage.STAGE_II)
                .tissue(TissueState.FIBROTIC)
                .build(),
            AffectedArea.of(List.of(ANATOMY.region("FACE_LOWER_L")), OedemaCause.POST_SURGICAL))
        .addConditions(
            PatientCondition.builder()
                .condition(Condition.ACUTE_INFECTION)
                .status(ConditionStatus.ACUTE)
                .fever(false)
                .treatmentDay(4)
                .clearance(Clearance.of("Dr. Weber", "MLD of the left leg"))
                .build(),
            PatientCondition.builder()
                .condition(Condition.HEART_FAILURE)
                .status(ConditionStatus.CONTROLLED)
                .nyhaClass(2)
                .build(),
            PatientCondition.builder()
                .condition(Condition.ACTIVE_MALIGNANCY)
                .metastatic(true)
                .palliative(false)
                .build(),
            PatientCondition.builder().condition(Condition.PREGNANCY).trimester(2).build())
        .build();
  }

  @Test
  void writesAndReadsEveryNewField() {
    String json = PatientContextFormat.json().write(intake());
    assertThat(json)
        .contains("\"setting\": \"SELF_CARE\"")
        .contains("\"cause\": \"SECONDARY_LYMPHOEDEMA\"")
        .contains("\"stage\": \"STAGE_II\"")
        .contains("\"treatmentDay\": 4")
        .contains("\"fever\": false")
        .contains("\"nyhaClass\": 2")
        .contains("\"metastatic\": true")
        .contains("\"palliative\": false")
        .contains("\"trimester\": 2")
        .contains("\"by\": \"Dr. Weber\"");
    assertThat(PatientContextFormat.json().read(json)).isEqualTo(intake());
    String yaml = PatientContextFormat.yaml().write(intake());
    assertThat(PatientContextFormat.yaml().read(yaml)).isEqualTo(intake());
  }

  @Test
  void reportsEveryProblemOfTheNewFieldsWithLineAndColumn() {
    assertThat(
            problems(
                patient(
                    """
                    "setting": "HOME",
                    "affected": ["FOOT_L"],
                    "areas": [
                      {"regions": ["FOOT_L"], "cause": "CARDIAC", "stage": "IV", "tissue": "HARD"},
                      {"regions": []},
                      {"cause": "VENOUS", "grade": 2}
                    ],
                    "conditions": [
                      {"condition": "ACUTE_INFECTION", "status": "BETTER", "fever": "no",
                       "treatmentDay": 0, "nyhaClass": 3},
                      {"condition": "PREGNANCY", "trimester": 4, "metastatic": true},
                      {"condition": "HEART_FAILURE", "nyhaClass": 5,
                       "clearance": {"by": " ", "for": "x"}}
                    ]""")))
        .containsExactly(
            Problem.of(
                "/setting",
                4,
                12,
                "unknown setting \"HOME\"; expected one of THERAPIST, SELF_CARE"),
            Problem.of(
                "/areas/0/regions/0",
                7,
                16,
                "region FOOT_L is already listed as affected (at /affected/0, line 5); list each region in one place"),
            Problem.of(
                "/areas/0/cause",
                7,
                36,
                "unknown oedema cause \"CARDIAC\"; expected one of PRIMARY_LYMPHOEDEMA, SECONDARY_LYMPHOEDEMA, POST_TRAUMATIC, POST_SURGICAL, LIPOEDEMA, VENOUS, MIXED, UNKNOWN"),
            Problem.of(
                "/areas/0/stage",
                7,
                56,
                "unknown ISL stage \"IV\"; expected one of STAGE_0, STAGE_I, STAGE_II, STAGE_III"),
            Problem.of(
                "/areas/0/tissue",
                7,
                72,
                "unknown tissue state \"HARD\"; expected one of NORMAL, FIBROTIC"),
            Problem.of("/areas/1/regions", 8, 15, "an affected area needs at least one region"),
            Problem.of(
                "/areas/2/regions",
                9,
                3,
                "missing field \"regions\"; name the area's regions, e.g. [CALF_L, FOOT_L]"),
            Problem.of(
                "/areas/2/grade",
                9,
                23,
                "unknown field \"grade\"; an affected area has the fields regions, cause, stage, tissue"),
            Problem.of(
                "/conditions/0/status",
                12,
                46,
                "unknown condition status \"BETTER\"; expected one of ACUTE, CHRONIC, CONTROLLED, IN_REMISSION, RESOLVED"),
            Problem.of(
                "/conditions/0/fever", 12, 65, "expected true or false, not the text \"no\""),
            Problem.of(
                "/conditions/0/treatmentDay",
                13,
                20,
                "invalid treatment day 0; expected a whole number from 1 to 3650"),
            Problem.of(
                "/conditions/0/nyhaClass",
                13,
                23,
                "\"nyhaClass\" applies to heart failure, not to ACUTE_INFECTION; leave it out"),
            Problem.of(
                "/conditions/1/trimester",
                14,
                43,
                "invalid trimester 4; expected a whole number from 1 to 3"),
            Problem.of(
                "/conditions/1/metastatic",
                14,
                46,
                "\"metastatic\" applies to a malignancy, not to PREGNANCY; leave it out"),
            Problem.of(
                "/conditions/2/nyhaClass",
                15,
                47,
                "invalid NYHA class 5; expected a whole number from 1 to 4"),
            Problem.of(
                "/conditions/2/clearance/scope",
                16,
                17,
                "missing field \"scope\"; say what the clearance covers, e.g. \"MLD of the left leg\""),
            Problem.of(
                "/conditions/2/clearance/by",
                16,
                24,
                "who gave the clearance (by) must not be blank"),
            Problem.of(
                "/conditions/2/clearance/for",
                16,
                29,
                "unknown field \"for\"; a clearance has the fields by, scope"));
  }

  @Test
  void rejectsARegionListedInTwoAreas() {
    assertThat(
            problems(
                patient(
                    """
                    "areas": [
                      {"regions": ["FOOT_L"]},
                      {"regions": ["CALF_L", "FOOT_L"]}
                    ]""")))
        .extracting(Problem::pointer)
        .containsExactly("/areas/1/regions/1");
  }
}
