package io.github.lympha.format;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a Lympha file can be written in. Both carry the same document. */
public enum Syntax {
  /** JSON (RFC 8259), UTF-8, files ending in {@code .json}. */
  JSON("json"),
  /**
   * YAML 1.2, UTF-8, files ending in {@code .yaml} or {@code .yml}; one document, no aliases or
   * tags.
   */
  YAML("yaml");

  private final String extension;

  Syntax(String extension) {
    this.extension = extension;
  }

  /** The usual file extension, without the dot: {@code json} or {@code yaml}. */
  public String extension() {
    return extension;
  }

  /**
   * The syntax a file name's extension stands for ({@code .json}, {@code .yaml}, {@code .yml}, any
   * case), or empty for another extension.
   */
  public static Optional<Syntax> forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  /**
   * The syntax a text looks like, for an input whose name says nothing (standard input, a pipe, a
   * FIFO): JSON if its first character other than white space and a byte order mark is <code>{
   * </code>, YAML otherwise (YAML is also what an empty text is read as).
   */
  public static Syntax sniff(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }

  /** The syntax a path's file name stands for; see {@link #forFileName(String)}. */
  public static Optional<Syntax> forPath(Path path) {
    Path name = path.getFileName();
    return name == null ? Optional.empty() : forFileName(name.toString());
  }
}
