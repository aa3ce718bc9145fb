package io.github.lympha.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.Printable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * A line chart as a standalone SVG: ordered categories along the x axis (for example the values of
 * a sweep axis), one line per series, an optional shaded range (e.g. minimum to maximum) behind the
 * first series, an x and a y axis with ticks and labels, a legend, and a {@code <title>} and {@code
 * <desc>} for screen readers. The y axis starts at 0 (or below, for negative values) and ends at a
 * round number. Charts are values: each {@code with…} returns a new chart, and the same chart
 * always gives the same bytes.
 *
 * <pre>{@code
 * String svg = Chart.of("Mean duration", "repetitions", "seconds", List.of("3", "4", "5"))
 *     .withSeries("mean", List.of(60.0, 80.0, 100.0))
 *     .svg();
 * }</pre>
 */
public final class Chart {
  /** The most categories a chart holds; bin longer axes before charting them. */
  public static final int MAX_POINTS = 200;

  /** A chart shows at most this many series (one colour each). */
  public static final int MAX_SERIES = 9;

  /**
   * The series' colours, in order: the Okabe–Ito palette (told apart with the common colour-vision
   * deficiencies) without its yellow, then brown, dark grey and grey.
   */
  public static final ImmutableList<String> PALETTE =
      ImmutableList.of(
          "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#7f5539", "#4d4d4d",
          "#999999");

  /** The colour of the shaded range. */
  public static final String RANGE_COLOUR = "#c6d4e6";

  /** The chart's width in user units. */
  public static final double WIDTH = 640;

  /** Series drawn with a dot on each point when there are at most this many categories. */
  static final int DOTS_UP_TO = 60;

  static final double LEFT = 64;
  static final double RIGHT = WIDTH - 40;
  static final double TOP = 36;
  static final double BOTTOM = 236;
  static final double LEGEND_TOP = 292;
  static final double LEGEND_ROW = 16;
  static final int X_LABELS = 8;

  private record Series(String name, String colour, ImmutableList<Double> values) {}

  private record Range(String name, ImmutableList<Double> low, ImmutableList<Double> high) {}

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final ImmutableList<String> categories;
  private final ImmutableList<Series> series;
  private final Optional<Range> range;
  private final String description;

  /** The y axis, {@link #scale()}, worked out once: every point, dot and tick reads it. */
  private final double[] yScale;

  private Chart(
      String title,
      String xLabel,
      String yLabel,
      ImmutableList<String> categories,
      ImmutableList<Series> series,
      Optional<Range> range,
      String description) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
    this.categories = categories;
    this.series = series;
    this.range = range;
    this.description = description;
    this.yScale = scaleOf(series, range);
  }

  /** An empty chart of these categories, in order along the x axis. */
  public static Chart of(String title, String xLabel, String yLabel, List<String> categories) {
    checkNotNull(title, "title");
    checkNotNull(xLabel, "xLabel");
    checkNotNull(yLabel, "yLabel");
    ImmutableList<String> cats = ImmutableList.copyOf(categories);
    checkArgument(!cats.isEmpty(), "A chart needs at least one category");
    checkArgument(
        cats.size() <= MAX_POINTS,
        "A chart holds at most %s categories, not %s; bin them first",
        MAX_POINTS,
        cats.size());
    return new Chart(title, xLabel, yLabel, cats, ImmutableList.of(), Optional.empty(), "");
  }

  /**
   * This chart with one more series, one finite value per category, in the next colour of the
   * {@link #PALETTE}.
   */
  public Chart withSeries(String name, List<Double> values) {
    checkArgument(
        series.size() < MAX_SERIES, "A chart shows at most %s series", (Object) MAX_SERIES);
    return withSeries(name, PALETTE.get(series.size()), values);
  }

  /** This chart with one more series in a colour of its own ({@code #rrggbb}). */
  public Chart withSeries(String name, String colour, List<Double> values) {
    checkNotNull(name, "name");
    checkArgument(
        colour.matches("#[0-9a-f]{6}"),
        "Invalid colour %s; expected #rrggbb in lower case",
        colour);
    checkArgument(
        series.size() < MAX_SERIES, "A chart shows at most %s series", (Object) MAX_SERIES);
    ImmutableList<Double> v = checkValues(name, values);
    return new Chart(
        title,
        xLabel,
        yLabel,
        categories,
        ImmutableList.<Series>builder().addAll(series).add(new Series(name, colour, v)).build(),
        range,
        description);
  }

  /** This chart with a shaded range from {@code low} to {@code high} at each category. */
  public Chart withRange(String name, List<Double> low, List<Double> high) {
    checkNotNull(name, "name");
    ImmutableList<Double> lo = checkValues(name, low);
    ImmutableList<Double> hi = checkValues(name, high);
    for (int i = 0; i < lo.size(); i++) {
      checkArgument(
          lo.get(i) <= hi.get(i),
          "Range \"%s\" at %s: low %s exceeds high %s",
          name,
          categories.get(i),
          lo.get(i),
          hi.get(i));
    }
    return new Chart(
        title,
        xLabel,
        yLabel,
        categories,
        series,
        Optional.of(new Range(name, lo, hi)),
        description);
  }

  /** This chart with a longer description for its {@code <desc>} (the title is the default). */
  public Chart withDescription(String text) {
    checkNotNull(text, "text");
    return new Chart(title, xLabel, yLabel, categories, series, range, text);
  }

  private ImmutableList<Double> checkValues(String name, List<Double> values) {
    ImmutableList<Double> v = ImmutableList.copyOf(values);
    checkArgument(
        v.size() == categories.size(),
        "Series \"%s\" has %s values for %s categories",
        name,
        v.size(),
        categories.size());
    for (double d : v) {
      checkArgument(
          Double.isFinite(d), "Series \"%s\" has a value that is not finite: %s", name, d);
    }
    return v;
  }

  /** The categories, in order. */
  public ImmutableList<String> categories() {
    return categories;
  }

  /** The chart's height in user units: it grows with the legend. */
  public double height() {
    return LEGEND_TOP + legendRows() * LEGEND_ROW + 8;
  }

  /** The x coordinate of the category at {@code index}. */
  public double x(int index) {
    checkArgument(
        index >= 0 && index < categories.size(),
        "Invalid category index %s; expected 0 to %s",
        index,
        categories.size() - 1);
    if (categories.size() == 1) {
      return (LEFT + RIGHT) / 2;
    }
    return LEFT + (RIGHT - LEFT) * index / (categories.size() - 1);
  }

  /** The y coordinate of a value. */
  public double y(double value) {
    return BOTTOM - (BOTTOM - TOP) * (value - yScale[0]) / (yScale[1] - yScale[0]);
  }

  /** The y axis: its lowest value, its highest and the step between ticks. */
  double[] scale() {
    return yScale.clone();
  }

  private static double[] scaleOf(ImmutableList<Series> series, Optional<Range> range) {
    double min = 0;
    double max = 0;
    for (Series s : series) {
      for (double v : s.values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    if (range.isPresent()) {
      for (double v : range.get().low) {
        min = Math.min(min, v);
      }
      for (double v : range.get().high) {
        max = Math.max(max, v);
      }
    }
    double step = niceStep((max - min) / 5);
    double low = Math.floor(min / step) * step;
    double high = Math.ceil(max / step) * step;
    if (high <= low) {
      high = low + step;
    }
    return new double[] {low, high, step};
  }

  /** The smallest of 1, 2 or 5 × a power of ten that is at least {@code raw} (1 for none). */
  static double niceStep(double raw) {
    if (!(raw > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * power >= raw * (1 - 1e-9)) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private int legendRows() {
    return series.size() + (range.isPresent() ? 1 : 0);
  }

  /** The chart as a standalone SVG document (UTF-8, no XML declaration). */
  public String svg() {
    double height = height();
    SvgWriter svg = SvgWriter.create();
    svg.open(
        "svg",
        "xmlns",
        SvgWriter.SVG_NS,
        "version",
        "1.1",
        "width",
        SvgWriter.number(WIDTH),
        "height",
        SvgWriter.number(height),
        "viewBox",
        "0 0 " + SvgWriter.number(WIDTH) + " " + SvgWriter.number(height),
        "font-family",
        "DejaVu Sans, Arial, Helvetica, sans-serif",
        "font-size",
        "11");
    svg.element("title", text(title));
    svg.element("desc", text(describe()));
    svg.empty(
        "rect",
        "x",
        "0",
        "y",
        "0",
        "width",
        SvgWriter.number(WIDTH),
        "height",
        SvgWriter.number(height),
        "fill",
        "#ffffff");
    svg.element(
        "text",
        text(title),
        "x",
        SvgWriter.number(LEFT),
        "y",
        "20",
        "font-size",
        "13",
        "font-weight",
        "bold",
        "fill",
        "#222222");
    yAxis(svg);
    xAxis(svg);
    range.ifPresent(r -> band(svg, r));
    for (int s = 0; s < series.size(); s++) {
      line(svg, series.get(s));
    }
    legend(svg);
    svg.close();
    return svg.toString();
  }

  private String describe() {
    StringBuilder b = new StringBuilder(description.isEmpty() ? title : description);
    b.append(". x: ").append(xLabel).append(", ").append(categories.size());
    b.append(categories.size() == 1 ? " value" : " values").append(" from ");
    b.append(categories.get(0)).append(" to ").append(categories.get(categories.size() - 1));
    b.append("; y: ").append(yLabel).append('.');
    return b.toString();
  }

  private void yAxis(SvgWriter svg) {
    double[] scale = yScale;
    svg.open("g", "class", "y-axis", "fill", "#444444");
    int ticks = (int) Math.round((scale[1] - scale[0]) / scale[2]);
    for (int t = 0; t <= ticks; t++) {
      double value = scale[0] + t * scale[2];
      String y = SvgWriter.number(y(value));
      svg.empty(
          "line",
          "x1",
          SvgWriter.number(LEFT),
          "y1",
          y,
          "x2",
          SvgWriter.number(RIGHT),
          "y2",
          y,
          "stroke",
          t == 0 ? "#444444" : "#e3e3e3",
          "stroke-width",
          "1");
      svg.element(
          "text",
          tick(value, scale[2]),
          "x",
          SvgWriter.number(LEFT - 6),
          "y",
          SvgWriter.number(y(value) + 4),
          "text-anchor",
          "end");
    }
    double middle = (TOP + BOTTOM) / 2;
    svg.element(
        "text",
        text(yLabel),
        "x",
        "14",
        "y",
        SvgWriter.number(middle),
        "text-anchor",
        "middle",
        "transform",
        "rotate(-90 14 " + SvgWriter.number(middle) + ")");
    svg.close();
  }

  private void xAxis(SvgWriter svg) {
    svg.open("g", "class", "x-axis", "fill", "#444444");
    svg.empty(
        "line",
        "x1",
        SvgWriter.number(LEFT),
        "y1",
        SvgWriter.number(TOP),
        "x2",
        SvgWriter.number(LEFT),
        "y2",
        SvgWriter.number(BOTTOM),
        "stroke",
        "#444444",
        "stroke-width",
        "1");
    int n = categories.size();
    int every = (n + X_LABELS - 1) / X_LABELS;
    int shown = (n + every - 1) / every;
    int maxChars = Math.max(4, (int) ((RIGHT - LEFT) / shown / 6.5));
    for (int i = 0; i < n; i += every) {
      String x = SvgWriter.number(x(i));
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          SvgWriter.number(BOTTOM),
          "x2",
          x,
          "y2",
          SvgWriter.number(BOTTOM + 5),
          "stroke",
          "#444444",
          "stroke-width",
          "1");
      svg.element(
          "text",
          shorten(text(categories.get(i)), maxChars),
          "x",
          x,
          "y",
          SvgWriter.number(BOTTOM + 18),
          "text-anchor",
          "middle");
    }
    svg.element(
        "text",
        text(xLabel),
        "x",
        SvgWriter.number((LEFT + RIGHT) / 2),
        "y",
        SvgWriter.number(BOTTOM + 40),
        "text-anchor",
        "middle");
    svg.close();
  }

  private void band(SvgWriter svg, Range r) {
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < categories.size(); i++) {
      point(points, i, r.high.get(i));
    }
    for (int i = categories.size() - 1; i >= 0; i--) {
      point(points, i, r.low.get(i));
    }
    svg.empty(
        "polygon",
        "class",
        "range",
        "points",
        points.toString(),
        "fill",
        RANGE_COLOUR,
        "stroke",
        RANGE_COLOUR,
        "stroke-width",
        "1");
  }

  private void line(SvgWriter svg, Series s) {
    svg.open("g", "class", "series", "fill", s.colour, "stroke", s.colour);
    svg.element("title", text(s.name));
    if (categories.size() > 1) {
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < categories.size(); i++) {
        point(points, i, s.values.get(i));
      }
      svg.empty(
          "polyline",
          "points",
          points.toString(),
          "fill",
          "none",
          "stroke-width",
          "2",
          "stroke-linejoin",
          "round");
    }
    if (categories.size() <= DOTS_UP_TO) {
      for (int i = 0; i < categories.size(); i++) {
        svg.open(
            "circle",
            "cx",
            SvgWriter.number(x(i)),
            "cy",
            SvgWriter.number(y(s.values.get(i))),
            "r",
            "3");
        svg.element(
            "title", text(s.name + " at " + categories.get(i) + ": " + value(s.values.get(i))));
        svg.close();
      }
    }
    svg.close();
  }

  private void point(StringBuilder points, int i, double value) {
    if (points.length() > 0) {
      points.append(' ');
    }
    points.append(SvgWriter.number(x(i))).append(',').append(SvgWriter.number(y(value)));
  }

  private void legend(SvgWriter svg) {
    svg.open("g", "class", "legend", "fill", "#222222");
    int row = 0;
    if (range.isPresent()) {
      legendRow(svg, row++, RANGE_COLOUR, range.get().name);
    }
    for (int s = 0; s < series.size(); s++) {
      legendRow(svg, row++, series.get(s).colour, series.get(s).name);
    }
    svg.close();
  }

  private static void legendRow(SvgWriter svg, int row, String colour, String name) {
    double y = LEGEND_TOP + row * LEGEND_ROW;
    svg.empty(
        "rect",
        "x",
        SvgWriter.number(LEFT),
        "y",
        SvgWriter.number(y),
        "width",
        "18",
        "height",
        "10",
        "fill",
        colour);
    svg.element("text", text(name), "x", SvgWriter.number(LEFT + 26), "y", SvgWriter.number(y + 9));
  }

  /** A tick label: the multiple of the step nearest the value, as many decimals as the step has. */
  static String tick(double value, double step) {
    return BigDecimal.valueOf(Math.round(value / step))
        .multiply(BigDecimal.valueOf(step))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** A value for a tooltip: at most four decimals, no exponent. */
  static String value(double v) {
    return BigDecimal.valueOf(v)
        .setScale(4, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /** At most {@code max} characters, the last an ellipsis when cut. */
  static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Text from a file made printable (control characters escaped) for a chart. */
  private static String text(String s) {
    return Printable.escape(s);
  }

  @Override
  public String toString() {
    return "Chart{" + title + ", " + categories.size() + " categories, " + series.size() + "}";
  }
}
