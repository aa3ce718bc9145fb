package io.github.lympha.style;

import java.util.Locale;

/**
 * Text from an input made safe for a terminal or a report: control characters (ESC, NUL, BEL…), the
 * Unicode line and paragraph separators and the bidirectional overrides are written as {@code
 * \\uXXXX}, so that a file's text never sends terminal sequences to a person's screen or reorders
 * what they read. The one place every package escapes text before a person sees it: messages,
 * rendered instructions, validation reports, summaries and CSV. Internal; not part of the API.
 */
public final class Printable {
  private Printable() {}

  /** The text on one line: every control character escaped, line breaks and tabs included. */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * The text with its lines: every control character escaped but line feeds, tabs and the carriage
   * return of a CRLF line end, for multi-line output (rendered instructions, reports, CSV).
   */
  public static String escapeKeepingLines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c) && !(keepLines && isLayout(text, i));
      if (unsafe && b == null) {
        b = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (b != null) {
        if (unsafe) {
          b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /** Whether a character must not reach a terminal raw. */
  static boolean isUnsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static boolean isLayout(String text, int i) {
    char c = text.charAt(i);
    return c == '\n'
        || c == '\t'
        || (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
  }
}
