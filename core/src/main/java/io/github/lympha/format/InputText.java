package io.github.lympha.format;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.format.ProtocolFormatException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The text of one input, read exactly once: a file, a FIFO, a pipe, a process substitution ({@code
 * <(cat leg.yaml)}), {@code /dev/stdin} or any byte stream. A stream can be read only once, so a
 * caller that must look at the text before it knows how to read it (its syntax, its kind) reads it
 * into an {@code InputText} and hands that to {@link FileFormat#read(InputText)} as often as it
 * needs.
 *
 * <p>The size limit applies while reading: reading stops one byte past it, so an endless or huge
 * stream costs no more than the limit. A text over the limit or not valid UTF-8 is kept as its
 * problems, which {@link FileFormat#read(InputText)} reports like any other problem of the file.
 *
 * <pre>{@code
 * InputText in = InputText.read(Path.of("/dev/stdin"));
 * Protocol p = ProtocolFormat.of(in.syntax(Optional.empty())).read(in);
 * }</pre>
 */
public final class InputText {
  private final String name;
  private final String text;
  private final ImmutableList<Problem> problems;

  private InputText(String name, String text, ImmutableList<Problem> problems) {
    this.name = name;
    this.text = text;
    this.problems = problems;
  }

  /**
   * Reads a file, a FIFO or a device such as {@code /dev/stdin} once, to its end, up to {@link
   * FileFormat#DEFAULT_MAX_BYTES}. A FIFO is read until its writer closes it.
   *
   * @throws IOException if the path cannot be read (e.g. it does not exist)
   */
  public static InputText read(Path path) throws IOException {
    return read(path, FileFormat.DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a path once, to its end, refusing more than {@code maxBytes} bytes: a regular file by its
   * size before reading, anything else (a FIFO, a pipe) while reading.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxBytes ≤ 2^31 − 17
   * @throws IOException if the path cannot be read (e.g. it does not exist)
   */
  public static InputText read(Path path, long maxBytes) throws IOException {
    Objects.requireNonNull(path, "path");
    checkLimit(maxBytes);
    Problems problems = new Problems();
    String text = TextInput.read(path, maxBytes, problems);
    return new InputText(path.toString(), text, problems.list());
  }

  /**
   * Reads a byte stream once, to its end, refusing more than {@code maxBytes} bytes while reading;
   * the stream is not closed. {@code name} names the input in messages (e.g. {@code "standard
   * input"}) and its extension, if any, gives the {@linkplain #syntax(Optional) syntax}.
   *
   * @throws IllegalArgumentException unless 1 ≤ maxBytes ≤ 2^31 − 17
   * @throws IOException if reading fails
   */
  public static InputText read(InputStream in, String name, long maxBytes) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(name, "name");
    checkLimit(maxBytes);
    Problems problems = new Problems();
    String text = TextInput.read(in, maxBytes, problems);
    return new InputText(name, text, problems.list());
  }

  /** A text already in memory, named for messages. */
  public static InputText of(String text, String name) {
    return new InputText(
        Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(text, "text"),
        ImmutableList.of());
  }

  private static void checkLimit(long maxBytes) {
    checkArgument(
        maxBytes >= 1 && maxBytes <= Settings.MAX_BYTES_LIMIT,
        "Invalid value for maxBytes: %s; expected 1 to %s",
        maxBytes,
        Settings.MAX_BYTES_LIMIT);
  }

  /** The name of the input, for messages: the path as given, or the name the caller chose. */
  public String name() {
    return name;
  }

  /**
   * The text, without a leading byte order mark; empty when it could not be read ({@link
   * #problems()} says why).
   */
  public String text() {
    return text;
  }

  /** Why the text could not be read (too large, not UTF-8); empty when it was read. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * The syntax to read the text in: the one its name's extension stands for ({@code .json}, {@code
   * .yaml}, {@code .yml}), else {@code declared} (what the user said, e.g. a command-line option),
   * else the one its content suggests ({@link Syntax#sniff(CharSequence)}).
   */
  public Syntax syntax(Optional<Syntax> declared) {
    Optional<Syntax> byName = Syntax.forFileName(name);
    if (byName.isPresent()) {
      return byName.get();
    }
    return declared.orElseGet(() -> Syntax.sniff(text));
  }

  @Override
  public String toString() {
    return "InputText{" + name + ", " + text.length() + " chars, " + problems.size() + " problems}";
  }
}
