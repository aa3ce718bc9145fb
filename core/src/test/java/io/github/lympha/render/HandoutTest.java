package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.sources.Sources;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HandoutTest {
  private static Document parse(String html) {
    assertThat(html).startsWith("<!DOCTYPE html>\n");
    return Pictures.parse(html.substring("<!DOCTYPE html>\n".length()));
  }

  @Test
  void holdsTitleDisclaimerMapAndNumberedStepsMatchingTheMap() {
    Protocol protocol = Catalogue.armAfterAxillaryDissection();
    PatientContext patient = Catalogue.patientFor(protocol.id());
    ValidationReport report = Validator.standard().validate(protocol, patient);
    String html = Handout.html(protocol, patient, Optional.of(report));
    assertThat(html).isEqualTo(Handout.html(protocol, patient, Optional.of(report)));
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo(protocol.title());
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent()).isEqualTo(protocol.title());
    assertThat(html).contains(SvgWriter.escape(Instructions.DISCLAIMER));
    assertThat(html).contains(BodyMap.of(protocol).withPatient(patient).withReport(report).svg());
    assertThat(html).doesNotContain("src=").doesNotContain("<link").doesNotContain("<script");
    NodeList items = doc.getElementsByTagName("li");
    int steps = 0;
    for (int i = 0; i < items.getLength(); i++) {
      Element li = (Element) items.item(i);
      if (li.getAttribute("id").startsWith("step-text-")) {
        steps++;
        assertThat(li.getAttribute("value")).isEqualTo(Integer.toString(steps));
        assertThat(li.getFirstChild().getTextContent().strip())
            .isEqualTo(Instructions.describe(protocol.steps().get(steps - 1)));
      }
    }
    assertThat(steps).isEqualTo(protocol.stepCount());
    assertThat(html)
        .contains("Estimated time: " + Instructions.duration(protocol.estimatedDuration()))
        .contains("For: " + patient.label().orElseThrow())
        .contains("id=\"findings\"")
        .contains(SvgWriter.escape(report.summary()));
    report.findings().forEach(f -> assertThat(html).contains(f.ruleId()));
  }

  @Test
  void withoutAReportThereIsNoFindingsSection() {
    String html = Handout.html(Catalogue.seedLeg());
    parse(html);
    assertThat(html).doesNotContain("id=\"findings\"").contains("@media print");
  }

  @Test
  void escapesTheProtocolsText() {
    Protocol protocol = Catalogue.seedLeg().withTitle("A <b>bold</b> & \"quoted\" title");
    String html = Handout.html(protocol);
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("h1").item(0).getTextContent())
        .isEqualTo("A <b>bold</b> & \"quoted\" title");
    assertThat(html).doesNotContain("<b>");
  }

  @Test
  void everyCatalogueProtocolHasAHandout() {
    for (Protocol p : Catalogue.all()) {
      parse(Handout.html(p, Catalogue.patientFor(p.id()), Optional.empty()));
    }
  }

  private static List<String> texts(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagName(tag);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    throw new AssertionError("no element " + id);
  }

  @Test
  void phasesAreNumberedWithTheirRepeatsAndStepsCarryTheirNotes() {
    Anatomy anatomy = Anatomy.standard();
    Protocol protocol =
        ProtocolBuilder.create("handout", "Handout")
            .treating("FOREARM_L", "HAND_L")
            .phase("Open", ph -> ph.nodes("TERMINUS_L").stationaryCircles().note("gently"))
            .phase("Again", ph -> ph.repeat(3).nodes("TERMINUS_R").stationaryCircles())
            .build();
    Document doc = parse(Handout.html(protocol));
    assertThat(texts(doc, "h3"))
        .containsExactly("Phase 1: Open", "Phase 2: Again (repeat this phase 3 times)");
    assertThat(texts(doc, "p"))
        .contains(
            "Treats: "
                + anatomy.region("FOREARM_L").name()
                + ", "
                + anatomy.region("HAND_L").name(),
            "Estimated time: "
                + Instructions.duration(protocol.estimatedDuration())
                + " (2 steps)");
    assertThat(texts(doc, "div")).containsExactly("Note: gently");
    assertThat(byId(doc, "step-text-1").getElementsByTagName("div").getLength()).isEqualTo(1);
    assertThat(byId(doc, "step-text-2").getElementsByTagName("div").getLength()).isZero();
    assertThat(doc.getElementsByTagName("section").getLength()).as("steps only").isEqualTo(1);
  }

  @Test
  void aOneStepProtocolWithoutTreatedRegionsSaysSoAndListsItsSources() {
    Protocol seed = Catalogue.seedLeg();
    assertThat(seed.sources()).isNotEmpty();
    Protocol protocol =
        ProtocolBuilder.create("one", "One")
            .sources(seed.sources().toArray(String[]::new))
            .phase("Open", ph -> ph.nodes("TERMINUS_L").stationaryCircles())
            .build();
    Document doc = parse(Handout.html(protocol));
    assertThat(byId(doc, "duration").getTextContent())
        .isEqualTo(
            "Estimated time: " + Instructions.duration(protocol.estimatedDuration()) + " (1 step)");
    assertThat(texts(doc, "p")).noneMatch(p -> p.startsWith("Treats:"));
    List<String> cites = new ArrayList<>();
    NodeList items = byId(doc, "sources").getElementsByTagName("li");
    for (int i = 0; i < items.getLength(); i++) {
      cites.add(items.item(i).getTextContent());
    }
    assertThat(cites)
        .containsExactlyElementsOf(
            seed.sources().stream().map(k -> Sources.find(k).orElseThrow().cite()).toList());
  }

  @Test
  void findingsNameTheirStepWhenTheyHaveOne() {
    Protocol protocol = Catalogue.seedLeg();
    Finding located =
        Finding.builder()
            .ruleId("AT_STEP")
            .severity(Severity.ERROR)
            .message("here")
            .location(protocol.locatedSteps().get(1).location())
            .build();
    Finding whole =
        Finding.builder().ruleId("WHOLE").severity(Severity.WARNING).message("overall").build();
    ValidationReport report =
        ValidationReport.of(
            protocol, PatientContext.none(), Policy.standard(), List.of(located, whole));
    Document doc = parse(Handout.html(protocol, PatientContext.none(), Optional.of(report)));
    NodeList items = byId(doc, "findings").getElementsByTagName("li");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element li = (Element) items.item(i);
      lines.add(li.getAttribute("class") + " | " + li.getTextContent());
    }
    assertThat(lines)
        .containsExactly(
            "warning | warning WHOLE: overall",
            "error | error AT_STEP: "
                + protocol.locatedSteps().get(1).location().describe()
                + ": here");
  }
}
