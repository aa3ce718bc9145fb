package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartTest {
  private static final double SCALE = 2;

  private static Chart twoPoints() {
    return Chart.of("Mean strokes", "repetitions", "strokes", List.of("4", "6"))
        .withRange("minimum to maximum", List.of(0.0, 40.0), List.of(40.0, 80.0))
        .withSeries("mean", List.of(20.0, 60.0));
  }

  @Test
  void isValidSvg11WithATitleADescriptionAndEveryReferenceResolved() throws Exception {
    String svg = twoPoints().withDescription("How strokes grow with <repetitions> & more").svg();
    assertThat(Pictures.dtdErrors(svg)).isEmpty();
    Document doc = Pictures.parse(svg);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SvgWriter.SVG_NS);
    assertThat(root.getAttribute("width")).isEqualTo("640");
    assertThat(root.getAttribute("height")).isEqualTo("332");
    Element first = (Element) root.getElementsByTagName("title").item(0);
    assertThat(first.getParentNode()).isEqualTo(root);
    assertThat(first.getTextContent()).isEqualTo("Mean strokes");
    assertThat(root.getElementsByTagName("desc").item(0).getTextContent())
        .isEqualTo(
            "How strokes grow with <repetitions> & more. x: repetitions, 2 values from 4 to 6;"
                + " y: strokes.");
    Set<String> ids = new HashSet<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      String id = ((Element) all.item(i)).getAttribute("id");
      if (!id.isEmpty()) {
        assertThat(ids.add(id)).as("unique id %s", id).isTrue();
      }
    }
    Matcher url = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
    while (url.find()) {
      assertThat(ids).contains(url.group(1));
    }
  }

  @Test
  void drawsTheLineAndTheRangeAtTheirComputedPlaces() {
    Chart chart = twoPoints();
    // 80 at most: ticks of 20 up to 80, so 0 sits on the axis and 80 at the top.
    assertThat(chart.y(0)).isEqualTo(Chart.BOTTOM);
    assertThat(chart.y(80)).isEqualTo(Chart.TOP);
    assertThat(chart.y(40)).isEqualTo((Chart.TOP + Chart.BOTTOM) / 2);
    assertThat(chart.x(0)).isEqualTo(Chart.LEFT);
    assertThat(chart.x(1)).isEqualTo(Chart.RIGHT);
    BufferedImage image = Pictures.render(chart.svg(), Chart.WIDTH, SCALE);
    String mean = Chart.PALETTE.get(0);
    // The mean's line passes through 40 half way; its dots sit on 20 and 60.
    double midX = (chart.x(0) + chart.x(1)) / 2;
    assertThat(Pictures.colour(image, midX, chart.y(40), SCALE)).isEqualTo(mean);
    assertThat(Pictures.colour(image, chart.x(1) - 1, chart.y(60), SCALE)).isEqualTo(mean);
    // The range: shaded between low and high, white above the high.
    assertThat(Pictures.colour(image, midX, chart.y(55), SCALE)).isEqualTo(Chart.RANGE_COLOUR);
    assertThat(Pictures.colour(image, midX, chart.y(25), SCALE)).isEqualTo(Chart.RANGE_COLOUR);
    assertThat(Pictures.colour(image, midX, chart.y(68), SCALE)).isEqualTo("#ffffff");
    // Legend swatches, range first.
    assertThat(Pictures.colour(image, Chart.LEFT + 9, Chart.LEGEND_TOP + 5, SCALE))
        .isEqualTo(Chart.RANGE_COLOUR);
    assertThat(
            Pictures.colour(image, Chart.LEFT + 9, Chart.LEGEND_TOP + Chart.LEGEND_ROW + 5, SCALE))
        .isEqualTo(mean);
  }

  @Test
  void drawsSeriesInTheirOwnColours() {
    Chart chart =
        Chart.of("Verdicts", "axis", "share", List.of("a", "b", "c"))
            .withSeries("valid", "#009e73", List.of(1.0, 1.0, 1.0))
            .withSeries("invalid", List.of(0.0, 0.5, 0.0));
    BufferedImage image = Pictures.render(chart.svg(), Chart.WIDTH, SCALE);
    assertThat(chart.y(1)).isEqualTo(Chart.TOP);
    double between = (chart.x(0) + chart.x(1)) / 2;
    assertThat(Pictures.colour(image, between, Chart.TOP, SCALE)).isEqualTo("#009e73");
    // The second series takes the palette's second colour; it peaks at b.
    assertThat(Pictures.colour(image, chart.x(1), chart.y(0.5), SCALE))
        .isEqualTo(Chart.PALETTE.get(1));
    assertThat(Pictures.colour(image, between, chart.y(0.25), SCALE))
        .isEqualTo(Chart.PALETTE.get(1));
    assertThat(chart.svg()).contains("<title>invalid at b: 0.5</title>");
  }

  @Test
  void roundsTheAxisToNiceSteps() {
    assertThat(Chart.niceStep(0)).isEqualTo(1);
    assertThat(Chart.niceStep(-3)).isEqualTo(1);
    assertThat(Chart.niceStep(Double.NaN)).isEqualTo(1);
    assertThat(Chart.niceStep(1)).isEqualTo(1);
    assertThat(Chart.niceStep(1.2)).isEqualTo(2);
    assertThat(Chart.niceStep(2)).isEqualTo(2);
    assertThat(Chart.niceStep(2.5)).isEqualTo(5);
    assertThat(Chart.niceStep(7)).isEqualTo(10);
    assertThat(Chart.niceStep(17.4)).isEqualTo(20);
    assertThat(Chart.niceStep(0.03)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-12));
    Chart chart = Chart.of("t", "x", "y", List.of("a")).withSeries("s", List.of(87.0));
    assertThat(chart.scale()).containsExactly(0, 100, 20);
    Chart negative = Chart.of("t", "x", "y", List.of("a", "b")).withSeries("s", List.of(-3.0, 4.0));
    assertThat(negative.scale()).containsExactly(-4, 4, 2);
    assertThat(negative.y(-4)).isEqualTo(Chart.BOTTOM);
    assertThat(negative.y(4)).isEqualTo(Chart.TOP);
    assertThat(negative.y(0)).isEqualTo((Chart.TOP + Chart.BOTTOM) / 2);
    // Five ticks from -4 to 4; the lowest is the axis, the others grid lines; labels 4 below.
    String axis = negative.svg();
    assertThat(axis)
        .contains("y1=\"236\" x2=\"600\" y2=\"236\" stroke=\"#444444\"")
        .contains("y1=\"36\" x2=\"600\" y2=\"36\" stroke=\"#e3e3e3\"")
        .contains("<text x=\"58\" y=\"240\" text-anchor=\"end\">-4</text>")
        .contains("<text x=\"58\" y=\"40\" text-anchor=\"end\">4</text>");
    assertThat(Pattern.compile("text-anchor=\"end\">").matcher(axis).results()).hasSize(5);
    Chart zeros = Chart.of("t", "x", "y", List.of("a")).withSeries("s", List.of(0.0));
    assertThat(zeros.scale()).containsExactly(0, 1, 1);
    assertThat(zeros.svg()).contains(">0</text>").contains(">1</text>");
  }

  @Test
  void labelsTicksWithTheDecimalsTheirStepHas() {
    assertThat(Chart.tick(0.6000000000000001, 0.2)).isEqualTo("0.6");
    assertThat(Chart.tick(0.003, 0.001)).isEqualTo("0.003");
    assertThat(Chart.tick(40, 20)).isEqualTo("40");
    assertThat(Chart.tick(0, 0.5)).isEqualTo("0");
    assertThat(Chart.value(1.0 / 3)).isEqualTo("0.3333");
    assertThat(Chart.value(2)).isEqualTo("2");
    Chart shares = Chart.of("t", "x", "y", List.of("a", "b")).withSeries("s", List.of(0.0, 0.9));
    assertThat(shares.svg())
        .contains(">0.2</text>")
        .contains(">0.4</text>")
        .contains(">1</text>")
        .doesNotContain(">1.2</text>");
  }

  @Test
  void labelsAtMostEightCategoriesAndShortensLongOnes() {
    List<String> cats = new ArrayList<>();
    for (int i = 0; i < Chart.MAX_POINTS; i++) {
      cats.add("value number " + i);
    }
    Chart chart =
        Chart.of("t", "x", "y", cats).withSeries("s", Collections.nCopies(cats.size(), 1.0));
    String svg = chart.svg();
    // Every 25th category is labelled: 8 labels, shortened to the 10 characters 70 units hold.
    assertThat(Pattern.compile("text-anchor=\"middle\">value num…</text>").matcher(svg).results())
        .hasSize(8);
    assertThat(svg).doesNotContain("number 1</text>");
    assertThat(svg).as("no dots beyond 60 points").doesNotContain("<circle");
    assertThat(Chart.shorten("abcdef", 6)).isEqualTo("abcdef");
    assertThat(Chart.shorten("abcdefg", 6)).isEqualTo("abcde…");
    Chart few = Chart.of("t", "x", "y", List.of("one", "two")).withSeries("s", List.of(1.0, 2.0));
    assertThat(few.svg()).contains(">one</text>").contains(">two</text>");
    assertThat(Pattern.compile("<circle").matcher(few.svg()).results()).hasSize(2);
  }

  @Test
  void centresASingleCategoryAndDrawsItAsADot() {
    Chart one = Chart.of("t", "x", "y", List.of("only")).withSeries("s", List.of(3.0));
    assertThat(one.x(0)).isEqualTo((Chart.LEFT + Chart.RIGHT) / 2);
    assertThat(one.svg()).doesNotContain("<polyline").contains("<circle");
    assertThat(one.categories()).containsExactly("only");
  }

  @Test
  void isTheSameBytesEveryTimeAndEscapesItsText() {
    Chart chart =
        Chart.of("a <b> & \u001b[31m", "x & y", "y", List.of("<1>", "2"))
            .withSeries("s\u0007", List.of(1.0, 2.0));
    assertThat(chart.svg()).isEqualTo(chart.svg());
    assertThat(chart.svg())
        .contains("a &lt;b&gt; &amp; \\u001B[31m")
        .contains("&lt;1&gt;")
        .contains("s\\u0007")
        .doesNotContain("\u001b")
        .doesNotContain("\u0007");
    Pictures.parse(chart.svg());
  }

  @Test
  void refusesWhatItCannotDraw() {
    assertThatThrownBy(() -> Chart.of("t", "x", "y", List.of()))
        .hasMessage("A chart needs at least one category");
    assertThatThrownBy(
            () -> Chart.of("t", "x", "y", Collections.nCopies(Chart.MAX_POINTS + 1, "a")))
        .hasMessage("A chart holds at most 200 categories, not 201; bin them first");
    Chart chart = Chart.of("t", "x", "y", List.of("a", "b"));
    assertThatThrownBy(() -> chart.withSeries("s", List.of(1.0)))
        .hasMessage("Series \"s\" has 1 values for 2 categories");
    assertThatThrownBy(() -> chart.withSeries("s", List.of(1.0, Double.NaN)))
        .hasMessage("Series \"s\" has a value that is not finite: NaN");
    assertThatThrownBy(() -> chart.withSeries("s", List.of(1.0, Double.POSITIVE_INFINITY)))
        .hasMessageContaining("not finite");
    assertThatThrownBy(() -> chart.withSeries("s", "red", List.of(1.0, 1.0)))
        .hasMessage("Invalid colour red; expected #rrggbb in lower case");
    assertThatThrownBy(() -> chart.withRange("r", List.of(2.0, 0.0), List.of(1.0, 1.0)))
        .hasMessage("Range \"r\" at a: low 2.0 exceeds high 1.0");
    assertThat(chart.withRange("r", List.of(1.0, 1.0), List.of(1.0, 1.0)).svg())
        .contains("class=\"range\"");
    assertThatThrownBy(() -> chart.x(2)).hasMessage("Invalid category index 2; expected 0 to 1");
    assertThatThrownBy(() -> chart.x(-1)).hasMessageContaining("Invalid category index -1");
    Chart full = chart;
    for (int i = 0; i < Chart.MAX_SERIES; i++) {
      full = full.withSeries("s" + i, List.of(1.0, 2.0));
    }
    assertThat(full.height()).isEqualTo(Chart.LEGEND_TOP + 9 * Chart.LEGEND_ROW + 8);
    Chart nine = full;
    assertThatThrownBy(() -> nine.withSeries("more", List.of(1.0, 2.0)))
        .hasMessage("A chart shows at most 9 series");
    assertThatThrownBy(() -> nine.withSeries("more", "#000000", List.of(1.0, 2.0)))
        .hasMessage("A chart shows at most 9 series");
  }
}
