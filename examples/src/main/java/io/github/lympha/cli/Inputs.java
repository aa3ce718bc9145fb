package io.github.lympha.cli;

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

/**
 * Reads the files the commands are given. The syntax follows the extension ({@code .json}, {@code
 * .yaml}, {@code .yml}); for another extension a file starting with <code>{</code> is read as JSON,
 * anything else as YAML. Whatever goes wrong is printed to the error stream, in words, and the
 * caller exits with {@link LymphaCli#UNREADABLE}.
 */
final class Inputs {
  private static final int SNIFF_BYTES = 1024;

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
