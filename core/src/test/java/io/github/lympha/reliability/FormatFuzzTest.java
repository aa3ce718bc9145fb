package io.github.lympha.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.FileFormat;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Fuzzing;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The reader's promise under attack: valid files — every catalogue protocol and its patient, as
 * JSON and as YAML, and the literature corpus's patient files — changed at random, byte by byte and
 * structure by structure ({@link Fuzzing}), are either read into a value that validates to a report
 * and survives a round trip, or refused with a {@link ProtocolFormatException} whose every problem
 * has a position and a message fit for a person. Any other exception, a hang, or a message that
 * leaks the parser's internals fails the run, naming the input and saving it under {@code
 * target/fuzz-failures}.
 *
 * <p>{@value #DEFAULT_INPUTS} inputs per run, from a fixed seed. A long run:
 *
 * <pre>
 * mvn -B -pl core test -Djacoco.skip=true -Dtest=FormatFuzzTest -Dlympha.fuzz.inputs=1000000
 * </pre>
 *
 * with {@code -Dlympha.seed=N} (or {@code random}) for other inputs and {@code
 * -Dlympha.fuzz.only=INDEX} to rerun one input of a failing run.
 */
@Tag("slow")
class FormatFuzzTest {
  static final int DEFAULT_INPUTS = 2500;

  /** The longest a single input may take to read and validate before it counts as a hang. */
  private static final Duration PATIENCE_PER_INPUT = Duration.ofSeconds(10);

  private static final Path FAILURES = Path.of("target/fuzz-failures");

  /** A valid file of the corpus and how to read it. */
  private static final class Entry {
    final String name;
    final FileFormat<?, ?> format;
    final Fuzzing.Original original;

    Entry(String name, FileFormat<?, ?> format, Fuzzing.Original original) {
      this.name = name;
      this.format = format;
      this.original = original;
    }
  }

  private enum Outcome {
    READ,
    REFUSED
  }

  @Test
  void everyChangedFileIsReadAndValidatedOrRefusedWithPositionedProblems() throws IOException {
    List<Entry> corpus = corpus();
    long seed = Fuzzing.seed(FormatFuzzTest.class.getName() + "#fuzz");
    int inputs = Fuzzing.inputs(DEFAULT_INPUTS);
    String only = System.getProperty(Fuzzing.ONLY_PROPERTY, "").trim();
    long from = only.isEmpty() ? 0 : Long.parseLong(only);
    long to = only.isEmpty() ? inputs : from + 1;

    List<Fuzzing.Original> originals =
        corpus.stream().map(e -> e.original).collect(Collectors.toList());
    Map<Fuzzing.Kind, int[]> byKind = new EnumMap<>(Fuzzing.Kind.class);
    Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
    List<String> failures = new ArrayList<>();
    long started = System.nanoTime();
    for (long i = from; i < to && failures.size() < 10; i++) {
      Entry entry = corpus.get(Fuzzing.originalOf(seed, i, corpus.size()));
      Fuzzing.Input input = Fuzzing.input(seed, i, originals);
      long index = i;
      try {
        Outcome outcome =
            assertTimeoutPreemptively(
                PATIENCE_PER_INPUT,
                () -> readOrRefuse(entry, input),
                () -> "input " + index + " hangs: " + input.how());
        outcomes.merge(outcome, 1, Integer::sum);
        byKind.computeIfAbsent(kindOf(input), k -> new int[2])[outcome.ordinal()]++;
      } catch (Throwable t) {
        failures.add(report(seed, index, entry, input, t));
      }
    }

    System.out.printf(
        "FormatFuzzTest: %d inputs (seed %d) in %d ms: %s; by kind (read, refused): %s%n",
        to - from,
        seed,
        (System.nanoTime() - started) / 1_000_000,
        outcomes,
        byKind.entrySet().stream()
            .map(k -> k.getKey() + "=" + java.util.Arrays.toString(k.getValue()))
            .collect(Collectors.joining(", ")));
    assertThat(failures)
        .as(
            "inputs that were neither read nor refused cleanly (seed %s; rerun one with"
                + " -D%s=INDEX)",
            seed, Fuzzing.ONLY_PROPERTY)
        .isEmpty();
    if (only.isEmpty()) {
      // The run exercises both ways out, and every kind of change.
      assertThat(outcomes.getOrDefault(Outcome.READ, 0)).isGreaterThan(inputs / 50);
      assertThat(outcomes.getOrDefault(Outcome.REFUSED, 0)).isGreaterThan(inputs / 2);
      assertThat(byKind.keySet()).containsExactlyInAnyOrder(Fuzzing.Kind.values());
    }
  }

  /** Reads one input the way a caller would: as text when it is UTF-8, and always as bytes. */
  private static Outcome readOrRefuse(Entry entry, Fuzzing.Input input) throws IOException {
    Outcome fromBytes = readOrRefuse(entry, input, () -> read(entry.format, input.bytes()));
    if (input.isUtf8()) {
      Outcome fromText = readOrRefuse(entry, input, () -> entry.format.read(input.text()));
      assertThat(fromText).as("reading the same input as text and as bytes").isEqualTo(fromBytes);
    }
    return fromBytes;
  }

  private interface Reading {
    Object read() throws IOException;
  }

  private static Object read(FileFormat<?, ?> format, byte[] bytes) throws IOException {
    return format.read(new ByteArrayInputStream(bytes));
  }

  private static Outcome readOrRefuse(Entry entry, Fuzzing.Input input, Reading reading)
      throws IOException {
    Object value;
    try {
      value = reading.read();
    } catch (ProtocolFormatException e) {
      isADocumentedRefusal(e, input);
      return Outcome.REFUSED;
    }
    validatesAndRoundTrips(value);
    return Outcome.READ;
  }

  /** A refusal a person can act on: every problem positioned and explained, no internals. */
  private static void isADocumentedRefusal(ProtocolFormatException e, Fuzzing.Input input) {
    long lines = input.text().chars().filter(c -> c == '\n').count() + 1;
    assertThat(e.problems())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(ProtocolFormatException.MAX_PROBLEMS);
    assertThat(e.problems())
        .allSatisfy(
            p -> {
              assertThat(p.line()).isBetween(1, (int) Math.min(Integer.MAX_VALUE, lines + 1));
              assertThat(p.column()).isPositive();
              assertThat(p.pointer()).matches("|/.*");
              assertThat(p.message())
                  .isNotBlank()
                  .doesNotContain(
                      "tools.jackson", "org.snakeyaml", "Exception", "java.", "\tat ", "[Source:");
            });
    assertThat(e.getMessage()).startsWith("Cannot read the " + e.what());
    // Control characters of the input are escaped, never echoed to a terminal (tabs aside).
    assertThat(
            e.getMessage()
                .chars()
                .filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F))
        .isEmpty();
    assertThat(e.getCause()).isNull();
  }

  /** A value read is complete: the validator judges it, and it is written and read back equal. */
  private static void validatesAndRoundTrips(Object value) {
    if (value instanceof Protocol) {
      Protocol protocol = (Protocol) value;
      ValidationReport report = Validator.standard().validate(protocol);
      assertThat(report.protocolId()).isEqualTo(protocol.id());
      ProtocolFormat json = ProtocolFormat.json();
      assertThat(json.read(json.write(protocol))).isEqualTo(protocol);
    } else {
      PatientContext patient = (PatientContext) value;
      ValidationReport report = Validator.standard().validate(Catalogue.seedLeg(), patient);
      assertThat(report.patientLabel()).isEqualTo(patient.label());
      PatientContextFormat json = PatientContextFormat.json();
      assertThat(json.read(json.write(patient))).isEqualTo(patient);
    }
  }

  private static Fuzzing.Kind kindOf(Fuzzing.Input input) {
    String how = input.how();
    String kind = how.substring(how.indexOf(", ") + 2).split(" ", 2)[0];
    return Fuzzing.Kind.valueOf(kind);
  }

  private static String report(
      long seed, long index, Entry entry, Fuzzing.Input input, Throwable t) {
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    String saved;
    try {
      Files.createDirectories(FAILURES);
      Path file = FAILURES.resolve(seed + "-" + index + ".input");
      Files.write(file, input.bytes());
      saved = file.toString();
    } catch (IOException e) {
      saved = "(not saved: " + e.getMessage() + ")";
    }
    String head = trace.toString().lines().limit(12).collect(Collectors.joining("\n    "));
    return "input "
        + index
        + " ("
        + entry.name
        + ", "
        + input.how()
        + ", "
        + input.length()
        + " bytes, saved to "
        + saved
        + "):\n    "
        + head;
  }

  /** Every catalogue protocol and patient, as JSON and YAML, and the literature's patients. */
  private static List<Entry> corpus() throws IOException {
    List<Entry> corpus = new ArrayList<>();
    for (String id : Catalogue.ids()) {
      Protocol protocol = Catalogue.byId(id).orElseThrow();
      String json = ProtocolFormat.json().write(protocol);
      corpus.add(
          new Entry(id + ".json", ProtocolFormat.json(), Fuzzing.Original.of(json, false, json)));
      corpus.add(
          new Entry(
              id + ".yaml",
              ProtocolFormat.yaml(),
              Fuzzing.Original.of(ProtocolFormat.yaml().write(protocol), true, json)));
      PatientContext patient = Catalogue.patientFor(id);
      String patientJson = PatientContextFormat.json().write(patient);
      corpus.add(
          new Entry(
              id + "-patient.json",
              PatientContextFormat.json(),
              Fuzzing.Original.of(patientJson, false, patientJson)));
      corpus.add(
          new Entry(
              id + "-patient.yaml",
              PatientContextFormat.yaml(),
              Fuzzing.Original.of(PatientContextFormat.yaml().write(patient), true, patientJson)));
    }
    List<Path> patients;
    try (Stream<Path> folders = Files.list(Path.of("src/test/resources/literature"))) {
      patients =
          folders
              .map(f -> f.resolve("patient.yaml"))
              .filter(Files::isRegularFile)
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(patients).hasSizeGreaterThan(20);
    for (Path file : patients) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String json = PatientContextFormat.json().write(PatientContextFormat.yaml().read(text));
      corpus.add(
          new Entry(
              file.getParent().getFileName() + "/patient.yaml",
              PatientContextFormat.yaml(),
              Fuzzing.Original.of(text, true, json)));
    }
    return corpus;
  }
}
