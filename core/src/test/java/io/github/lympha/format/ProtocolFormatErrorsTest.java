package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.lympha.format.ProtocolFormatException.Problem;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad input gives one exception listing each problem with pointer and position. */
class ProtocolFormatErrorsTest {
  /**
   * A valid protocol; tests break it in one place. Line 10 holds the first step: its stroke value
   * starts at column 38 and its toward value at column 69.
   */
  static final String VALID =
      """
      {
        "lympha": "1",
        "kind": "protocol",
        "id": "neck",
        "title": "Neck",
        "sequences": [
          {
            "name": "Open the terminus",
            "steps": [
              {"site": "NECK_L", "stroke": "STATIONARY_CIRCLE", "toward": "TERMINUS_L"},
              {"site": "TERMINUS_L", "stroke": "STATIONARY_CIRCLE", "toward": "TERMINUS_L"}
            ]
          }
        ]
      }
      """;

  static final String VALID_YAML =
      """
      lympha: "1"
      kind: protocol
      id: neck
      title: Neck
      sequences:
        - name: Open the terminus
          steps:
            - site: NECK_L
              stroke: STATIONARY_CIRCLE
              toward: TERMINUS_L
      """;

  private static final String STROKES =
      "STATIONARY_CIRCLE, PUMP, SCOOP, ROTARY, THUMB_CIRCLE, EFFLEURAGE, LEDUC_CALL_UP,"
          + " LEDUC_REABSORPTION, SKIN_STRETCH, ABDOMINAL_BREATHING";

  private static final String PROTOCOL_FIELDS =
      "lympha, kind, id, title, version, author, description, treats, tags, sources, sequences";

  private static ProtocolFormatException failure(ThrowingCallable read) {
    ProtocolFormatException e = catchThrowableOfType(ProtocolFormatException.class, read);
    assertThat(e).as("a ProtocolFormatException").isNotNull();
    return e;
  }

  private static List<Problem> json(String text) {
    return failure(() -> ProtocolFormat.json().read(text)).problems();
  }

  private static List<Problem> yaml(String text) {
    return failure(() -> ProtocolFormat.yaml().read(text)).problems();
  }

  private static String breakStep(String replacement) {
    return VALID.replace(
        "{\"site\": \"NECK_L\", \"stroke\": \"STATIONARY_CIRCLE\", \"toward\": \"TERMINUS_L\"}",
        replacement);
  }

  @Test
  void theValidSamplesAreValid() {
    assertThat(ProtocolFormat.json().read(VALID).stepCount()).isEqualTo(2);
    assertThat(ProtocolFormat.yaml().read(VALID_YAML).stepCount()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ syntax

  @Test
  void reportsMalformedJsonWithItsPosition() {
    assertThat(json(VALID.replace("\"kind\": \"protocol\",", "\"kind\": \"protocol\",,")))
        .containsExactly(
            Problem.of(
                "/kind",
                3,
                22,
                "malformed JSON: Unexpected character (',' (code 44)): was expecting double-quote"
                    + " to start property name"));
  }

  @Test
  void reportsJsonThatEndsTooEarly() {
    assertThat(json("{\"lympha\": \"1\""))
        .containsExactly(
            Problem.of(
                "/lympha",
                1,
                15,
                "malformed JSON: Unexpected end-of-input: expected close marker for Object"));
  }

  @Test
  void reportsMalformedYamlWithItsPosition() {
    assertThat(yaml("lympha: \"1\"\nkind: protocol\ntags: [a, b\n"))
        .containsExactly(
            Problem.of(
                "/tags/1",
                4,
                1,
                "malformed YAML: expected ',' or ']', but got <stream end> (while parsing a flow"
                    + " sequence at line 3, column 7)"));
  }

  @Test
  void reportsTabIndentationInYaml() {
    assertThat(yaml("lympha: \"1\"\n\tkind: protocol\n"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.column()).isEqualTo(1);
              assertThat(p.message()).startsWith("malformed YAML: found character '\\t(TAB)'");
            });
  }

  @Test
  void reportsAnEmptyFile() {
    Problem emptyJson =
        Problem.of(
            "", 1, 1, "the file is empty; expected a JSON object such as {\"lympha\": \"1\", ...}");
    Problem emptyYaml =
        Problem.of(
            "", 1, 1, "the file is empty; expected a YAML mapping starting with lympha: \"1\"");

    assertThat(json("")).containsExactly(emptyJson);
    assertThat(json(" \n\t\n")).containsExactly(emptyJson);
    assertThat(yaml("")).containsExactly(emptyYaml);
    assertThat(yaml("# only a comment\n")).containsExactly(emptyYaml);
  }

  @Test
  void reportsAWrongTopLevelType() {
    assertThat(json("[1, 2]"))
        .containsExactly(
            Problem.of(
                "",
                1,
                1,
                "expected a protocol (an object with " + PROTOCOL_FIELDS + "), not a list"));
    assertThat(yaml("just some text"))
        .containsExactly(
            Problem.of(
                "",
                1,
                1,
                "expected a protocol (an object with "
                    + PROTOCOL_FIELDS
                    + "), not the text \"just some text\""));
  }

  @Test
  void reportsContentAfterTheDocument() {
    assertThat(json(VALID + "{}"))
        .containsExactly(
            Problem.of(
                "",
                16,
                1,
                "unexpected content after the end of the document; a file holds one JSON object"));
    assertThat(yaml(VALID_YAML + "---\nid: other\n"))
        .containsExactly(
            Problem.of("", 12, 1, "a second YAML document (after ---); a file holds one document"));
  }

  // ------------------------------------------------------------------ version and kind

  @Test
  void reportsAMissingFormatVersion() {
    assertThat(json(VALID.replace("  \"lympha\": \"1\",\n", "")))
        .containsExactly(
            Problem.of(
                "/lympha",
                1,
                1,
                "missing field \"lympha\", the format version; start the file with \"lympha\": \"1\""));
  }

  @Test
  void reportsAnUnsupportedFormatVersionAndReadsNoFurther() {
    assertThat(
            json(
                VALID
                    .replace("\"lympha\": \"1\"", "\"lympha\": \"2\"")
                    .replace("NECK_L", "NOWHERE")))
        .containsExactly(
            Problem.of(
                "/lympha",
                2,
                13,
                "unsupported format version \"2\"; this version of Lympha reads version \"1\""));
  }

  @Test
  void reportsAFormatVersionWrittenAsANumber() {
    assertThat(yaml(VALID_YAML.replace("lympha: \"1\"", "lympha: 1")))
        .containsExactly(
            Problem.of(
                "/lympha",
                1,
                9,
                "the format version must be text: write \"lympha\": \"1\" with quotes, not the number 1"));
  }

  @Test
  void reportsAPatientFileReadAsAProtocol() {
    assertThat(json("{\"lympha\": \"1\", \"kind\": \"patient\", \"label\": \"left leg\"}"))
        .containsExactly(
            Problem.of(
                "/kind",
                1,
                25,
                "this file holds a patient context (\"kind\": \"patient\"), not a protocol; read it as"
                    + " a patient context"));
  }

  @Test
  void reportsAnUnknownKindWithTheNearestOne() {
    assertThat(json(VALID.replace("\"kind\": \"protocol\"", "\"kind\": \"protocols\"")))
        .containsExactly(
            Problem.of(
                "/kind",
                3,
                11,
                "unknown kind \"protocols\"; did you mean \"protocol\"? Expected \"protocol\""));
  }

  // ------------------------------------------------------------------ fields

  @Test
  void reportsUnknownFieldsWithTheNearestValidName() {
    assertThat(
            json(VALID.replace("\"title\": \"Neck\",", "\"titel\": \"Neck\", \"Title\": \"x\",")))
        .containsExactly(
            Problem.of("/title", 1, 1, "missing field \"title\"; add a title for people"),
            Problem.of(
                "/titel",
                5,
                3,
                "unknown field \"titel\"; did you mean \"title\"? A protocol has the fields "
                    + PROTOCOL_FIELDS),
            Problem.of(
                "/Title",
                5,
                20,
                "unknown field \"Title\"; did you mean \"title\"? A protocol has the fields "
                    + PROTOCOL_FIELDS));
  }

  @Test
  void reportsAnUnknownFieldWithoutANearName() {
    assertThat(
            json(
                breakStep(
                    "{\"site\": \"NECK_L\", \"stroke\": \"PUMP\", \"toward\": \"TERMINUS_L\", \"speed\": 3}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/speed",
                10,
                70,
                "unknown field \"speed\"; a step has the fields site, stroke, toward, via, pressure,"
                    + " tempo, repetitions, hands, note"));
  }

  @Test
  void reportsAnUnknownStrokeWithEveryChoice() {
    assertThat(
            json(
                breakStep(
                    "{\"site\": \"NECK_L\", \"stroke\": \"pumping\", \"toward\": \"TERMINUS_L\"}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/stroke",
                10,
                38,
                "unknown stroke \"pumping\"; did you mean PUMP? Expected one of " + STROKES));
  }

  @Test
  void reportsUnknownAnatomyIdsWithTheNearestIds() {
    assertThat(
            json(
                breakStep(
                    "{\"site\": \"NECK_LEFT\", \"stroke\": \"PUMP\", \"toward\": \"AXILARY_L\", \"via\":"
                        + " \"AXA\"}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/site",
                10,
                18,
                "unknown site \"NECK_LEFT\"; did you mean NECK_L?"),
            Problem.of(
                "/sequences/0/steps/0/toward",
                10,
                59,
                "unknown node group \"AXILARY_L\"; did you mean AXILLARY_L or AXILLARY_R?"),
            Problem.of(
                "/sequences/0/steps/0/via",
                10,
                79,
                "unknown anastomosis \"AXA\"; did you mean AAA? Expected one of AAA, PAA, AIA_L, AIA_R,"
                    + " AII, PII, CERVICO_AXILLARY_L, CERVICO_AXILLARY_R"));
  }

  @Test
  void reportsAnIdFarFromAnyWithExamples() {
    assertThat(
            json(
                breakStep("{\"site\": \"XYZ\", \"stroke\": \"PUMP\", \"toward\": \"TERMINUS_L\"}")))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "unknown site \"XYZ\"; expected a region, node group or station id of the anatomy, e.g. "));
  }

  @Test
  void reportsARegionWhereANodeGroupBelongsAndViceVersa() {
    assertThat(
            json(
                breakStep(
                        "{\"site\": \"NECK_L\", \"stroke\": \"PUMP\", \"toward\": \"THIGH_MEDIAL_L\"}")
                    .replace(
                        "\"title\": \"Neck\",",
                        "\"title\": \"Neck\", \"treats\": [\"AXILLARY_L\"],")))
        .containsExactly(
            Problem.of(
                "/treats/0",
                5,
                31,
                "\"AXILLARY_L\" is a node group, but a region is expected here, e.g. SHOULDER_L, CHEST_L"
                    + " or BREAST_L, which it drains"),
            Problem.of(
                "/sequences/0/steps/0/toward",
                10,
                56,
                "\"THIGH_MEDIAL_L\" is a region, but a node group is expected here, e.g."
                    + " INGUINAL_SUPERFICIAL_L, which drains it"));
  }

  @Test
  void reportsMissingRequiredFieldsAtTheirObject() {
    assertThat(json(breakStep("{\"site\": \"NECK_L\"}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/stroke",
                10,
                9,
                "missing field \"stroke\"; name the stroke, e.g. STATIONARY_CIRCLE"),
            Problem.of(
                "/sequences/0/steps/0/toward",
                10,
                9,
                "missing field \"toward\"; name the node group (or station) the skin is stretched toward"));
  }

  @Test
  void reportsValuesOfTheWrongType() {
    assertThat(
            json(
                breakStep(
                    "{\"site\": 7, \"stroke\": \"PUMP\", \"toward\": \"TERMINUS_L\", \"repetitions\":"
                        + " \"five\", \"hands\": true, \"pressure\": \"LIGHT\"}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/site",
                10,
                18,
                "expected a site (a region or node group id), not the number 7"),
            Problem.of(
                "/sequences/0/steps/0/repetitions",
                10,
                78,
                "expected a whole number from 1 to 1000, not the text \"five\""),
            Problem.of(
                "/sequences/0/steps/0/hands",
                10,
                95,
                "expected text, not the value true; put it in quotes: \"true\""),
            Problem.of(
                "/sequences/0/steps/0/pressure",
                10,
                113,
                "expected a pressure (an object with level, mmHg), not the text \"LIGHT\""));
  }

  @Test
  void reportsNumbersOutOfRange() {
    assertThat(
            json(
                breakStep(
                        "{\"site\": \"NECK_L\", \"stroke\": \"PUMP\", \"toward\": \"TERMINUS_L\","
                            + " \"repetitions\": 0, \"pressure\": {\"mmHg\": -5}, \"tempo\":"
                            + " {\"secondsPerCycle\": 0.1}}")
                    .replace(
                        "\"name\": \"Open the terminus\",",
                        "\"name\": \"Open the terminus\", \"repeats\": -1,")))
        .containsExactly(
            Problem.of(
                "/sequences/0/repeats",
                8,
                47,
                "invalid repeats -1; expected a whole number from 1 to 1000"),
            Problem.of(
                "/sequences/0/steps/0/repetitions",
                10,
                85,
                "invalid repetitions 0; expected a whole number from 1 to 1000"),
            Problem.of(
                "/sequences/0/steps/0/pressure/mmHg",
                10,
                109,
                "invalid pressure -5; expected a number from 0 to 200 mmHg"),
            Problem.of(
                "/sequences/0/steps/0/tempo/secondsPerCycle",
                10,
                143,
                "invalid tempo 0.1; expected a number from 0.2 to 60 seconds per cycle"));
  }

  @Test
  void reportsFractionsAndHugeNumbersWhereWholeNumbersBelong() {
    assertThat(
            yaml(
                VALID_YAML
                    + "        repetitions: 2.5\n"
                    + "        tempo: {secondsPerCycle: .inf}\n"
                    + "      - {site: NECK_L, stroke: PUMP, toward: TERMINUS_L, repetitions: 99999999999999999999999}\n"))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/repetitions",
                11,
                22,
                "expected a whole number from 1 to 1000, not the number 2.5"),
            Problem.of(
                "/sequences/0/steps/0/tempo/secondsPerCycle",
                12,
                34,
                "invalid tempo .inf; expected a number from 0.2 to 60 seconds per cycle"),
            Problem.of(
                "/sequences/0/steps/1/repetitions",
                13,
                71,
                "invalid repetitions 99999999999999999999…; expected a whole number from 1 to 1000"));
  }

  @Test
  void reportsAPressureWithNeitherLevelNorValue() {
    assertThat(
            json(
                breakStep(
                    "{\"site\": \"NECK_L\", \"stroke\": \"PUMP\", \"toward\": \"TERMINUS_L\", \"pressure\": {}}")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/pressure",
                10,
                82,
                "a pressure needs a level (VERY_LIGHT, LIGHT, MODERATE or FIRM), a value in mmHg, or"
                    + " both, e.g. {\"level\": \"LIGHT\"}"));
  }

  @Test
  void reportsDuplicateKeysInJsonAndYaml() {
    assertThat(
            json(
                VALID.replace(
                    "\"title\": \"Neck\",", "\"title\": \"Neck\",\n  \"title\": \"Again\",")))
        .containsExactly(
            Problem.of(
                "/title",
                6,
                3,
                "duplicate field \"title\" (first at line 5, column 3); keep only one"));
    assertThat(
            yaml(
                VALID_YAML.replace(
                    "toward: TERMINUS_L", "toward: TERMINUS_L\n        toward: AXILLARY_L")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/toward",
                11,
                9,
                "duplicate field \"toward\" (first at line 10, column 9); keep only one"));
  }

  @Test
  void reportsPositionsFoundAfterReadingInLfAndCrlfTextAndLargeObjects() {
    // Positions are looked up only once a problem is reported; they must be the parser's own, for
    // either line end and for an object with enough members to be searched through a hash index.
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      extra.append("\n  \"a").append(i).append("\": ").append(i).append(',');
    }
    extra.append("\n  \"a3\": 99,");
    String text = VALID.replace("\"title\": \"Neck\",", "\"title\": \"Neck\"," + extra);
    Problem duplicate =
        Problem.of(
            "/a3", 16, 3, "duplicate field \"a3\" (first at line 9, column 3); keep only one");
    assertThat(json(text)).contains(duplicate).hasSize(11);
    assertThat(json(text.replace("\n", "\r\n"))).isEqualTo(json(text));
    assertThat(json(VALID.replace("\n", "\r\n").replace("\"NECK_L\"", "\"NECK\"")))
        .extracting(Problem::line, Problem::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 18));
  }

  @Test
  void reportsBlankTagsAndSources() {
    assertThat(
            json(
                VALID.replace(
                    "\"title\": \"Neck\",",
                    "\"title\": \"Neck\", \"tags\": [\" \"], \"sources\": [\"S1\", \"\"],")))
        .containsExactly(
            Problem.of("/tags/0", 5, 29, "a tag must not be blank"),
            Problem.of("/sources/1", 5, 53, "a source must not be blank"));
  }

  @Test
  void reportsItemsListedTwice() {
    assertThat(
            json(
                VALID.replace(
                    "\"title\": \"Neck\",",
                    "\"title\": \"Neck\", \"tags\": [\"neck\", \"neck\"],")))
        .containsExactly(
            Problem.of(
                "/tags/1", 5, 37, "listed twice (first at /tags/0, line 5); list each once"));
  }

  // ------------------------------------------------------------------ model invariants

  /**
   * A stroke toward nodes that do not drain the site, or through an anastomosis the step does not
   * cross, is a clinical mistake, not a malformed file: it reads, and the validator reports it at
   * the step's pointer.
   */
  @Test
  void readsClinicallyWrongStepsSoThatTheValidatorReportsThemAtTheirPointers() {
    Protocol p =
        ProtocolFormat.json()
            .read(
                breakStep(
                        "{\"site\": \"CALF_L\", \"stroke\": \"PUMP\", \"toward\": \"AXILLARY_R\"}")
                    .replace(
                        "{\"site\": \"TERMINUS_L\", \"stroke\": \"STATIONARY_CIRCLE\", \"toward\": \"TERMINUS_L\"}",
                        "{\"site\": \"FLANK_L\", \"stroke\": \"ROTARY\", \"toward\": \"AXILLARY_L\", \"via\": \"AII\"}"));
    ValidationReport r = Validator.standard().validate(p, PatientContext.none());
    assertThat(r.findings(RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES))
        .extracting(f -> f.location().orElseThrow().pointer())
        .containsExactly("/sequences/0/steps/0");
    assertThat(r.findings(RuleIds.VIA_DOES_NOT_FIT))
        .extracting(f -> f.location().orElseThrow().pointer())
        .containsExactly("/sequences/0/steps/1");
  }

  @Test
  void aWrongStepIsNotAProblemOfTheFileButABlankTitleIs() {
    assertThat(
            json(
                breakStep(
                        "{\"site\": \"CALF_L\", \"stroke\": \"PUMP\", \"toward\": \"AXILLARY_R\"}")
                    .replace("\"title\": \"Neck\"", "\"title\": \"  \"")))
        .containsExactly(Problem.of("/title", 5, 12, "the title must not be blank"));
  }

  @Test
  void reportsBlankTextsAnInvalidIdAndAnEmptySequence() {
    assertThat(
            json(
                VALID
                    .replace("\"id\": \"neck\"", "\"id\": \"Neck Protocol\"")
                    .replace("\"title\": \"Neck\"", "\"title\": \"  \"")
                    .replace("\"steps\": [", "\"steps\": [],\n      \"x\": [")))
        .containsExactly(
            Problem.of(
                "/id",
                4,
                9,
                "invalid protocol id \"Neck Protocol\"; use lower-case letters, digits, '.', '-' and '_'"
                    + " (at most 100), like \"leg-intact\""),
            Problem.of("/title", 5, 12, "the title must not be blank"),
            Problem.of(
                "/sequences/0/steps",
                9,
                16,
                "a sequence needs at least one step; add one or remove the sequence"),
            Problem.of(
                "/sequences/0/x",
                10,
                7,
                "unknown field \"x\"; a sequence has the fields name, repeats, steps"));
  }

  @Test
  void reportsAModelProblemThatNamesAStepAtThatStep() {
    Problems problems = new Problems();
    Node root = TreeReader.read(VALID, Syntax.JSON, 32, problems).orElseThrow();

    new ProtocolDecoder(problems, Samples.ANATOMY)
        .reportModelProblem(
            (Node.Obj) root,
            new IllegalArgumentException("/sequences/0/steps/1: Something is off"));
    new ProtocolDecoder(problems, Samples.ANATOMY)
        .reportModelProblem(
            (Node.Obj) root, new IllegalArgumentException("Protocol neck: Something else"));

    assertThat(problems.exception("protocol", java.util.Optional.empty()).problems())
        .containsExactly(
            Problem.of("", 1, 1, "protocol neck: Something else"),
            Problem.of("/sequences/0/steps/1", 11, 9, "something is off"));
  }

  // ------------------------------------------------------------------ hostile input

  @Test
  void refusesInputOverTheSizeLimitFromEverySource(@TempDir Path dir) throws IOException {
    ProtocolFormat small = ProtocolFormat.json().withMaxBytes(100);
    Path file = dir.resolve("big.json");
    Files.writeString(file, VALID);
    Problem tooLarge =
        Problem.of(
            "",
            1,
            1,
            "the file is larger than the limit of 100 bytes; a Lympha file is usually a few kilobytes");

    assertThat(failure(() -> small.read(VALID)).problems()).containsExactly(tooLarge);
    assertThat(failure(() -> small.read(new StringReader(VALID))).problems())
        .containsExactly(tooLarge);
    assertThat(
            failure(() -> small.read(new ByteArrayInputStream(VALID.getBytes(UTF_8)))).problems())
        .containsExactly(tooLarge);
    assertThat(failure(() -> small.read(file)).problems())
        .containsExactly(
            Problem.of(
                "",
                1,
                1,
                "the file is "
                    + VALID.length()
                    + " bytes long, larger than the limit of 100 bytes; a Lympha file is usually a"
                    + " few kilobytes"));
    assertThat(ProtocolFormat.json().withMaxBytes(VALID.length()).read(file).id())
        .isEqualTo("neck");
  }

  @Test
  void stopsReadingAnEndlessStreamAtTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };

    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThat(failure(() -> ProtocolFormat.json().read(endless)).problems())
                .singleElement()
                .satisfies(
                    p ->
                        assertThat(p.message())
                            .contains("larger than the limit of 4194304 bytes (4 MiB)")));
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String text =
        VALID.replace(
            "\"title\": \"Neck\",", "\"title\": \"Neck\", \"tags\": [[[[[[[[\"x\"]]]]]]]],");

    assertThat(failure(() -> ProtocolFormat.json().withMaxDepth(8).read(text)).problems())
        .containsExactly(
            Problem.of(
                "/tags/0/0/0/0/0/0/0",
                5,
                35,
                "the document is nested more than 8 levels deep, the reader's limit; a Lympha file"
                    + " needs at most 6"));
  }

  @Test
  void refusesAVeryDeepDocumentQuicklyInBothSyntaxes() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(json(deep))
              .singleElement()
              .satisfies(p -> assertThat(p.column()).isEqualTo(33));
          assertThat(yaml(deep))
              .singleElement()
              .satisfies(p -> assertThat(p.message()).contains("nested more than 32"));
        });
  }

  @Test
  void refusesYamlAliasesSoABillionLaughsCostsNothing() {
    StringBuilder laughs =
        new StringBuilder(
            "lympha: \"1\"\nkind: protocol\nid: lol\ntitle: LOL\ntags: &a0 [\"lol\"]\n");
    for (int i = 1; i < 10; i++) {
      laughs.append("lol").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 10; k++) {
        laughs.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      laughs.append("]\n");
    }

    List<Problem> problems =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> yaml(laughs.toString()));

    assertThat(problems)
        .contains(
            Problem.of(
                "/lol1/0",
                6,
                12,
                "YAML aliases (*a0) are not supported in Lympha files (this file has 90 of them); write"
                    + " the value out in full"),
            Problem.of(
                "/tags",
                5,
                7,
                "YAML anchors (&a0) are not supported in Lympha files; remove the anchor"));
  }

  @Test
  void refusesYamlTagsAndBinaryValues() {
    assertThat(
            yaml(
                VALID_YAML.replace(
                    "title: Neck", "title: !!binary aGVsbG8=\ndescription: !local text")))
        .containsExactly(
            Problem.of(
                "/title",
                4,
                8,
                "unsupported value (YAML tag !!binary); use text, a number, true, false or null"),
            Problem.of(
                "/description",
                5,
                14,
                "YAML tags (!local) are not supported in Lympha files; remove the tag"));
  }

  /** Standard tags too: a Lympha file says each value plainly, so !!str is refused like !local. */
  @Test
  void refusesStandardYamlTagsAtTheirLineAndColumn() {
    assertThat(yaml(VALID_YAML.replace("title: Neck", "title: !!str Neck")))
        .containsExactly(
            Problem.of(
                "/title",
                4,
                8,
                "YAML tags (!!str) are not supported in Lympha files; remove the tag"));
    assertThat(yaml(VALID_YAML.replace("title: Neck", "title: Neck\ntags: &d [neck]")))
        .containsExactly(
            Problem.of(
                "/tags",
                5,
                7,
                "YAML anchors (&d) are not supported in Lympha files; remove the anchor"));
  }

  /** The YAML parser names anchors on lists and maps only; those on scalars are found too. */
  @Test
  void refusesAnchorsOnScalarsNamesAndListItemsAtTheirLineAndColumn() {
    assertThat(yaml(VALID_YAML.replace("id: neck", "id: &i neck")))
        .containsExactly(
            Problem.of(
                "/id",
                3,
                5,
                "YAML anchors (&i) are not supported in Lympha files; remove the anchor"));
    assertThat(yaml(VALID_YAML.replace("title: Neck", "&t title: Neck")))
        .containsExactly(
            Problem.of(
                "/title",
                4,
                1,
                "YAML anchors (&t) are not supported in Lympha files; remove the anchor"));
    assertThat(yaml(VALID_YAML.replace("title: Neck", "title: Neck\ntags:\n  - neck\n  - &x2 arm")))
        .containsExactly(
            Problem.of(
                "/tags/1",
                7,
                5,
                "YAML anchors (&x2) are not supported in Lympha files; remove the anchor"));
    assertThat(yaml(VALID_YAML.replace("title: Neck", "title: Neck\ntags: [neck, &f arm]")))
        .containsExactly(
            Problem.of(
                "/tags/1",
                5,
                14,
                "YAML anchors (&f) are not supported in Lympha files; remove the anchor"));
    assertThat(yaml(VALID_YAML.replace("stroke: STATIONARY_CIRCLE", "stroke: !!str &s PUMP")))
        .containsExactly(
            Problem.of(
                "/sequences/0/steps/0/stroke",
                9,
                17,
                "YAML anchors (&s) are not supported in Lympha files; remove the anchor"),
            Problem.of(
                "/sequences/0/steps/0/stroke",
                9,
                17,
                "YAML tags (!!str) are not supported in Lympha files; remove the tag"));
    // Text that merely holds & or ! is text.
    assertThat(
            ProtocolFormat.yaml()
                .read(
                    VALID_YAML.replace(
                        "title: Neck", "title: Neck & shoulders!\ndescription: '&x'"))
                .title())
        .isEqualTo("Neck & shoulders!");
  }

  /** An anchored scalar with its alias: both are refused, each where it is. */
  @Test
  void refusesAnAnchoredScalarAndItsAlias() {
    assertThat(yaml(VALID_YAML.replace("title: Neck", "title: &n Neck\ndescription: *n")))
        .containsExactly(
            Problem.of(
                "/title",
                4,
                8,
                "YAML anchors (&n) are not supported in Lympha files; remove the anchor"),
            Problem.of(
                "/description",
                5,
                14,
                "YAML aliases (*n) are not supported in Lympha files; write the value out in full"));
  }

  /** Control characters of the input (an ESC sequence) never reach a terminal raw. */
  @Test
  void escapesControlCharactersInTheTextItQuotes() {
    assertThat(yaml(VALID_YAML.replace("site: NECK_L", "site: \"\\e[31mNECK\\u0007\"")))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith("unknown site \"\\u001B[31mNECK\\u0007\"")
                    .doesNotContain("\u001B", "\u0007"));
  }

  @Test
  void reportsBytesThatAreNotUtf8WithTheirOffsetLineAndColumn() throws IOException {
    byte[] latin1 =
        VALID
            .replace("\"Neck\"", "\"Nacken \u00e9\"")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int offset = VALID.indexOf("\"Neck\"") + 8;

    assertThat(
            failure(() -> ProtocolFormat.json().read(new ByteArrayInputStream(latin1))).problems())
        .containsExactly(
            Problem.of(
                "",
                5,
                20,
                "the file is not valid UTF-8 (invalid byte 0xE9 at byte offset "
                    + offset
                    + "); save it with the UTF-8 encoding"));
  }

  @Test
  void reportsTextThatIsNotUnicode() {
    assertThat(json(VALID.replace("\"Neck\"", "\"\\uD800\"")))
        .containsExactly(
            Problem.of(
                "/title",
                5,
                12,
                "the text holds an unpaired surrogate \\uD800, which is not a character; remove it"));
  }

  // ------------------------------------------------------------------ the exception

  @Test
  void listsEveryProblemInOrderOfPosition() {
    ProtocolFormatException e =
        failure(
            () ->
                ProtocolFormat.json()
                    .read(
                        breakStep(
                                "{\"site\": \"NECK_L\", \"stroke\": \"pumping\", \"toward\": \"TERMINUS_L\"}")
                            .replace("\"title\": \"Neck\"", "\"titl\": \"Neck\"")));

    assertThat(e.problems())
        .extracting(Problem::pointer)
        .containsExactly("/title", "/titl", "/sequences/0/steps/0/stroke");
    assertThat(e.getMessage())
        .isEqualTo(
            String.join(
                    System.lineSeparator(),
                    "Cannot read the protocol: 3 problems",
                    "  line 1, column 1: missing field \"title\"; add a title for people",
                    "  /titl (line 5, column 3): unknown field \"titl\"; did you mean \"title\"? A protocol has"
                        + " the fields "
                        + PROTOCOL_FIELDS,
                    "  /sequences/0/steps/0/stroke (line 10, column 38): unknown stroke \"pumping\"; did you"
                        + " mean PUMP? Expected one of "
                        + STROKES)
                .replace("  line 1, column 1: missing", "  /title (line 1, column 1): missing"));
    assertThat(e.what()).isEqualTo("protocol");
    assertThat(e.source()).isEmpty();
    assertThat(e.isTruncated()).isFalse();
  }

  @Test
  void namesTheFileItReadFrom(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("neck.yaml");
    Files.writeString(
        file, VALID_YAML.replace("PUMP", "x").replace("STATIONARY_CIRCLE", "SCOOPING"));

    ProtocolFormatException e = failure(() -> ProtocolFormat.yaml().read(file));

    assertThat(e.source()).contains(file.toString());
    assertThat(e.getMessage())
        .startsWith("Cannot read the protocol from " + file + ": 1 problem")
        .contains(
            "/sequences/0/steps/0/stroke (line 9, column 17): unknown stroke \"SCOOPING\"; did you mean SCOOP?");
  }

  @Test
  void listsAtMostAHundredProblemsAndStopsLooking() {
    StringBuilder text =
        new StringBuilder(
            "{\"lympha\": \"1\", \"kind\": \"protocol\", \"id\": \"p\", \"title\": \"T\"");
    for (int i = 0; i < 200_000; i++) {
      text.append(", \"field").append(i).append("\": ").append(i);
    }
    text.append('}');

    ProtocolFormatException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () ->
                failure(() -> ProtocolFormat.json().withMaxBytes(16 << 20).read(text.toString())));

    assertThat(e.problems()).hasSize(ProtocolFormatException.MAX_PROBLEMS);
    assertThat(e.isTruncated()).isTrue();
    assertThat(e.getMessage())
        .startsWith(
            "Cannot read the protocol: 100 problems (reading stopped there; there may be more)");
  }

  @Test
  void describesAProblemForPeople() {
    assertThat(Problem.of("/a/b", 3, 4, "wrong").describe())
        .isEqualTo("/a/b (line 3, column 4): wrong");
    assertThat(Problem.of("", 1, 1, "empty").describe()).isEqualTo("line 1, column 1: empty");
    assertThat(Problem.of("", 1, 1, "empty")).hasToString("line 1, column 1: empty");
  }
}
