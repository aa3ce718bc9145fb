package io.github.lympha.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lympha.browser.Browser.Rect;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Chart;
import io.github.lympha.research.Axis;
import io.github.lympha.research.AxisPoint;
import io.github.lympha.research.BatchEvaluation;
import io.github.lympha.research.BatchReport;
import io.github.lympha.research.BatchReport.Measure;
import io.github.lympha.research.Family;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.Validator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The variant-batch report end to end, in a real headless Chromium: every chart is laid out and
 * drawn, each point of a measure's mean is a dot of the series' colour exactly where the chart puts
 * it, and the best and worst variants' body maps decode as images. Skipped where no browser is
 * installed, unless {@value Browser#REQUIRE}{@code =1} (CI).
 */
class BatchReportBrowserTest {
  @TempDir static Path dir;

  private static Browser browser;

  private static Optional<String> missing = Optional.empty();

  /** The seed protocol, repetitions 5 to 9 × light or firm pressure, for two catalogue patients. */
  private static BatchReport report;

  private static Path page;

  @BeforeAll
  static void writeTheReportAndStartTheBrowser() throws IOException {
    Protocol seed = Catalogue.seedLeg();
    Family family =
        Family.of(seed)
            .vary(Axis.repetitions(5, 9))
            .vary(Axis.pressureLevels(PressureLevel.LIGHT, PressureLevel.FIRM));
    BatchEvaluation batch =
        BatchEvaluation.of(
            Validator.standard(),
            List.of(
                Catalogue.patientFor(seed.id()),
                Catalogue.patientFor(Catalogue.LEG_AFTER_INGUINAL_DISSECTION)));
    BatchReport.Collector collector = BatchReport.collector(batch, family);
    batch.run(family, new StringWriter(), (done, total) -> {}, collector);
    report = collector.report();
    page = Files.writeString(dir.resolve("report.html"), report.html());

    missing = Browser.missing();
    if (missing.isPresent()) {
      System.err.println("BatchReportBrowserTest skipped: " + missing.get());
      return;
    }
    browser = Browser.start();
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(missing.isEmpty(), () -> missing.orElseThrow() + "; skipped");
    browser.open(page);
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void laysOutEveryChartOfEveryAxis() {
    int perAxis = 2 + Measure.values().length;
    assertThat(browser.count("figure.chart svg"))
        .isEqualTo(report.axes().size() * perAxis)
        .isEqualTo(2 * perAxis);
    for (int axis = 1; axis <= report.axes().size(); axis++) {
      int a = axis - 1;
      checkLaidOut(axis, "verdict", report.verdictChart(a));
      checkLaidOut(axis, "rules", report.ruleChart(a));
      checkLaidOut(axis, Measure.DURATION_S.column(), report.chart(a, Measure.DURATION_S));
    }
  }

  private static void checkLaidOut(int axis, String name, Chart chart) {
    Rect r = browser.elementRect("#chart-axis" + axis + "-" + name + " svg");
    assertThat(r.width()).as("chart %s of axis %s is laid out", name, axis).isGreaterThan(300);
    assertThat(r.height() / r.width())
        .as("chart %s of axis %s keeps its proportions", name, axis)
        .isCloseTo(chart.height() / Chart.WIDTH, offset(0.01));
  }

  @Test
  void drawsEachMeanAsADotOfItsSeriesColourWhereTheChartPutsIt() throws IOException {
    String id = "#chart-axis1-" + Measure.DURATION_S.column();
    browser.script("document.querySelector(arguments[0]).scrollIntoView()", id);
    Rect r = browser.elementRect(id + " svg");
    BufferedImage shot = browser.screenshot();
    // Kept for a person to look at, beside the handouts' pictures.
    Path shots = Files.createDirectories(Path.of("target", "browser"));
    ImageIO.write(shot, "png", shots.resolve("batch-report-duration.png").toFile());
    Chart chart = report.chart(0, Measure.DURATION_S);
    double scale = r.width() / Chart.WIDTH;
    List<AxisPoint> points = report.points(0);
    assertThat(points).hasSize(5);
    for (int i = 0; i < points.size(); i++) {
      int x = (int) Math.round(r.x() + chart.x(i) * scale);
      int y = (int) Math.round(r.y() + chart.y(points.get(i).mean(Measure.DURATION_S)) * scale);
      assertThat(near(shot.getRGB(x, y), Chart.PALETTE.get(0)))
          .as(
              "the mean at %s (%s s) is drawn at (%s, %s) in the screenshot: %s",
              points.get(i).label(),
              points.get(i).mean(Measure.DURATION_S),
              x,
              y,
              Integer.toHexString(shot.getRGB(x, y)))
          .isTrue();
    }
    // The means rise with the repetitions, so the dots do too: the chart is not flat by mistake.
    assertThat(chart.y(points.get(4).mean(Measure.DURATION_S)))
        .isLessThan(chart.y(points.get(0).mean(Measure.DURATION_S)) - 10);
  }

  @Test
  void showsTheBestAndWorstVariantsBodyMaps() {
    int maps = browser.count("img");
    assertThat(maps).isEqualTo(report.best().size() + report.worst().size()).isPositive();
    assertThat(
            browser.number(
                "return [...document.querySelectorAll('img')]"
                    + ".filter(i => i.complete && i.naturalWidth > 0).length"))
        .as("every body map decodes")
        .isEqualTo(maps);
  }

  private static boolean near(int argb, String hex) {
    int want = Integer.parseInt(hex.substring(1), 16);
    int d = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      d += Math.abs(((argb >> shift) & 0xff) - ((want >> shift) & 0xff));
    }
    return d <= 48;
  }
}
