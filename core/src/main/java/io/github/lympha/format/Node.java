package io.github.lympha.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A value of a parsed document with its place in the document (parent, member name or index, so its
 * JSON pointer) and in the text (line and column). The reader builds this small tree from the
 * parser's tokens so that every problem, found at any depth, can say exactly where it is.
 */
abstract class Node {
  private final @Nullable Node parent;
  private final @Nullable String name;
  private final int index;
  private final int line;
  private final int column;
  private final int nameLine;
  private final int nameColumn;

  Node(@Nullable Node parent, @Nullable String name, int index, Position value, Position key) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.line = value.line;
    this.column = value.column;
    this.nameLine = key.line;
    this.nameColumn = key.column;
  }

  /** The 1-based line of the value. */
  final int line() {
    return line;
  }

  /** The 1-based column of the value. */
  final int column() {
    return column;
  }

  /** The 1-based line of the member name, or of the value when it is not an object member. */
  final int nameLine() {
    return nameLine;
  }

  /** The 1-based column of the member name, or of the value when it is not an object member. */
  final int nameColumn() {
    return nameColumn;
  }

  /** The RFC 6901 JSON pointer of this value; empty for the document itself. */
  final String pointer() {
    StringBuilder s = new StringBuilder();
    appendPointer(s);
    return s.toString();
  }

  private void appendPointer(StringBuilder s) {
    if (parent == null) {
      return;
    }
    parent.appendPointer(s);
    s.append('/');
    if (name != null) {
      s.append(name.replace("~", "~0").replace("/", "~1"));
    } else {
      s.append(index);
    }
  }

  /** The pointer of a member of this value, e.g. of a missing field. */
  final String pointer(String member) {
    return pointer() + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  /** Describes the value for a message: {@code the text "abc"}, {@code a list}. */
  abstract String describe();

  /** A line and column, both 1-based. */
  static final class Position {
    final int line;
    final int column;

    Position(int line, int column) {
      this.line = Math.max(1, line);
      this.column = Math.max(1, column);
    }
  }

  /** An object: named members in the order of the text; a repeated name keeps its first value. */
  static final class Obj extends Node {
    private final Map<String, Node> members = new LinkedHashMap<>();

    Obj(@Nullable Node parent, @Nullable String name, int index, Position value, Position key) {
      super(parent, name, index, value, key);
    }

    /** Adds a member unless the name is taken; returns whether it was added. */
    boolean add(String name, Node value) {
      return members.putIfAbsent(name, value) == null;
    }

    @Nullable Node get(String name) {
      return members.get(name);
    }

    Map<String, Node> members() {
      return Collections.unmodifiableMap(members);
    }

    @Override
    String describe() {
      return "an object";
    }
  }

  /** A list (JSON array, YAML sequence). */
  static final class Arr extends Node {
    private final List<Node> elements = new ArrayList<>();

    Arr(@Nullable Node parent, @Nullable String name, int index, Position value, Position key) {
      super(parent, name, index, value, key);
    }

    void add(Node element) {
      elements.add(element);
    }

    int size() {
      return elements.size();
    }

    List<Node> elements() {
      return Collections.unmodifiableList(elements);
    }

    @Override
    String describe() {
      return "a list";
    }
  }

  /** What a scalar is. */
  enum Kind {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL,
    /** A value the tree reader already reported as unusable (e.g. a YAML alias). */
    INVALID
  }

  /** A scalar: text, number, boolean or null. */
  static final class Scalar extends Node {
    private static final int MAX_QUOTED = 40;

    private final Kind kind;
    private final String text;
    private final @Nullable BigInteger integer;
    private final double decimal;

    private Scalar(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Position value,
        Position key,
        Kind kind,
        String text,
        @Nullable BigInteger integer,
        double decimal) {
      super(parent, name, index, value, key);
      this.kind = kind;
      this.text = text;
      this.integer = integer;
      this.decimal = decimal;
    }

    static Scalar of(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Position value,
        Position key,
        Kind kind,
        String text) {
      return new Scalar(parent, name, index, value, key, kind, text, null, Double.NaN);
    }

    static Scalar integer(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Position value,
        Position key,
        String text,
        BigInteger integer) {
      return new Scalar(
          parent, name, index, value, key, Kind.INTEGER, text, integer, integer.doubleValue());
    }

    static Scalar decimal(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Position value,
        Position key,
        String text,
        double decimal) {
      return new Scalar(parent, name, index, value, key, Kind.DECIMAL, text, null, decimal);
    }

    Kind kind() {
      return kind;
    }

    /** The text of a string, or the literal text of another scalar. */
    String text() {
      return text;
    }

    /** The value of an {@link Kind#INTEGER}; zero otherwise. */
    BigInteger integer() {
      return integer == null ? BigInteger.ZERO : integer;
    }

    /** The value of a number, as a double (infinite when out of range). */
    double number() {
      return decimal;
    }

    boolean isNumber() {
      return kind == Kind.INTEGER || kind == Kind.DECIMAL;
    }

    @Override
    String describe() {
      switch (kind) {
        case STRING:
          return "the text " + quote(text);
        case INTEGER:
        case DECIMAL:
          return "the number " + abbreviate(text);
        case BOOLEAN:
          return "the value " + text;
        case NULL:
          return "null";
        case INVALID:
        default:
          return "an unusable value";
      }
    }

    static String quote(String text) {
      return "\"" + abbreviate(text) + "\"";
    }

    private static String abbreviate(String text) {
      if (text.codePointCount(0, text.length()) <= MAX_QUOTED) {
        return text;
      }
      return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) + "…";
    }
  }
}
