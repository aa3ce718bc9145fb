package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SvgWriterTest {
  @Test
  void beginsAnHtmlPageWithItsHeadAndLeavesTheBodyOpen() {
    SvgWriter html = SvgWriter.htmlPage("A & B", "p{margin:0}", "lang", "en");
    html.element("p", "text");
    html.close().close();
    assertThat(html.toString())
        .isEqualTo(
            "<!DOCTYPE html>\n"
                + "<html lang=\"en\">\n"
                + " <head>\n"
                + "  <meta charset=\"utf-8\"/>\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
                + "  <title>A &amp; B</title>\n"
                + "  <style>p{margin:0}</style>\n"
                + " </head>\n"
                + " <body>\n"
                + "  <p>text</p>\n"
                + " </body>\n"
                + "</html>\n");
  }

  @Test
  void writesOneElementALineIndentedByItsDepth() {
    SvgWriter svg = SvgWriter.create();
    svg.open("svg", "width", "10");
    svg.open("g", "id", "a");
    svg.empty("circle", "cx", "5", "cy", "5");
    svg.element("title", "x");
    svg.close();
    svg.empty("rect");
    svg.close();
    assertThat(svg.toString())
        .isEqualTo(
            "<svg width=\"10\">\n"
                + " <g id=\"a\">\n"
                + "  <circle cx=\"5\" cy=\"5\"/>\n"
                + "  <title>x</title>\n"
                + " </g>\n"
                + " <rect/>\n"
                + "</svg>\n");
  }

  @Test
  void rawMarkupEndsItsLine() {
    SvgWriter svg = SvgWriter.create().raw("<a/>").raw("").raw("<b/>\n");
    assertThat(svg.toString()).isEqualTo("<a/>\n<b/>\n");
  }

  @Test
  void closingWithNothingOpenIsRefused() {
    SvgWriter svg = SvgWriter.create();
    assertThatThrownBy(svg::close)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no element is open");
  }

  @Test
  void markupWithAnOpenElementIsRefused() {
    SvgWriter svg = SvgWriter.create().open("svg").open("g");
    assertThatThrownBy(svg::toString)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("elements still open: [g, svg]");
  }

  @Test
  void elementAndAttributeNamesMustBeXmlNames() {
    SvgWriter svg = SvgWriter.create();
    assertThatThrownBy(() -> svg.empty("1circle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an XML name: 1circle");
    assertThatThrownBy(() -> svg.empty(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an XML name: ");
    assertThatThrownBy(() -> svg.empty("a b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an XML name: a b");
    assertThatThrownBy(() -> svg.empty("circle", "c x", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an XML attribute name: c x");
    assertThatThrownBy(() -> svg.empty("circle", "cx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attributes come in pairs, not 1");
    // Nothing of a refused element was written.
    assertThat(svg.toString()).isEmpty();
    // Underscores, digits after the first letter, and - _ . : are name characters.
    assertThat(SvgWriter.create().empty("_a1-b_c.d:e", "x:y-z", "1").toString())
        .isEqualTo("<_a1-b_c.d:e x:y-z=\"1\"/>\n");
  }

  @Test
  void escapesMarkupCharactersAndReplacesWhatXmlForbids() {
    assertThat(SvgWriter.escape("a & b < c > d \" e ' f"))
        .isEqualTo("a &amp; b &lt; c &gt; d &quot; e &#39; f");
    assertThat(SvgWriter.escape("tab\tnl\ncr\r")).isEqualTo("tab\tnl\ncr\r");
    assertThat(SvgWriter.escape("\u0000\u0001\u001f \uFFFE\uFFFF\uFFFD"))
        .isEqualTo("\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD");
    // A surrogate pair is one character and stays; a lone surrogate is replaced.
    String pair = new String(Character.toChars(0x1F600));
    assertThat(SvgWriter.escape("a" + pair + "b")).isEqualTo("a" + pair + "b");
    assertThat(SvgWriter.escape(pair + pair)).isEqualTo(pair + pair);
    assertThat(SvgWriter.escape("a\uD83Db")).isEqualTo("a\uFFFDb");
    assertThat(SvgWriter.escape("a\uDE00b")).isEqualTo("a\uFFFDb");
    assertThat(SvgWriter.escape("a\uD83D")).isEqualTo("a\uFFFD");
    assertThat(SvgWriter.escape("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
  }

  @Test
  void textAndAttributeValuesAreEscaped() {
    assertThat(SvgWriter.create().element("t", "<&>", "a", "\"'").toString())
        .isEqualTo("<t a=\"&quot;&#39;\">&lt;&amp;&gt;</t>\n");
  }

  @Test
  void numbersHaveAtMostTwoDecimalsAndNoExponent() {
    assertThat(SvgWriter.number(12)).isEqualTo("12");
    assertThat(SvgWriter.number(3.5)).isEqualTo("3.5");
    assertThat(SvgWriter.number(-0.25)).isEqualTo("-0.25");
    assertThat(SvgWriter.number(1.005)).isEqualTo("1");
    assertThat(SvgWriter.number(1.126)).isEqualTo("1.13");
    assertThat(SvgWriter.number(-0.0)).isEqualTo("0");
    assertThat(SvgWriter.number(-0.001)).isEqualTo("0");
    assertThat(SvgWriter.number(1e9)).isEqualTo("1000000000");
    assertThatThrownBy(() -> SvgWriter.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a finite number: NaN");
    assertThatThrownBy(() -> SvgWriter.number(Double.POSITIVE_INFINITY))
        .hasMessage("not a finite number: Infinity");
  }
}
