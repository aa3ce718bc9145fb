package io.github.lympha.research;

import io.github.lympha.style.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: comma-separated fields, CRLF line ends, and a field quoted (with inner
 * quotes doubled) when it holds a comma, a quote, a line break, or leading or trailing spaces.
 */
final class CsvWriter {
  private final Writer out;
  private final int columns;

  CsvWriter(Writer out, List<String> header) {
    this.out = out;
    this.columns = header.size();
    write(header);
  }

  /** Writes one record; it must have as many fields as the header. */
  void write(List<String> fields) {
    if (fields.size() != columns) {
      throw new IllegalArgumentException(
          "A CSV record needs " + columns + " fields, not " + fields.size());
    }
    try {
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(quote(fields.get(i)));
      }
      out.write("\r\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String quote(String raw) {
    // A CSV is read in terminals and spreadsheets: control characters of the input are escaped.
    String field = Printable.escapeKeepingLines(raw);
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char c = field.charAt(i);
      needs = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!field.isEmpty()
        && (Character.isWhitespace(field.charAt(0))
            || Character.isWhitespace(field.charAt(field.length() - 1)))) {
      needs = true;
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
