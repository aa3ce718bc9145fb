package io.github.lympha.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.testing.Fifos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a file reaches the tool: {@code -} (standard input), pipes, FIFOs, {@code /dev/stdin}
 * and process substitution, each read exactly once; the syntax from the extension, {@code
 * --input-format} or the content. FIFOs are real ({@code mkfifo}), written by a thread; the pipes
 * of {@code /dev/stdin} and {@code <(...)} are those of a child process running the tool.
 */
class InputPathsTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run lympha(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = LymphaCli.execute(in, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run lympha(String stdin, String... args) {
    return lympha(new ByteArrayInputStream(stdin.getBytes(UTF_8)), args);
  }

  static final String SEED_JSON = ProtocolFormat.json().write(Catalogue.seedLeg());
  static final String SEED_YAML = ProtocolFormat.yaml().write(Catalogue.seedLeg());
  static final String PATIENT_YAML =
      PatientContextFormat.yaml()
          .write(
              PatientContext.builder()
                  .label("from a pipe")
                  .addAllAffected(Catalogue.seedLeg().treats())
                  .build());

  /** What the tool prints for the seed protocol read from a file with an extension. */
  Run fromFile(String... command) throws IOException {
    Path file = dir.resolve("seed.json");
    Files.writeString(file, SEED_JSON);
    List<String> args = new ArrayList<>(List.of(command));
    args.add(file.toString());
    return lympha(InputStream.nullInputStream(), args.toArray(String[]::new));
  }

  // ------------------------------------------------------------------ standard input

  @Test
  void readsStandardInputForADashInJsonOrYamlBySniffing() throws IOException {
    Run expected = fromFile("validate");
    for (String text : List.of(SEED_JSON, SEED_YAML, "\uFEFF \n" + SEED_JSON)) {
      Run r = lympha(text, "validate", "-");
      assertThat(r.exitCode()).as(r.err()).isEqualTo(expected.exitCode());
      assertThat(r.out()).isEqualTo(expected.out());
      assertThat(r.err()).isEmpty();
    }
  }

  @Test
  void readsADashForEveryFileArgumentOfEveryCommand() throws IOException {
    Path protocol = dir.resolve("seed.yaml");
    Files.writeString(protocol, SEED_YAML);
    Path patient = dir.resolve("patient.yaml");
    Files.writeString(patient, PATIENT_YAML);

    assertThat(lympha(SEED_YAML, "render", "-").out()).startsWith(Catalogue.seedLeg().title());
    assertThat(lympha(SEED_YAML, "convert", "-", "--to", "json").out()).isEqualTo(SEED_JSON);
    Run validate = lympha(PATIENT_YAML, "validate", protocol.toString(), "--patient", "-");
    assertThat(validate.out()).contains("Patient context: from a pipe");
    Run plan = lympha(PATIENT_YAML, "plan", "--patient", "-", "--format", "json");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    assertThat(plan.out()).startsWith("{");
    Path csv = dir.resolve("v.csv");
    Run variants =
        lympha(
            SEED_YAML,
            "variants",
            "-",
            "--sweep",
            "repetitions=4..5",
            "--patient",
            patient.toString(),
            "--csv",
            csv.toString());
    assertThat(variants.exitCode()).as(variants.err()).isZero();
    assertThat(variants.out()).contains("2 variants, 2 rows");
    Run patients =
        lympha(
            PATIENT_YAML,
            "variants",
            protocol.toString(),
            "--sweep",
            "repetitions=4..5",
            "--patient",
            "-",
            "--csv",
            csv.toString());
    assertThat(patients.exitCode()).as(patients.err()).isZero();
    assertThat(patients.out()).contains("patient 1: from a pipe");
  }

  @Test
  void refusesStandardInputNamedTwice() {
    Run r = lympha(SEED_YAML, "validate", "-", "--patient", "-");
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo(
            "lympha: standard input (-) is named twice; it can be read only once: save one of the"
                + " files and name it instead\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void takesTheSyntaxFromTheExtensionThenTheOptionThenTheContent() throws IOException {
    // A YAML flow mapping starts with { and so looks like JSON; --input-format says otherwise.
    String flowYaml = "{lympha: \"1\", kind: protocol, id: x, title: X}\n";
    Run sniffed = lympha(flowYaml, "convert", "-", "--to", "yaml");
    assertThat(sniffed.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(sniffed.err()).contains("malformed JSON");
    Run declared = lympha(flowYaml, "convert", "-", "--to", "yaml", "--input-format", "yaml");
    assertThat(declared.err()).isEmpty();
    assertThat(declared.out()).contains("id: x", "title: X");
    // The extension wins over the option: a .json file is JSON whatever --input-format says.
    Path json = dir.resolve("seed.json");
    Files.writeString(json, SEED_JSON);
    Run byName =
        lympha(
            InputStream.nullInputStream(),
            "convert",
            json.toString(),
            "--to",
            "yaml",
            "--input-format",
            "yaml");
    assertThat(byName.exitCode()).as(byName.err()).isZero();
    assertThat(byName.out()).isEqualTo(SEED_YAML);
    // No extension, no option: the content decides.
    Path bare = dir.resolve("seed");
    Files.writeString(bare, SEED_YAML);
    Run content = lympha(InputStream.nullInputStream(), "convert", bare.toString(), "--to", "json");
    assertThat(content.out()).isEqualTo(SEED_JSON);
    Run option =
        lympha(
            InputStream.nullInputStream(),
            "convert",
            bare.toString(),
            "--to",
            "json",
            "--input-format",
            "json");
    assertThat(option.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(option.err()).contains("malformed JSON");
  }

  @Test
  void refusesAStreamLargerThanTheLimitWithoutReadingItAll() {
    // An endless stream: reading it all would never end; the reader stops one byte past 4 MiB.
    InputStream endless =
        new InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return ' ';
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            served += len;
            return len;
          }
        };
    Run r = assertTimeoutPreemptively(PATIENCE, () -> lympha(endless, "validate", "-"));
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err())
        .isEqualTo(
            "lympha: Cannot read the protocol from standard input: 1 problem\n"
                + "  line 1, column 1: the file is larger than the limit of 4194304 bytes (4 MiB);"
                + " a Lympha file is usually a few kilobytes\n");
  }

  // ------------------------------------------------------------------ FIFOs

  @Test
  void readsAFifoWithoutExtensionOnceAndReturnsWhenTheWriterCloses() throws Exception {
    Run expected = fromFile("render");
    for (String text : List.of(SEED_JSON, SEED_YAML)) {
      Path fifo = Fifos.create(dir, "protocol-" + text.length());
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread w = Fifos.writer(fifo, text.getBytes(UTF_8), 1, failure);
      Run r =
          assertTimeoutPreemptively(
              PATIENCE, () -> lympha(InputStream.nullInputStream(), "render", fifo.toString()));
      w.join(PATIENCE.toMillis());
      assertThat(failure.get()).isNull();
      assertThat(r.err()).isEmpty();
      assertThat(r.exitCode()).isZero();
      assertThat(r.out()).isEqualTo(expected.out());
    }
  }

  @Test
  void readsAFifoAsAPatientAndConvertsAFifoOfEitherKind() throws Exception {
    Path patientFifo = Fifos.create(dir, "patient");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Fifos.writer(patientFifo, PATIENT_YAML.getBytes(UTF_8), 1, failure);
    Run convert =
        assertTimeoutPreemptively(
            PATIENCE,
            () ->
                lympha(
                    InputStream.nullInputStream(),
                    "convert",
                    patientFifo.toString(),
                    "--to",
                    "yaml"));
    // Read once: a second opening of the FIFO would wait for a writer that never comes.
    assertThat(convert.err()).isEmpty();
    assertThat(convert.out()).isEqualTo(PATIENT_YAML);
    assertThat(failure.get()).isNull();
  }

  @Test
  void refusesAFifoLargerThanTheLimitWhileReading() throws Exception {
    Path fifo = Fifos.create(dir, "huge");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    // 64 MiB, far more than the 4 MiB limit: the reader stops and closes, the writer then fails.
    byte[] chunk = new byte[1 << 20];
    java.util.Arrays.fill(chunk, (byte) ' ');
    Thread w = Fifos.writer(fifo, chunk, 64, failure);
    Run r =
        assertTimeoutPreemptively(
            PATIENCE, () -> lympha(InputStream.nullInputStream(), "validate", fifo.toString()));
    w.join(PATIENCE.toMillis());
    assertThat(r.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(r.err()).contains("the file is larger than the limit of 4194304 bytes (4 MiB)");
    assertThat(failure.get()).as("the writer saw the reader go").isInstanceOf(IOException.class);
  }

  // ------------------------------------------------------------------ a child process

  /** The command that runs the tool in a child JVM on the test classpath. */
  static List<String> childLympha(String... args) {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classpath);
    command.add(LymphaCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  record Child(int exitCode, String out, String err) {}

  static Child run(ProcessBuilder builder, byte[] stdin) throws Exception {
    Path errFile = Files.createTempFile("lympha-child", ".err");
    try {
      builder.redirectError(errFile.toFile());
      Process p = builder.start();
      Thread feeder =
          new Thread(
              () -> {
                try (OutputStream in = p.getOutputStream()) {
                  in.write(stdin);
                } catch (IOException e) {
                  // The child may stop reading early (a refused input); that is its right.
                }
              });
      feeder.start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("child ended").isTrue();
      feeder.join(PATIENCE.toMillis());
      return new Child(p.exitValue(), new String(out, UTF_8), Files.readString(errFile));
    } finally {
      Files.deleteIfExists(errFile);
    }
  }

  @Test
  void aChildProcessReadsAPipeAsDashAndAsDevStdinOnce() throws Exception {
    Run expected = fromFile("validate");
    for (String name : List.of("-", "/dev/stdin")) {
      for (String text : List.of(SEED_JSON, SEED_YAML)) {
        Child c = run(new ProcessBuilder(childLympha("validate", name)), text.getBytes(UTF_8));
        assertThat(c.err()).as(name).isEmpty();
        assertThat(c.exitCode()).as(name).isEqualTo(expected.exitCode());
        assertThat(c.out()).as(name).isEqualTo(expected.out());
      }
    }
  }

  @Test
  void aChildProcessReadsAProcessSubstitution() throws Exception {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "no bash");
    Path seed = dir.resolve("seed.yaml");
    Files.writeString(seed, SEED_YAML);
    StringBuilder script = new StringBuilder();
    for (String word : childLympha("render")) {
      script.append('\'').append(word.replace("'", "'\\''")).append("' ");
    }
    script.append("<(cat '").append(seed).append("')");
    Child c = run(new ProcessBuilder(bash.toString(), "-c", script.toString()), new byte[0]);
    assertThat(c.err()).isEmpty();
    assertThat(c.exitCode()).isZero();
    assertThat(c.out()).isEqualTo(fromFile("render").out());
  }

  @Test
  void aChildProcessRefusesToWriteOverTheFileItsStandardInputComesFrom() throws Exception {
    Path protocol = dir.resolve("leg");
    Files.writeString(protocol, SEED_YAML);
    ProcessBuilder b =
        new ProcessBuilder(
            childLympha(
                "variants", "-", "--sweep", "repetitions=4..5", "--csv", protocol.toString()));
    b.redirectInput(protocol.toFile());
    Path errFile = dir.resolve("child.err");
    b.redirectError(errFile.toFile());
    Process p = b.start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(Files.readString(errFile))
        .contains("refusing to write the CSV to")
        .contains("it is the input file given as standard input");
    assertThat(Files.readString(protocol)).isEqualTo(SEED_YAML);
  }
}
