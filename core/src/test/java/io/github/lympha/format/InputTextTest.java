package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.lympha.format.ProtocolFormatException.Problem;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Fifos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputTextTest {
  @TempDir Path dir;

  static final Protocol PROTOCOL = Samples.minimalProtocol();
  static final String JSON = ProtocolFormat.json().write(PROTOCOL);
  static final String YAML = ProtocolFormat.yaml().write(PROTOCOL);

  @Test
  void sniffsJsonFromAnOpeningBraceAndYamlFromAnythingElse() {
    assertThat(Syntax.sniff("{}")).isEqualTo(Syntax.JSON);
    assertThat(Syntax.sniff(" \t\r\n{")).isEqualTo(Syntax.JSON);
    assertThat(Syntax.sniff("\uFEFF{")).isEqualTo(Syntax.JSON);
    assertThat(Syntax.sniff("\uFEFF \n{\"lympha\": \"1\"}")).isEqualTo(Syntax.JSON);
    assertThat(Syntax.sniff("lympha: \"1\"\n{")).isEqualTo(Syntax.YAML);
    assertThat(Syntax.sniff("# {\n")).isEqualTo(Syntax.YAML);
    assertThat(Syntax.sniff("[{}]")).isEqualTo(Syntax.YAML);
    assertThat(Syntax.sniff("")).isEqualTo(Syntax.YAML);
    assertThat(Syntax.sniff(" \n ")).isEqualTo(Syntax.YAML);
  }

  @Test
  void takesTheSyntaxFromTheNameThenTheDeclaredOneThenTheContent() {
    assertThat(InputText.of(YAML, "a.json").syntax(Optional.of(Syntax.YAML)))
        .isEqualTo(Syntax.JSON);
    assertThat(InputText.of(JSON, "a.YML").syntax(Optional.of(Syntax.JSON))).isEqualTo(Syntax.YAML);
    assertThat(InputText.of(JSON, "standard input").syntax(Optional.of(Syntax.YAML)))
        .isEqualTo(Syntax.YAML);
    assertThat(InputText.of(YAML, "/dev/fd/63").syntax(Optional.of(Syntax.JSON)))
        .isEqualTo(Syntax.JSON);
    assertThat(InputText.of(JSON, "/dev/fd/63").syntax(Optional.empty())).isEqualTo(Syntax.JSON);
    assertThat(InputText.of(YAML, "fifo").syntax(Optional.empty())).isEqualTo(Syntax.YAML);
  }

  @Test
  void readsAStreamOnceAndServesEveryFormat() throws IOException {
    AtomicInteger opened = new AtomicInteger();
    InputStream once =
        new ByteArrayInputStream(YAML.getBytes(UTF_8)) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            opened.incrementAndGet();
            return super.read(b, off, len);
          }
        };
    InputText in = InputText.read(once, "standard input", 1_000);
    int reads = opened.get();
    assertThat(in.name()).isEqualTo("standard input");
    assertThat(in.text()).isEqualTo(YAML);
    assertThat(in.problems()).isEmpty();
    assertThat(ProtocolFormat.yaml().read(in)).isEqualTo(PROTOCOL);
    assertThat(ProtocolFormat.yaml().read(in)).isEqualTo(PROTOCOL);
    assertThatThrownBy(() -> PatientContextFormat.yaml().read(in))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e -> {
              assertThat(e.source()).contains("standard input");
              assertThat(e.what()).isEqualTo("patient context");
            });
    assertThat(opened.get()).as("no further reads").isEqualTo(reads);
  }

  @Test
  void keepsATooLargeOrUndecodableStreamAsItsProblems() throws IOException {
    InputText big = InputText.read(new ByteArrayInputStream(JSON.getBytes(UTF_8)), "big", 10);
    assertThat(big.text()).isEmpty();
    Problem tooLarge =
        Problem.of(
            "",
            1,
            1,
            "the file is larger than the limit of 10 bytes; a Lympha file is usually a few"
                + " kilobytes");
    assertThat(big.problems()).containsExactly(tooLarge);
    assertThatThrownBy(() -> ProtocolFormat.json().read(big))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e -> {
              assertThat(e.problems()).containsExactly(tooLarge);
              assertThat(e.getMessage()).startsWith("Cannot read the protocol from big: 1 problem");
            });
    InputText latin1 =
        InputText.read(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE9, 'b'}), "x", 100);
    assertThat(latin1.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("the file is not valid UTF-8"));
    assertThatThrownBy(() -> ProtocolFormat.yaml().read(latin1))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e -> assertThat(e.problems()).isEqualTo(latin1.problems()));
  }

  @Test
  void appliesTheFormatsOwnLimitToATextReadWithALargerOne() {
    InputText in = InputText.of(JSON, "mem");
    int bytes = JSON.getBytes(UTF_8).length;
    assertThat(ProtocolFormat.json().withMaxBytes(bytes).read(in)).isEqualTo(PROTOCOL);
    assertThatThrownBy(() -> ProtocolFormat.json().withMaxBytes(bytes - 1).read(in))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p ->
                            assertThat(p.message())
                                .startsWith(
                                    "the file is larger than the limit of " + (bytes - 1))));
  }

  @Test
  void readsAFileOnceAndRefusesABigFileByItsSize() throws IOException {
    Path file = dir.resolve("p.yaml");
    Files.writeString(file, "\uFEFF" + YAML);
    InputText in = InputText.read(file);
    assertThat(in.name()).isEqualTo(file.toString());
    assertThat(in.text()).isEqualTo(YAML);
    assertThat(in.syntax(Optional.of(Syntax.JSON))).isEqualTo(Syntax.YAML);
    assertThat(ProtocolFormat.yaml().read(in)).isEqualTo(PROTOCOL);
    InputText big = InputText.read(file, 20);
    assertThat(big.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "the file is "
                            + Files.size(file)
                            + " bytes long, larger than the limit of 20 bytes"));
    assertThatThrownBy(() -> InputText.read(dir.resolve("missing.yaml")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void refusesAnImpossibleLimit() throws IOException {
    InputStream empty = InputStream.nullInputStream();
    assertThatThrownBy(() -> InputText.read(empty, "x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for maxBytes: 0; expected 1 to 2147483631");
    assertThatThrownBy(() -> InputText.read(dir.resolve("x"), Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for maxBytes: 2147483647; expected 1 to 2147483631");
    assertThat(InputText.read(empty, "x", 1).text()).isEmpty();
    assertThat(InputText.of("t", "n")).hasToString("InputText{n, 1 chars, 0 problems}");
  }

  @Test
  void readsAFifoUntilItsWriterClosesItAndSniffsItsSyntax() throws Exception {
    Path fifo = Fifos.create(dir, "patient");
    PatientContext patient = PatientContext.builder().label("fifo").build();
    String text = PatientContextFormat.json().write(patient);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread w = Fifos.writer(fifo, text.getBytes(UTF_8), 1, failure);
    InputText in = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> InputText.read(fifo));
    w.join(30_000);
    assertThat(failure.get()).isNull();
    assertThat(in.syntax(Optional.empty())).isEqualTo(Syntax.JSON);
    assertThat(PatientContextFormat.json().read(in)).isEqualTo(patient);
  }

  @Test
  void stopsReadingAFifoOneBytePastTheLimit() throws Exception {
    Path fifo = Fifos.create(dir, "endless");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    byte[] chunk = new byte[64 * 1024];
    // 64 MiB for a limit of 1 MiB: the reader must stop and close, and the writer then fails.
    Thread w = Fifos.writer(fifo, chunk, 1024, failure);
    InputText in =
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> InputText.read(fifo, 1 << 20));
    w.join(30_000);
    assertThat(in.text()).isEmpty();
    assertThat(in.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "the file is larger than the limit of 1048576 bytes (1 MiB); a Lympha"
                            + " file is usually a few kilobytes"));
    assertThat(failure.get()).isInstanceOf(IOException.class);
  }
}
