package io.github.lympha.format;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.io.Resources;
import io.github.lympha.anatomy.Anatomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * What {@link ProtocolFormat} and {@link PatientContextFormat} share: the syntax, the anatomy ids
 * resolve through, the limits, and the read pipeline (text, tree, decoded value, or one exception
 * with every problem).
 */
final class Settings {
  /** The largest file read by default: 4 MiB, far above any real protocol. */
  static final long DEFAULT_MAX_BYTES = 4L * 1024 * 1024;

  /** The deepest nesting read by default; a Lympha file needs 6 levels. */
  static final int DEFAULT_MAX_DEPTH = 32;

  /** The largest limit that can be set: the text must fit in a Java array. */
  static final long MAX_BYTES_LIMIT = Integer.MAX_VALUE - 16;

  final Syntax syntax;
  final Anatomy anatomy;
  final long maxBytes;
  final int maxDepth;

  Settings(Syntax syntax, Anatomy anatomy, long maxBytes, int maxDepth) {
    checkArgument(
        maxBytes >= 1 && maxBytes <= MAX_BYTES_LIMIT,
        "Invalid value for maxBytes: %s; expected 1 to %s",
        maxBytes,
        MAX_BYTES_LIMIT);
    checkArgument(
        maxDepth >= 1 && maxDepth <= TreeReader.MAX_DEPTH_LIMIT,
        "Invalid value for maxDepth: %s; expected 1 to %s",
        maxDepth,
        TreeReader.MAX_DEPTH_LIMIT);
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    this.anatomy = Objects.requireNonNull(anatomy, "anatomy");
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  static Settings of(Syntax syntax) {
    return new Settings(syntax, Anatomy.standard(), DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  Settings withSyntax(Syntax value) {
    return new Settings(value, anatomy, maxBytes, maxDepth);
  }

  Settings withAnatomy(Anatomy value) {
    return new Settings(syntax, value, maxBytes, maxDepth);
  }

  Settings withMaxBytes(long value) {
    return new Settings(syntax, anatomy, value, maxDepth);
  }

  Settings withMaxDepth(int value) {
    return new Settings(syntax, anatomy, maxBytes, value);
  }

  /** Reads text from somewhere, reporting a too-large or undecodable input to the problems. */
  interface Source {
    String text(Problems problems) throws IOException;
  }

  /**
   * Reads a value: the text, then its tree, then the value. Returns it only if nothing at all was
   * wrong; otherwise throws one exception listing every problem found.
   */
  <T> T read(
      String what,
      Optional<String> sourceName,
      Source source,
      BiFunction<Problems, Node, Optional<T>> decoder)
      throws IOException {
    Problems problems = new Problems();
    String text = source.text(problems);
    if (problems.isEmpty()) {
      Optional<Node> tree = TreeReader.read(text, syntax, maxDepth, problems);
      if (tree.isPresent()) {
        Optional<T> value = decoder.apply(problems, tree.get());
        if (value.isPresent() && problems.isEmpty()) {
          return value.get();
        }
      }
      if (problems.isEmpty()) {
        problems.add("", 1, 1, "the " + what + " could not be read");
      }
    }
    throw problems.exception(what, sourceName);
  }

  /** Reads a value from text already in memory, where no I/O can fail. */
  <T> T readText(String what, String text, BiFunction<Problems, Node, Optional<T>> decoder) {
    try {
      return read(what, Optional.empty(), p -> TextInput.text(text, maxBytes, p), decoder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A schema shipped next to this class. */
  static String resource(String name) {
    URL url = Settings.class.getResource(name);
    checkArgument(url != null, "Missing resource %s", name);
    try {
      return Resources.toString(url, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read resource " + name, e);
    }
  }

  @Override
  public String toString() {
    return syntax + ", maxBytes=" + maxBytes + ", maxDepth=" + maxDepth + ", " + anatomy;
  }
}
