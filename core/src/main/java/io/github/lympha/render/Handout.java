package io.github.lympha.render;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.sources.Source;
import io.github.lympha.sources.Sources;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A protocol as one self-contained HTML page for a patient or a student: the title, the reminder
 * that Lympha gives no medical advice, the {@link BodyMap} inline, the numbered instructions (the
 * same numbers as on the map), the estimated duration, the findings when a report is given, and the
 * sources. Its print style fits A4 and Letter in at most two pages. The page loads nothing from
 * elsewhere and is the same, byte for byte, for the same input; it is also well-formed XML.
 *
 * <pre>{@code
 * String html = Handout.html(protocol, patient, Optional.of(report));
 * }</pre>
 */
public final class Handout {
  private static final String STYLE =
      """
      body{font-family:DejaVu Sans,Arial,Helvetica,sans-serif;color:#222;max-width:60rem;\
      margin:1.5rem auto;padding:0 1rem;line-height:1.4;overflow-wrap:break-word}
      h1{font-size:1.5rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1rem 0 .3rem}
      h3{font-size:1rem;margin:.6rem 0 .2rem}
      .meta{color:#444;margin:.2rem 0}
      .disclaimer{border-left:4px solid #c62828;padding:.3rem .6rem;background:#fdf3f3}
      #map{margin:.5rem 0}#map svg{width:100%;height:auto;display:block}
      ol{margin:.2rem 0 .4rem;padding-left:2.2rem}li{margin:.1rem 0}
      .note{color:#555;font-style:italic}
      .error{color:#c62828}.warning{color:#a35f00}
      .sources{font-size:.85rem;color:#444}
      @page{margin:12mm}
      @media print{body{margin:0;max-width:none;padding:0;font-size:9pt;line-height:1.2}
      h1{font-size:14pt}h2{font-size:10.5pt;margin:.3rem 0 .1rem}h3{font-size:9pt;margin:.2rem 0 0}
      p{margin:.15rem 0}.disclaimer{padding:.15rem .5rem}
      #map{break-inside:avoid;margin:.2rem 0}#map svg{max-height:110mm}
      ol{margin:.1rem 0 .2rem;padding-left:1.6rem}li{break-inside:avoid;margin:0}
      #steps{columns:2;column-gap:6mm}#steps h3{break-after:avoid}
      #findings,.sources{font-size:7.5pt}}
      """;

  private Handout() {}

  /** The handout of a protocol, without patient or report. */
  public static String html(Protocol protocol) {
    checkNotNull(protocol, "protocol");
    return html(protocol, PatientContext.none(), Optional.empty());
  }

  /** The handout of a protocol for a patient, with the findings of a report if one is given. */
  public static String html(
      Protocol protocol, PatientContext patient, Optional<ValidationReport> report) {
    checkNotNull(protocol, "protocol");
    checkNotNull(patient, "patient");
    checkNotNull(report, "report");
    SvgWriter html = SvgWriter.htmlPage(protocol.title(), STYLE, "lang", "en");
    html.open("header");
    html.element("h1", protocol.title());
    patient.label().ifPresent(l -> html.element("p", "For: " + l, "class", "meta"));
    if (!protocol.treats().isEmpty()) {
      html.element(
          "p",
          "Treats: "
              + protocol.treats().stream().map(Region::name).collect(Collectors.joining(", ")),
          "class",
          "meta");
    }
    html.element(
        "p",
        "Estimated time: "
            + Instructions.duration(protocol.estimatedDuration())
            + " ("
            + protocol.stepCount()
            + (protocol.stepCount() == 1 ? " step)" : " steps)"),
        "class",
        "meta",
        "id",
        "duration");
    html.element("p", Instructions.DISCLAIMER, "class", "disclaimer", "id", "disclaimer");
    html.close();
    html.open("main");
    html.open("figure", "id", "map");
    html.raw(BodyMap.of(protocol).withPatient(patient).withReport(report).svg());
    html.close();
    html.open("section", "id", "steps");
    html.element("h2", "Steps");
    List<LocatedStep> located = protocol.locatedSteps();
    int index = 0;
    for (int s = 0; s < protocol.sequences().size(); s++) {
      Sequence seq = protocol.sequences().get(s);
      String heading = "Phase " + (s + 1) + ": " + seq.name();
      if (seq.repeats() > 1) {
        heading += " (repeat this phase " + seq.repeats() + " times)";
      }
      html.element("h3", heading);
      if (seq.steps().isEmpty()) {
        continue;
      }
      html.open("ol", "start", Integer.toString(Instructions.number(located.get(index))));
      for (int i = 0; i < seq.steps().size(); i++, index++) {
        LocatedStep step = located.get(index);
        String number = Integer.toString(Instructions.number(step));
        html.open("li", "id", "step-text-" + number, "value", number);
        html.raw(SvgWriter.escape(Instructions.describe(step.step())));
        step.step().note().ifPresent(n -> html.element("div", "Note: " + n, "class", "note"));
        html.close();
      }
      html.close();
    }
    html.close();
    report.ifPresent(r -> findings(html, r));
    if (!protocol.sources().isEmpty()) {
      html.open("section", "class", "sources", "id", "sources");
      html.element("h2", "Sources");
      html.open("ul");
      for (String key : protocol.sources()) {
        html.element("li", Sources.find(key).map(Source::cite).orElse(key));
      }
      html.close();
      html.close();
    }
    html.close();
    html.close();
    html.close();
    return html.toString();
  }

  private static void findings(SvgWriter html, ValidationReport report) {
    html.open("section", "id", "findings");
    html.element("h2", "Findings");
    html.element("p", report.summary());
    if (!report.findings().isEmpty()) {
      html.open("ul");
      for (Finding f : report.findings()) {
        String where = f.location().map(l -> l.describe() + ": ").orElse("");
        html.element(
            "li",
            f.severity().label() + " " + f.ruleId() + ": " + where + f.message(),
            "class",
            f.severity().label());
      }
      html.close();
    }
    html.element("p", ValidationReport.DISCLAIMER, "class", "meta");
    html.close();
  }
}
