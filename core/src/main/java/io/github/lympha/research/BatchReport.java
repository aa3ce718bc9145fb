package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.render.BodyMap;
import io.github.lympha.render.Chart;
import io.github.lympha.render.Instructions;
import io.github.lympha.render.SvgWriter;
import io.github.lympha.style.Printable;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * A self-contained HTML report of a variant batch: for each axis of the family, how the verdicts,
 * each {@link Measure} and the findings of the most frequent rules change along it (SVG line
 * charts), the best and worst rows with their body maps, and what each CSV column holds.
 *
 * <p>A {@link Collector} gathers the report while {@link BatchEvaluation#run(Family,
 * java.io.Writer, BatchEvaluation.Progress, BatchEvaluation.Listener)} streams the family, in
 * memory bounded by the axes, never by the number of variants: an axis of more than {@value
 * #MAX_POINTS} values is charted at {@value #MAX_POINTS} points, each the rows of a run of
 * consecutive values (a bin), and the best and worst rows are kept in heaps of {@code k}.
 *
 * <p><b>Best and worst.</b> Rows are ranked by fewer errors, then fewer warnings, then fewer infos,
 * then a prepared route before an unprepared one, then a larger share of strokes on the affected
 * regions. The best are the first {@code k} in that order, the worst the last {@code k} (listed
 * worst first); equal rows are listed by variant index, then patient, lowest first, so the same
 * batch always gives the same rows. A batch of fewer than {@code 2k} rows lists some rows in both.
 *
 * <pre>{@code
 * BatchEvaluation batch = BatchEvaluation.of(Validator.standard(), patients);
 * BatchReport.Collector collector = BatchReport.collector(batch, family);
 * batch.run(family, csvWriter, (done, total) -> {}, collector);
 * String html = collector.report().html();
 * }</pre>
 */
public final class BatchReport {
  /** The most points a chart has along one axis; longer axes are binned. */
  public static final int MAX_POINTS = Chart.MAX_POINTS;

  /** How many best and worst rows a report lists unless told otherwise. */
  public static final int DEFAULT_EXTREMES = 3;

  /** The rules charted one by one: the most frequent in the batch; the rest are summed. */
  public static final int MAX_RULE_SERIES = Chart.MAX_SERIES - 1;

  /** A measure of a row, named by its CSV column, charted as its mean along each axis. */
  public enum Measure {
    /** The number of steps. */
    STEPS("steps", "steps", (m, r) -> m.steps()),
    /** The number of strokes. */
    STROKES("strokes", "strokes", (m, r) -> m.totalStrokes()),
    /** The estimated duration in seconds. */
    DURATION_S(
        "duration_s", "seconds", (m, r) -> m.estimatedDuration().toNanos() / 1_000_000_000.0),
    /** The number of steps crossing a watershed. */
    WATERSHED_CROSSINGS("watershed_crossings", "steps", (m, r) -> m.watershedCrossings()),
    /** 1 when the route is prepared, 0 otherwise: its mean is the share of prepared rows. */
    ROUTE_PREPARED("route_prepared", "share of rows", (m, r) -> m.routePrepared() ? 1 : 0),
    /** The share of strokes on the affected regions. */
    AFFECTED_SHARE("affected_share", "share of strokes", (m, r) -> m.affectedShare()),
    /** The number of errors. */
    ERRORS("errors", "findings", (m, r) -> r.count(Severity.ERROR)),
    /** The number of warnings. */
    WARNINGS("warnings", "findings", (m, r) -> r.count(Severity.WARNING)),
    /** The number of infos. */
    INFOS("infos", "findings", (m, r) -> r.count(Severity.INFO));

    private interface Reading {
      double of(Metrics metrics, ValidationReport report);
    }

    private final String column;
    private final String unit;
    private final Reading reading;

    Measure(String column, String unit, Reading reading) {
      this.column = column;
      this.unit = unit;
      this.reading = reading;
    }

    /** The CSV column this measure is read from. */
    public String column() {
      return column;
    }

    /** What the measure counts, for a chart's y axis. */
    public String unit() {
      return unit;
    }

    /** The measure of one row. */
    public double of(Metrics metrics, ValidationReport report) {
      return reading.of(metrics, report);
    }
  }

  private static final String STYLE =
      """
      body{font-family:DejaVu Sans,Arial,Helvetica,sans-serif;color:#222;max-width:70rem;\
      margin:1.5rem auto;padding:0 1rem;line-height:1.4}
      h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.2rem;margin:1.5rem 0 .3rem}
      h3{font-size:1rem;margin:.8rem 0 .2rem}
      .disclaimer{border-left:4px solid #c62828;padding:.3rem .6rem;background:#fdf3f3}
      .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(26rem,1fr));gap:.5rem}
      figure.chart{margin:0}
      figure.chart svg{width:100%;height:auto;display:block}
      figcaption{font-size:.85rem;color:#444}
      table{border-collapse:collapse;margin:.3rem 0}
      th,td{border:1px solid #ccc;padding:.15rem .4rem;text-align:left;vertical-align:top}
      th{background:#f2f2f2}td.n{text-align:right}
      article.variant{border-top:1px solid #ddd;margin-top:.6rem}
      .tables{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
      img.map{max-width:100%;height:auto;display:block;margin:.4rem 0}
      code{font-family:DejaVu Sans Mono,monospace;font-size:.9em}
      @media print{figure.chart,article.variant{break-inside:avoid}}
      """;

  /** Rows ranked by their quality alone, best first (see the class description). */
  private static final Comparator<RankedVariant> QUALITY =
      Comparator.<RankedVariant>comparingInt(r -> r.report().count(Severity.ERROR))
          .thenComparingInt(r -> r.report().count(Severity.WARNING))
          .thenComparingInt(r -> r.report().count(Severity.INFO))
          .thenComparing(r -> !r.metrics().routePrepared())
          .thenComparing(r -> -r.metrics().affectedShare());

  /** Rows of equal quality: by variant index, then patient, lowest first. */
  private static final Comparator<RankedVariant> TIES =
      Comparator.<RankedVariant>comparingLong(r -> r.variant().index())
          .thenComparingInt(RankedVariant::patient);

  /** Rows ranked best first (see the class description). */
  static final Comparator<RankedVariant> BEST_FIRST = QUALITY.thenComparing(TIES);

  /** Rows ranked worst first; equal rows still by variant index and patient, lowest first. */
  static final Comparator<RankedVariant> WORST_FIRST = QUALITY.reversed().thenComparing(TIES);

  private final String title;
  private final String family;
  private final ImmutableList<Axis> axes;
  private final ImmutableList<ImmutableList<String>> labels;
  private final ImmutableList<ImmutableList<AxisPoint>> points;
  private final ImmutableList<String> patients;
  private final ImmutableList<PatientContext> contexts;
  private final long rows;
  private final ImmutableMap<String, Long> verdicts;
  private final ImmutableMap<String, Long> findings;
  private final ImmutableList<RankedVariant> best;
  private final ImmutableList<RankedVariant> worst;
  private final ImmutableMap<String, String> columns;

  private BatchReport(Collector c) {
    this.title =
        c.baseId.isEmpty() ? "Variant batch" : "Variant batch of " + Printable.escape(c.baseId);
    this.family = c.family.describe();
    this.axes = c.axes;
    this.labels = c.labels;
    ImmutableList.Builder<ImmutableList<AxisPoint>> all = ImmutableList.builder();
    for (int a = 0; a < c.axes.size(); a++) {
      all.add(c.bins.get(a).points(c.labels.get(a), c.batch.ruleIds()));
    }
    this.points = all.build();
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (int i = 0; i < c.batch.patients().size(); i++) {
      names.add(BatchEvaluation.patientName(c.batch.patients().get(i), i));
    }
    this.patients = names.build();
    this.contexts = c.batch.patients();
    this.rows = c.total.rows;
    this.verdicts = c.total.verdictMap();
    this.findings = c.total.findingMap(c.batch.ruleIds());
    this.best = sorted(c.best, BEST_FIRST);
    this.worst = sorted(c.worst, WORST_FIRST);
    this.columns = c.batch.columnDescriptions();
  }

  private static ImmutableList<RankedVariant> sorted(
      PriorityQueue<RankedVariant> heap, Comparator<RankedVariant> order) {
    List<RankedVariant> list = new ArrayList<>(heap);
    list.sort(order);
    return ImmutableList.copyOf(list);
  }

  /**
   * A collector for a batch of this family, keeping the {@value #DEFAULT_EXTREMES} best and worst.
   */
  public static Collector collector(BatchEvaluation batch, Family family) {
    return collector(batch, family, DEFAULT_EXTREMES);
  }

  /** A collector for a batch of this family, keeping the {@code k} best and worst rows. */
  public static Collector collector(BatchEvaluation batch, Family family, int k) {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(family, "family");
    checkArgument(k >= 1, "Invalid number of best and worst rows: %s; expected 1 or more", k);
    return new Collector(batch, family, k);
  }

  /**
   * Gathers a {@link BatchReport} from the rows of a running batch: hand it to {@link
   * BatchEvaluation#run(Family, java.io.Writer, BatchEvaluation.Progress,
   * BatchEvaluation.Listener)}, then take its {@link #report()}. Not thread-safe; its memory is
   * bounded by the axes' points and {@code k}, whatever the number of rows.
   */
  public static final class Collector implements BatchEvaluation.Listener {
    private final BatchEvaluation batch;
    private final Family family;
    private final ImmutableList<Axis> axes;
    private final ImmutableList<ImmutableList<String>> labels;
    private final List<Bins> bins = new ArrayList<>();
    private final Accumulator total;
    private final int k;
    private final PriorityQueue<RankedVariant> best;
    private final PriorityQueue<RankedVariant> worst;
    private String baseId = "";

    private Collector(BatchEvaluation batch, Family family, int k) {
      this.batch = batch;
      this.family = family;
      this.axes = family.axes();
      this.k = k;
      int rules = batch.ruleIds().size();
      this.total = new Accumulator(rules);
      ImmutableList.Builder<ImmutableList<String>> names = ImmutableList.builder();
      for (Axis a : axes) {
        bins.add(new Bins(a.size(), rules));
        names.add(labels(a));
      }
      this.labels = names.build();
      // Each heap's head is the row to drop first: the worst of the best, the best of the worst.
      this.best = new PriorityQueue<>(k + 1, BEST_FIRST.reversed());
      this.worst = new PriorityQueue<>(k + 1, WORST_FIRST.reversed());
    }

    @Override
    public void evaluated(Variant variant, int patient, Metrics metrics, ValidationReport report) {
      checkArgument(
          patient >= 0 && patient < batch.patients().size(),
          "Invalid patient %s; the batch has %s",
          patient,
          batch.patients().size());
      if (baseId.isEmpty()) {
        baseId = variant.baseId();
      }
      ImmutableList<Integer> at = family.positions(variant.index());
      double[] measures = new double[Measure.values().length];
      for (Measure m : Measure.values()) {
        measures[m.ordinal()] = m.of(metrics, report);
      }
      long[] counts = counts(report);
      int verdict = verdictIndex(report);
      total.add(measures, verdict, counts);
      for (int a = 0; a < at.size(); a++) {
        bins.get(a).add(at.get(a), measures, verdict, counts);
      }
      RankedVariant row =
          ImmutableRankedVariant.builder()
              .variant(variant)
              .patient(patient)
              .patientLabel(BatchEvaluation.patientName(batch.patients().get(patient), patient))
              .metrics(metrics)
              .report(report)
              .addAllParameters(parameters(at))
              .build();
      keep(best, row, BEST_FIRST);
      keep(worst, row, WORST_FIRST);
    }

    private ImmutableList<String> parameters(ImmutableList<Integer> at) {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      for (int a = 0; a < at.size(); a++) {
        b.add(axes.get(a).edits().get(at.get(a)).description());
      }
      return b.build();
    }

    private void keep(
        PriorityQueue<RankedVariant> heap, RankedVariant row, Comparator<RankedVariant> order) {
      if (heap.size() < k) {
        heap.add(row);
      } else if (order.compare(row, Objects.requireNonNull(heap.peek())) < 0) {
        heap.poll();
        heap.add(row);
      }
    }

    private long[] counts(ValidationReport report) {
      ImmutableList<String> ids = batch.ruleIds();
      long[] counts = new long[ids.size() + 1];
      for (Map.Entry<String, Integer> e : report.countsByRule().entrySet()) {
        int i = ids.indexOf(e.getKey());
        counts[i < 0 ? ids.size() : i] += e.getValue();
      }
      return counts;
    }

    /** The report of the rows seen so far. */
    public BatchReport report() {
      return new BatchReport(this);
    }

    @Override
    public String toString() {
      return "BatchReport.Collector{" + total.rows + " rows}";
    }
  }

  private static final ImmutableList<String> VERDICTS =
      ImmutableList.of(BatchEvaluation.VALID, BatchEvaluation.WARNINGS, BatchEvaluation.INVALID);

  /** The verdicts' colours: green, orange and vermilion of the chart palette. */
  private static final ImmutableList<String> VERDICT_COLOURS =
      ImmutableList.of(Chart.PALETTE.get(2), Chart.PALETTE.get(4), Chart.PALETTE.get(1));

  private static int verdictIndex(ValidationReport report) {
    return VERDICTS.indexOf(BatchEvaluation.verdict(report));
  }

  /** Sums, minima and maxima of the measures, verdict and finding counts of some rows. */
  private static final class Accumulator {
    long rows;
    final double[] sum = new double[Measure.values().length];
    final double[] min = new double[Measure.values().length];
    final double[] max = new double[Measure.values().length];
    final long[] verdicts = new long[VERDICTS.size()];
    final long[] findings;

    Accumulator(int rules) {
      findings = new long[rules + 1];
      Arrays.fill(min, Double.POSITIVE_INFINITY);
      Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    void add(double[] measures, int verdict, long[] counts) {
      rows++;
      for (int i = 0; i < measures.length; i++) {
        sum[i] += measures[i];
        min[i] = Math.min(min[i], measures[i]);
        max[i] = Math.max(max[i], measures[i]);
      }
      verdicts[verdict]++;
      for (int i = 0; i < counts.length; i++) {
        findings[i] += counts[i];
      }
    }

    ImmutableMap<String, Long> verdictMap() {
      ImmutableMap.Builder<String, Long> b = ImmutableMap.builder();
      for (int i = 0; i < VERDICTS.size(); i++) {
        b.put(VERDICTS.get(i), verdicts[i]);
      }
      return b.build();
    }

    ImmutableMap<String, Long> findingMap(List<String> ruleIds) {
      ImmutableMap.Builder<String, Long> b = ImmutableMap.builder();
      for (int i = 0; i < ruleIds.size(); i++) {
        b.put(ruleIds.get(i), findings[i]);
      }
      return b.put(BatchEvaluation.OTHER_RULES, findings[ruleIds.size()]).build();
    }

    AxisPoint point(int first, int last, String label, List<String> ruleIds) {
      Map<Measure, Double> means = new EnumMap<>(Measure.class);
      Map<Measure, Double> minima = new EnumMap<>(Measure.class);
      Map<Measure, Double> maxima = new EnumMap<>(Measure.class);
      for (Measure m : Measure.values()) {
        means.put(m, sum[m.ordinal()] / rows);
        minima.put(m, min[m.ordinal()]);
        maxima.put(m, max[m.ordinal()]);
      }
      return ImmutableAxisPoint.builder()
          .first(first)
          .last(last)
          .label(label)
          .rows(rows)
          .putAllMeans(means)
          .putAllMinima(minima)
          .putAllMaxima(maxima)
          .putAllVerdicts(verdictMap())
          .putAllFindings(findingMap(ruleIds))
          .build();
    }
  }

  /** The points of one axis: one accumulator per value, or per bin of consecutive values. */
  private static final class Bins {
    final int size;
    final int count;
    final Accumulator[] bins;
    final int rules;

    Bins(int size, int rules) {
      this.size = size;
      this.count = Math.min(size, MAX_POINTS);
      this.bins = new Accumulator[count];
      this.rules = rules;
    }

    /** The bin of an axis position: consecutive positions, as evenly as they divide. */
    int bin(int position) {
      return (int) ((long) position * count / size);
    }

    /** The first position of a bin. */
    int first(int bin) {
      return (int) (((long) bin * size + count - 1) / count);
    }

    void add(int position, double[] measures, int verdict, long[] counts) {
      int b = bin(position);
      if (bins[b] == null) {
        bins[b] = new Accumulator(rules);
      }
      bins[b].add(measures, verdict, counts);
    }

    ImmutableList<AxisPoint> points(List<String> labels, List<String> ruleIds) {
      ImmutableList.Builder<AxisPoint> points = ImmutableList.builder();
      for (int b = 0; b < count; b++) {
        Accumulator acc = bins[b];
        if (acc == null) {
          continue;
        }
        int first = first(b);
        int last = first(b + 1) - 1;
        String label =
            first == last ? labels.get(first) : labels.get(first) + " … " + labels.get(last);
        points.add(acc.point(first, last, label, ruleIds));
      }
      return points.build();
    }
  }

  /**
   * Short labels of an axis's edits: their descriptions without the words all of them begin and end
   * with ({@code "repetitions 3 (all steps)"} … becomes {@code "3"} …), or the descriptions
   * themselves when that would leave one empty.
   */
  static ImmutableList<String> labels(Axis axis) {
    List<String> all = axis.edits().stream().map(Edit::description).toList();
    if (all.size() < 2) {
      return ImmutableList.copyOf(all);
    }
    String first = all.get(0);
    int prefix = first.length();
    int suffix = first.length();
    for (String s : all) {
      prefix = Math.min(prefix, commonPrefix(first, s));
      suffix = Math.min(suffix, commonSuffix(first, s));
    }
    // Cut at word boundaries only: "pressure 10" and "pressure 15" share "pressure 1", not a word.
    prefix = first.lastIndexOf(' ', prefix - 1) + 1;
    int end = first.indexOf(' ', first.length() - suffix);
    suffix = end < 0 ? 0 : first.length() - end;
    ImmutableList.Builder<String> labels = ImmutableList.builder();
    for (String s : all) {
      if (prefix + suffix >= s.length()) {
        return ImmutableList.copyOf(all);
      }
      labels.add(s.substring(prefix, s.length() - suffix));
    }
    return labels.build();
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int commonSuffix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(a.length() - 1 - i) == b.charAt(b.length() - 1 - i)) {
      i++;
    }
    return i;
  }

  // ------------------------------------------------------------------ the report's content

  /** The family's axes, in order; empty for a concatenation of families. */
  public ImmutableList<Axis> axes() {
    return axes;
  }

  /** The charted points of an axis, in axis order; values no row fell on have none. */
  public ImmutableList<AxisPoint> points(int axis) {
    checkAxis(axis);
    return points.get(axis);
  }

  /** The rows evaluated (variants × patients). */
  public long rows() {
    return rows;
  }

  /** Rows per verdict ({@code VALID}, {@code WARNINGS}, {@code INVALID}). */
  public ImmutableMap<String, Long> verdicts() {
    return verdicts;
  }

  /** Findings per rule id over all rows: every rule column, sorted, then {@code other_rules}. */
  public ImmutableMap<String, Long> findings() {
    return findings;
  }

  /** The best rows, best first (see the class description). */
  public ImmutableList<RankedVariant> best() {
    return best;
  }

  /** The worst rows, worst first. */
  public ImmutableList<RankedVariant> worst() {
    return worst;
  }

  /**
   * The rules the finding charts show one by one: those with findings, the most frequent first
   * (ties by id), at most {@value #MAX_RULE_SERIES}.
   */
  public ImmutableList<String> chartedRules() {
    return findings.entrySet().stream()
        .filter(e -> e.getValue() > 0 && !e.getKey().equals(BatchEvaluation.OTHER_RULES))
        .sorted(
            Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(MAX_RULE_SERIES)
        .map(Map.Entry::getKey)
        .collect(ImmutableList.toImmutableList());
  }

  /** The chart of a measure's mean (with its minimum-to-maximum range) along an axis. */
  public Chart chart(int axis, Measure measure) {
    Objects.requireNonNull(measure, "measure");
    List<AxisPoint> at = nonEmpty(axis);
    Chart chart =
        Chart.of(
            "Mean " + measure.column() + " by " + axisName(axis),
            axisName(axis),
            measure.unit(),
            labelsOf(axis, at));
    if (measure != Measure.ROUTE_PREPARED) {
      chart =
          chart.withRange(
              "minimum to maximum",
              values(at, p -> p.minimum(measure)),
              values(at, p -> p.maximum(measure)));
    }
    return chart
        .withSeries(
            measure == Measure.ROUTE_PREPARED ? "share of rows with the route prepared" : "mean",
            values(at, p -> p.mean(measure)))
        .withDescription(
            "The mean of the CSV column "
                + measure.column()
                + " over the rows at each value of the axis "
                + axisName(axis));
  }

  /** The chart of the share of rows per verdict along an axis. */
  public Chart verdictChart(int axis) {
    List<AxisPoint> at = nonEmpty(axis);
    Chart chart =
        Chart.of(
            "Verdicts by " + axisName(axis), axisName(axis), "share of rows", labelsOf(axis, at));
    for (int i = 0; i < VERDICTS.size(); i++) {
      String v = VERDICTS.get(i);
      chart = chart.withSeries(v, VERDICT_COLOURS.get(i), values(at, p -> p.share(v)));
    }
    return chart.withDescription(
        "The share of rows with each verdict at each value of the axis " + axisName(axis));
  }

  /**
   * The chart of the mean findings per row of each {@link #chartedRules() charted rule} along an
   * axis, and of all other rules together.
   */
  public Chart ruleChart(int axis) {
    List<AxisPoint> at = nonEmpty(axis);
    Chart chart =
        Chart.of(
            "Findings per rule by " + axisName(axis),
            axisName(axis),
            "findings per row",
            labelsOf(axis, at));
    ImmutableList<String> shown = chartedRules();
    for (String id : shown) {
      chart = chart.withSeries(id, values(at, p -> p.meanFindings(id)));
    }
    long shownTotal =
        shown.stream().mapToLong(id -> Objects.requireNonNull(findings.get(id))).sum();
    long all = findings.values().stream().mapToLong(Long::longValue).sum();
    if (shown.isEmpty() || all > shownTotal) {
      String name = shown.isEmpty() ? "all rules" : "other rules";
      chart =
          chart.withSeries(
              name,
              values(
                  at,
                  p ->
                      (double)
                              (p.findings().values().stream().mapToLong(Long::longValue).sum()
                                  - shown.stream()
                                      .mapToLong(id -> Objects.requireNonNull(p.findings().get(id)))
                                      .sum())
                          / p.rows()));
    }
    return chart.withDescription(
        "The mean number of findings per row of each rule at each value of the axis "
            + axisName(axis));
  }

  private List<AxisPoint> nonEmpty(int axis) {
    checkAxis(axis);
    List<AxisPoint> at = points.get(axis);
    checkArgument(!at.isEmpty(), "No row fell on axis %s (%s)", axis, axisName(axis));
    return at;
  }

  private void checkAxis(int axis) {
    checkArgument(
        axis >= 0 && axis < axes.size(),
        "Invalid axis %s; the family has %s axes",
        axis,
        axes.size());
  }

  private String axisName(int axis) {
    return Printable.escape(axes.get(axis).name());
  }

  /** The chart's categories: each point's label, a bin's the label of its first value. */
  private List<String> labelsOf(int axis, List<AxisPoint> at) {
    ImmutableList<String> names = labels.get(axis);
    return at.stream().map(p -> Printable.escape(names.get(p.first()))).toList();
  }

  private static List<Double> values(List<AxisPoint> at, Function<AxisPoint, Double> f) {
    return at.stream().map(f).toList();
  }

  // ------------------------------------------------------------------ HTML

  /**
   * The report as one self-contained HTML5 page (well-formed XML too): no script, nothing loaded
   * from elsewhere, the same bytes for the same batch. Each chart is a {@code <figure class="chart"
   * id="chart-axisN-NAME">} (N from 1; NAME {@code verdict}, {@code rules} or a measure's column)
   * holding an inline SVG.
   */
  public String html() {
    SvgWriter html =
        SvgWriter.htmlPage(title, STYLE, "lang", "en", "xmlns", "http://www.w3.org/1999/xhtml");
    header(html);
    html.open("main");
    for (int a = 0; a < axes.size(); a++) {
      axis(html, a);
    }
    extremes(html, "best", "Best rows", best);
    extremes(html, "worst", "Worst rows", worst);
    columns(html);
    html.close();
    html.close();
    html.close();
    return html.toString();
  }

  private void header(SvgWriter html) {
    html.open("header");
    html.element("h1", title);
    html.element("p", Instructions.DISCLAIMER, "class", "disclaimer", "id", "disclaimer");
    html.open("table", "id", "batch");
    row(html, "family", Printable.escape(family));
    row(html, "patients", Printable.escape(String.join("; ", patients)));
    row(html, "rows", number(rows) + " (variants × patients)");
    row(
        html,
        "verdicts",
        VERDICTS.stream()
            .map(v -> v + " " + number(Objects.requireNonNull(verdicts.get(v))))
            .reduce((x, y) -> x + ", " + y)
            .orElse(""));
    html.close();
    if (axes.isEmpty()) {
      html.element(
          "p",
          "This family is a concatenation of families, which have no common axes: no charts.",
          "class",
          "note");
    }
    html.close();
  }

  private static void row(SvgWriter html, String name, String value) {
    html.open("tr");
    html.element("th", name);
    html.element("td", value);
    html.close();
  }

  private void axis(SvgWriter html, int a) {
    int n = a + 1;
    Axis axis = axes.get(a);
    html.open("section", "class", "axis", "id", "axis" + n);
    html.element(
        "h2",
        "Axis "
            + n
            + ": "
            + axisName(a)
            + " ("
            + number(axis.size())
            + (axis.size() == 1 ? " value)" : " values)"));
    List<AxisPoint> at = points.get(a);
    if (at.isEmpty()) {
      html.element("p", "No row fell on this axis.", "class", "note");
      html.close();
      return;
    }
    if (axis.size() > MAX_POINTS) {
      html.element(
          "p",
          "Charted at "
              + MAX_POINTS
              + " points: each point holds the rows of a run of about "
              + number(Math.round((double) axis.size() / MAX_POINTS))
              + " consecutive values, labelled with the first.",
          "class",
          "note");
    }
    html.open("div", "class", "charts");
    figure(html, "chart-axis" + n + "-verdict", verdictChart(a));
    figure(html, "chart-axis" + n + "-rules", ruleChart(a));
    for (Measure m : Measure.values()) {
      figure(html, "chart-axis" + n + "-" + m.column(), chart(a, m));
    }
    html.close();
    html.close();
  }

  private static void figure(SvgWriter html, String id, Chart chart) {
    html.open("figure", "class", "chart", "id", id);
    html.raw(chart.svg());
    html.close();
  }

  private void extremes(SvgWriter html, String id, String heading, List<RankedVariant> rows) {
    html.open("section", "id", id);
    html.element("h2", heading);
    html.element(
        "p",
        "Ranked by fewer errors, then fewer warnings, then fewer infos, then a prepared route,"
            + " then a larger share of strokes on the affected regions; equal rows by variant"
            + " index, then patient.",
        "class",
        "note");
    for (int i = 0; i < rows.size(); i++) {
      RankedVariant r = rows.get(i);
      Variant v = r.variant();
      html.open("article", "class", "variant", "id", id + "-" + (i + 1));
      html.element(
          "h3",
          (i + 1)
              + ". variant "
              + v.index()
              + " for "
              + Printable.escape(r.patientLabel())
              + ": "
              + BatchEvaluation.verdict(r.report()));
      html.open("div", "class", "tables");
      html.open("table", "class", "parameters");
      html.open("tr");
      html.element("th", "axis");
      html.element("th", "value");
      html.close();
      for (int a = 0; a < r.parameters().size(); a++) {
        html.open("tr");
        html.element("td", axisName(a));
        html.element("td", Printable.escape(r.parameters().get(a)));
        html.close();
      }
      if (r.parameters().isEmpty()) {
        html.open("tr");
        html.element("td", "description");
        html.element("td", Printable.escape(v.description()));
        html.close();
      }
      html.close();
      html.open("table", "class", "measures");
      html.open("tr");
      html.element("th", "column");
      html.element("th", "value");
      html.close();
      for (Measure m : Measure.values()) {
        html.open("tr");
        html.element("td", m.column());
        html.element("td", cell(m, r), "class", "n");
        html.close();
      }
      html.close();
      html.close();
      PatientContext patient = contexts.get(r.patient());
      BodyMap map = BodyMap.of(v.protocol()).withPatient(patient).withReport(r.report());
      html.empty(
          "img",
          "class",
          "map",
          "src",
          "data:image/svg+xml;base64,"
              + Base64.getEncoder().encodeToString(map.svg().getBytes(StandardCharsets.UTF_8)),
          "width",
          SvgWriter.number(map.width()),
          "height",
          SvgWriter.number(map.height()),
          "alt",
          "Body map of variant " + v.index() + " for " + Printable.escape(r.patientLabel()));
      html.close();
    }
    html.close();
  }

  private static String cell(Measure m, RankedVariant r) {
    return switch (m) {
      case ROUTE_PREPARED -> Boolean.toString(r.metrics().routePrepared());
      case AFFECTED_SHARE -> String.format(Locale.ROOT, "%.4f", r.metrics().affectedShare());
      case DURATION_S -> BatchEvaluation.seconds(r.metrics());
      default -> number(Math.round(m.of(r.metrics(), r.report())));
    };
  }

  private void columns(SvgWriter html) {
    html.open("section", "id", "columns");
    html.element("h2", "CSV columns");
    html.open("table", "id", "csv-columns");
    html.open("tr");
    html.element("th", "column");
    html.element("th", "what it holds");
    html.close();
    for (Map.Entry<String, String> e : columns.entrySet()) {
      html.open("tr");
      html.element("td", e.getKey());
      html.element("td", Printable.escape(e.getValue()));
      html.close();
    }
    html.close();
    html.close();
  }

  private static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  @Override
  public String toString() {
    return "BatchReport{" + rows + " rows, " + axes.size() + " axes}";
  }
}
