package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The body map's drawing, element by element, on a small layout whose every coordinate the test
 * knows: where the figures, markers, arrows, node groups, crosses, shades, watersheds and the
 * legend stand, and what they say.
 */
class BodyMapDrawingTest {
  private static final Anatomy ANATOMY = Anatomy.standard();

  /** Figures 200 wide and 100 high; the middle of a figure is x = 100. */
  private static final BodyMapLayout LAYOUT =
      BodyMapLayout.parse(
          String.join(
              "\n",
              "size 200 100",
              "head 100 20 10 12",
              "outline M0 0 L200 0 L200 100 Z",
              "site TERMINUS_L FRONT 120 30",
              "site TERMINUS_L BACK 80 30",
              "site AXILLARY_L FRONT 150 40",
              "site AXILLARY_R FRONT 50 40",
              "site INGUINAL_L FRONT 130 90",
              "site CHEST_L FRONT 100 60",
              "site CHEST_R FRONT 60 60",
              "site SHOULDER_L BACK 40 50",
              "site UPPER_ARM_LATERAL_L FRONT 150 59",
              "site UPPER_ARM_MEDIAL_L FRONT 150 58.99",
              "anastomosis AAA FRONT 100 50",
              "watershed SAGITTAL FRONT 100,5 100,95",
              "watershed UPPER_TRANSVERSE BACK 10,20 50,25 90,20"));

  /** Where the back figure starts: margin, front figure, gap. */
  private static final double BACK = 10 + 200 + 34;

  private static Protocol protocol(Consumer<ProtocolBuilder.Phase> steps) {
    return ProtocolBuilder.create("drawing", "Drawing").phase("Only", steps).build();
  }

  private static BodyMap map(Protocol protocol) {
    return BodyMap.of(protocol).withLayout(LAYOUT);
  }

  @Test
  void theSvgHoldsTwoFiguresTheGapsTheLegendAndTheMargins() {
    BodyMap standard = BodyMap.of(Catalogue.seedLeg());
    assertThat(standard.width()).isEqualTo(10 + 200 + 34 + 200 + 34 + 200 + 10);
    assertThat(standard.height()).isEqualTo(46 + 460 + 10);
    BodyMapLayout wide = BodyMapLayout.parse("size 300 80\nhead 1 2 3 4\noutline M0 0\n");
    BodyMap short_ = BodyMap.of(Catalogue.seedLeg()).withLayout(wide);
    assertThat(short_.width()).isEqualTo(10 + 300 + 34 + 300 + 34 + 200 + 10);
    // A short figure: the legend's twelve rows of 22 and its notes set the height.
    assertThat(short_.height()).isEqualTo(46 + 12 * 22 + 40);
    Element root = svg(standard).getDocumentElement();
    assertThat(root.getAttribute("width")).isEqualTo("688");
    assertThat(root.getAttribute("height")).isEqualTo("516");
    assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 688 516");
  }

  @Test
  void theBackFigureStandsRightOfTheFrontOneAfterTheGap() {
    BodyMap map = map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles()));
    assertThat(map.x(Place.of(BodyMapLayout.View.FRONT, 5, 7))).isEqualTo(15);
    assertThat(map.x(Place.of(BodyMapLayout.View.BACK, 5, 7))).isEqualTo(BACK + 5);
    assertThat(map.y(Place.of(BodyMapLayout.View.BACK, 5, 7))).isEqualTo(46 + 7);
    Document doc = svg(map);
    assertThat(byId(doc, "figure-front").getAttribute("transform")).isEqualTo("translate(10 46)");
    assertThat(byId(doc, "figure-back").getAttribute("transform")).isEqualTo("translate(244 46)");
    assertThat(byId(doc, "legend").getAttribute("transform")).isEqualTo("translate(478 46)");
  }

  @Test
  void stepsOnOnePlaceStandInARowAwayFromTheMiddle() {
    Protocol protocol =
        protocol(
            ph ->
                ph.region("CHEST_L")
                    .skinStretch()
                    .toward("AXILLARY_L")
                    .region("CHEST_L")
                    .skinStretch()
                    .toward("AXILLARY_L")
                    .region("CHEST_R")
                    .skinStretch()
                    .toward("AXILLARY_R")
                    .region("CHEST_R")
                    .skinStretch()
                    .toward("AXILLARY_R")
                    .nodes("AXILLARY_L")
                    .stationaryCircles()
                    .nodes("AXILLARY_L")
                    .stationaryCircles()
                    .nodes("AXILLARY_L")
                    .stationaryCircles());
    List<Marker> markers = map(protocol).markers();
    // CHEST_L stands on the middle (x 100 of 200) and counts as the right half; rows are 2 radii
    // and 1 apart.
    assertThat(markers.stream().map(Marker::x))
        .containsExactly(110.0, 125.0, 70.0, 55.0, 160.0, 175.0, 190.0);
    assertThat(markers.stream().map(Marker::y))
        .containsExactly(106.0, 106.0, 106.0, 106.0, 86.0, 86.0, 86.0);
  }

  @Test
  void theSubtitleAndDescriptionCountOneStepAsOne() {
    Protocol one = protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles());
    Document doc = svg(map(one).withPatient(PatientContext.builder().label("Ann").build()));
    assertThat(texts(doc.getDocumentElement()))
        .contains(
            "Patient: Ann · 1 step, " + Instructions.duration(one.estimatedDuration()), "Drawing");
    assertThat(child(doc.getDocumentElement(), "desc").getTextContent())
        .isEqualTo(
            "The front and the back of the body with the 1 step of the protocol as numbered"
                + " markers and arrows toward where the skin is stretched. Step 1: "
                + Instructions.describe(one.steps().get(0)));
    Protocol two =
        protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles().nodes("TERMINUS_L").pump());
    Document doc2 = svg(map(two));
    assertThat(texts(doc2.getDocumentElement()))
        .contains("2 steps, " + Instructions.duration(two.estimatedDuration()));
    assertThat(child(doc2.getDocumentElement(), "desc").getTextContent())
        .startsWith("The front and the back of the body with the 2 steps of the protocol");
  }

  @Test
  void theDescriptionNamesShadedAndCrossedOutPlacesAndEachStepsFindings() {
    Protocol protocol =
        protocol(
            ph ->
                ph.nodes("TERMINUS_L")
                    .stationaryCircles()
                    .region("CHEST_L")
                    .skinStretch()
                    .toward("AXILLARY_L"));
    PatientContext patient =
        PatientContext.builder()
            .addAffected(ANATOMY.region("CHEST_L"), ANATOMY.region("CHEST_R"))
            .addCompromised(
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_R"), Compromise.IRRADIATED))
            .build();
    ValidationReport report =
        report(
            protocol,
            finding("RULE_B", Severity.WARNING, protocol, 1),
            finding("RULE_A", Severity.ERROR, protocol, 1));
    Document doc = svg(map(protocol).withPatient(patient).withReport(report));
    assertThat(child(doc.getDocumentElement(), "desc").getTextContent())
        .isEqualTo(
            "The front and the back of the body with the 2 steps of the protocol as numbered"
                + " markers and arrows toward where the skin is stretched."
                + " Shaded: "
                + ANATOMY.region("CHEST_L").name()
                + ", "
                + ANATOMY.region("CHEST_R").name()
                + "."
                + " Crossed out (removed): "
                + ANATOMY.nodeGroup("AXILLARY_L").name()
                + "."
                + " Crossed out (irradiated): "
                + ANATOMY.nodeGroup("AXILLARY_R").name()
                + "."
                + " Step 1: "
                + Instructions.describe(protocol.steps().get(0))
                + " Step 2: "
                + Instructions.describe(protocol.steps().get(1))
                + " (error: RULE_A, RULE_B)");
  }

  @Test
  void theDefsHoldOneArrowHeadPerColour() {
    Document doc = svg(map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles())));
    Element defs = child(doc.getDocumentElement(), "defs");
    List<String> heads = new ArrayList<>();
    for (Element marker : children(defs)) {
      heads.add(marker.getAttribute("id") + " " + child(marker, "path").getAttribute("fill"));
    }
    assertThat(heads)
        .containsExactly(
            "arrow-step " + BodyMap.STEP_COLOUR,
            "arrow-warning " + BodyMap.WARNING_COLOUR,
            "arrow-error " + BodyMap.ERROR_COLOUR);
  }

  @Test
  void eachFigureIsTitledLabelledAndMarksThePatientsSides() {
    Document doc = svg(map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles())));
    Element front = byId(doc, "figure-front");
    Element back = byId(doc, "figure-back");
    assertThat(child(front, "title").getTextContent()).isEqualTo("Front of the body");
    assertThat(child(back, "title").getTextContent()).isEqualTo("Back of the body");
    assertThat(describe(child(front, "ellipse")))
        .isEqualTo("ellipse cx=100 cy=20 fill=#f4eee6 rx=10 ry=12 stroke=#8d7b68 stroke-width=1.2");
    assertThat(texts(front))
        .containsExactly(
            "text fill=#333333 font-size=11 font-weight=bold text-anchor=middle x=100 y=100 [Front]",
            "text fill=#777777 font-size=11 font-weight=bold x=4 y=14 [R]",
            "text fill=#777777 font-size=11 font-weight=bold x=188 y=14 [L]");
    assertThat(texts(back))
        .containsExactly(
            "text fill=#333333 font-size=11 font-weight=bold text-anchor=middle x=100 y=100 [Back]",
            "text fill=#777777 font-size=11 font-weight=bold x=4 y=14 [L]",
            "text fill=#777777 font-size=11 font-weight=bold x=188 y=14 [R]");
  }

  @Test
  void nodeGroupsShowOncePerPlaceStationsAsOneAndTheOtherSideDashed() {
    Document doc = svg(map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles())));
    assertThat(nodes(byId(doc, "figure-front")))
        .containsExactly(
            "circle class=node cx=120 cy=30 fill=#2e7d32 r=3.5 ["
                + ANATOMY.nodeGroup("TERMINUS_L").name()
                + "]",
            "circle class=node cx=150 cy=40 fill=#2e7d32 r=3.5 ["
                + ANATOMY.nodeGroup("AXILLARY_L").name()
                + "]",
            "g class=station ["
                + ANATOMY.findStation("INGUINAL_L").orElseThrow().name()
                + "] circle cx=130 cy=90 fill=#ffffff r=5.5 stroke=#2e7d32 stroke-width=2"
                + " circle cx=130 cy=90 fill=#2e7d32 r=2.2",
            "circle class=node cx=50 cy=40 fill=#2e7d32 r=3.5 ["
                + ANATOMY.nodeGroup("AXILLARY_R").name()
                + "]");
    assertThat(nodes(byId(doc, "figure-back")))
        .containsExactly(
            "circle class=node-behind cx=80 cy=30 fill=none r=3.5 stroke=#2e7d32"
                + " stroke-dasharray=2 1.5 stroke-width=1 ["
                + ANATOMY.nodeGroup("TERMINUS_L").name()
                + " (on the other side of the body)]");
  }

  @Test
  void affectedRegionsAreShadedCompromisedGroupsCrossedAndWatershedsDashedInTheirViews() {
    PatientContext patient =
        PatientContext.builder()
            .addAffected(ANATOMY.region("CHEST_L"), ANATOMY.region("SHOULDER_L"))
            .addCompromised(
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(ANATOMY.nodeGroup("TERMINUS_L"), Compromise.IMPAIRED))
            .build();
    Document doc =
        svg(map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles())).withPatient(patient));
    Element front = byId(doc, "figure-front");
    Element back = byId(doc, "figure-back");
    assertThat(byClass(front, "affected"))
        .containsExactly(
            "circle class=affected cx=100 cy=60 fill=#f5b8c4 r=14 [Affected: "
                + ANATOMY.region("CHEST_L").name()
                + "]");
    assertThat(byClass(back, "affected"))
        .containsExactly(
            "circle class=affected cx=40 cy=50 fill=#f5b8c4 r=14 [Affected: "
                + ANATOMY.region("SHOULDER_L").name()
                + "]");
    assertThat(byClass(front, "compromised"))
        .containsExactly(
            "path class=compromised d=M141 31 L159 49 M141 49 L159 31 fill=none"
                + " stroke=#111111 stroke-linecap=round stroke-width=2.6 ["
                + ANATOMY.nodeGroup("AXILLARY_L").name()
                + ": removed]",
            "path class=compromised d=M111 21 L129 39 M111 39 L129 21 fill=none"
                + " stroke=#757575 stroke-linecap=round stroke-width=2.6 ["
                + ANATOMY.nodeGroup("TERMINUS_L").name()
                + ": impaired]");
    assertThat(byClass(back, "compromised"))
        .containsExactly(
            "path class=compromised d=M71 21 L89 39 M71 39 L89 21 fill=none"
                + " stroke=#757575 stroke-linecap=round stroke-width=2.6 ["
                + ANATOMY.nodeGroup("TERMINUS_L").name()
                + ": impaired]");
    assertThat(byClass(front, "watershed"))
        .containsExactly(
            "path class=watershed d=M100 5 L100 95 fill=none stroke=#5c7a8a"
                + " stroke-dasharray=4 3 stroke-width=1.2 ["
                + ANATOMY.watershed("SAGITTAL").name()
                + "]");
    assertThat(byClass(back, "watershed"))
        .containsExactly(
            "path class=watershed d=M10 20 L50 25 L90 20 fill=none stroke=#5c7a8a"
                + " stroke-dasharray=4 3 stroke-width=1.2 ["
                + ANATOMY.watershed("UPPER_TRANSVERSE").name()
                + "]");
  }

  @Test
  void arrowsLeaveTheMarkerAndStopShortOfTheTargetThroughTheAnastomosis() {
    Protocol protocol =
        protocol(
            ph ->
                ph.nodes("TERMINUS_L")
                    .stationaryCircles()
                    .region("CHEST_L")
                    .skinStretch()
                    .toward("AXILLARY_L")
                    .region("CHEST_R")
                    .skinStretch()
                    .via("AAA")
                    .toward("AXILLARY_L")
                    .region("SHOULDER_L")
                    .skinStretch()
                    .toward("TERMINUS_L")
                    .region("SHOULDER_L")
                    .skinStretch()
                    .toward("AXILLARY_R"));
    ValidationReport report =
        report(
            protocol,
            finding("E", Severity.ERROR, protocol, 1),
            finding("W", Severity.WARNING, protocol, 2),
            finding("I", Severity.INFO, protocol, 3));
    BodyMap map = map(protocol).withReport(report);
    Document doc = svg(map);
    List<Element> arrows = children(byId(doc, "arrows"));
    // Step 1 works its own target: no arrow.
    assertThat(arrows).hasSize(4);
    // Step 2: marker (110, 106) toward the left axilla (160, 86).
    assertArrow(arrows.get(0), new double[][] {{110, 106}, {160, 86}});
    assertThat(arrows.get(0).getAttribute("stroke")).isEqualTo(BodyMap.ERROR_COLOUR);
    assertThat(arrows.get(0).getAttribute("marker-end")).isEqualTo("url(#arrow-error)");
    assertThat(child(arrows.get(0), "title").getTextContent())
        .isEqualTo("Step 2 toward the " + ANATOMY.nodeGroup("AXILLARY_L").name());
    // Step 3: marker (70, 106) through the anastomosis (110, 96) to the left axilla.
    assertArrow(arrows.get(1), new double[][] {{70, 106}, {110, 96}, {160, 86}});
    assertThat(arrows.get(1).getAttribute("marker-end")).isEqualTo("url(#arrow-warning)");
    assertThat(arrows.get(1).getAttribute("stroke")).isEqualTo(BodyMap.WARNING_COLOUR);
    assertThat(child(arrows.get(1), "title").getTextContent())
        .isEqualTo(
            "Step 3 toward the "
                + ANATOMY.nodeGroup("AXILLARY_L").name()
                + " through the "
                + ANATOMY.anastomosis("AAA").name());
    // Step 4 on the back: toward the terminus's place in the back view, not its front one.
    assertArrow(arrows.get(2), new double[][] {{BACK + 40, 96}, {BACK + 80, 76}});
    assertThat(arrows.get(2).getAttribute("marker-end")).isEqualTo("url(#arrow-step)");
    assertThat(arrows.get(2).getAttribute("stroke")).isEqualTo(BodyMap.STEP_COLOUR);
    // Step 5: a target with no place in the back view is reached on the front.
    assertArrow(arrows.get(3), new double[][] {{BACK + 40 - 15, 96}, {60, 86}});
  }

  @Test
  void anArrowShorterThanSixIsLeftOutAndOneOfSixIsDrawn() {
    // Target 19 from the marker: 8 off the marker and 5 short of the target leave exactly 6.
    Protocol six =
        protocol(ph -> ph.region("UPPER_ARM_LATERAL_L").skinStretch().toward("AXILLARY_L"));
    List<Element> arrows = children(byId(svg(map(six)), "arrows"));
    assertThat(arrows).hasSize(1);
    assertThat(arrows.get(0).getAttribute("d")).isEqualTo("M160 97 L160 91");
    Protocol less =
        protocol(ph -> ph.region("UPPER_ARM_MEDIAL_L").skinStretch().toward("AXILLARY_L"));
    assertThat(children(byId(svg(map(less)), "arrows"))).isEmpty();
    // Through an anastomosis an arrow is drawn even back to the site's own place.
    Step back =
        Step.builder()
            .site(ANATOMY.nodeGroup("AXILLARY_L"))
            .stroke(Stroke.STATIONARY_CIRCLE)
            .via(ANATOMY.anastomosis("AAA"))
            .toward(ANATOMY.nodeGroup("AXILLARY_L"))
            .build();
    Protocol via = six.withSequences(List.of(Sequence.of("Only", List.of(back))));
    List<Element> viaArrows = children(byId(svg(map(via)), "arrows"));
    assertThat(viaArrows).hasSize(1);
    assertArrow(viaArrows.get(0), new double[][] {{160, 86}, {110, 96}, {160, 86}});
  }

  @Test
  void aMarkersTooltipHoldsOnlyItsOwnStepsFindings() {
    Protocol protocol =
        protocol(
            ph ->
                ph.nodes("TERMINUS_L")
                    .stationaryCircles()
                    .region("CHEST_L")
                    .skinStretch()
                    .toward("AXILLARY_L"));
    ValidationReport report = report(protocol, finding("W", Severity.WARNING, protocol, 1));
    Document doc = svg(map(protocol).withReport(report));
    assertThat(child(byId(doc, "step-1"), "title").getTextContent())
        .isEqualTo("Step 1: " + Instructions.describe(protocol.steps().get(0)));
    assertThat(child(byId(doc, "step-2"), "title").getTextContent())
        .isEqualTo(
            "Step 2: " + Instructions.describe(protocol.steps().get(1)) + "\nwarning W: about W");
    assertThat(describe(child(byId(doc, "step-2"), "circle")))
        .isEqualTo(
            "circle cx=110 cy=106 fill="
                + BodyMap.WARNING_COLOUR
                + " r=7 stroke=#ffffff"
                + " stroke-width=1.2");
    assertThat(describe(child(byId(doc, "step-2"), "text")))
        .isEqualTo(
            "text fill=#ffffff font-size=8.5 font-weight=bold text-anchor=middle x=110 y=109.2"
                + " [2]");
  }

  @Test
  void numbersOfThreeDigitsAreSetSmallerInTheirMarker() {
    Protocol protocol =
        protocol(
            ph -> {
              for (int i = 0; i < 100; i++) {
                ph.nodes("TERMINUS_L").stationaryCircles();
              }
            });
    Document doc = svg(map(protocol));
    assertThat(child(byId(doc, "step-99"), "text").getAttribute("font-size")).isEqualTo("8.5");
    assertThat(child(byId(doc, "step-100"), "text").getAttribute("font-size")).isEqualTo("6.5");
  }

  @Test
  void theLegendShowsEverySymbolInARowOf22() {
    Document doc = svg(map(protocol(ph -> ph.nodes("TERMINUS_L").stationaryCircles())));
    List<String> legend = new ArrayList<>();
    for (Element e : children(byId(doc, "legend"))) {
      legend.add(describe(e));
    }
    String text = "text fill=#222222 font-size=9.5 x=24 y=";
    assertThat(legend)
        .containsExactly(
            "text fill=#222222 font-size=11 font-weight=bold x=0 y=0 [Legend]",
            "circle cx=9 cy=20 fill=#1f5fa8 r=7",
            "text fill=#ffffff font-size=8.5 font-weight=bold text-anchor=middle x=9 y=23.2 [1]",
            text + "23.5 [Step, numbered in the order worked]",
            "path d=M1 42 L17 42 marker-end=url(#arrow-step) stroke=#1f5fa8 stroke-width=1.6",
            text + "45.5 [Stretch the skin this way]",
            "circle cx=9 cy=64 fill=#d98200 r=7",
            "text fill=#ffffff font-size=8.5 font-weight=bold text-anchor=middle x=9 y=67.2 [1]",
            text + "67.5 [Step with a warning]",
            "circle cx=9 cy=86 fill=#c62828 r=7",
            "text fill=#ffffff font-size=8.5 font-weight=bold text-anchor=middle x=9 y=89.2 [1]",
            text + "89.5 [Step with an error]",
            "circle cx=9 cy=108 fill=#2e7d32 r=3.5",
            text + "111.5 [Node group]",
            "circle cx=9 cy=130 fill=#ffffff r=5.5 stroke=#2e7d32 stroke-width=2",
            "circle cx=9 cy=130 fill=#2e7d32 r=2.2",
            text + "133.5 [Station (node groups worked as one)]",
            "circle cx=9 cy=152 fill=none r=3.5 stroke=#2e7d32 stroke-dasharray=2 1.5"
                + " stroke-width=1",
            text + "155.5 [Node group on the other side]",
            "path d=M3 168 L15 180 M3 180 L15 168 stroke=#111111 stroke-linecap=round"
                + " stroke-width=2.6",
            text + "177.5 [Removed node group]",
            "path d=M3 190 L15 202 M3 202 L15 190 stroke=#7b1fa2 stroke-linecap=round"
                + " stroke-width=2.6",
            text + "199.5 [Irradiated node group]",
            "path d=M3 212 L15 224 M3 224 L15 212 stroke=#757575 stroke-linecap=round"
                + " stroke-width=2.6",
            text + "221.5 [Impaired node group]",
            "circle cx=9 cy=240 fill=#f5b8c4 r=8",
            text + "243.5 [Affected region]",
            "path d=M0 262 L18 262 stroke=#5c7a8a stroke-dasharray=4 3 stroke-width=1.2",
            text + "265.5 [Watershed]",
            "text fill=#555555 font-size=8.5 x=0 y=284 [Front: the patient's right (R) is on]",
            "text fill=#555555 font-size=8.5 x=0 y=295 [your left; back: as you see it.]");
  }

  private static void assertArrow(Element arrow, double[][] points) {
    String[] parts = arrow.getAttribute("d").split(" ");
    assertThat(parts).hasSize(points.length * 2);
    double[][] drawn = new double[points.length][];
    for (int i = 0; i < points.length; i++) {
      assertThat(parts[2 * i]).startsWith(i == 0 ? "M" : "L");
      drawn[i] =
          new double[] {
            Double.parseDouble(parts[2 * i].substring(1)), Double.parseDouble(parts[2 * i + 1])
          };
    }
    // It starts 8 from the marker's centre (1 outside its edge) toward the next point ...
    double[] start = along(points[0], points[1], 8);
    assertThat(drawn[0][0]).isCloseTo(start[0], within(0.006));
    assertThat(drawn[0][1]).isCloseTo(start[1], within(0.006));
    // ... passes the middle points as they are ...
    for (int i = 1; i < points.length - 1; i++) {
      assertThat(drawn[i]).containsExactly(points[i]);
    }
    // ... and ends 5 short of the target, for the arrow head.
    int last = points.length - 1;
    double[] end = along(points[last], points[last - 1], 5);
    assertThat(drawn[last][0]).isCloseTo(end[0], within(0.006));
    assertThat(drawn[last][1]).isCloseTo(end[1], within(0.006));
  }

  private static double[] along(double[] from, double[] to, double by) {
    double length = Math.hypot(to[0] - from[0], to[1] - from[1]);
    return new double[] {
      from[0] + (to[0] - from[0]) * by / length, from[1] + (to[1] - from[1]) * by / length
    };
  }

  private static Finding finding(String rule, Severity severity, Protocol protocol, int step) {
    return Finding.builder()
        .ruleId(rule)
        .severity(severity)
        .message("about " + rule)
        .location(protocol.locatedSteps().get(step).location())
        .build();
  }

  private static ValidationReport report(Protocol protocol, Finding... findings) {
    return ValidationReport.of(
        protocol, PatientContext.none(), Policy.standard(), List.of(findings));
  }

  private static Document svg(BodyMap map) {
    return Pictures.parse(map.svg());
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id);
  }

  private static List<Element> children(Element parent) {
    List<Element> children = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && !e.getLocalName().equals("title")) {
        children.add(e);
      }
    }
    return children;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no " + name + " in " + parent.getLocalName());
  }

  /** The texts among the children, described. */
  private static List<String> texts(Element parent) {
    List<String> texts = new ArrayList<>();
    for (Element e : children(parent)) {
      if (e.getLocalName().equals("text")) {
        texts.add(parent.getParentNode() instanceof Document ? e.getTextContent() : describe(e));
      }
    }
    return texts;
  }

  /** The node groups and stations a figure draws, described. */
  private static List<String> nodes(Element figure) {
    List<String> nodes = new ArrayList<>();
    for (Element e : children(figure)) {
      String c = e.getAttribute("class");
      if (c.equals("node") || c.equals("node-behind") || c.equals("station")) {
        nodes.add(describe(e));
      }
    }
    return nodes;
  }

  private static List<String> byClass(Element figure, String c) {
    List<String> found = new ArrayList<>();
    for (Element e : children(figure)) {
      if (e.getAttribute("class").equals(c)) {
        found.add(describe(e));
      }
    }
    return found;
  }

  /**
   * An element as its name, its attributes in name order, its title or text in brackets, then its
   * child elements.
   */
  private static String describe(Element e) {
    StringBuilder d = new StringBuilder(e.getLocalName());
    TreeMap<String, String> attributes = new TreeMap<>();
    NamedNodeMap map = e.getAttributes();
    for (int i = 0; i < map.getLength(); i++) {
      attributes.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
    }
    attributes.forEach((k, v) -> d.append(' ').append(k).append('=').append(v));
    boolean hasChildren = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      hasChildren |= n instanceof Element;
    }
    if (!hasChildren && !e.getTextContent().isEmpty()) {
      d.append(" [").append(e.getTextContent()).append(']');
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        if (child.getLocalName().equals("title")) {
          d.append(" [").append(child.getTextContent()).append(']');
        } else {
          d.append(' ').append(describe(child));
        }
      }
    }
    return d.toString();
  }
}
