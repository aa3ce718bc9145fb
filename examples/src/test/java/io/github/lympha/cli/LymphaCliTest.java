package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the tool in-process, as a user would from a shell, and checks output and exit codes. */
class LymphaCliTest {
  @TempDir Path dir;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  static Run lympha(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LymphaCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path file(String name, String content) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, content);
    return f;
  }

  Path seedLegYaml() throws IOException {
    return file("seed-leg.yaml", ProtocolFormat.yaml().write(Catalogue.seedLeg()));
  }

  // ------------------------------------------------------------------ help and usage

  @Test
  void printsHelpListingEveryCommand() {
    Run r = lympha("--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Usage: lympha [-hV] [COMMAND]")
        .contains("validate", "render", "catalogue", "convert", "Exit codes:")
        .contains("Lympha models protocols; it gives no medical advice.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void printsItsVersionFromEveryCommand() {
    for (String[] args :
        new String[][] {{"--version"}, {"render", "--version"}, {"catalogue", "show", "-V"}}) {
      Run r = lympha(args);
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).startsWith("lympha 0.1.0-SNAPSHOT");
    }
  }

  @Test
  void printsHelpForEachCommand() {
    Run r = lympha("convert", "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("Usage: lympha convert [-hV] [--input-format=SYNTAX] --to=SYNTAX FILE")
        .contains("json, yaml");
    assertThat(lympha("help", "render").out())
        .startsWith("Usage: lympha render [-hV] [--markdown]")
        .contains("[--html=OUT]", "[--input-format=SYNTAX]", "[--patient=PATIENT_FILE]");
  }

  @Test
  void asksForACommandWhenGivenNone() {
    Run r = lympha();

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .startsWith("lympha: Missing command; for example: lympha validate leg.yaml")
        .contains("Usage: lympha");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void suggestsTheCommandMeantForAnUnknownOne() {
    Run r = lympha("rendr", "leg.yaml");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .contains("lympha: Unmatched arguments from index 0: 'rendr', 'leg.yaml'")
        .contains("Did you mean: lympha render");
  }

  @Test
  void suggestsTheOptionMeantForAnUnknownOne() throws IOException {
    Run r = lympha("render", seedLegYaml().toString(), "--markdwn");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("lympha: Unknown option: '--markdwn'").contains("--markdown");
  }

  @Test
  void refusesAMissingArgument() {
    Run r = lympha("render");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .contains("lympha: Missing required parameter: 'PROTOCOL_FILE'")
        .contains("Usage: lympha render");
  }

  // ------------------------------------------------------------------ validate

  Path thighForRemovedNodes() throws IOException {
    return file(
        "thigh.yaml",
        """
        lympha: "1"
        kind: protocol
        id: thigh
        title: Left thigh
        sequences:
          - name: Thigh
            steps:
              - site: THIGH_LATERAL_L
                stroke: PUMP
                toward: INGUINAL_SUPERFICIAL_L
        """);
  }

  Path patientWithoutLeftGroin() throws IOException {
    return file(
        "patient.yaml",
        """
        lympha: "1"
        kind: patient
        compromised:
          - group: INGUINAL_SUPERFICIAL_L
            reason: REMOVED
        """);
  }

  @Test
  void validatesAProtocolAloneAndExitsWithZeroWithoutErrors() throws IOException {
    Run r = lympha("validate", seedLegYaml().toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(r.out())
        .isEqualTo(
            io.github.lympha.validation.Validator.standard()
                .validate(Catalogue.seedLeg())
                .toText());
    assertThat(r.err()).isEmpty();
  }

  /**
   * A stroke toward nodes that do not drain the site (the thigh toward the popliteal nodes, the
   * upper chest toward the groin) is the protocol that most needs checking: it is read and judged
   * (exit 1 with the finding at the step), not refused as unreadable (exit 2).
   */
  @Test
  void validatesStrokesTowardNodesThatDoNotDrainTheSiteInsteadOfRefusingTheFile()
      throws IOException {
    Path wrong =
        file(
            "wrong.yaml",
            """
            lympha: "1"
            kind: protocol
            id: wrong
            title: Textbook mistakes
            sequences:
              - name: Mistakes
                steps:
                  - {site: THIGH_MEDIAL_L, stroke: PUMP, toward: POPLITEAL_L}
                  - {site: CHEST_L, stroke: ROTARY, toward: INGUINAL_SUPERFICIAL_L}
            """);

    Run r = lympha("validate", wrong.toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.FINDINGS);
    assertThat(r.out())
        .contains(
            "ERROR DIRECTION_AWAY_FROM_DRAINING_NODES at phase 1 \"Mistakes\", step 1"
                + " (/sequences/0/steps/0)")
        .contains(
            "ERROR DIRECTION_AWAY_FROM_DRAINING_NODES at phase 1 \"Mistakes\", step 2"
                + " (/sequences/0/steps/1)");
  }

  @Test
  void reportsAnInternalErrorOrRunningOutOfMemoryInOneLineWithExitThree() {
    java.io.StringWriter text = new java.io.StringWriter();
    java.io.PrintWriter err = new java.io.PrintWriter(text, true);
    assertThat(LymphaCli.internalError(err, new IllegalStateException("boom")))
        .isEqualTo(LymphaCli.INTERNAL);
    assertThat(LymphaCli.internalError(err, new OutOfMemoryError("Java heap space")))
        .isEqualTo(LymphaCli.INTERNAL);
    assertThat(text.toString().lines())
        .containsExactly(
            "lympha: internal error: java.lang.IllegalStateException: boom; this is a bug, please"
                + " report it (-Dlympha.debug=true shows where it happened)",
            "lympha: out of memory; the input or the sweep is too large for this JVM: narrow it,"
                + " or give Java more memory (JAVA_OPTS=-Xmx…)");
  }

  @Test
  void exitsWithOneWhenTheReportHasErrors() throws IOException {
    Run r =
        lympha(
            "validate",
            thighForRemovedNodes().toString(),
            "--patient",
            patientWithoutLeftGroin().toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.FINDINGS);
    assertThat(r.out())
        .contains("Result: not valid: 1 error, 1 warning")
        .contains(
            "ERROR TARGET_NODE_GROUP_REMOVED at phase 1 \"Thigh\", step 1 (/sequences/0/steps/0)");
  }

  @Test
  void printsTheReportAsJsonForScripts() throws IOException {
    Run r =
        lympha(
            "validate",
            thighForRemovedNodes().toString(),
            "--patient",
            patientWithoutLeftGroin().toString(),
            "--format",
            "JSON");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.FINDINGS);
    assertThat(r.out())
        .startsWith(
            "{\n  \"protocol\": \"thigh\",\n  \"policy\": \"standard\",\n  \"valid\": false,\n  \"findings\": [\n")
        .contains(
            "    {\n      \"rule\": \"TARGET_NODE_GROUP_REMOVED\",\n      \"severity\": \"ERROR\",\n"
                + "      \"location\": \"/sequences/0/steps/0\",\n      \"message\": \"This step sends lymph")
        .contains("\"sources\": [\n        \"S7\",")
        .contains("\"fix\": \"Stretch toward the left axillary nodes")
        .endsWith("  ]\n}\n");
  }

  @Test
  void writesAFindingAboutTheWholeProtocolWithANullLocation() throws IOException {
    Path patient =
        file(
            "seed-patient.json",
            PatientContextFormat.json().write(Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG)));

    Run r =
        lympha(
            "validate",
            seedLegYaml().toString(),
            "--patient",
            patient.toString(),
            "--format",
            "json");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(r.out())
        .contains("\"valid\": true")
        .contains(
            "\"rule\": \"AFFECTED_REGION_NOT_TREATED\",\n      \"severity\": \"INFO\",\n      \"location\": null,");
  }

  @Test
  void validatesWithTheStrictPolicy() throws IOException {
    Run strict = lympha("validate", seedLegYaml().toString(), "--policy", "strict");
    Run standard = lympha("validate", seedLegYaml().toString(), "--policy=standard");

    assertThat(strict.out()).contains("Policy: strict");
    assertThat(standard.out()).contains("Policy: standard");
    assertThat(strict.out())
        .isEqualTo(
            io.github.lympha.validation.Validator.builder()
                .policy(io.github.lympha.validation.Policy.strict())
                .build()
                .validate(Catalogue.seedLeg())
                .toText());
  }

  @Test
  void refusesAnUnknownPolicyOrOutputFormat() throws IOException {
    Run policy = lympha("validate", seedLegYaml().toString(), "--policy", "lax");
    Run format = lympha("validate", seedLegYaml().toString(), "--format", "xml");

    assertThat(policy.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(policy.err())
        .startsWith(
            "lympha: Invalid value for option '--policy': expected default or strict, not 'lax'");
    assertThat(format.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(format.err())
        .startsWith(
            "lympha: Invalid value for option '--format': expected text or json, not 'xml'");
  }

  @Test
  void reportsBothABadProtocolAndABadPatientFile() throws IOException {
    Path protocol = file("bad.json", "{\"lympha\": \"1\", \"kind\": \"protocol\"}");
    Path patient = file("bad-patient.yaml", "lympha: \"1\"\nkind: patient\ntissue: HARD\n");

    Run r = lympha("validate", protocol.toString(), "--patient", patient.toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("lympha: Cannot read the protocol from " + protocol + ": 2 problems")
        .contains("lympha: Cannot read the patient context from " + patient + ": 1 problem");
  }

  @Test
  void validatesAPatientFileGivenAsAProtocolAsUnreadable() throws IOException {
    Run r = lympha("validate", patientWithoutLeftGroin().toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .contains("this file holds a patient context (\"kind\": \"patient\"), not a protocol");
  }

  @Test
  void suggestsValidateForAMistypedCommand() {
    Run r = lympha("valdate", "leg.yaml");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("Did you mean: lympha validate");
  }

  // ------------------------------------------------------------------ catalogue

  @Test
  void listsTheCatalogueIdAndTitleThenSourcesAndPatient() {
    Run r = lympha("catalogue");

    assertThat(r.exitCode()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2 * Catalogue.all().size());
    for (int i = 0; i < Catalogue.all().size(); i++) {
      Protocol p = Catalogue.all().get(i);
      assertThat(lines[2 * i]).startsWith(p.id() + " ").endsWith(p.title());
      assertThat(lines[2 * i + 1])
          .startsWith(" ")
          .isEqualToIgnoringWhitespace(
              "sources "
                  + String.join(", ", p.sources())
                  + "; for: "
                  + Catalogue.patientFor(p.id()).label().orElseThrow());
      assertThat(lines[2 * i + 1].indexOf('s')).isEqualTo(lines[2 * i].indexOf(p.title()));
    }
  }

  @Test
  void showsThePatientAReferenceProtocolIsMeantFor() {
    Run json = lympha("catalogue", "show", "legs-in-pregnancy", "--patient");
    Run yaml = lympha("catalogue", "show", "--patient", "--yaml", "legs-in-pregnancy");

    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEqualTo(Catalogue.patientFile("legs-in-pregnancy"));
    assertThat(PatientContextFormat.yaml().read(yaml.out()))
        .isEqualTo(Catalogue.patientFor("legs-in-pregnancy"));
    assertThat(lympha("catalogue", "show", "self-care-leg").out())
        .isEqualTo(Catalogue.protocolFile("self-care-leg"));
  }

  @Test
  void showsAReferenceProtocolAsTheWriterWritesIt() {
    Run json = lympha("catalogue", "show", Catalogue.SEED_CLINIC_LEG);
    Run yaml = lympha("catalogue", "show", Catalogue.SEED_CLINIC_LEG, "--yaml");

    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).isEqualTo(ProtocolFormat.json().write(Catalogue.seedLeg()));
    assertThat(lympha("catalogue", "show", "--json", Catalogue.SEED_CLINIC_LEG).out())
        .isEqualTo(json.out());
    assertThat(yaml.out()).isEqualTo(ProtocolFormat.yaml().write(Catalogue.seedLeg()));
    assertThat(ProtocolFormat.yaml().read(yaml.out())).isEqualTo(Catalogue.seedLeg());
  }

  @Test
  void suggestsTheReferenceProtocolMeant() {
    Run r = lympha("catalogue", "show", "seed-leg");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .startsWith(
            "lympha: no reference protocol \"seed-leg\"; did you mean seed-clinic-leg? The catalogue holds ")
        .contains(String.join(", ", Catalogue.ids()));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void refusesBothSyntaxesAtOnce() {
    Run r = lympha("catalogue", "show", Catalogue.SEED_CLINIC_LEG, "--json", "--yaml");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("--json, --yaml are mutually exclusive");
  }

  // ------------------------------------------------------------------ render

  @Test
  void rendersAProtocolFileAsTextOrMarkdown() throws IOException {
    Path f = seedLegYaml();

    Run text = lympha("render", f.toString());
    Run markdown = lympha("render", f.toString(), "--markdown");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).isEqualTo(Instructions.text(Catalogue.seedLeg()));
    assertThat(markdown.out()).isEqualTo(Instructions.markdown(Catalogue.seedLeg()));
  }

  @Test
  void reportsEveryProblemOfABadFileOnStandardError() throws IOException {
    Path bad =
        file(
            "bad.yaml",
            ProtocolFormat.yaml()
                .write(Catalogue.seedLeg())
                .replaceFirst("stroke: SKIN_STRETCH", "stroke: pumping")
                .replace("title:", "titel:"));

    Run r = lympha("render", bad.toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .startsWith("lympha: Cannot read the protocol from " + bad + ": 3 problems")
        .contains("/title (line 1, column 1): missing field \"title\"; add a title for people")
        .contains("/titel (line 4, column 1): unknown field \"titel\"; did you mean \"title\"?")
        .containsPattern(
            "/sequences/0/steps/0/stroke \\(line \\d+, column \\d+\\): unknown stroke \"pumping\"; did you mean PUMP\\?")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void saysWhenAFileDoesNotExist() {
    Run r = lympha("render", dir.resolve("missing.yaml").toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo("lympha: cannot read " + dir.resolve("missing.yaml") + ": no such file\n");
  }

  @Test
  void escapesControlCharactersInTheNameOfAFileItCannotRead() {
    Run r = lympha("validate", dir.resolve("seed\u001b[2J.json").toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo("lympha: cannot read " + dir.resolve("seed\\u001B[2J.json") + ": no such file\n")
        .doesNotContain("\u001b");
  }

  @Test
  void saysWhenTheFileIsADirectory() {
    Run r = lympha("render", dir.toString());

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).startsWith("lympha: cannot read " + dir + ": it is a directory");
  }

  // ------------------------------------------------------------------ convert

  @Test
  void convertsAProtocolBetweenSyntaxes() throws IOException {
    Run toJson = lympha("convert", seedLegYaml().toString(), "--to", "json");
    Path json = file("seed-leg.json", toJson.out());
    Run toYaml = lympha("convert", json.toString(), "--to=YAML");

    assertThat(toJson.exitCode()).isZero();
    assertThat(toJson.out()).isEqualTo(ProtocolFormat.json().write(Catalogue.seedLeg()));
    assertThat(toYaml.out()).isEqualTo(ProtocolFormat.yaml().write(Catalogue.seedLeg()));
  }

  @Test
  void convertsAPatientFileAndReadsFilesWithoutAKnownExtension() throws IOException {
    Path patient =
        file(
            "patient.txt",
            PatientContextFormat.json().write(Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG)));

    Run r = lympha("convert", patient.toString(), "--to", "yaml");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .isEqualTo(
            PatientContextFormat.yaml().write(Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG)));
  }

  @Test
  void reportsTheProblemsOfTheKindAFileClaims() throws IOException {
    Path patient = file("patient.yaml", "lympha: \"1\"\nkind: patient\ntissue: HARD\n");
    Path unknownKind = file("thing.yaml", "lympha: \"1\"\nkind: plan\n");

    Run r = lympha("convert", patient.toString(), "--to", "json");
    Run u = lympha("convert", unknownKind.toString(), "--to", "json");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo(
            "lympha: Cannot read the patient context from "
                + patient
                + ": 1 problem\n  /tissue (line 3, column 9): unknown tissue state \"HARD\"; expected one"
                + " of NORMAL, FIBROTIC\n");
    assertThat(u.err())
        .startsWith("lympha: Cannot read the protocol from " + unknownKind)
        .contains("unknown kind \"plan\"");
  }

  @Test
  void refusesAnUnknownTargetSyntax() throws IOException {
    Run r = lympha("convert", seedLegYaml().toString(), "--to", "xml");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .startsWith(
            "lympha: Invalid value for option '--to': expected json, yaml or fhir-json, not 'xml'");
  }

  @Test
  void convertsAProtocolToFhirAndReadsItBackWherever() throws IOException {
    Run fhir = lympha("convert", seedLegYaml().toString(), "--to", "fhir-json");
    assertThat(fhir.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(fhir.out()).contains("\"resourceType\": \"PlanDefinition\"");
    Path file = seedLegYaml().resolveSibling("seed.fhir.json");
    Files.writeString(file, fhir.out());
    Run back = lympha("convert", file.toString(), "--to", "yaml");
    assertThat(back.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(back.out()).isEqualTo(Files.readString(seedLegYaml()));

    Files.writeString(file, fhir.out().replace("\"SCOOP\"", "\"PUMPING\""));
    Run bad = lympha("validate", file.toString());
    assertThat(bad.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(bad.err()).contains("PlanDefinition.action[").contains("unknown stroke \"PUMPING\"");
  }

  @Test
  void convertsAPatientToAFhirBundleAndSaysWhatItDoesNotWrite() throws IOException {
    Path patient =
        file(
            "leg-patient.yaml",
            """
            lympha: "1"
            kind: patient
            label: left leg
            affected:
              - THIGH_LATERAL_L
            compromised:
              - group: INGUINAL_SUPERFICIAL_L
                reason: REMOVED
            """);
    Run fhir = lympha("convert", patient.toString(), "--to", "fhir-json");
    assertThat(fhir.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(fhir.out())
        .contains("\"resourceType\": \"Bundle\"")
        .contains("\"resourceType\": \"Procedure\"");
    assertThat(fhir.err())
        .isEqualTo(
            "lympha: "
                + patient
                + ": not written: label: \"left leg\": only a label Patient/<id> is written, as the"
                + " Patient's id (from which the import reads the label)\n");
    Path bundle = patient.resolveSibling("leg-patient.fhir.json");
    Files.writeString(bundle, fhir.out());
    Run back = lympha("convert", bundle.toString(), "--to", "yaml");
    assertThat(back.exitCode()).isEqualTo(LymphaCli.OK);
    assertThat(back.err()).isEmpty();
    Path unlabelled =
        file("unlabelled.yaml", Files.readString(patient).replace("label: left leg\n", ""));
    assertThat(back.out())
        .isEqualTo(lympha("convert", unlabelled.toString(), "--to", "yaml").out());
  }

  @Test
  void exitsWithTwoWhenStandardOutputCannotBeWritten() {
    Writer full =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void flush() throws IOException {
            throw new IOException("No space left on device");
          }

          @Override
          public void close() {}
        };
    StringWriter err = new StringWriter();
    int code =
        LymphaCli.execute(
            new PrintWriter(full, true),
            new PrintWriter(err, true),
            "catalogue",
            "show",
            "seed-clinic-leg");
    assertThat(code).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(err.toString()).contains("lympha: cannot write to standard output");
  }
}
