package io.github.lympha.format;

import io.github.lympha.style.Printable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
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

  /** Where the text's tokens are; asked only when a problem is reported. */
  private final Positions positions;

  /** The number of the value's first token in the text, and of its member name's. */
  private final int token;

  private final int nameToken;

  /**
   * A value of {@code parent} (null for the document), named {@code name} if it is an object member
   * or at {@code index} of a list (−1 otherwise), whose first token is token number {@code token}
   * and whose member name is token number {@code nameToken} (the same for a value that is no
   * member).
   */
  Node(
      @Nullable Node parent,
      @Nullable String name,
      int index,
      Positions positions,
      int token,
      int nameToken) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.positions = positions;
    this.token = token;
    this.nameToken = nameToken;
  }

  /** The 1-based line of the value. */
  final int line() {
    return positions.line(token);
  }

  /** The 1-based column of the value. */
  final int column() {
    return positions.column(token);
  }

  /** The 1-based line of the member name, or of the value when it is not an object member. */
  final int nameLine() {
    return positions.line(nameToken);
  }

  /** The 1-based column of the member name, or of the value when it is not an object member. */
  final int nameColumn() {
    return positions.column(nameToken);
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

  /**
   * An object: named members in the order of the text; a repeated name keeps its first value. The
   * members are kept in two arrays and found by a linear search, which for the few members of a
   * Lympha object is faster than a hash map; an object with many members gets a hash index too, so
   * a hostile file with thousands of names costs no more than linear time.
   */
  static final class Obj extends Node {
    /** Above this many members, names are found through a hash index. */
    private static final int LINEAR = 12;

    private String[] names = new String[8];
    private Node[] values = new Node[8];
    private int size;
    private @Nullable Map<String, Integer> index;

    Obj(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken) {
      super(parent, name, index, positions, token, nameToken);
    }

    /** Adds a member unless the name is taken; returns whether it was added. */
    boolean add(String name, Node value) {
      if (find(name) >= 0) {
        return false;
      }
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value;
      size++;
      Map<String, Integer> byName = index;
      if (byName != null) {
        byName.put(name, size - 1);
      } else if (size > LINEAR) {
        byName = new HashMap<>();
        for (int i = 0; i < size; i++) {
          byName.put(names[i], i);
        }
        index = byName;
      }
      return true;
    }

    private int find(String name) {
      Map<String, Integer> byName = index;
      if (byName != null) {
        Integer i = byName.get(name);
        return i == null ? -1 : i;
      }
      for (int i = 0; i < size; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
      return -1;
    }

    @Nullable Node get(String name) {
      int i = find(name);
      return i < 0 ? null : values[i];
    }

    /** How many members the object has. */
    int size() {
      return size;
    }

    /** The name of the i-th member, in the order of the text. */
    String name(int i) {
      return names[i];
    }

    /** The value of the i-th member, in the order of the text. */
    Node value(int i) {
      return values[i];
    }

    @Override
    String describe() {
      return "an object";
    }
  }

  /** A list (JSON array, YAML sequence). */
  static final class Arr extends Node {
    private final List<Node> elements = new ArrayList<>();

    Arr(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken) {
      super(parent, name, index, positions, token, nameToken);
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

    /** The value of an integer that does not fit a long; null for any other. */
    private final @Nullable BigInteger big;

    /** The value of an integer that fits a long; zero for any other. */
    private final long small;

    private final double decimal;

    private Scalar(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken,
        Kind kind,
        String text,
        @Nullable BigInteger big,
        long small,
        double decimal) {
      super(parent, name, index, positions, token, nameToken);
      this.kind = kind;
      this.text = text;
      this.big = big;
      this.small = small;
      this.decimal = decimal;
    }

    static Scalar of(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken,
        Kind kind,
        String text) {
      return new Scalar(
          parent, name, index, positions, token, nameToken, kind, text, null, 0, Double.NaN);
    }

    /** An integer of any size; one that fits a long is kept as a long. */
    static Scalar integer(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken,
        String text,
        BigInteger integer) {
      if (integer.bitLength() < Long.SIZE) {
        return integer(parent, name, index, positions, token, nameToken, text, integer.longValue());
      }
      return new Scalar(
          parent,
          name,
          index,
          positions,
          token,
          nameToken,
          Kind.INTEGER,
          text,
          integer,
          0,
          integer.doubleValue());
    }

    /** An integer that fits a long. */
    static Scalar integer(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken,
        String text,
        long integer) {
      return new Scalar(
          parent,
          name,
          index,
          positions,
          token,
          nameToken,
          Kind.INTEGER,
          text,
          null,
          integer,
          integer);
    }

    static Scalar decimal(
        @Nullable Node parent,
        @Nullable String name,
        int index,
        Positions positions,
        int token,
        int nameToken,
        String text,
        double decimal) {
      return new Scalar(
          parent, name, index, positions, token, nameToken, Kind.DECIMAL, text, null, 0, decimal);
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
      return big != null ? big : BigInteger.valueOf(small);
    }

    /** Whether the value is an {@link Kind#INTEGER} that fits a long, {@link #small()}. */
    boolean isSmallInteger() {
      return kind == Kind.INTEGER && big == null;
    }

    /** The value of an {@link Kind#INTEGER} that fits a long; zero otherwise. */
    long small() {
      return small;
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
      return "\"" + escape(abbreviate(text)) + "\"";
    }

    /**
     * The text with control characters (ESC, NUL, line breaks…) written as {@code \\uXXXX}, so that
     * a message never sends the input's terminal sequences to a person's screen.
     */
    static String escape(String text) {
      return Printable.escape(text);
    }

    private static String abbreviate(String text) {
      if (text.codePointCount(0, text.length()) <= MAX_QUOTED) {
        return text;
      }
      return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED)) + "…";
    }
  }
}
