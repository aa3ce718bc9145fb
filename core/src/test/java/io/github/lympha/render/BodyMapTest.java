package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BodyMapTest {
  private static final double SCALE = 2;
  private static final Anatomy ANATOMY = Anatomy.standard();

  @Test
  void everySiteAnastomosisAndWatershedOfTheStandardAnatomyHasAPlace() {
    BodyMapLayout layout = BodyMapLayout.standard();
    assertThat(layout.missing(ANATOMY)).isEmpty();
    assertThat(layout.unknown(ANATOMY)).isEmpty();
    ANATOMY.stations().forEach(s -> assertThat(layout.places(s.id())).isNotEmpty());
  }

  @Test
  void stationMembersAreDrawnAtTheStationsPlace() {
    BodyMapLayout layout = BodyMapLayout.standard();
    NodeGroup superficial = ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L");
    NodeGroup deep = ANATOMY.nodeGroup("INGUINAL_DEEP_L");
    assertThat(layout.place(superficial, ANATOMY)).isEqualTo(layout.place(deep, ANATOMY));
    assertThat(layout.place(superficial, ANATOMY)).contains(layout.places("INGUINAL_L").get(0));
  }

  @Test
  void rightSitesMirrorTheirLeftTwins() {
    BodyMapLayout layout = BodyMapLayout.standard();
    for (var site : ANATOMY.sites()) {
      if (site.id().endsWith("_L")) {
        Place left = layout.place(site, ANATOMY).orElseThrow();
        Place right = layout.place(ANATOMY.mirror(site), ANATOMY).orElseThrow();
        assertThat(right.view()).isEqualTo(left.view());
        assertThat(right.x()).as(site.id()).isEqualTo(layout.width() - left.x());
        assertThat(right.y()).isEqualTo(left.y());
        // The patient's left is on the viewer's right in front, on the left behind.
        assertThat(left.view() == BodyMapLayout.View.FRONT ? left.x() > 100 : left.x() < 100)
            .as(site.id())
            .isTrue();
      }
    }
  }

  @Test
  void layoutErrorsNameTheLine() {
    assertThatThrownBy(
            () -> BodyMapLayout.parse("size 1 2\nhead 1 2 3 4\noutline M0 0\nsite X SIDE 1 2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 4: unknown view SIDE; expected FRONT or BACK");
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1 x"))
        .hasMessage("line 1: expected a number, not x");
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1"))
        .hasMessage("line 1: size needs 2 numbers, not 1");
    assertThatThrownBy(() -> BodyMapLayout.parse("# c\n\nfoo 1"))
        .hasMessage(
            "line 3: unknown entry foo; expected size, head, outline, site, anastomosis or"
                + " watershed");
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1 2\nhead 1 2 3 4"))
        .hasMessage("the layout needs an outline line");
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1 2\noutline M0 0"))
        .hasMessage("the layout needs a head line");
    assertThatThrownBy(() -> BodyMapLayout.parse("head 1 2 3 4\noutline M0 0"))
        .hasMessage("the layout needs a size line");
    assertThatThrownBy(() -> BodyMapLayout.parse("site A FRONT 1"))
        .hasMessage("line 1: expected site ID VIEW X Y, not site A FRONT 1");
    assertThatThrownBy(() -> BodyMapLayout.parse("anastomosis A FRONT 1 2\nanastomosis A BACK 1 2"))
        .hasMessage("line 2: anastomosis A is placed twice");
    assertThatThrownBy(() -> BodyMapLayout.parse("watershed W FRONT 1,2 3"))
        .hasMessage("line 1: expected a point X,Y, not 3");
    assertThatThrownBy(() -> BodyMapLayout.parse("watershed W FRONT 1,2"))
        .hasMessage("line 1: watershed needs an id, a view and two points");
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1 NaN"))
        .hasMessage("line 1: not a finite number: NaN");
  }

  @Test
  void aLayoutWithoutASiteRefusesToDrawItsSteps() {
    String text = "size 200 460\nhead 100 36 21 26\noutline M0 0 L1 1 Z\n";
    BodyMap map = BodyMap.of(Catalogue.seedLeg()).withLayout(BodyMapLayout.parse(text));
    assertThatThrownBy(map::svg)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("The body-map layout has no place for site TERMINUS_L")
        .hasMessageContaining("phase 1")
        .hasMessageContaining("\"site TERMINUS_L FRONT|BACK X Y\"");
  }

  @Test
  void markersAreNumberedAsTheInstructionsNumberTheSteps() {
    Protocol protocol = Catalogue.armAfterAxillaryDissection();
    List<Marker> markers = BodyMap.of(protocol).markers();
    assertThat(markers).hasSize(protocol.stepCount());
    String text = Instructions.text(protocol);
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      assertThat(m.number()).isEqualTo(i + 1);
      assertThat(m.location()).isEqualTo(protocol.locatedSteps().get(i).location());
      assertThat(text)
          .contains("  " + m.number() + ". " + Instructions.describe(protocol.steps().get(i)));
    }
  }

  @Test
  void stepsOnOnePlaceStandInARowOutward() {
    Protocol protocol = Catalogue.armAfterAxillaryDissection();
    BodyMap map = BodyMap.of(protocol);
    List<Marker> markers = map.markers();
    Set<String> seen = new HashSet<>();
    for (Marker m : markers) {
      assertThat(seen.add(m.x() + " " + m.y())).as("marker %s is alone", m.number()).isTrue();
    }
  }

  @Test
  void everyCatalogueProtocolRendersAsValidSvg11() throws Exception {
    for (Protocol protocol : Catalogue.all()) {
      PatientContext patient = Catalogue.patientFor(protocol.id());
      ValidationReport report = Validator.standard().validate(protocol, patient);
      BodyMap map = BodyMap.of(protocol).withPatient(patient).withReport(report);
      String svg = map.svg();
      assertThat(svg).as("byte-stable").isEqualTo(map.svg());
      assertThat(Pictures.dtdErrors(svg)).as(protocol.id()).isEmpty();
      Document doc = Pictures.parse(svg);
      Element root = doc.getDocumentElement();
      assertThat(root.getNamespaceURI()).isEqualTo(SvgWriter.SVG_NS);
      assertThat(firstChild(root).getTagName()).isEqualTo("title");
      assertThat(firstChild(root).getTextContent()).isEqualTo("Body map: " + protocol.title());
      assertThat(svg).doesNotContain("href").doesNotContain("http://www.w3.org/1999/xlink");
      Set<String> ids = ids(doc);
      Matcher url = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
      int urls = 0;
      while (url.find()) {
        assertThat(ids).as("url(#%s) resolves", url.group(1)).contains(url.group(1));
        urls++;
      }
      assertThat(urls).isPositive();
      for (int n = 1; n <= protocol.stepCount(); n++) {
        assertThat(ids).contains("step-" + n);
      }
      assertThat(ids).doesNotContain("step-" + (protocol.stepCount() + 1));
    }
  }

  @Test
  void batikDrawsAMarkerOnEveryStepsSite() {
    Protocol protocol = Catalogue.armAfterAxillaryDissection();
    BodyMap map = BodyMap.of(protocol);
    List<Marker> markers = map.markers();
    BufferedImage image = Pictures.render(map.svg(), map.width(), SCALE);
    assertThat(image.getWidth()).isEqualTo((int) (map.width() * SCALE));
    assertThat(image.getHeight()).isEqualTo((int) Math.round(map.height() * SCALE));
    BodyMapLayout layout = BodyMapLayout.standard();
    int checked = 0;
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      Place site = layout.place(protocol.steps().get(i).site(), ANATOMY).orElseThrow();
      assertThat(m.y()).isEqualTo(map.y(site));
      // A probe inside the marker's disc, off its number and clear of any later marker drawn on
      // top.
      for (double[] probe : new double[][] {{0, -4.5}, {-4.5, 0}, {4.5, 0}, {0, 4.8}}) {
        double x = m.x() + probe[0];
        double y = m.y() + probe[1];
        if (topmost(markers, x, y) == m) {
          assertThat(Pictures.colour(image, x, y, SCALE))
              .as("marker %s", m.number())
              .isEqualTo(BodyMap.STEP_COLOUR);
          checked++;
          break;
        }
      }
    }
    assertThat(checked).isGreaterThan(markers.size() * 3 / 4);
  }

  @Test
  void batikDrawsTheCrossOnARemovedGroupAndTheShadeOnAffectedRegions() {
    Protocol protocol = Catalogue.armAfterAxillaryDissection();
    PatientContext patient = Catalogue.patientFor(protocol.id());
    assertThat(patient.compromise(ANATOMY.nodeGroup("AXILLARY_L"))).contains(Compromise.REMOVED);
    BodyMap map = BodyMap.of(protocol).withPatient(patient);
    List<Marker> markers = map.markers();
    BufferedImage image = Pictures.render(map.svg(), map.width(), SCALE);
    BodyMapLayout layout = BodyMapLayout.standard();
    for (BodyMapLayout.View view : BodyMapLayout.View.values()) {
      Place axilla = layout.place(ANATOMY.nodeGroup("AXILLARY_L"), view, ANATOMY).orElseThrow();
      int checked = 0;
      for (double[] arm : new double[][] {{-7, -7}, {7, 7}, {-7, 7}, {7, -7}}) {
        double x = map.x(axilla) + arm[0];
        double y = map.y(axilla) + arm[1];
        if (topmost(markers, x, y) == null) {
          assertThat(Pictures.colour(image, x, y, SCALE))
              .as("cross arm %s,%s in %s", arm[0], arm[1], view)
              .isEqualTo(BodyMap.crossColour(Compromise.REMOVED));
          checked++;
        }
      }
      assertThat(checked).as("arms of the cross not under a marker in %s", view).isPositive();
    }
    // The shade shows around an affected region's place, outside its step marker.
    var hand = ANATOMY.region("HAND_L");
    assertThat(patient.affected()).contains(hand);
    Place place = layout.place(hand, ANATOMY).orElseThrow();
    assertThat(Pictures.colour(image, map.x(place), map.y(place) + 11, SCALE))
        .isEqualTo(BodyMap.AFFECTED_COLOUR);
    // Without a patient there is no cross and no shade.
    BodyMap plain = BodyMap.of(protocol);
    BufferedImage bare = Pictures.render(plain.svg(), plain.width(), SCALE);
    assertThat(Pictures.colour(bare, map.x(place), map.y(place) + 11, SCALE))
        .isEqualTo(BodyMap.BODY_COLOUR);
  }

  @Test
  void stepsWithAnErrorOrAWarningShowTheFindingsColourAndRuleId() {
    Protocol protocol = Catalogue.seedLeg();
    var locations = protocol.locatedSteps();
    Finding error =
        Finding.builder()
            .ruleId("TEST_ERROR")
            .severity(Severity.ERROR)
            .message("an error <here> & there")
            .location(locations.get(2).location())
            .build();
    Finding warning =
        Finding.builder()
            .ruleId("TEST_WARNING")
            .severity(Severity.WARNING)
            .message("a warning")
            .location(locations.get(2).location())
            .build();
    Finding warningOnly =
        Finding.builder()
            .ruleId("TEST_WARNING")
            .severity(Severity.WARNING)
            .message("a warning")
            .location(locations.get(5).location())
            .build();
    Finding info =
        Finding.builder()
            .ruleId("TEST_INFO")
            .severity(Severity.INFO)
            .message("an info")
            .location(locations.get(0).location())
            .build();
    ValidationReport report =
        ValidationReport.of(
            protocol,
            PatientContext.none(),
            Policy.standard(),
            List.of(error, warning, warningOnly, info));
    BodyMap map = BodyMap.of(protocol).withReport(report);
    List<Marker> markers = map.markers();
    assertThat(markers.get(2).severity()).contains(Severity.ERROR);
    assertThat(markers.get(2).ruleIds()).containsExactly("TEST_ERROR", "TEST_WARNING");
    assertThat(markers.get(5).severity()).contains(Severity.WARNING);
    assertThat(markers.get(0).severity()).isEmpty();
    assertThat(markers.get(0).ruleIds()).containsExactly("TEST_INFO");
    assertThat(markers.get(1).severity()).isEmpty();
    String svg = map.svg();
    BufferedImage image = Pictures.render(svg, map.width(), SCALE);
    assertThat(Pictures.colour(image, markers.get(2).x(), markers.get(2).y() - 4.5, SCALE))
        .isEqualTo(BodyMap.ERROR_COLOUR);
    assertThat(Pictures.colour(image, markers.get(5).x(), markers.get(5).y() - 4.5, SCALE))
        .isEqualTo(BodyMap.WARNING_COLOUR);
    assertThat(Pictures.colour(image, markers.get(1).x(), markers.get(1).y() - 4.5, SCALE))
        .isEqualTo(BodyMap.STEP_COLOUR);
    Document doc = Pictures.parse(svg);
    String title = title(doc, "step-3");
    assertThat(title)
        .startsWith("Step 3: " + Instructions.describe(protocol.steps().get(2)))
        .contains("error TEST_ERROR: an error <here> & there")
        .contains("warning TEST_WARNING: a warning");
    assertThat(title(doc, "step-1")).contains("info TEST_INFO: an info");
  }

  @Test
  void theRealValidatorsFindingsReachTheMap() {
    Protocol protocol = Catalogue.seedLeg();
    ValidationReport report = Validator.standard().validate(protocol);
    List<Marker> markers = BodyMap.of(protocol).withReport(report).markers();
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.INFO && f.location().isPresent()) {
        Marker m =
            markers.stream()
                .filter(x -> x.location().equals(f.location().get()))
                .findFirst()
                .orElseThrow();
        assertThat(m.ruleIds()).contains(f.ruleId());
        assertThat(m.severity().orElseThrow()).isLessThanOrEqualTo(f.severity());
      }
    }
    assertThat(markers.stream().filter(m -> m.severity().isPresent())).isNotEmpty();
  }

  @Test
  void textFromTheProtocolIsEscaped() {
    Protocol protocol =
        Catalogue.seedLeg().withTitle("Leg <script>alert(\"x\")</script> & 'co' \u0001");
    String svg = BodyMap.of(protocol).svg();
    Document doc = Pictures.parse(svg);
    assertThat(firstChild(doc.getDocumentElement()).getTextContent())
        .isEqualTo("Body map: Leg <script>alert(\"x\")</script> & 'co' \uFFFD");
    assertThat(svg).doesNotContain("<script");
  }

  private static Marker topmost(List<Marker> markers, double x, double y) {
    Marker top = null;
    for (Marker m : markers) {
      if (Math.hypot(m.x() - x, m.y() - y) <= BodyMap.MARKER_RADIUS + 2) {
        top = m;
      }
    }
    return top;
  }

  private static Element firstChild(Element e) {
    for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        return child;
      }
    }
    throw new AssertionError("no child element");
  }

  private static String title(Document doc, String id) {
    NodeList groups = doc.getElementsByTagNameNS(SvgWriter.SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("id").equals(id)) {
        return firstChild(g).getTextContent();
      }
    }
    throw new AssertionError("no group " + id);
  }

  private static Set<String> ids(Document doc) {
    Set<String> ids = new HashSet<>();
    List<Element> todo = new ArrayList<>(List.of(doc.getDocumentElement()));
    while (!todo.isEmpty()) {
      Element e = todo.remove(todo.size() - 1);
      if (e.hasAttribute("id")) {
        assertThat(ids.add(e.getAttribute("id")))
            .as("id %s is unique", e.getAttribute("id"))
            .isTrue();
      }
      for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element child) {
          todo.add(child);
        }
      }
    }
    return ids;
  }
}
