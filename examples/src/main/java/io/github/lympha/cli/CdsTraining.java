package io.github.lympha.cli;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the tool's class-data-sharing archive ({@code examples/target/
 * lympha.jsa}): runs each short command the way a user would, so that the JVM that runs it with
 * {@code -XX:ArchiveClassesAtExit} records every class and lambda those commands load. The build
 * runs it after packaging; {@code examples/bin/lympha} starts the tool with the archive.
 *
 * <p>Fails (exit code 1, naming the command) when a command does not end as expected, so a broken
 * command also breaks the build.
 */
final class CdsTraining {
  private CdsTraining() {}

  /** Runs the training commands in a temporary directory, then deletes it. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("lympha-cds");
    try {
      List<String> failures = run(dir);
      if (!failures.isEmpty()) {
        System.err.println("lympha CDS training: unexpected exit codes: " + failures);
        System.exit(1);
      }
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(CdsTraining::delete);
      }
    }
  }

  /**
   * Writes a reference protocol and its patient into {@code dir} (YAML and JSON) and runs
   * catalogue, show, validate (text and JSON, with and without a patient), render (text and
   * Markdown), convert and plan on them.
   *
   * @return the commands that ended with another exit code than expected; empty when all went well
   */
  static List<String> run(Path dir) throws IOException {
    String id = "seed-clinic-leg";
    Path yaml = dir.resolve(id + ".yaml");
    Path json = dir.resolve(id + ".json");
    Path patient = dir.resolve("patient.yaml");
    List<String> failures = new ArrayList<>();
    Files.writeString(yaml, expect(failures, LymphaCli.OK, "catalogue", "show", "--yaml", id));
    Files.writeString(json, expect(failures, LymphaCli.OK, "catalogue", "show", id));
    Files.writeString(
        patient,
        PatientContextFormat.yaml().write(Catalogue.patientFor(id)),
        StandardCharsets.UTF_8);
    expect(failures, LymphaCli.OK, "catalogue");
    expect(failures, LymphaCli.OK, "validate", yaml.toString());
    expect(failures, LymphaCli.OK, "validate", json.toString(), "--format", "json");
    expect(failures, LymphaCli.OK, "validate", yaml.toString(), "--patient", patient.toString());
    expect(failures, LymphaCli.OK, "render", yaml.toString());
    expect(failures, LymphaCli.OK, "render", json.toString(), "--markdown");
    expect(failures, LymphaCli.OK, "convert", yaml.toString(), "--to", "json");
    expect(failures, LymphaCli.OK, "plan", "--patient", patient.toString());
    expect(failures, LymphaCli.UNREADABLE, "validate", dir.resolve("missing.yaml").toString());
    return failures;
  }

  /** Runs one command; records it in {@code failures} unless it exits with {@code code}. */
  private static String expect(List<String> failures, int code, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = LymphaCli.execute(new PrintWriter(out), new PrintWriter(err), args);
    if (exit != code) {
      failures.add(String.join(" ", args) + " -> " + exit + " (expected " + code + "): " + err);
    }
    return out.toString();
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
