package io.github.lympha.cli;

import io.github.lympha.fhir.FhirJson;
import io.github.lympha.fhir.FhirMappingException;
import io.github.lympha.fhir.PatientContexts;
import io.github.lympha.fhir.PatientImport;
import io.github.lympha.fhir.PlanDefinitions;
import io.github.lympha.format.FileFormat;
import io.github.lympha.format.InputText;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.format.Syntax;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.style.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Reads the files a command is given, for every command the same way (a picocli mixin, so that
 * every command that reads files takes {@code --input-format}).
 *
 * <p>{@code -} is standard input. Every input is read exactly once, so pipes, FIFOs, {@code
 * /dev/stdin} and process substitution ({@code <(cat leg.yaml)}) work like files, and the size
 * limit applies while reading. The syntax follows the name's extension ({@code .json}, {@code
 * .yaml}, {@code .yml}), else {@code --input-format}, else the content (JSON if it starts with
 * <code>{
 * </code>). Whatever goes wrong is printed to the error stream, in words, and the caller exits with
 * {@link LymphaCli#UNREADABLE}. The inputs read are remembered, so that a command never writes over
 * one of them ({@link #writesOntoInput}).
 *
 * <p>A JSON input with a {@code resourceType} is FHIR R4: a {@code PlanDefinition} is read as a
 * protocol, a {@code Bundle} as a patient context (what cannot be mapped is printed).
 */
final class Inputs {
  /** The name of standard input on the command line. */
  static final String STDIN = "-";

  static {
    // HAPI logs through SLF4J; the tool ships no SLF4J binding, and SLF4J's notice about that
    // would end up among the tool's own messages.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--input-format",
      paramLabel = "SYNTAX",
      converter = Choices.SyntaxConverter.class,
      description =
          "The syntax of inputs named without .json, .yaml or .yml (-, pipes): json or yaml."
              + " Default: from the content.")
  Optional<Syntax> inputFormat = Optional.empty();

  /** The paths read so far, for {@link #writesOntoInput}. */
  private final List<Path> read = new ArrayList<>();

  private boolean stdinRead;

  /** A protocol or a patient context, whichever the file holds. */
  static final class Document {
    final Optional<Protocol> protocol;
    final Optional<PatientContext> patient;

    private Document(Optional<Protocol> protocol, Optional<PatientContext> patient) {
      this.protocol = protocol;
      this.patient = patient;
    }
  }

  Optional<Protocol> protocol(Path file) {
    return text(file)
        .flatMap(
            in ->
                isFhir(in)
                    ? fhirDocument(in)
                        .flatMap(
                            d ->
                                expected(
                                    d.protocol,
                                    in,
                                    "a FHIR Bundle holds a patient, not a protocol"))
                    : parse(ProtocolFormat.of(in.syntax(inputFormat)), in));
  }

  Optional<PatientContext> patient(Path file) {
    return text(file)
        .flatMap(
            in ->
                isFhir(in)
                    ? fhirDocument(in)
                        .flatMap(
                            d ->
                                expected(
                                    d.patient,
                                    in,
                                    "a FHIR PlanDefinition holds a protocol, not a patient"))
                    : parse(PatientContextFormat.of(in.syntax(inputFormat)), in));
  }

  /** The value a FHIR document holds, or empty after saying what it holds instead. */
  private <T> Optional<T> expected(Optional<T> value, InputText in, String otherwise) {
    if (value.isEmpty()) {
      err().println(Printable.escape("lympha: " + in.name() + ": " + otherwise));
    }
    return value;
  }

  /** Whether an input is FHIR R4 JSON (a JSON object with a {@code resourceType}). */
  private boolean isFhir(InputText in) {
    return in.syntax(inputFormat) == Syntax.JSON && FhirJson.looksLikeFhir(in.text());
  }

  /** A FHIR PlanDefinition as a protocol, a Bundle as a patient (what it cannot map printed). */
  private Optional<Document> fhirDocument(InputText in) {
    try {
      IBaseResource r = FhirJson.read(in.text());
      if (r instanceof PlanDefinition) {
        return Optional.of(
            new Document(
                Optional.of(PlanDefinitions.toProtocol((PlanDefinition) r)), Optional.empty()));
      }
      if (r instanceof Bundle) {
        PatientImport imported = PatientContexts.read((Bundle) r);
        for (String line : imported.unmapped()) {
          err().println(Printable.escape("lympha: " + in.name() + ": not mapped: " + line));
        }
        return Optional.of(new Document(Optional.empty(), Optional.of(imported.context())));
      }
      err()
          .println(
              Printable.escape(
                  "lympha: "
                      + in.name()
                      + ": a FHIR "
                      + r.fhirType()
                      + "; expected a PlanDefinition (a protocol) or a Bundle (a patient)"));
    } catch (FhirMappingException e) {
      for (String p : e.problems()) {
        err().println(Printable.escape("lympha: " + in.name() + ": " + p));
      }
    }
    return Optional.empty();
  }

  private <T> Optional<T> parse(FileFormat<T, ?> format, InputText in) {
    try {
      return Optional.of(format.read(in));
    } catch (ProtocolFormatException e) {
      err().println("lympha: " + e.getMessage()); // the format escapes its own messages
      return Optional.empty();
    }
  }

  /**
   * Reads a file as a protocol or, if its {@code kind} says so, as a patient context. When both
   * fail, the problems of the reading whose kind matched are printed. The file is read once.
   */
  Optional<Document> document(Path file) {
    Optional<InputText> text = text(file);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    InputText in = text.get();
    if (isFhir(in)) {
      return fhirDocument(in);
    }
    Syntax syntax = in.syntax(inputFormat);
    try {
      return Optional.of(
          new Document(Optional.of(ProtocolFormat.of(syntax).read(in)), Optional.empty()));
    } catch (ProtocolFormatException asProtocol) {
      if (!aboutKind(asProtocol)) {
        err().println("lympha: " + asProtocol.getMessage());
        return Optional.empty();
      }
      try {
        return Optional.of(
            new Document(Optional.empty(), Optional.of(PatientContextFormat.of(syntax).read(in))));
      } catch (ProtocolFormatException asPatient) {
        err().println("lympha: " + (aboutKind(asPatient) ? asProtocol : asPatient).getMessage());
        return Optional.empty();
      }
    }
  }

  private static boolean aboutKind(ProtocolFormatException e) {
    return e.problems().stream().anyMatch(p -> p.pointer().equals("/kind"));
  }

  /** The text of a file argument, read once; {@code -} is standard input, which is read once. */
  private Optional<InputText> text(Path file) {
    if (file.toString().equals(STDIN)) {
      if (stdinRead) {
        err()
            .println(
                "lympha: standard input (-) is named twice; it can be read only once: save one of"
                    + " the files and name it instead");
        return Optional.empty();
      }
      stdinRead = true;
      try {
        return Optional.of(
            InputText.read(LymphaCli.stdin(mixee), "standard input", FileFormat.DEFAULT_MAX_BYTES));
      } catch (IOException e) {
        err().println(Printable.escape("lympha: cannot read standard input: " + e.getMessage()));
        return Optional.empty();
      }
    }
    try {
      InputText text = InputText.read(file);
      read.add(file);
      return Optional.of(text);
    } catch (IOException e) {
      err().println(Printable.escape("lympha: " + describe(file, e)));
      return Optional.empty();
    }
  }

  /**
   * The input that {@code target} is, if it is one (compared as real paths, so {@code ./v.json} and
   * {@code v.json}, or a link and its target, are the same file); a command refuses to write there.
   */
  Optional<Path> writesOntoInput(Path target) {
    List<Path> inputs = new ArrayList<>(read);
    if (stdinRead && LymphaCli.stdinIsTheProcess(mixee)) {
      // Standard input redirected from a file: /dev/stdin is a link to it.
      inputs.add(Path.of("/dev/stdin"));
    }
    if (!Files.exists(target)) {
      return Optional.empty();
    }
    for (Path in : inputs) {
      try {
        if (Files.isSameFile(target, in)) {
          return Optional.of(in);
        }
      } catch (IOException e) {
        // An input that cannot be compared (gone, or a pipe) cannot be the target either.
      }
    }
    return Optional.empty();
  }

  /**
   * Refuses, on the error stream, to write {@code what} to {@code target} if it is an input; true
   * when refused (the caller exits with {@link LymphaCli#UNREADABLE}).
   */
  boolean refuseToOverwrite(Path target, String what, String option) {
    Optional<Path> input = writesOntoInput(target);
    input.ifPresent(
        in ->
            err()
                .println(
                    Printable.escape(
                        "lympha: refusing to write "
                            + what
                            + " to "
                            + target
                            + ": it is the input file "
                            + (in.toString().equals("/dev/stdin") ? "given as standard input" : in)
                            + "; choose another "
                            + option
                            + " file")));
    return input.isPresent();
  }

  private PrintWriter err() {
    return mixee.commandLine().getErr();
  }

  /**
   * An I/O failure in words (not yet escaped: the file name is the user's, so print it escaped).
   */
  static String describe(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "cannot read " + file + ": no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot read " + file + ": permission denied";
    }
    if (Files.isDirectory(file)) {
      return "cannot read " + file + ": it is a directory";
    }
    return "cannot read " + file + ": " + e.getMessage();
  }

  /** Whether two output paths name one file: the same real file, or the same absolute path. */
  static boolean sameFile(Path a, Path b) {
    try {
      // Equal paths are the same file without a look at the disk; otherwise both must exist.
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }
}
