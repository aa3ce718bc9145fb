package io.github.lympha.cli;

import io.github.lympha.fhir.FhirJson;
import io.github.lympha.fhir.FhirMappingException;
import io.github.lympha.fhir.PatientContexts;
import io.github.lympha.fhir.PatientImport;
import io.github.lympha.fhir.PlanDefinitions;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.format.Syntax;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.PlanDefinition;

/**
 * Reads the files the commands are given. The syntax follows the extension ({@code .json}, {@code
 * .yaml}, {@code .yml}); for another extension a file starting with <code>{</code> is read as JSON,
 * anything else as YAML. A JSON file with a {@code resourceType} is FHIR R4: a {@code
 * PlanDefinition} is read as a protocol, a {@code Bundle} as a patient context. Whatever goes wrong
 * is printed to the error stream, in words, and the caller exits with {@link LymphaCli#UNREADABLE}.
 */
final class Inputs {
  private static final int SNIFF_BYTES = 1024;

  static {
    // HAPI logs through SLF4J; the tool ships no SLF4J binding, and SLF4J's notice about that
    // would end up among the tool's own messages.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private Inputs() {}

  /** A protocol or a patient context, whichever the file holds. */
  static final class Document {
    final Optional<Protocol> protocol;
    final Optional<PatientContext> patient;

    private Document(Optional<Protocol> protocol, Optional<PatientContext> patient) {
      this.protocol = protocol;
      this.patient = patient;
    }
  }

  static Optional<Protocol> protocol(Path file, PrintWriter err) {
    try {
      Optional<String> fhir = fhirText(file);
      if (fhir.isPresent()) {
        return fhirDocument(file, fhir.get(), err)
            .flatMap(
                d ->
                    d.protocol.or(
                        () -> {
                          err.println(
                              "lympha: "
                                  + file
                                  + ": a FHIR Bundle holds a patient, not a protocol");
                          return Optional.empty();
                        }));
      }
      return Optional.of(ProtocolFormat.of(syntax(file)).read(file));
    } catch (ProtocolFormatException e) {
      err.println("lympha: " + e.getMessage());
    } catch (IOException e) {
      err.println("lympha: " + describe(file, e));
    }
    return Optional.empty();
  }

  static Optional<PatientContext> patient(Path file, PrintWriter err) {
    try {
      Optional<String> fhir = fhirText(file);
      if (fhir.isPresent()) {
        return fhirDocument(file, fhir.get(), err)
            .flatMap(
                d ->
                    d.patient.or(
                        () -> {
                          err.println(
                              "lympha: "
                                  + file
                                  + ": a FHIR PlanDefinition holds a protocol, not a patient");
                          return Optional.empty();
                        }));
      }
      return Optional.of(PatientContextFormat.of(syntax(file)).read(file));
    } catch (ProtocolFormatException e) {
      err.println("lympha: " + e.getMessage());
    } catch (IOException e) {
      err.println("lympha: " + describe(file, e));
    }
    return Optional.empty();
  }

  /**
   * Reads a file as a protocol or, if its {@code kind} says so, as a patient context. When both
   * fail, the problems of the reading whose kind matched are printed.
   */
  static Optional<Document> document(Path file, PrintWriter err) {
    try {
      Optional<String> fhir = fhirText(file);
      if (fhir.isPresent()) {
        return fhirDocument(file, fhir.get(), err);
      }
      Syntax syntax = syntax(file);
      try {
        return Optional.of(
            new Document(Optional.of(ProtocolFormat.of(syntax).read(file)), Optional.empty()));
      } catch (ProtocolFormatException asProtocol) {
        if (!aboutKind(asProtocol)) {
          err.println("lympha: " + asProtocol.getMessage());
          return Optional.empty();
        }
        try {
          return Optional.of(
              new Document(
                  Optional.empty(), Optional.of(PatientContextFormat.of(syntax).read(file))));
        } catch (ProtocolFormatException asPatient) {
          err.println("lympha: " + (aboutKind(asPatient) ? asProtocol : asPatient).getMessage());
          return Optional.empty();
        }
      }
    } catch (IOException e) {
      err.println("lympha: " + describe(file, e));
      return Optional.empty();
    }
  }

  /**
   * The text of a JSON file that holds a FHIR resource (detected by content: a JSON object with a
   * {@code resourceType}), or empty for Lympha's own files.
   */
  private static Optional<String> fhirText(Path file) throws IOException {
    if (syntax(file) != Syntax.JSON) {
      return Optional.empty();
    }
    String text = Files.readString(file);
    return FhirJson.looksLikeFhir(text) ? Optional.of(text) : Optional.empty();
  }

  /** A FHIR PlanDefinition as a protocol, a Bundle as a patient (what it cannot map printed). */
  private static Optional<Document> fhirDocument(Path file, String text, PrintWriter err) {
    try {
      IBaseResource r = FhirJson.read(text);
      if (r instanceof PlanDefinition) {
        return Optional.of(
            new Document(
                Optional.of(PlanDefinitions.toProtocol((PlanDefinition) r)), Optional.empty()));
      }
      if (r instanceof Bundle) {
        PatientImport in = PatientContexts.read((Bundle) r);
        for (String line : in.unmapped()) {
          err.println("lympha: " + file + ": not mapped: " + line);
        }
        return Optional.of(new Document(Optional.empty(), Optional.of(in.context())));
      }
      err.println(
          "lympha: "
              + file
              + ": a FHIR "
              + r.fhirType()
              + "; expected a PlanDefinition (a protocol) or a Bundle (a patient)");
    } catch (FhirMappingException e) {
      printFhir(file, e, err);
    }
    return Optional.empty();
  }

  private static void printFhir(Path file, FhirMappingException e, PrintWriter err) {
    for (String p : e.problems()) {
      err.println("lympha: " + file + ": " + p);
    }
  }

  private static boolean aboutKind(ProtocolFormatException e) {
    return e.problems().stream().anyMatch(p -> p.pointer().equals("/kind"));
  }

  /** The syntax of a file: by extension, else JSON if it starts with an opening brace. */
  static Syntax syntax(Path file) throws IOException {
    Optional<Syntax> byName = Syntax.forPath(file);
    if (byName.isPresent()) {
      return byName.get();
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(SNIFF_BYTES);
      for (byte b : start) {
        if (!Character.isWhitespace(b)
            && b != (byte) 0xEF
            && b != (byte) 0xBB
            && b != (byte) 0xBF) {
          return b == '{' ? Syntax.JSON : Syntax.YAML;
        }
      }
      return Syntax.YAML;
    }
  }

  /** An I/O failure in words. */
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
}
