package io.github.lympha.format;

import io.github.lympha.anatomy.Anatomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the two Lympha file formats share: {@link ProtocolFormat} reads and writes protocols, {@link
 * PatientContextFormat} patient contexts, in JSON or YAML, with the same settings (syntax, the
 * anatomy ids resolve through, size and depth limits), the same sources and sinks (text, character
 * and byte streams, files) and the same guarantees. Instances are immutable and thread-safe; {@code
 * withX} methods return copies.
 *
 * <p>Reading checks everything and never returns a partly built value: a file with any problem
 * gives one {@link ProtocolFormatException} listing all of them, each with its JSON pointer, line
 * and column. Inputs larger than {@link #maxBytes()} or nested deeper than {@link #maxDepth()} are
 * refused before they cost memory or time. Writing is canonical: equal values give byte-identical
 * files ({@code \n} line ends, UTF-8), and reading a written file gives an equal value.
 *
 * @param <T> the value read and written
 * @param <F> the format itself, returned by the {@code withX} copies
 */
public abstract sealed class FileFormat<T, F extends FileFormat<T, F>>
    permits ProtocolFormat, PatientContextFormat {
  /** The largest input read by default, in bytes: 4 MiB. */
  public static final long DEFAULT_MAX_BYTES = Settings.DEFAULT_MAX_BYTES;

  /** The deepest nesting of objects and lists read by default. */
  public static final int DEFAULT_MAX_DEPTH = Settings.DEFAULT_MAX_DEPTH;

  final Settings settings;

  /** What is read, for messages: "protocol" or "patient context". */
  private final String what;

  FileFormat(Settings settings, String what) {
    this.settings = settings;
    this.what = what;
  }

  /** A copy of this format with other settings. */
  abstract F with(Settings settings);

  /** Decodes a document tree, reporting every problem. */
  abstract Optional<T> decode(Problems problems, Node root);

  /** The canonical text of a value. */
  abstract String encode(T value);

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
  public F withSyntax(Syntax syntax) {
    return with(settings.withSyntax(syntax));
  }

  /** A copy resolving ids through another anatomy (e.g. one overridden for a patient). */
  public F withAnatomy(Anatomy anatomy) {
    return with(settings.withAnatomy(anatomy));
  }

  /**
   * A copy refusing inputs longer than this many UTF-8 bytes.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxBytes ≤ 2^31 − 17
   */
  public F withMaxBytes(long maxBytes) {
    return with(settings.withMaxBytes(maxBytes));
  }

  /**
   * A copy refusing objects and lists nested deeper than this.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxDepth ≤ 1000
   */
  public F withMaxDepth(int maxDepth) {
    return with(settings.withMaxDepth(maxDepth));
  }

  /**
   * Reads a value from text.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid file of this
   *     format
   */
  public T read(String text) {
    Objects.requireNonNull(text, "text");
    return settings.readText(what, text, this::decode);
  }

  /**
   * Reads a value from a character stream, to its end; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid file of this
   *     format
   * @throws IOException if reading fails
   */
  public T read(Reader in) throws IOException {
    Objects.requireNonNull(in, "in");
    return settings.read(
        what, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a value from UTF-8 bytes, to the end of the stream; the stream is not closed.
   *
   * @throws ProtocolFormatException listing every problem, if the bytes are not a valid file of
   *     this format (including bytes that are not UTF-8)
   * @throws IOException if reading fails
   */
  public T read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    return settings.read(
        what, Optional.empty(), p -> TextInput.read(in, settings.maxBytes, p), this::decode);
  }

  /**
   * Reads a value from an input read once ({@link InputText}), in this format's syntax; the
   * exception names the input, and lists the input's own problems (too large, not UTF-8) if it has
   * any. An input can be read by several formats (a protocol, else a patient context) without
   * reading its source again.
   *
   * @throws ProtocolFormatException listing every problem, if the text is not a valid file of this
   *     format
   */
  public T read(InputText input) {
    Objects.requireNonNull(input, "input");
    try {
      return settings.read(
          what,
          Optional.of(input.name()),
          p -> {
            input.problems().forEach(p::add);
            return input.problems().isEmpty()
                ? TextInput.text(input.text(), settings.maxBytes, p)
                : "";
          },
          this::decode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file (UTF-8) once, or a FIFO until its writer closes it. The exception names the path.
   *
   * @throws ProtocolFormatException listing every problem, if the file is not a valid file of this
   *     format
   * @throws IOException if the file cannot be read (e.g. it does not exist)
   */
  public T read(Path path) throws IOException {
    return settings.read(
        what,
        Optional.of(path.toString()),
        p -> TextInput.read(path, settings.maxBytes, p),
        this::decode);
  }

  /**
   * Writes a value in canonical form, ending with a newline.
   *
   * @throws IllegalArgumentException if a text of the value holds an unpaired surrogate
   */
  public String write(T value) {
    return encode(Objects.requireNonNull(value, "value"));
  }

  /**
   * Writes a value to a character stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(T value, Writer out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(value));
    out.flush();
  }

  /**
   * Writes a value as UTF-8 bytes to a stream, which is flushed, not closed.
   *
   * @throws IOException if writing fails
   */
  public void write(T value, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(write(value).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes a value to a file as UTF-8, replacing the file if it exists, atomically ({@link
   * AtomicWrite}): a failure leaves the file as it was.
   *
   * @throws IOException if writing fails
   */
  public void write(T value, Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    AtomicWrite.text(path, write(value));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{" + settings + "}";
  }
}
