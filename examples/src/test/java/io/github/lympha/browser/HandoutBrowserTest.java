package io.github.lympha.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.browser.Browser.Paper;
import io.github.lympha.browser.Browser.Rect;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.cli.LymphaCli;
import io.github.lympha.examples.Flagship;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.BodyMap;
import io.github.lympha.render.BodyMapLayout;
import io.github.lympha.render.Handout;
import io.github.lympha.render.Marker;
import io.github.lympha.render.Place;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handout end to end, in a real headless Chromium: written the way users get it (the flagship
 * example for the seed protocol and its two patients, {@code lympha render --html --patient} for
 * every catalogue protocol), opened in the browser, its map found where the page lays it out and
 * checked pixel by pixel in a screenshot, and printed on A4 and Letter in at most two pages.
 * Skipped where no browser is installed, unless {@value Browser#REQUIRE}{@code =1} (CI).
 */
class HandoutBrowserTest {
  /** The map in the page: the SVG's user units to CSS pixels (xMidYMid meet, the default). */
  private record MapBox(double left, double top, double scale) {
    double pageX(double x) {
      return left + x * scale;
    }

    double pageY(double y) {
      return top + y * scale;
    }
  }

  /** A handout to check: what it was made of, and how to write it. */
  private record Case(String name, Protocol protocol, PatientContext patient) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String FLAGSHIP_ANKLE = "flagship, " + Catalogue.SEED_CLINIC_LEG + " ankle";
  private static final String FLAGSHIP_DISSECTED =
      "flagship, " + Catalogue.SEED_CLINIC_LEG + " dissected";

  @TempDir static Path dir;

  private static Browser browser;

  private static Optional<String> missing = Optional.empty();

  @BeforeAll
  static void startBrowser() throws IOException {
    missing = Browser.missing();
    if (missing.isPresent()) {
      System.err.println("HandoutBrowserTest skipped: " + missing.get());
      return;
    }
    browser = Browser.start();
    try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
      Flagship.run(quiet, dir.resolve("flagship"));
    }
  }

  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(missing.isEmpty(), () -> missing.orElseThrow() + "; skipped");
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  static Stream<Case> handouts() {
    List<Case> cases = new ArrayList<>();
    Protocol seed = Catalogue.seedLeg();
    cases.add(new Case(FLAGSHIP_ANKLE, seed, Catalogue.patientFor(seed.id())));
    cases.add(new Case(FLAGSHIP_DISSECTED, seed, flagshipDissected()));
    for (String id : Catalogue.ids()) {
      cases.add(new Case(id, Catalogue.byId(id).orElseThrow(), Catalogue.patientFor(id)));
    }
    return cases.stream();
  }

  /** The second patient of the flagship example: the left leg after inguinal dissection. */
  private static PatientContext flagshipDissected() {
    Anatomy anatomy = Anatomy.standard();
    return PatientContext.builder()
        .label("left leg after left inguinal dissection")
        .addAffected(anatomy.region("FOOT_L"), anatomy.region("THIGH_MEDIAL_L"))
        .addCompromised(
            CompromisedNodeGroup.of(
                anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(anatomy.nodeGroup("INGUINAL_DEEP_L"), Compromise.REMOVED))
        .build();
  }

  private static ValidationReport report(Case c) {
    return Validator.standard().validate(c.protocol(), c.patient());
  }

  /**
   * The handout file as users get it; it must be exactly what the library writes for the case's
   * protocol and patient, so the places computed below are the places drawn.
   */
  private static Path handout(Case c) throws IOException {
    Path file;
    if (c.name().equals(FLAGSHIP_ANKLE)) {
      file = dir.resolve("flagship").resolve(Catalogue.SEED_CLINIC_LEG + "-ankle.html");
    } else if (c.name().equals(FLAGSHIP_DISSECTED)) {
      file = dir.resolve("flagship").resolve(Catalogue.SEED_CLINIC_LEG + "-dissected.html");
    } else {
      Path cli = Files.createDirectories(dir.resolve("cli"));
      file = cli.resolve(c.name() + ".html");
      if (!Files.exists(file)) {
        Path protocol =
            Files.writeString(cli.resolve(c.name() + ".json"), Catalogue.protocolFile(c.name()));
        Path patient =
            Files.writeString(
                cli.resolve(c.name() + ".patient.json"), Catalogue.patientFile(c.name()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code =
            LymphaCli.execute(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "render",
                protocol.toString(),
                "--html",
                file.toString(),
                "--patient",
                patient.toString());
        assertThat(code).as("lympha render: %s", err).isZero();
      }
    }
    assertThat(Files.readString(file))
        .as("%s is the library's handout for its protocol and patient", file)
        .isEqualTo(Handout.html(c.protocol(), c.patient(), Optional.of(report(c))));
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handouts")
  void drawsTheMapWhereThePageLaysItOut(Case c) throws IOException {
    browser.open(handout(c));
    checkTheMapIsDrawnWhereThePageLaysItOut(c, "screen");
  }

  @Test
  void theMapCheckFailsOnAMapMovedRecolouredOrHidden() throws IOException {
    Case c = flagship(FLAGSHIP_DISSECTED);
    Path file = handout(c);
    Map<String, String> breakages =
        Map.of(
            "document.querySelectorAll('#map g.step')"
                + ".forEach(g => g.setAttribute('transform', 'translate(25 0)'))",
            "marker in",
            "document.querySelectorAll('#map g.step circle')"
                + ".forEach(e => e.setAttribute('fill', '"
                + BodyMap.STEP_COLOUR
                + "'))",
            "marker in " + BodyMap.ERROR_COLOUR,
            "document.querySelector('#map svg').style.visibility = 'hidden'",
            "marker in");
    breakages.forEach(
        (script, message) -> {
          browser.open(file);
          browser.script(script);
          assertThatThrownBy(() -> checkTheMapIsDrawnWhereThePageLaysItOut(c, "broken"))
              .as("after %s", script)
              .isInstanceOf(AssertionError.class)
              .hasMessageContaining(message);
        });
  }

  private static Case flagship(String name) {
    return handouts().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
  }

  private static void checkTheMapIsDrawnWhereThePageLaysItOut(Case c, String shotName)
      throws IOException {
    BodyMap map = BodyMap.of(c.protocol()).withPatient(c.patient()).withReport(report(c));
    assertThat(browser.count("#map svg")).isEqualTo(1);

    // The page lays the map out in full inside the window, without horizontal overflow.
    double viewportWidth = browser.number("return document.documentElement.clientWidth");
    double viewportHeight = browser.number("return document.documentElement.clientHeight");
    assertThat(browser.number("return document.documentElement.scrollWidth"))
        .as("page width")
        .isLessThanOrEqualTo(viewportWidth);
    Rect rect = browser.elementRect("#map svg");
    assertThat(rect.x()).isGreaterThanOrEqualTo(0);
    assertThat(rect.y()).isGreaterThanOrEqualTo(0);
    assertThat(rect.right()).isLessThanOrEqualTo(viewportWidth);
    assertThat(rect.bottom()).isLessThanOrEqualTo(viewportHeight);
    assertThat(rect.width()).as("the map is drawn larger than at 100 %").isGreaterThan(map.width());
    Rect main = browser.elementRect("main");
    assertThat(rect.x()).isGreaterThanOrEqualTo(main.x());
    assertThat(rect.right()).isLessThanOrEqualTo(main.right() + 0.5);
    MapBox box = mapBox(rect, map);

    BufferedImage shot = browser.screenshot();
    // Kept for a person to look at (and for a failure's diagnosis).
    ImageIO.write(shot, "png", shot(c, shotName).toFile());
    double dpr = browser.number("return window.devicePixelRatio");
    assertThat(shot.getWidth()).isEqualTo((int) Math.round(viewportWidth * dpr));
    Pixels pixels = new Pixels(shot, dpr);

    // Every step marker (not covered by a later one) in its colour: the error colour on a step
    // with an error, the warning colour on one with a warning, the step colour otherwise.
    List<Marker> markers = map.markers();
    int checked = 0;
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      if (coveredByLater(markers, i)) {
        continue;
      }
      checked++;
      double px = box.pageX(m.x());
      double py = box.pageY(m.y());
      double r = 4.5 * box.scale();
      String expected = BodyMap.colour(m);
      assertThat(pixels.share(px, py, r, expected))
          .as("%s: step %s's marker in %s at (%.1f, %.1f)", c, m.number(), expected, px, py)
          .isGreaterThan(0.25);
      for (String other :
          List.of(BodyMap.STEP_COLOUR, BodyMap.WARNING_COLOUR, BodyMap.ERROR_COLOUR)) {
        if (!other.equals(expected)) {
          assertThat(pixels.share(px, py, r, other))
              .as("%s: step %s's marker is not %s", c, m.number(), other)
              .isLessThan(0.05);
        }
      }
    }
    assertThat(checked).as("markers checked").isGreaterThanOrEqualTo((markers.size() + 1) / 2);
    if (c.name().equals(FLAGSHIP_DISSECTED)) {
      assertThat(markers)
          .as("the seed protocol after inguinal dissection has steps with errors")
          .anyMatch(m -> m.severity().equals(Optional.of(Severity.ERROR)));
    }

    // The body in its colour, in the head of each figure where no marker covers it.
    BodyMapLayout layout = BodyMapLayout.standard();
    double headX = layout.head().get(0) - layout.head().get(2) / 2;
    double headY = layout.head().get(1);
    for (BodyMapLayout.View view : BodyMapLayout.View.values()) {
      Place head = Place.of(view, headX, headY);
      double sx = map.x(head);
      double sy = map.y(head);
      if (markers.stream().noneMatch(m -> Math.hypot(m.x() - sx, m.y() - sy) < 14)) {
        assertThat(pixels.share(box.pageX(sx), box.pageY(sy), 3 * box.scale(), BodyMap.BODY_COLOUR))
            .as("%s: the body's colour in the head of the %s figure", c, view)
            .isGreaterThan(0.6);
      }
    }

    // The page's white where nothing is drawn: left of the map, and below the legend.
    double midY = rect.y() + rect.height() / 2;
    assertThat(pixels.share(rect.x() - 6, midY, 3, "#ffffff"))
        .as("%s: the page left of the map", c)
        .isEqualTo(1.0);
    assertThat(
            pixels.share(box.pageX(map.width() - 60), box.pageY(map.height() - 30), 10, "#ffffff"))
        .as("%s: the map below its legend", c)
        .isEqualTo(1.0);
    // Nothing in the step colour outside the map: the map is drawn there, and only there.
    assertThat(pixels.countOutside(rect, BodyMap.STEP_COLOUR))
        .as("%s: pixels in the step colour outside the map's box", c)
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("handouts")
  void printsOnAtMostTwoPagesOfA4AndLetter(Case c) throws IOException {
    browser.open(handout(c));
    for (Paper paper : Paper.values()) {
      byte[] pdf = browser.print(paper);
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        PDRectangle page = doc.getPage(0).getMediaBox();
        assertThat(page.getWidth())
            .as("%s: paper width", paper)
            .isCloseTo((float) paper.widthPoints(), offset(1f));
        assertThat(page.getHeight())
            .as("%s: paper height", paper)
            .isCloseTo((float) paper.heightPoints(), offset(1f));
        // The map prints whole on the first page: the step colour (markers, legend) is there and
        // on no other page.
        PDFRenderer renderer = new PDFRenderer(doc);
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
          BufferedImage image = renderer.renderImageWithDPI(p, 72);
          ImageIO.write(
              image,
              "png",
              shot(c, paper.name().toLowerCase(Locale.ROOT) + "-page-" + (p + 1)).toFile());
          long step = new Pixels(image, 1).countOutside(new Rect(0, 0, 0, 0), BodyMap.STEP_COLOUR);
          if (p == 0) {
            assertThat(step).as("%s on %s: the map on page 1", c, paper).isPositive();
          } else {
            assertThat(step).as("%s on %s: map on page %s", c, paper, p + 1).isZero();
          }
        }
        assertThat(Browser.pages(pdf)).as("%s on %s: pages", c, paper).isBetween(1, 2);
      }
    }
  }

  @Test
  void fitsANarrowPhoneScreenWithoutHorizontalScrolling() throws IOException {
    Case c = flagship(FLAGSHIP_DISSECTED);
    browser.resize(390, 844);
    try {
      browser.open(handout(c));
      double width = browser.number("return document.documentElement.clientWidth");
      assertThat(browser.number("return document.documentElement.scrollWidth"))
          .as("page width on a 390 px screen")
          .isLessThanOrEqualTo(width);
      Rect rect = browser.elementRect("#map svg");
      assertThat(rect.x()).isGreaterThanOrEqualTo(0);
      assertThat(rect.right()).isLessThanOrEqualTo(width);
    } finally {
      browser.resize(Browser.WIDTH, Browser.HEIGHT);
    }
  }

  /** Where a picture of a case is kept for a person to look at: {@code target/browser}. */
  private static Path shot(Case c, String what) throws IOException {
    Path shots = Files.createDirectories(Path.of("target", "browser"));
    return shots.resolve(c.name().replaceAll("[^a-z0-9-]+", "-") + "-" + what + ".png");
  }

  private static MapBox mapBox(Rect rect, BodyMap map) {
    List<?> viewBox =
        (List<?>)
            browser.script(
                "const v = document.querySelector('#map svg').viewBox.baseVal;"
                    + " return [v.x, v.y, v.width, v.height];");
    double vx = ((Number) viewBox.get(0)).doubleValue();
    double vy = ((Number) viewBox.get(1)).doubleValue();
    double vw = ((Number) viewBox.get(2)).doubleValue();
    double vh = ((Number) viewBox.get(3)).doubleValue();
    assertThat(List.of(vx, vy, vw, vh)).containsExactly(0.0, 0.0, map.width(), map.height());
    double scale = Math.min(rect.width() / vw, rect.height() / vh);
    assertThat(rect.height() / rect.width())
        .as("the map keeps its proportions")
        .isCloseTo(vh / vw, offset(0.01));
    return new MapBox(
        rect.x() + (rect.width() - vw * scale) / 2 - vx * scale,
        rect.y() + (rect.height() - vh * scale) / 2 - vy * scale,
        scale);
  }

  private static boolean coveredByLater(List<Marker> markers, int i) {
    Marker m = markers.get(i);
    return markers.subList(i + 1, markers.size()).stream()
        .anyMatch(
            later ->
                Math.hypot(later.x() - m.x(), later.y() - m.y()) < 2 * BodyMap.MARKER_RADIUS + 1);
  }

  /** Colours of an image at CSS-pixel places. */
  private record Pixels(BufferedImage image, double dpr) {
    private static final int TOLERANCE = 12;

    /** The share of the pixels within a disc (CSS pixels) that have this colour. */
    double share(double x, double y, double radius, String colour) {
      int rgb = Integer.parseInt(colour.substring(1), 16);
      int cx = (int) Math.round(x * dpr);
      int cy = (int) Math.round(y * dpr);
      int r = Math.max(0, (int) Math.floor(radius * dpr));
      int all = 0;
      int matching = 0;
      for (int dy = -r; dy <= r; dy++) {
        for (int dx = -r; dx <= r; dx++) {
          if (dx * dx + dy * dy > r * r) {
            continue;
          }
          int px = cx + dx;
          int py = cy + dy;
          assertThat(px).isBetween(0, image.getWidth() - 1);
          assertThat(py).isBetween(0, image.getHeight() - 1);
          all++;
          if (close(image.getRGB(px, py), rgb)) {
            matching++;
          }
        }
      }
      return (double) matching / all;
    }

    /** How many pixels outside a box (CSS pixels) have this colour. */
    long countOutside(Rect box, String colour) {
      int rgb = Integer.parseInt(colour.substring(1), 16);
      int width = image.getWidth();
      int[] all = image.getRGB(0, 0, width, image.getHeight(), null, 0, width);
      long count = 0;
      for (int i = 0; i < all.length; i++) {
        double x = (i % width) / dpr;
        double y = (i / width) / dpr;
        boolean inside = x >= box.x() && x <= box.right() && y >= box.y() && y <= box.bottom();
        if (!inside && close(all[i], rgb)) {
          count++;
        }
      }
      return count;
    }

    private static boolean close(int argb, int rgb) {
      return Math.abs((argb >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= TOLERANCE
          && Math.abs((argb >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= TOLERANCE
          && Math.abs((argb & 0xff) - (rgb & 0xff)) <= TOLERANCE;
    }
  }
}
