package io.github.lympha.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of XML markup (SVG and the XHTML-compatible parts of HTML): elements, attributes
 * and text, every text and attribute value escaped, one element per line, numbers written the same
 * way on every machine. The body map, the handout and the batch report's charts are written with
 * it, so the same input gives the same bytes.
 *
 * <pre>{@code
 * SvgWriter svg = SvgWriter.create();
 * svg.open("svg", "xmlns", SvgWriter.SVG_NS, "width", "10", "height", "10");
 * svg.empty("circle", "cx", "5", "cy", "5", "r", "4");
 * String markup = svg.close().toString();
 * }</pre>
 */
public final class SvgWriter {
  /** The SVG namespace. */
  public static final String SVG_NS = "http://www.w3.org/2000/svg";

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  private SvgWriter() {}

  /** An empty writer. */
  public static SvgWriter create() {
    return new SvgWriter();
  }

  /**
   * A writer that has begun a self-contained HTML page: the doctype, {@code <html>} with these
   * attributes (name, value pairs), a head with the UTF-8 charset, the device-width viewport, the
   * title and the style sheet, and an open {@code <body>} for the caller to fill and close.
   */
  public static SvgWriter htmlPage(String title, String style, String... htmlAttributes) {
    SvgWriter html = create();
    html.raw("<!DOCTYPE html>");
    html.open("html", htmlAttributes);
    html.open("head");
    html.empty("meta", "charset", "utf-8");
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    html.element("title", title);
    html.element("style", style);
    html.close();
    return html.open("body");
  }

  /** Opens an element; {@code attributes} are name, value pairs. */
  public SvgWriter open(String name, String... attributes) {
    start(name, attributes);
    out.append(">\n");
    open.push(name);
    return this;
  }

  /** Writes an element without content. */
  public SvgWriter empty(String name, String... attributes) {
    start(name, attributes);
    out.append("/>\n");
    return this;
  }

  /** Writes an element holding only (escaped) text. */
  public SvgWriter element(String name, String text, String... attributes) {
    start(name, attributes);
    out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    return this;
  }

  /** Writes markup made elsewhere (e.g. another writer's output) as it is. */
  public SvgWriter raw(String markup) {
    out.append(markup);
    if (!markup.isEmpty() && !markup.endsWith("\n")) {
      out.append('\n');
    }
    return this;
  }

  /** Closes the innermost open element. */
  public SvgWriter close() {
    checkState(!open.isEmpty(), "no element is open");
    String name = open.pop();
    indent();
    out.append("</").append(name).append(">\n");
    return this;
  }

  /** The markup written so far; every opened element must be closed. */
  @Override
  public String toString() {
    checkState(open.isEmpty(), "elements still open: %s", open);
    return out.toString();
  }

  private void start(String name, String[] attributes) {
    checkArgument(isName(name), "not an XML name: %s", name);
    checkArgument(
        attributes.length % 2 == 0, "attributes come in pairs, not %s", attributes.length);
    for (int i = 0; i < attributes.length; i += 2) {
      checkArgument(isName(attributes[i]), "not an XML attribute name: %s", attributes[i]);
    }
    indent();
    out.append('<').append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]));
      out.append('"');
    }
  }

  private void indent() {
    out.append(" ".repeat(open.size()));
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    return name.chars().allMatch(c -> Character.isLetterOrDigit(c) || "-_.:".indexOf(c) >= 0);
  }

  /**
   * Text made safe for XML content and attribute values: {@code & < > " '} as entities, and
   * characters XML 1.0 forbids (most control characters, lone surrogates) as U+FFFD.
   */
  public static String escape(String text) {
    checkNotNull(text, "text");
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            escaped.append(c).append(text.charAt(++i));
          } else if (isXmlChar(c)) {
            escaped.append(c);
          } else {
            escaped.append('\uFFFD');
          }
        }
      }
    }
    return escaped.toString();
  }

  private static boolean isXmlChar(char c) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
  }

  /**
   * A number as SVG wants it, the same on every machine: at most two decimals, no trailing zeros,
   * no exponent, {@code 0} for negative zero, e.g. {@code 12}, {@code 3.5}, {@code -0.25}.
   */
  public static String number(double value) {
    checkArgument(Double.isFinite(value), "not a finite number: %s", value);
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
    if (rounded.signum() == 0) {
      return "0";
    }
    return rounded.stripTrailingZeros().toPlainString();
  }
}
