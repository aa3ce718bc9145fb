package io.github.lympha.format;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.PatientContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads and writes {@link PatientContext}s as Lympha patient files ({@code "kind": "patient"},
 * format version {@code "1"}) in JSON or YAML. It works like {@link ProtocolFormat}: immutable,
 * canonical byte-stable output, and one {@link ProtocolFormatException} listing every problem of a
 * file that cannot be read.
 *
 * <pre>{@code
 * PatientContext patient = PatientContextFormat.yaml().read(Path.of("patient.yaml"));
 * String json = PatientContextFormat.json().write(patient);
 * }</pre>
 */
public final class PatientContextFormat {
  /** The largest input read by default, in bytes: 4 MiB. */
  public static final long DEFAULT_MAX_BYTES = Settings.DEFAULT_MAX_BYTES;

  /** The deepest nesting of objects and lists read by default. */
  public static final int DEFAULT_MAX_DEPTH = Settings.DEFAULT_MAX_DEPTH;

  private static final String WHAT = "patient context";

  private final Settings settings;

  private PatientContextFormat(Settings settings) {
    this.settings = settings;
  }

  /** The JSON syntax, standard anatomy and default limits. */
  public static PatientContextFormat json() {
    return of(Syntax.JSON);
  }

  /** The YAML syntax, standard anatomy and default limits. */
  public static PatientContextFormat yaml() {
    return of(Syntax.YAML);
  }

  /** The given syntax, standard anatomy and default limits. */
  public static PatientContextFormat of(Syntax syntax) {
    return new PatientContextFormat(Settings.of(syntax));
  }

  /** The JSON Schema (draft 2020-12) of patient files, as text. */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  /** The syntax read and written. */
  public Syntax syntax() {
    return settings.syntax;
  }

  /** The anatomy ids are resolved through. */
  public Anatomy anatomy() {
    return settings.anatomy;
  }

  /** The largest input read, in UTF-8 bytes. */
  public long maxBytes() {
    return settings.maxBytes;
  }

  /** The deepest nesting of objects and lists read. */
  public int maxDepth() {
    return settings.maxDepth;
  }

  /** A copy for another syntax. */
  public PatientContextFormat withSyntax(Syntax syntax) {
    return new PatientContextFormat(settings.withSyntax(syntax));
  }

  /** A copy resolving ids through another anatomy (e.g. one overridden for a patient). */
  public PatientContextFormat withAnatomy(Anatomy anatomy) {
    return new PatientContextFormat(settings.withAnatomy(anatomy));
  }

  /**
   * A copy refusing inputs longer than this many UTF-8 bytes.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxBytes ≤ 2^31 − 17
   */
  public PatientContextFormat withMaxBytes(long maxBytes) {
    return new PatientContextFormat(settings.withMaxBytes(maxBytes));
  }

  /**
   * A copy refusing objects and lists nested deeper than this.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxDepth ≤ 1000
   */
  public PatientContextFormat withMaxDepth(int maxDepth) {
    return new PatientContextFormat(settings.withMaxDepth(maxDepth));
  }

  /**
   * Reads a patient context from text.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid patient
   *     context
   */
  public PatientContext read(String text) {
    return settings.readText(WHAT, text, this::decode);
  }

  /**
   * Reads a patient context from a character stream, to its end; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid patient
   *     context
   * @throws IOException if reading fails
   */
  public PatientContext read(Reader in) throws IOException {
    return settings.read(
        WHAT, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a patient context from UTF-8 bytes, to the end of the stream; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the bytes are not a valid patient
   *     context (including bytes that are not UTF-8)
   * @throws IOException if reading fails
   */
  public PatientContext read(InputStream in) throws IOException {
    return settings.read(
        WHAT, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a patient context file (UTF-8). The exception names the path.
   *
   * @throws ProtocolFormatException listing every problem, if the file is not a valid patient
   *     context
   * @throws IOException if the file cannot be read (e.g. it does not exist)
   */
  public PatientContext read(Path path) throws IOException {
    return settings.read(
        WHAT,
        Optional.of(path.toString()),
        p -> TextInput.read(path, settings.maxBytes, p),
        this::decode);
  }

  private Optional<PatientContext> decode(Problems problems, Node root) {
    return new PatientDecoder(problems, settings.anatomy).decode(root);
  }

  /**
   * Writes a patient context in canonical form, ending with a newline.
   *
   * @throws IllegalArgumentException if a text of the patient context holds an unpaired surrogate
   */
  public String write(PatientContext patient) {
    return Writing.patient(patient, settings.syntax);
  }

  /**
   * Writes a patient context to a character stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(PatientContext patient, Writer out) throws IOException {
    out.write(write(patient));
    out.flush();
  }

  /**
   * Writes a patient context as UTF-8 bytes to a stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(PatientContext patient, OutputStream out) throws IOException {
    out.write(write(patient).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a patient context to a file as UTF-8, replacing the file if it exists.
   *
   * @throws IOException if writing fails
   */
  public void write(PatientContext patient, Path path) throws IOException {
    Files.writeString(path, write(patient), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "PatientContextFormat{" + settings + "}";
  }

  private static final class SchemaHolder {
    static final String SCHEMA = Settings.resource("patient.schema.json");
  }
}
