package io.github.lympha.testing;

import static io.github.lympha.testing.Gens.of;

import java.util.List;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * One random change to a file's text: a character deleted, duplicated, replaced or inserted, a
 * value swapped for a hostile one, a line dropped or repeated. The file format's robustness laws
 * apply one to three of them to valid files ({@link #mutations()}).
 */
public final class TextMutation {
  private static final String CHARS =
      "{}[]:,\"'\\ -#&*!|>%@`?\n\t0123456789.eE+aZ_é\u00A0\uFEFF\uD800";

  private static final List<String> VALUES =
      List.of(
          "0",
          "-1",
          "1.5",
          "1e400",
          "-0.0",
          "99999999999999999999999",
          "null",
          "true",
          "\"\"",
          "\" \"",
          "[]",
          "{}",
          "\"PUMPING\"",
          "\"AXILLARY_R\"",
          "\"THIGH_MEDIAL_L\"",
          "\"AAA\"",
          "\"2\"",
          ".nan",
          ".inf",
          "*alias",
          "&anchor x",
          "!!binary aGk=",
          "!tag x",
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
          "\"\\ud800\"",
          "~",
          "|\n  block",
          "? complex",
          "--- ",
          "\"x\": 1");

  /** The kinds of change. */
  public enum Kind {
    DELETE,
    DUPLICATE,
    REPLACE,
    INSERT,
    VALUE,
    DROP_LINE,
    REPEAT_LINE
  }

  private final Kind kind;
  private final double where;
  private final char character;
  private final String value;

  TextMutation(Kind kind, double where, char character, String value) {
    this.kind = kind;
    this.where = where;
    this.character = character;
    this.value = value;
  }

  /** The text with this change made. */
  public String apply(String text) {
    if (text.isEmpty()) {
      return String.valueOf(character);
    }
    int at = Math.min(text.length() - 1, (int) (where * text.length()));
    switch (kind) {
      case DELETE:
        return text.substring(0, at) + text.substring(at + 1);
      case DUPLICATE:
        return text.substring(0, at + 1) + text.substring(at);
      case REPLACE:
        return text.substring(0, at) + character + text.substring(at + 1);
      case INSERT:
        return text.substring(0, at) + character + text.substring(at);
      case VALUE:
        return replaceValue(text, at);
      case DROP_LINE:
      case REPEAT_LINE:
      default:
        int start = text.lastIndexOf('\n', at) + 1;
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end + 1;
        String line = text.substring(start, end);
        return kind == Kind.DROP_LINE
            ? text.substring(0, start) + text.substring(end)
            : text.substring(0, end) + line + text.substring(end);
    }
  }

  /**
   * Replaces the value after the next ':' (or the element after the next '-') with a hostile one.
   */
  private String replaceValue(String text, int at) {
    int colon = text.indexOf(": ", at);
    if (colon < 0) {
      colon = text.indexOf(": ");
    }
    int start = colon + 2;
    int end = start;
    while (end < text.length() && ",\n}]".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return text.substring(0, start) + value + text.substring(end);
  }

  @Override
  public String toString() {
    return kind + "@" + where + (kind == Kind.VALUE ? " " + value : " '" + character + "'");
  }

  /** One to three changes, applied in order. */
  public static Gen<List<TextMutation>> mutations() {
    Gen<Kind> kind = of(List.of(Kind.values()));
    Gen<Double> where = Gens.doubles(0, 1);
    Gen<Character> character =
        of(CHARS.chars().mapToObj(c -> (char) c).collect(java.util.stream.Collectors.toList()));
    Gen<String> value = of(VALUES);
    return Gens.lists(kind.zip(where, character, value, TextMutation::new), 1, 3);
  }

  /**
   * One change drawn from a plain random source, with the same odds as {@link #mutations()}: for
   * {@link Fuzzing}, which streams millions of inputs without the engine.
   */
  static TextMutation random(SplittableRandom random) {
    Kind[] kinds = Kind.values();
    return new TextMutation(
        kinds[random.nextInt(kinds.length)],
        random.nextDouble(),
        CHARS.charAt(random.nextInt(CHARS.length())),
        VALUES.get(random.nextInt(VALUES.size())));
  }

  /** The text with every change made, in order. */
  public static String applyAll(String text, List<TextMutation> mutations) {
    String result = text;
    for (TextMutation m : mutations) {
      result = m.apply(result);
    }
    return result;
  }
}
