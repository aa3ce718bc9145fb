package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lympha plan} and {@code lympha variants}, run in-process as from a shell. */
class ResearchCommandsTest {
  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run lympha(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LymphaCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  Path armPatient() throws IOException {
    Path f = dir.resolve("arm.json");
    Files.writeString(
        f,
        PatientContextFormat.json().write(Catalogue.patientFor("arm-after-axillary-dissection")));
    return f;
  }

  Path legProtocol() throws IOException {
    Path f = dir.resolve("leg.yaml");
    Files.writeString(f, ProtocolFormat.yaml().write(Catalogue.legIntactInguinal()));
    return f;
  }

  @Test
  void plansAProtocolAsInstructionsWithTheNotesOnStandardError() throws IOException {
    Run r = lympha("plan", "--patient", armPatient().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Phase 1: Open the terminus")
        .contains("Reroute across the watershed");
    assertThat(r.err()).contains("note: FOREARM_L: Rerouted around AXILLARY_L");
  }

  @Test
  void plansAProtocolAsAFileOtherCommandsCanRead() throws IOException {
    Run r = lympha("plan", "--patient", armPatient().toString(), "--format", "yaml");
    assertThat(r.exitCode()).isZero();
    assertThat(ProtocolFormat.yaml().read(r.out()).sequences()).isNotEmpty();
  }

  @Test
  void explainsWhyNoProtocolIsPlannedAndExitsWithOne() throws IOException {
    Path f = dir.resolve("dvt.yaml");
    Files.writeString(
        f,
        PatientContextFormat.yaml()
            .write(
                Catalogue.patientFor("leg-intact-inguinal")
                    .withConditions(List.of(PatientCondition.of(Condition.ACUTE_DVT)))));
    Run r = lympha("plan", "--patient", f.toString());
    assertThat(r.exitCode()).isEqualTo(LymphaCli.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("MLD is contraindicated for this patient");
  }

  @Test
  void rejectsAnUnknownFormat() throws IOException {
    Run r = lympha("plan", "--patient", armPatient().toString(), "--format", "xml");
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("--format: expected text, json or yaml, not 'xml'");
  }

  @Test
  void writesOneCsvRowPerVariantAndPatient() throws IOException {
    Path csv = dir.resolve("out.csv");
    Run r =
        lympha(
            "variants", legProtocol().toString(),
            "--sweep", "repetitions=4..6",
            "--sweep", "pressure=light,firm",
            "--patient", armPatient().toString(),
            "--csv", csv.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("6 variants, 6 rows").contains("most frequent rules");
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(6);
      assertThat(rows.get(5).get("description"))
          .isEqualTo("repetitions 6 (all steps); pressure firm (all steps)");
      assertThat(rows.get(0).get("patient"))
          .isEqualTo("left arm lymphoedema after left axillary dissection");
    }
  }

  /** {@code lympha variants} of 1,000 neck variants, with further arguments. */
  Run thousand(String... more) throws IOException {
    Path neck = dir.resolve("neck.json");
    Files.writeString(neck, ProtocolFormat.json().write(Catalogue.neckTerminusOpening()));
    List<String> args =
        new ArrayList<>(
            List.of(
                "variants",
                neck.toString(),
                "--sweep",
                "repetitions=1..500",
                "--sweep",
                "pressure=very_light,light,moderate,firm",
                "--sample",
                "1000",
                "--seed",
                "7",
                "--csv",
                dir.resolve("big.csv").toString()));
    args.addAll(List.of(more));
    return lympha(args.toArray(String[]::new));
  }

  /** Runs with standard error taken for a terminal and a clock 100 ms further at each reading. */
  Run onATerminal(String... more) throws IOException {
    BooleanSupplier terminal = VariantsCommand.terminal;
    LongSupplier clock = VariantsCommand.clock;
    long[] now = {0};
    VariantsCommand.terminal = () -> true;
    VariantsCommand.clock = () -> now[0] += 100_000_000L;
    try {
      return thousand(more);
    } finally {
      VariantsCommand.terminal = terminal;
      VariantsCommand.clock = clock;
    }
  }

  @Test
  void showsProgressOnATerminalOnlyAndNotWhenQuiet() throws IOException {
    Run r = onATerminal();
    assertThat(r.exitCode()).as(r.err()).isZero();
    // Construction reads the clock at 0.1 s, variant k at 0.1 (k + 1) s: the 11th is the first
    // more than a second in; then every third variant is 300 ms on, past the 250 ms throttle.
    assertThat(r.err())
        .startsWith("\r11/1,000 variants, 10/s, 1 min 39 s left\r14/1,000 variants, 10/s,")
        .doesNotContain("\r12/")
        .endsWith("1,000/1,000 variants, 10/s, done in 1 min 41 s" + System.lineSeparator());
    assertThat(r.err().chars().filter(c -> c == '\n')).as("one line, redrawn").hasSize(1);
    Run quiet = onATerminal("--quiet");
    assertThat(quiet.exitCode()).isZero();
    assertThat(quiet.err()).isEmpty();
    Run notATerminal = thousand();
    assertThat(notATerminal.exitCode()).isZero();
    assertThat(notATerminal.err()).isEmpty();
  }

  @Test
  void writesTheHtmlReportBesideTheCsv() throws IOException {
    Path csv = dir.resolve("v.csv");
    Path html = dir.resolve("report.html");
    Run r =
        smallSweep(
            legProtocol(),
            "--sweep",
            "pressure=light,firm",
            "--patient",
            armPatient().toString(),
            "--csv",
            csv.toString(),
            "--html",
            html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith(
            "Wrote "
                + csv
                + " (42 columns)"
                + System.lineSeparator()
                + "Wrote "
                + html
                + " (the report)"
                + System.lineSeparator());
    assertThat(csv).exists();
    String page = Files.readString(html);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("<figure class=\"chart\" id=\"chart-axis1-verdict\">")
        .contains("<figure class=\"chart\" id=\"chart-axis2-duration_s\">")
        .contains("id=\"best-1\"")
        .contains("id=\"csv-columns\"")
        .contains("leg-intact-inguinal × repetitions 4..5 (2) × pressure (2) (4 variants)");
  }

  @Test
  void refusesToWriteTheReportOverAnInputOrTheCsv() throws IOException {
    Path protocol = legProtocol();
    String before = Files.readString(protocol);
    Path csv = dir.resolve("v.csv");
    Run onInput = smallSweep(protocol, "--csv", csv.toString(), "--html", protocol.toString());
    assertThat(onInput.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(onInput.err())
        .contains("refusing to write the report to")
        .contains("choose another --html file");
    assertThat(Files.readString(protocol)).isEqualTo(before);
    assertThat(csv).doesNotExist();
    Run onCsv =
        smallSweep(
            protocol,
            "--csv",
            csv.toString(),
            "--html",
            dir.resolve(".").resolve("v.csv").toString());
    assertThat(onCsv.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(onCsv.err())
        .isEqualTo(
            "lympha: refusing to write the report to "
                + dir.resolve(".").resolve("v.csv")
                + ": it is the --csv file; choose another --html file"
                + System.lineSeparator());
    assertThat(csv).doesNotExist();
    Files.writeString(csv, "old");
    Path link = dir.resolve("link.csv");
    Files.createSymbolicLink(link, csv);
    Run onLink = smallSweep(protocol, "--csv", csv.toString(), "--html", link.toString());
    assertThat(onLink.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(Files.readString(csv)).isEqualTo("old");
  }

  @Test
  void saysWhenTheReportCannotBeWritten() throws IOException {
    Path csv = dir.resolve("v.csv");
    Path html = dir.resolve("no-such-dir").resolve("r.html");
    Run r = smallSweep(legProtocol(), "--csv", csv.toString(), "--html", html.toString());
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).startsWith("lympha: cannot write " + html + ": ");
    assertThat(r.out()).startsWith("Wrote " + csv);
  }

  @Test
  void escapesControlCharactersInTheNamesOfTheFilesItWrote() throws IOException {
    Path csv = dir.resolve("v\u001b[2J.csv");
    Path html = dir.resolve("r\u0007.html");
    Run r = smallSweep(legProtocol(), "--csv", csv.toString(), "--html", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(csv).exists();
    assertThat(html).exists();
    assertThat(r.out())
        .startsWith("Wrote " + dir.resolve("v\\u001B[2J.csv") + " (")
        .contains("Wrote " + dir.resolve("r\\u0007.html") + " (the report)")
        .doesNotContain("\u001b", "\u0007");
  }

  /** {@code lympha variants PROTOCOL --sweep repetitions=4..5} with further arguments. */
  static Run smallSweep(Path protocol, String... more) {
    List<String> args =
        new ArrayList<>(List.of("variants", protocol.toString(), "--sweep", "repetitions=4..5"));
    args.addAll(List.of(more));
    return lympha(args.toArray(String[]::new));
  }

  @Test
  void writesTheCsvToStandardOutputForADashAndSaysTheRestOnStandardError() throws IOException {
    Path protocol = legProtocol();
    Path csv = dir.resolve("same.csv");
    Run toFile = smallSweep(protocol, "--csv", csv.toString());
    Run toStdout = smallSweep(protocol, "--csv", "-");

    assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
    assertThat(toStdout.out()).isEqualTo(Files.readString(csv));
    assertThat(dir.resolve("-")).doesNotExist();
    assertThat(Path.of("-")).doesNotExist();
    // The summary a file run prints after its "Wrote" line goes to standard error instead.
    String summary = toFile.out().substring(toFile.out().indexOf(System.lineSeparator()) + 1);
    assertThat(toStdout.err()).isEqualTo(summary).isNotEmpty();
  }

  @Test
  void refusesTheReportOnStandardOutput() throws IOException {
    Run r = smallSweep(legProtocol(), "--csv", dir.resolve("r.csv").toString(), "--html", "-");

    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo(
            "lympha: the report cannot go to standard output (-): name a file for --html, e.g."
                + " --html report.html\n");
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("r.csv")).doesNotExist();
  }

  @Test
  void acceptsThePolicyNamesValidateAccepts() throws IOException {
    Path csv = dir.resolve("p.csv");
    for (String name : List.of("default", "standard", "strict", "STRICT")) {
      Run r = smallSweep(legProtocol(), "--policy", name, "--csv", csv.toString());
      assertThat(r.exitCode()).as(name + ": " + r.err()).isZero();
    }
    Run bad = smallSweep(legProtocol(), "--policy", "lenient", "--csv", csv.toString());
    assertThat(bad.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(bad.err()).contains("expected default or strict, not 'lenient'");
  }

  @Test
  void refusesToWriteTheCsvOverItsOwnInput() throws IOException {
    Path protocol = legProtocol();
    String before = Files.readString(protocol);
    Run r = smallSweep(protocol, "--csv", dir.resolve(".").resolve("leg.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("refusing to write the CSV to").contains("choose another --csv");
    assertThat(Files.readString(protocol)).isEqualTo(before);
    Path patient = armPatient();
    String patientBefore = Files.readString(patient);
    Run onPatient =
        smallSweep(protocol, "--patient", patient.toString(), "--csv", patient.toString());
    assertThat(onPatient.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(Files.readString(patient)).isEqualTo(patientBefore);
  }

  /** Absurd sweeps are refused at once with exit 2, not after gigabytes and an OutOfMemoryError. */
  @Test
  void refusesAbsurdSweepsBeforeGeneratingAnything() throws IOException {
    Path csv = dir.resolve("absurd.csv");
    for (String sweep :
        List.of("pressure=0..1e300:1", "pressure=0..200:0.000001", "tempo=0.2..60:0.0000001")) {
      Run r =
          lympha("variants", legProtocol().toString(), "--sweep", sweep, "--csv", csv.toString());
      assertThat(r.exitCode()).as(sweep).isEqualTo(LymphaCli.UNREADABLE);
      assertThat(r.err()).as(sweep).contains("an axis holds at most 100,000");
      assertThat(r.err().lines()).as("one line, no stack trace").hasSize(1);
      assertThat(csv).doesNotExist();
    }
  }

  @Test
  void refusesAFamilyLargerThanTheLimitAndABadSweep() throws IOException {
    Path csv = dir.resolve("x.csv");
    Run big =
        lympha(
            "variants",
            legProtocol().toString(),
            "--sweep",
            "repetitions=1..100",
            "--sweep",
            "drop-each-step",
            "--limit",
            "1000",
            "--csv",
            csv.toString());
    assertThat(big.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(big.err()).contains("more than the limit of 1,000; draw a sample with --sample N");
    Run bad =
        lympha(
            "variants",
            legProtocol().toString(),
            "--sweep",
            "stroke=PUMP>PUMPING",
            "--csv",
            csv.toString());
    assertThat(bad.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(bad.err())
        .contains("unknown stroke 'PUMPING'; expected one of STATIONARY_CIRCLE, PUMP");
  }
}
