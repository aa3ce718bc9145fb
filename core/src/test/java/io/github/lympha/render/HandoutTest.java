package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
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
}
