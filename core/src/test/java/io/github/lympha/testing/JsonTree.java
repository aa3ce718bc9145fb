package io.github.lympha.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A small, editable JSON document tree for {@link Fuzzing}'s structural changes: objects keep their
 * members in order and may hold a name twice (which no JSON library's tree allows), and the tree
 * writes back as JSON or as block-style YAML. Independent of the reader under test on purpose.
 */
final class JsonTree {
  private JsonTree() {}

  /** A JSON object: members in order, names possibly repeated. */
  static final class Obj extends ArrayList<Member> {
    private static final long serialVersionUID = 1L;
  }

  /** A member of an object. */
  static final class Member {
    final String name;
    Object value;

    Member(String name, Object value) {
      this.name = name;
      this.value = value;
    }
  }

  /** A number, {@code true}, {@code false} or {@code null}, as written. */
  static final class Literal {
    final String text;

    Literal(String text) {
      this.text = text;
    }
  }

  /** A place in the tree that holds a value (a member's value or a list's element). */
  static final class Slot {
    private final Object parent;
    private final int index;
    private final String pointer;

    Slot(Object parent, int index, String pointer) {
      this.parent = parent;
      this.index = index;
      this.pointer = pointer;
    }

    Object get() {
      if (parent instanceof Obj) {
        return ((Obj) parent).get(index).value;
      }
      return list(parent).get(index);
    }

    void set(Object value) {
      if (parent instanceof Obj) {
        ((Obj) parent).get(index).value = value;
      } else {
        list(parent).set(index, value);
      }
    }

    /** The JSON pointer of the place. */
    String where() {
      return pointer;
    }
  }

  // ---------------------------------------------------------------- reading

  /** Parses well-formed JSON. */
  static Object parse(String json) {
    int[] at = {0};
    Object value = value(json, at);
    skipSpace(json, at);
    if (at[0] != json.length()) {
      throw new IllegalArgumentException("Trailing text at " + at[0]);
    }
    return value;
  }

  private static Object value(String s, int[] at) {
    skipSpace(s, at);
    char c = s.charAt(at[0]);
    if (c == '{') {
      at[0]++;
      Obj obj = new Obj();
      skipSpace(s, at);
      if (s.charAt(at[0]) == '}') {
        at[0]++;
        return obj;
      }
      while (true) {
        skipSpace(s, at);
        String name = string(s, at);
        skipSpace(s, at);
        expect(s, at, ':');
        obj.add(new Member(name, value(s, at)));
        skipSpace(s, at);
        if (s.charAt(at[0]++) == '}') {
          return obj;
        }
      }
    }
    if (c == '[') {
      at[0]++;
      List<Object> list = new ArrayList<>();
      skipSpace(s, at);
      if (s.charAt(at[0]) == ']') {
        at[0]++;
        return list;
      }
      while (true) {
        list.add(value(s, at));
        skipSpace(s, at);
        if (s.charAt(at[0]++) == ']') {
          return list;
        }
      }
    }
    if (c == '"') {
      return string(s, at);
    }
    int start = at[0];
    while (at[0] < s.length() && ",]} \n\r\t".indexOf(s.charAt(at[0])) < 0) {
      at[0]++;
    }
    return new Literal(s.substring(start, at[0]));
  }

  private static String string(String s, int[] at) {
    expect(s, at, '"');
    StringBuilder out = new StringBuilder();
    while (true) {
      char c = s.charAt(at[0]++);
      if (c == '"') {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(at[0]++);
      switch (e) {
        case 'n':
          out.append('\n');
          break;
        case 't':
          out.append('\t');
          break;
        case 'r':
          out.append('\r');
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'u':
          out.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16));
          at[0] += 4;
          break;
        default:
          out.append(e);
      }
    }
  }

  private static void expect(String s, int[] at, char c) {
    if (s.charAt(at[0]) != c) {
      throw new IllegalArgumentException("Expected '" + c + "' at " + at[0]);
    }
    at[0]++;
  }

  private static void skipSpace(String s, int[] at) {
    while (at[0] < s.length() && " \n\r\t".indexOf(s.charAt(at[0])) >= 0) {
      at[0]++;
    }
  }

  // ---------------------------------------------------------------- editing

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  /** A deep copy. */
  static Object copy(Object value) {
    if (value instanceof Obj) {
      Obj copy = new Obj();
      for (Member m : (Obj) value) {
        copy.add(new Member(m.name, copy(m.value)));
      }
      return copy;
    }
    if (value instanceof List<?>) {
      List<Object> copy = new ArrayList<>();
      for (Object v : (List<?>) value) {
        copy.add(copy(v));
      }
      return copy;
    }
    return value;
  }

  /** Every place below the root, in document order. */
  static List<Slot> slots(Object root) {
    List<Slot> out = new ArrayList<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(Object value, String pointer, List<Slot> out) {
    if (value instanceof Obj) {
      Obj obj = (Obj) value;
      for (int i = 0; i < obj.size(); i++) {
        String p = pointer + "/" + obj.get(i).name.replace("~", "~0").replace("/", "~1");
        out.add(new Slot(obj, i, p));
        collect(obj.get(i).value, p, out);
      }
    } else if (value instanceof List<?>) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        out.add(new Slot(list, i, pointer + "/" + i));
        collect(list.get(i), pointer + "/" + i, out);
      }
    }
  }

  /** An object of the tree, chosen at random among the values of the slots (or a new one). */
  static Obj objectAt(List<Slot> slots, SplittableRandom r) {
    List<Obj> objects = new ArrayList<>();
    for (Slot s : slots) {
      if (s.parent instanceof Obj && !objects.contains(s.parent)) {
        objects.add((Obj) s.parent);
      }
    }
    return objects.isEmpty() ? new Obj() : objects.get(r.nextInt(objects.size()));
  }

  /** Whether {@code inner} is {@code outer} or inside it (by identity). */
  static boolean contains(Object outer, Object inner) {
    if (outer == inner) {
      return true;
    }
    if (outer instanceof Obj) {
      for (Member m : (Obj) outer) {
        if (contains(m.value, inner)) {
          return true;
        }
      }
    } else if (outer instanceof List<?>) {
      for (Object v : (List<?>) outer) {
        if (contains(v, inner)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether two values are of the same JSON type. */
  static boolean sameType(Object a, Object b) {
    return kind(a).equals(kind(b));
  }

  private static String kind(Object v) {
    if (v instanceof Literal) {
      String t = ((Literal) v).text;
      return t.equals("true") || t.equals("false") ? "boolean" : t.equals("null") ? t : "number";
    }
    return v instanceof Obj ? "object" : v instanceof List<?> ? "list" : "string";
  }

  // ---------------------------------------------------------------- writing

  /** The value as JSON, indented or on one line. */
  static String json(Object value, boolean indent) {
    StringBuilder out = new StringBuilder();
    writeJson(value, indent ? 0 : -1, out);
    if (indent) {
      out.append('\n');
    }
    return out.toString();
  }

  private static void writeJson(Object value, int level, StringBuilder out) {
    if (value instanceof Obj || value instanceof List<?>) {
      boolean isObj = value instanceof Obj;
      List<?> items = isObj ? (Obj) value : (List<?>) value;
      out.append(isObj ? '{' : '[');
      for (int i = 0; i < items.size(); i++) {
        out.append(i == 0 ? "" : ",");
        newline(level + 1, out);
        if (isObj) {
          Member m = (Member) items.get(i);
          quote(m.name, out);
          out.append(level < 0 ? ":" : ": ");
          writeJson(m.value, level < 0 ? -1 : level + 1, out);
        } else {
          writeJson(items.get(i), level < 0 ? -1 : level + 1, out);
        }
      }
      if (!items.isEmpty()) {
        newline(level, out);
      }
      out.append(isObj ? '}' : ']');
    } else if (value instanceof Literal) {
      out.append(((Literal) value).text);
    } else {
      quote((String) value, out);
    }
  }

  private static void newline(int level, StringBuilder out) {
    if (level >= 0) {
      out.append('\n').append("  ".repeat(level));
    }
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || c == 0x7F || Character.isSurrogate(c) && !pairedAt(s, i)) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean pairedAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /**
   * The value as block-style YAML: strings double-quoted (JSON escapes are YAML escapes), empty and
   * deeply nested containers in flow style.
   */
  static String yaml(Object value) {
    StringBuilder out = new StringBuilder();
    if (value instanceof Obj && !((Obj) value).isEmpty()) {
      writeYamlMembers((Obj) value, 0, out);
    } else {
      writeJson(value, -1, out);
      out.append('\n');
    }
    return out.toString();
  }

  private static void writeYamlMembers(Obj obj, int level, StringBuilder out) {
    for (Member m : obj) {
      out.append("  ".repeat(level));
      quote(m.name, out);
      out.append(':');
      writeYamlValue(m.value, level + 1, out);
    }
  }

  private static void writeYamlValue(Object value, int level, StringBuilder out) {
    boolean block =
        level < 12
            && (value instanceof Obj && !((Obj) value).isEmpty()
                || value instanceof List<?> && !((List<?>) value).isEmpty());
    if (!block) {
      out.append(' ');
      writeJson(value, -1, out);
      out.append('\n');
      return;
    }
    out.append('\n');
    if (value instanceof Obj) {
      writeYamlMembers((Obj) value, level, out);
      return;
    }
    for (Object item : (List<?>) value) {
      out.append("  ".repeat(level)).append('-');
      writeYamlValue(item, level + 1, out);
    }
  }
}
