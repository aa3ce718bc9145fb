package io.github.lympha.format;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.protocol.Protocol;
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
 * Reads and writes {@link Protocol}s as Lympha protocol files (format version {@code "1"}) in JSON
 * or YAML. Instances are immutable and thread-safe; {@code withX} methods return copies.
 *
 * <pre>{@code
 * ProtocolFormat json = ProtocolFormat.json();
 * String text = json.write(protocol);             // canonical, byte-stable JSON
 * Protocol again = json.read(text);               // equal to protocol
 * Protocol mine = ProtocolFormat.yaml().withAnatomy(myAnatomy).read(Path.of("leg.yaml"));
 * }</pre>
 *
 * <p>Reading checks everything: the syntax, the format version and kind, every field's name and
 * type, codes, anatomy ids (resolved through {@link #anatomy()}), ranges and the model's
 * invariants. A file with any problem gives one {@link ProtocolFormatException} listing all of
 * them; reading never returns a partly built protocol. Inputs larger than {@link #maxBytes()} or
 * nested deeper than {@link #maxDepth()} are refused before they cost memory or time.
 *
 * <p>Writing is canonical: equal protocols give byte-identical files (fixed field order, sets
 * sorted, numbers in shortest form, {@code \n} line ends, UTF-8), and reading a written file gives
 * an equal protocol. The format is described in {@code docs/format.md}; {@link #schema()} is its
 * JSON Schema.
 */
public final class ProtocolFormat {
  /** The largest input read by default, in bytes: 4 MiB. */
  public static final long DEFAULT_MAX_BYTES = Settings.DEFAULT_MAX_BYTES;

  /** The deepest nesting of objects and lists read by default. */
  public static final int DEFAULT_MAX_DEPTH = Settings.DEFAULT_MAX_DEPTH;

  private static final String WHAT = "protocol";

  private final Settings settings;

  private ProtocolFormat(Settings settings) {
    this.settings = settings;
  }

  /** The JSON syntax, standard anatomy and default limits. */
  public static ProtocolFormat json() {
    return of(Syntax.JSON);
  }

  /** The YAML syntax, standard anatomy and default limits. */
  public static ProtocolFormat yaml() {
    return of(Syntax.YAML);
  }

  /** The given syntax, standard anatomy and default limits. */
  public static ProtocolFormat of(Syntax syntax) {
    return new ProtocolFormat(Settings.of(syntax));
  }

  /** The JSON Schema (draft 2020-12) of protocol files, as text. */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  /** The syntax read and written. */
  public Syntax syntax() {
    return settings.syntax;
  }

  /** The anatomy ids are resolved through and read protocols refer to. */
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
  public ProtocolFormat withSyntax(Syntax syntax) {
    return new ProtocolFormat(settings.withSyntax(syntax));
  }

  /** A copy resolving ids through another anatomy (e.g. one overridden for a patient). */
  public ProtocolFormat withAnatomy(Anatomy anatomy) {
    return new ProtocolFormat(settings.withAnatomy(anatomy));
  }

  /**
   * A copy refusing inputs longer than this many UTF-8 bytes.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxBytes ≤ 2^31 − 17
   */
  public ProtocolFormat withMaxBytes(long maxBytes) {
    return new ProtocolFormat(settings.withMaxBytes(maxBytes));
  }

  /**
   * A copy refusing objects and lists nested deeper than this.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxDepth ≤ 1000
   */
  public ProtocolFormat withMaxDepth(int maxDepth) {
    return new ProtocolFormat(settings.withMaxDepth(maxDepth));
  }

  /**
   * Reads a protocol from text.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid protocol
   */
  public Protocol read(String text) {
    return settings.readText(WHAT, text, this::decode);
  }

  /**
   * Reads a protocol from a character stream, to its end; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid protocol
   * @throws IOException if reading fails
   */
  public Protocol read(Reader in) throws IOException {
    return settings.read(
        WHAT, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a protocol from UTF-8 bytes, to the end of the stream; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the bytes are not a valid protocol
   *     (including bytes that are not UTF-8)
   * @throws IOException if reading fails
   */
  public Protocol read(InputStream in) throws IOException {
    return settings.read(
        WHAT, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a protocol file (UTF-8). The exception names the path.
   *
   * @throws ProtocolFormatException listing every problem, if the file is not a valid protocol
   * @throws IOException if the file cannot be read (e.g. it does not exist)
   */
  public Protocol read(Path path) throws IOException {
    return settings.read(
        WHAT,
        Optional.of(path.toString()),
        p -> TextInput.read(path, settings.maxBytes, p),
        this::decode);
  }

  private Optional<Protocol> decode(Problems problems, Node root) {
    return new ProtocolDecoder(problems, settings.anatomy).decode(root);
  }

  /**
   * Writes a protocol in canonical form, ending with a newline.
   *
   * @throws IllegalArgumentException if a text of the protocol holds an unpaired surrogate
   */
  public String write(Protocol protocol) {
    return Writing.protocol(protocol, settings.syntax);
  }

  /**
   * Writes a protocol to a character stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(Protocol protocol, Writer out) throws IOException {
    out.write(write(protocol));
    out.flush();
  }

  /**
   * Writes a protocol as UTF-8 bytes to a stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(Protocol protocol, OutputStream out) throws IOException {
    out.write(write(protocol).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a protocol to a file as UTF-8, replacing the file if it exists.
   *
   * @throws IOException if writing fails
   */
  public void write(Protocol protocol, Path path) throws IOException {
    Files.writeString(path, write(protocol), StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "ProtocolFormat{" + settings + "}";
  }

  private static final class SchemaHolder {
    static final String SCHEMA = Settings.resource("protocol.schema.json");
  }
}
