package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Chart;
import io.github.lympha.render.Instructions;
import io.github.lympha.research.BatchReport.Measure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class BatchReportTest {
  private final PatientContext intact = ResearchFixtures.intactLeftLeg();
  private final PatientContext dissected = ResearchFixtures.leftInguinalDissection();
  private final Validator validator = Validator.standard();
  private final Protocol small = ResearchFixtures.small();

  /** 6 variants: repetitions 4..6 × light or firm pressure, for two patients: 12 rows. */
  private Family family() {
    return Family.of(small)
        .vary(Axis.repetitions(4, 6))
        .vary(Axis.pressureLevels(PressureLevel.LIGHT, PressureLevel.FIRM));
  }

  private BatchEvaluation batch() {
    return BatchEvaluation.of(validator, List.of(intact, dissected));
  }

  private BatchReport report(Family family, int k) {
    BatchEvaluation batch = batch();
    BatchReport.Collector collector = BatchReport.collector(batch, family, k);
    batch.run(family, new StringWriter(), (d, t) -> {}, collector);
    return collector.report();
  }

  /** Every row of the batch, evaluated here independently of the collector. */
  private List<RankedVariant> allRows(Family family) {
    return ResearchFixtures.allRows(family, validator, List.of(intact, dissected));
  }

  @Test
  void averagesEveryMeasureAtEachValueOfEachAxis() {
    Family family = family();
    BatchReport report = report(family, 3);
    assertThat(report.rows()).isEqualTo(12);
    assertThat(report.axes())
        .extracting(Axis::name)
        .containsExactly("repetitions 4..6", "pressure");
    List<AxisPoint> reps = report.points(0);
    assertThat(reps).extracting(AxisPoint::label).containsExactly("4", "5", "6");
    assertThat(reps).extracting(AxisPoint::first).containsExactly(0, 1, 2);
    assertThat(reps).extracting(AxisPoint::last).containsExactly(0, 1, 2);
    assertThat(reps).extracting(AxisPoint::rows).containsExactly(4L, 4L, 4L);
    // The small protocol has 5 steps of one repeat: strokes are 5 × repetitions on every row.
    for (int i = 0; i < 3; i++) {
      AxisPoint p = reps.get(i);
      assertThat(p.mean(Measure.STEPS)).isEqualTo(5);
      assertThat(p.mean(Measure.STROKES)).isEqualTo(5 * (4 + i));
      assertThat(p.minimum(Measure.STROKES)).isEqualTo(5.0 * (4 + i));
      assertThat(p.maximum(Measure.STROKES)).isEqualTo(5.0 * (4 + i));
    }
    List<AxisPoint> pressure = report.points(1);
    assertThat(pressure).extracting(AxisPoint::label).containsExactly("light", "firm");
    assertThat(pressure).extracting(AxisPoint::rows).containsExactly(6L, 6L);
    assertThat(pressure.get(0).mean(Measure.STROKES)).isEqualTo(25);
    assertThat(pressure.get(0).minimum(Measure.STROKES)).isEqualTo(20);
    assertThat(pressure.get(0).maximum(Measure.STROKES)).isEqualTo(30);

    // Every other number against a brute-force evaluation grouped by the variants' changes.
    List<RankedVariant> rows = allRows(family);
    for (int axis = 0; axis < 2; axis++) {
      Map<String, List<RankedVariant>> groups = new LinkedHashMap<>();
      for (RankedVariant r : rows) {
        groups.computeIfAbsent(r.variant().changes().get(axis), k -> new ArrayList<>()).add(r);
      }
      List<AxisPoint> points = report.points(axis);
      assertThat(points).hasSize(groups.size());
      int i = 0;
      for (List<RankedVariant> group : groups.values()) {
        AxisPoint point = points.get(i++);
        assertThat(point.rows()).isEqualTo(group.size());
        for (Measure m : Measure.values()) {
          double sum = 0;
          double min = Double.MAX_VALUE;
          double max = -Double.MAX_VALUE;
          for (RankedVariant r : group) {
            double v = m.of(r.metrics(), r.report());
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
          }
          assertThat(point.mean(m)).as("%s at %s", m, point.label()).isEqualTo(sum / group.size());
          assertThat(point.minimum(m)).as("min %s", m).isEqualTo(min);
          assertThat(point.maximum(m)).as("max %s", m).isEqualTo(max);
        }
        long invalid = group.stream().filter(r -> !r.report().isValid()).count();
        assertThat(point.verdicts().get(BatchEvaluation.INVALID)).isEqualTo(invalid);
        assertThat(point.share(BatchEvaluation.INVALID)).isEqualTo((double) invalid / group.size());
        assertThat(point.verdicts().values().stream().mapToLong(Long::longValue).sum())
            .isEqualTo(group.size());
        for (String id : batch().ruleIds()) {
          long n =
              group.stream().mapToLong(r -> r.report().countsByRule().getOrDefault(id, 0)).sum();
          assertThat(point.findings().get(id)).as(id).isEqualTo(n);
          assertThat(point.meanFindings(id)).isEqualTo((double) n / group.size());
        }
        assertThat(point.findings().get(BatchEvaluation.OTHER_RULES)).isZero();
      }
    }
    BatchSummary summary = batch().run(family, new StringWriter());
    summary.findingsByRule().forEach((id, n) -> assertThat(report.findings().get(id)).isEqualTo(n));
    assertThat(report.verdicts()).isEqualTo(summary.verdicts());
    assertThat(report.findings().keySet().asList())
        .isEqualTo(batch().columns().subList(14, batch().columns().size()));
  }

  @Test
  void measuresReadTheirColumnsAndRouteAsAShare() {
    Metrics m = Metrics.of(small, dissected);
    ValidationReport r = validator.validate(small, dissected);
    assertThat(Measure.STEPS.of(m, r)).isEqualTo(5);
    assertThat(Measure.STROKES.of(m, r)).isEqualTo(m.totalStrokes());
    assertThat(Measure.DURATION_S.of(m, r)).isEqualTo(m.estimatedDuration().toNanos() / 1e9);
    assertThat(Measure.WATERSHED_CROSSINGS.of(m, r)).isEqualTo(m.watershedCrossings());
    assertThat(Measure.ROUTE_PREPARED.of(m, r)).isEqualTo(m.routePrepared() ? 1 : 0);
    assertThat(Measure.AFFECTED_SHARE.of(m, r)).isEqualTo(m.affectedShare());
    assertThat(Measure.ERRORS.of(m, r)).isEqualTo(r.count(Severity.ERROR)).isPositive();
    assertThat(Measure.WARNINGS.of(m, r)).isEqualTo(r.count(Severity.WARNING));
    assertThat(Measure.INFOS.of(m, r)).isEqualTo(r.count(Severity.INFO));
    Metrics prepared = Metrics.of(ResearchFixtures.plannedLeg(), intact);
    assertThat(prepared.routePrepared()).isTrue();
    assertThat(Measure.ROUTE_PREPARED.of(prepared, r)).isEqualTo(1);
    for (Measure each : Measure.values()) {
      assertThat(batch().columns()).contains(each.column());
      assertThat(each.unit()).isNotBlank();
    }
    assertThat(Measure.DURATION_S.unit()).isEqualTo("seconds");
  }

  @Test
  void keepsTheBestAndWorstRowsInTheirOrder() {
    Family family = family();
    List<RankedVariant> rows = allRows(family);
    for (int k : new int[] {1, 2, 5, 12, 20}) {
      BatchReport report = report(family, k);
      List<RankedVariant> best = new ArrayList<>(rows);
      best.sort(BatchReport.BEST_FIRST);
      List<RankedVariant> worst = new ArrayList<>(rows);
      worst.sort(BatchReport.WORST_FIRST);
      assertThat(report.best()).as("k = %s", k).isEqualTo(best.subList(0, Math.min(k, 12)));
      assertThat(report.worst()).as("k = %s", k).isEqualTo(worst.subList(0, Math.min(k, 12)));
    }
    // The order itself, read off the rows rather than the comparators.
    List<RankedVariant> sorted = report(family, 12).best();
    for (int i = 1; i < sorted.size(); i++) {
      RankedVariant a = sorted.get(i - 1);
      RankedVariant b = sorted.get(i);
      int[] ka = key(a);
      int[] kb = key(b);
      assertThat(java.util.Arrays.compare(ka, kb)).as("%s before %s", a, b).isLessThanOrEqualTo(0);
    }
    List<RankedVariant> worstAll = report(family, 12).worst();
    for (int i = 1; i < worstAll.size(); i++) {
      assertThat(java.util.Arrays.compare(key(worstAll.get(i - 1)), key(worstAll.get(i))))
          .isGreaterThanOrEqualTo(0);
    }
    assertThat(sorted.stream().map(r -> r.report().count(Severity.WARNING)).distinct().count())
        .as("the rows differ in warnings")
        .isGreaterThan(1);
    BatchReport one = report(family, 1);
    RankedVariant best = one.best().get(0);
    RankedVariant worst = one.worst().get(0);
    assertThat(best.report().count(Severity.ERROR))
        .isEqualTo(
            rows.stream().mapToInt(r -> r.report().count(Severity.ERROR)).min().orElseThrow());
    assertThat(worst.report().count(Severity.ERROR))
        .isEqualTo(
            rows.stream().mapToInt(r -> r.report().count(Severity.ERROR)).max().orElseThrow());
    assertThat(best.parameters()).isEqualTo(best.variant().changes());
    assertThat(best.patientLabel())
        .isEqualTo(List.of(intact, dissected).get(best.patient()).label().orElseThrow());
  }

  @Test
  void ranksByErrorsWarningsInfosRouteShareThenIndexAndPatient() {
    Metrics base = Metrics.of(small, intact);
    ValidationReport report = validator.validate(small, intact);
    Variant v0 = Variant.of(small, "small", 0, List.of());
    Variant v1 = Variant.of(small, "small", 1, List.of());
    RankedVariant a = ranked(v0, 0, base, report);
    RankedVariant b = ranked(v1, 0, base, report);
    RankedVariant c = ranked(v0, 1, base, report);
    // Equal rows: the lower index, then the lower patient, first in both orders.
    assertThat(BatchReport.BEST_FIRST.compare(a, b)).isNegative();
    assertThat(BatchReport.WORST_FIRST.compare(a, b)).isNegative();
    assertThat(BatchReport.BEST_FIRST.compare(a, c)).isNegative();
    assertThat(BatchReport.WORST_FIRST.compare(c, a)).isPositive();
    RankedVariant shared = ranked(v1, 0, ((ImmutableMetrics) base).withAffectedShare(0.9), report);
    RankedVariant unshared =
        ranked(v0, 0, ((ImmutableMetrics) base).withAffectedShare(0.1), report);
    assertThat(BatchReport.BEST_FIRST.compare(shared, unshared)).isNegative();
    assertThat(BatchReport.WORST_FIRST.compare(unshared, shared)).isNegative();
    RankedVariant prepared =
        ranked(
            v1, 0, ((ImmutableMetrics) base).withRoutePrepared(true).withAffectedShare(0), report);
    RankedVariant unprepared =
        ranked(
            v0, 0, ((ImmutableMetrics) base).withRoutePrepared(false).withAffectedShare(1), report);
    assertThat(BatchReport.BEST_FIRST.compare(prepared, unprepared)).isNegative();
    assertThat(BatchReport.WORST_FIRST.compare(unprepared, prepared)).isNegative();
    ValidationReport errors = validator.validate(small, dissected);
    assertThat(errors.count(Severity.ERROR)).isGreaterThan(report.count(Severity.ERROR));
    RankedVariant bad = ranked(v0, 0, ((ImmutableMetrics) base).withRoutePrepared(true), errors);
    assertThat(BatchReport.BEST_FIRST.compare(b, bad)).isNegative();
    assertThat(BatchReport.WORST_FIRST.compare(bad, b)).isNegative();
  }

  private static int[] key(RankedVariant r) {
    return new int[] {
      r.report().count(Severity.ERROR),
      r.report().count(Severity.WARNING),
      r.report().count(Severity.INFO),
      r.metrics().routePrepared() ? 0 : 1,
      (int) Math.round(-r.metrics().affectedShare() * 1e6)
    };
  }

  private static String value(double v) {
    return java.math.BigDecimal.valueOf(v)
        .setScale(4, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static RankedVariant ranked(Variant v, int patient, Metrics m, ValidationReport r) {
    return ImmutableRankedVariant.builder()
        .variant(v)
        .patient(patient)
        .patientLabel("p")
        .metrics(m)
        .report(r)
        .build();
  }

  @Test
  void binsALongAxisIntoAtMostTwoHundredContiguousPoints() {
    Family family = Family.of(small).vary(Axis.repetitions(1, 450));
    BatchEvaluation batch = BatchEvaluation.of(validator, intact);
    BatchReport.Collector collector = BatchReport.collector(batch, family);
    batch.run(family, new StringWriter(), (d, t) -> {}, collector);
    BatchReport report = collector.report();
    List<AxisPoint> points = report.points(0);
    assertThat(points).hasSize(BatchReport.MAX_POINTS);
    assertThat(points.get(0).first()).isZero();
    assertThat(points.get(0).last()).isEqualTo(2);
    assertThat(points.get(0).label()).isEqualTo("1 … 3");
    assertThat(points.get(0).rows()).isEqualTo(3);
    assertThat(points.get(0).mean(Measure.STROKES)).isEqualTo(10);
    assertThat(points.get(0).minimum(Measure.STROKES)).isEqualTo(5);
    assertThat(points.get(0).maximum(Measure.STROKES)).isEqualTo(15);
    assertThat(points.get(199).last()).isEqualTo(449);
    long rows = 0;
    for (int i = 0; i < points.size(); i++) {
      AxisPoint p = points.get(i);
      rows += p.rows();
      assertThat(p.rows()).isBetween(2L, 3L).isEqualTo(p.last() - p.first() + 1);
      if (i > 0) {
        assertThat(p.first()).isEqualTo(points.get(i - 1).last() + 1);
      }
    }
    assertThat(rows).isEqualTo(450);
    Chart chart = report.chart(0, Measure.STROKES);
    assertThat(chart.categories()).hasSize(200).startsWith("1", "4");
    assertThat(report.html())
        .contains("Charted at 200 points: each point holds the rows of a run of about 2");
    // An axis of exactly 200 values is charted value by value.
    Family exact = Family.of(small).vary(Axis.repetitions(1, 200));
    BatchReport.Collector c2 = BatchReport.collector(BatchEvaluation.of(validator, intact), exact);
    BatchEvaluation.of(validator, intact).run(exact, new StringWriter(), (d, t) -> {}, c2);
    assertThat(c2.report().points(0)).hasSize(200).allMatch(p -> p.first() == p.last());
    assertThat(c2.report().html()).doesNotContain("Charted at");
  }

  @Test
  void skipsValuesNoRowFellOn() {
    // A sample of 2 of the 6 variants covers at most two repetition values.
    Family sampled = family().sample(2, 3);
    BatchReport report = report(sampled, 1);
    assertThat(report.rows()).isEqualTo(4);
    assertThat(report.points(0).stream().mapToLong(AxisPoint::rows).sum()).isEqualTo(4);
    assertThat(report.points(0).size()).isLessThanOrEqualTo(2);
    assertThat(report.chart(0, Measure.STEPS).categories())
        .isEqualTo(report.points(0).stream().map(AxisPoint::label).toList());
  }

  @Test
  void shortensLabelsToWhatTheEditsDoNotShare() {
    assertThat(BatchReport.labels(Axis.repetitions(9, 11))).containsExactly("9", "10", "11");
    assertThat(BatchReport.labels(Axis.pressuresMmHg(10, 20, 5))).containsExactly("10", "15", "20");
    assertThat(BatchReport.labels(Axis.pressureLevels(PressureLevel.LIGHT, PressureLevel.FIRM)))
        .containsExactly("light", "firm");
    assertThat(BatchReport.labels(Axis.of("one", Edit.identity()))).containsExactly("unchanged");
    assertThat(BatchReport.labels(Axis.dropEachStep(small).orUnchanged()).get(0))
        .isEqualTo("unchanged");
    assertThat(BatchReport.labels(Axis.of("same", Edit.mirror(), Edit.mirror())))
        .containsExactly(Edit.mirror().description(), Edit.mirror().description());
  }

  @Test
  void chartsVerdictsRulesAndEachMeasure() {
    BatchReport report = report(family(), 1);
    Chart verdicts = report.verdictChart(1);
    assertThat(verdicts.categories()).containsExactly("light", "firm");
    String svg = verdicts.svg();
    assertThat(svg).contains("<title>Verdicts by pressure</title>");
    assertThat(svg).contains("stroke=\"" + Chart.PALETTE.get(2) + "\"").contains(">VALID</text>");
    List<String> charted = report.chartedRules();
    assertThat(charted).isNotEmpty().hasSizeLessThanOrEqualTo(BatchReport.MAX_RULE_SERIES);
    for (int i = 1; i < charted.size(); i++) {
      assertThat(report.findings().get(charted.get(i - 1)))
          .isGreaterThanOrEqualTo(report.findings().get(charted.get(i)));
    }
    assertThat(charted).allMatch(id -> report.findings().get(id) > 0);
    String rules = report.ruleChart(0).svg();
    for (String id : charted) {
      assertThat(rules).contains(">" + id + "</text>");
    }
    AxisPoint firm = report.points(1).get(1);
    String id = charted.get(0);
    assertThat(rules)
        .contains("<title>" + id + " at 4: " + Chart.class.getSimpleName().substring(0, 0));
    Chart strokes = report.chart(0, Measure.STROKES);
    assertThat(strokes.svg())
        .contains("minimum to maximum")
        .contains("<title>mean at 5: 25</title>");
    assertThat(report.chart(0, Measure.ROUTE_PREPARED).svg())
        .doesNotContain("minimum to maximum")
        .contains("share of rows with the route prepared");
    assertThat(
            firm.share(BatchEvaluation.VALID)
                + firm.share(BatchEvaluation.WARNINGS)
                + firm.share(BatchEvaluation.INVALID))
        .isCloseTo(1, offset(1e-12));
    assertThatThrownBy(() -> report.chart(2, Measure.STEPS))
        .hasMessage("Invalid axis 2; the family has 2 axes");
    assertThatThrownBy(() -> report.points(-1)).hasMessageContaining("Invalid axis -1");
    assertThatThrownBy(() -> firm.share("MAYBE")).hasMessageContaining("No verdict MAYBE");
    assertThatThrownBy(() -> firm.meanFindings("NO_SUCH_RULE"))
        .hasMessageContaining("No rule column NO_SUCH_RULE");
  }

  @Test
  void sumsTheRulesNotChartedOneByOne() {
    // The dissected patient's small protocol has findings of several rules; with all rules shown
    // there is no "other rules" series, and with none found the chart says "all rules".
    BatchReport report = report(family(), 1);
    String rules = report.ruleChart(0).svg();
    boolean more =
        report.findings().entrySet().stream().filter(e -> e.getValue() > 0).count()
            > report.chartedRules().size();
    assertThat(rules.contains(">other rules</text>")).isEqualTo(more);
    Family clean =
        Family.of(ResearchFixtures.plannedLeg()).vary(Axis.of("nothing", Edit.identity()));
    BatchEvaluation batch = BatchEvaluation.of(Validator.builder().build(), intact);
    BatchReport.Collector c = BatchReport.collector(batch, clean);
    batch.run(clean, new StringWriter(), (d, t) -> {}, c);
    BatchReport none = c.report();
    if (none.chartedRules().isEmpty()) {
      assertThat(none.ruleChart(0).svg()).contains(">all rules</text>");
    }
  }

  @Test
  void writesOneSelfContainedWellFormedPageTheSameEveryTime() throws Exception {
    BatchReport report = report(family(), 2);
    String html = report.html();
    assertThat(html).isEqualTo(report(family(), 2).html());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\"");
    assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=\"http");
    assertThat(
            html.replace("http://www.w3.org/2000/svg", "")
                .replace("http://www.w3.org/1999/xhtml", ""))
        .doesNotContain("http");
    Document doc = parse(html);
    assertThat(byId(doc, "disclaimer").getTextContent()).isEqualTo(Instructions.DISCLAIMER);
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Variant batch of small");
    assertThat(byId(doc, "batch").getTextContent())
        .contains("small × repetitions 4..6 (3) × pressure (2) (6 variants)")
        .contains("12 (variants × patients)")
        .contains(intact.label().orElseThrow() + "; " + dissected.label().orElseThrow());
    List<String> charts = new ArrayList<>();
    NodeList figures = doc.getElementsByTagName("figure");
    for (int i = 0; i < figures.getLength(); i++) {
      Element f = (Element) figures.item(i);
      assertThat(f.getAttribute("class")).isEqualTo("chart");
      assertThat(f.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
          .isEqualTo(1);
      charts.add(f.getAttribute("id"));
    }
    List<String> expected = new ArrayList<>();
    for (int a = 1; a <= 2; a++) {
      expected.add("chart-axis" + a + "-verdict");
      expected.add("chart-axis" + a + "-rules");
      for (Measure m : Measure.values()) {
        expected.add("chart-axis" + a + "-" + m.column());
      }
    }
    assertThat(charts).isEqualTo(expected);
    assertThat(byId(doc, "axis1").getElementsByTagName("h2").item(0).getTextContent())
        .isEqualTo("Axis 1: repetitions 4..6 (3 values)");
    // The best and worst rows, each with its parameters and its body map as an image.
    for (String section : List.of("best", "worst")) {
      for (int i = 1; i <= 2; i++) {
        Element article = byId(doc, section + "-" + i);
        RankedVariant r = (section.equals("best") ? report.best() : report.worst()).get(i - 1);
        assertThat(article.getElementsByTagName("h3").item(0).getTextContent())
            .isEqualTo(
                i
                    + ". variant "
                    + r.variant().index()
                    + " for "
                    + r.patientLabel()
                    + ": "
                    + BatchEvaluation.verdict(r.report()));
        assertThat(article.getTextContent())
            .contains(r.parameters().get(0))
            .contains(r.parameters().get(1));
        Element img = (Element) article.getElementsByTagName("img").item(0);
        String src = img.getAttribute("src");
        assertThat(src).startsWith("data:image/svg+xml;base64,");
        String svg =
            new String(
                Base64.getDecoder().decode(src.substring("data:image/svg+xml;base64,".length())),
                StandardCharsets.UTF_8);
        PatientContext patient = List.of(intact, dissected).get(r.patient());
        assertThat(svg)
            .isEqualTo(
                io.github.lympha.render.BodyMap.of(r.variant().protocol())
                    .withPatient(patient)
                    .withReport(r.report())
                    .svg());
        assertThat(img.getAttribute("alt"))
            .startsWith("Body map of variant " + r.variant().index());
      }
    }
    assertThat(byId(doc, "batch").getTextContent())
        .contains(
            "VALID "
                + report.verdicts().get("VALID")
                + ", WARNINGS "
                + report.verdicts().get("WARNINGS")
                + ", INVALID "
                + report.verdicts().get("INVALID"));
    RankedVariant top = report.best().get(0);
    String cells = byId(doc, "best-1").getElementsByTagName("table").item(1).getTextContent();
    assertThat(cells.replaceAll("\\s+", " "))
        .contains("strokes " + top.metrics().totalStrokes())
        .contains("duration_s " + BatchEvaluation.seconds(top.metrics()))
        .contains("route_prepared " + top.metrics().routePrepared())
        .contains(
            "affected_share "
                + String.format(java.util.Locale.ROOT, "%.4f", top.metrics().affectedShare()));
  }

  @Test
  void explainsEveryCsvColumnInItsOrder() throws Exception {
    BatchEvaluation batch = batch();
    assertThat(batch.columnDescriptions().keySet().asList()).isEqualTo(batch.columns());
    assertThat(batch.columnDescriptions().values()).allMatch(d -> !d.isBlank());
    String rule = batch.ruleIds().get(0);
    assertThat(batch.columnDescriptions().get(rule)).startsWith("findings of rule " + rule + ": ");
    Document doc = parse(report(family(), 1).html());
    NodeList rows = byId(doc, "csv-columns").getElementsByTagName("tr");
    assertThat(rows.getLength()).isEqualTo(batch.columns().size() + 1);
    for (int i = 0; i < batch.columns().size(); i++) {
      Element cell = (Element) ((Element) rows.item(i + 1)).getElementsByTagName("td").item(0);
      assertThat(cell.getTextContent()).isEqualTo(batch.columns().get(i));
    }
  }

  @Test
  void escapesTextFromFiles() throws Exception {
    PatientContext odd =
        PatientContext.builder()
            .label("<b>bold</b> & \u001b[31mred")
            .addAffected(ResearchFixtures.ANATOMY.region("FOOT_L"))
            .build();
    BatchEvaluation batch = BatchEvaluation.of(validator, odd);
    BatchReport.Collector c = BatchReport.collector(batch, family());
    batch.run(family(), new StringWriter(), (d, t) -> {}, c);
    String html = c.report().html();
    assertThat(html).doesNotContain("<b>").doesNotContain("\u001b").contains("&lt;b&gt;bold");
    assertThat(html).contains("\\u001B[31mred");
    parse(html);
  }

  @Test
  void reportsAConcatenationWithoutCharts() throws Exception {
    Family union = Family.concat(family(), Family.of(small).vary(Axis.repetitions(7, 7)));
    assertThat(union.axes()).isEmpty();
    assertThat(union.positions(5)).isEmpty();
    BatchReport report = report(union, 1);
    assertThat(report.rows()).isEqualTo(14);
    assertThat(report.axes()).isEmpty();
    String html = report.html();
    assertThat(html).contains("no common axes").doesNotContain("class=\"chart\"");
    Document doc = parse(html);
    assertThat(byId(doc, "best-1").getTextContent()).contains("description");
    assertThat(union.describe())
        .isEqualTo(
            "the variants of small × repetitions 4..6 (3) × pressure (2) (6 variants), then of"
                + " small × repetitions 7..7 (1) (1 variant)");
  }

  @Test
  void aReportOfNoRowsSaysSo() throws Exception {
    BatchReport.Collector c = BatchReport.collector(batch(), family());
    BatchReport empty = c.report();
    assertThat(empty.rows()).isZero();
    assertThat(empty.best()).isEmpty();
    assertThat(empty.points(0)).isEmpty();
    assertThatThrownBy(() -> empty.chart(0, Measure.STEPS))
        .hasMessage("No row fell on axis 0 (repetitions 4..6)");
    String html = empty.html();
    assertThat(html).contains("No row fell on this axis.").contains("<title>Variant batch</title>");
    parse(html);
    assertThat(c.toString()).isEqualTo("BatchReport.Collector{0 rows}");
    assertThat(empty.toString()).isEqualTo("BatchReport{0 rows, 2 axes}");
  }

  @Test
  void refusesBadArguments() {
    assertThatThrownBy(() -> BatchReport.collector(batch(), family(), 0))
        .hasMessage("Invalid number of best and worst rows: 0; expected 1 or more");
    BatchReport.Collector c = BatchReport.collector(batch(), family());
    Variant v = family().toList().get(0);
    Metrics m = Metrics.of(small, intact);
    ValidationReport r = validator.validate(small, intact);
    assertThatThrownBy(() -> c.evaluated(v, 2, m, r))
        .hasMessage("Invalid patient 2; the batch has 2");
    assertThatThrownBy(() -> c.evaluated(v, -1, m, r)).hasMessageContaining("Invalid patient -1");
    c.evaluated(v, 1, m, r);
    assertThat(c.report().rows()).isEqualTo(1);
  }

  @Test
  void aPointCoversAtLeastOneRowAndPosition() {
    assertThatThrownBy(
            () -> ImmutableAxisPoint.builder().first(2).last(1).label("x").rows(1).build())
        .hasMessage("A point's first position 2 is after its last");
    assertThatThrownBy(
            () -> ImmutableAxisPoint.builder().first(1).last(1).label("x").rows(0).build())
        .hasMessage("A point needs at least one row, not 0");
    assertThat(ImmutableAxisPoint.builder().first(1).last(1).label("x").rows(1).build().rows())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                ImmutableAxisPoint.builder()
                    .first(1)
                    .last(1)
                    .label("x")
                    .rows(1)
                    .putMeans(Measure.STEPS, 1.0)
                    .putMaxima(Measure.STEPS, 1.0)
                    .build())
        .hasMessage(
            "A point's minima [] and maxima [STEPS] must cover the measures of its means [STEPS]");
    AxisPoint point =
        ImmutableAxisPoint.builder()
            .first(1)
            .last(1)
            .label("x")
            .rows(1)
            .putMeans(Measure.STEPS, 2.0)
            .putMinima(Measure.STEPS, 1.0)
            .putMaxima(Measure.STEPS, 3.0)
            .build();
    assertThat(point.minimum(Measure.STEPS)).isEqualTo(1.0);
    assertThat(point.maximum(Measure.STEPS)).isEqualTo(3.0);
    assertThatThrownBy(() -> point.mean(Measure.STROKES))
        .hasMessage("No value of measure STROKES; this point has [STEPS]");
  }

  @Test
  void familiesTellTheirAxesAndEachVariantsPositions() {
    Family family = family();
    assertThat(family.positions(0)).containsExactly(0, 0);
    assertThat(family.positions(1)).containsExactly(0, 1);
    assertThat(family.positions(5)).containsExactly(2, 1);
    assertThatThrownBy(() -> family.positions(6))
        .hasMessage("Invalid index 6; the product of the axes has 6 variants");
    assertThatThrownBy(() -> family.positions(-1)).hasMessageContaining("Invalid index -1");
    for (Variant v : family.toList()) {
      List<Integer> at = family.positions(v.index());
      for (int a = 0; a < 2; a++) {
        assertThat(family.axes().get(a).edits().get(at.get(a)).description())
            .isEqualTo(v.changes().get(a));
      }
    }
    Family sample = family.sample(3, 9);
    assertThat(sample.axes()).isEqualTo(family.axes());
    assertThat(sample.describe())
        .isEqualTo(
            "a sample of 3 (seed 9) of small × repetitions 4..6 (3) × pressure (2) (6 variants)");
    assertThat(family.sample(6, 9).describe()).isEqualTo(family.describe());
    assertThat(Family.of(small).describe()).isEqualTo("small (1 variant)");
    assertThat(Family.of(small).positions(0)).isEmpty();
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element with id " + id);
  }

  /** The page parsed as XML (after its HTML5 doctype) by the JDK's namespace-aware parser. */
  static Document parse(String html) throws Exception {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(html.substring("<!DOCTYPE html>\n".length()))));
    assertThat(Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)))
        .doesNotHaveDuplicates();
    return doc;
  }
}
