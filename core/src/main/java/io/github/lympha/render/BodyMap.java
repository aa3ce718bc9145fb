package io.github.lympha.render;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.render.BodyMapLayout.View;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A protocol drawn on the body, as a standalone SVG: a front and a back figure; every node group at
 * its place (a station's members as one); the patient's affected regions shaded; removed,
 * irradiated and impaired node groups crossed out; the watersheds as dashed lines; each step as a
 * numbered marker on its site (numbered as in {@link Instructions}) with an arrow toward its
 * target, through the anastomosis when it has one; steps with an error or a warning in the
 * finding's colour, with the rule ids in the marker's tooltip; and a legend. The SVG needs no
 * external resource and is the same, byte for byte, for the same input.
 *
 * <pre>{@code
 * String svg = BodyMap.of(protocol).withPatient(patient).withReport(report).svg();
 * }</pre>
 */
public final class BodyMap {
  /** The colour of a step without errors or warnings. */
  public static final String STEP_COLOUR = "#1f5fa8";

  /** The colour of a step with a warning. */
  public static final String WARNING_COLOUR = "#d98200";

  /** The colour of a step with an error. */
  public static final String ERROR_COLOUR = "#c62828";

  /** The colour of node groups. */
  public static final String NODE_COLOUR = "#2e7d32";

  /** The colour of an affected region's shading. */
  public static final String AFFECTED_COLOUR = "#f5b8c4";

  /** The colour of the body. */
  public static final String BODY_COLOUR = "#f4eee6";

  /** The radius of a step marker. */
  public static final double MARKER_RADIUS = 7;

  private static final double MARGIN = 10;
  private static final double TOP = 46;
  private static final double GAP = 34;
  private static final double LEGEND_WIDTH = 200;
  private static final double CROSS = 9;
  private static final String FONT = "DejaVu Sans, Arial, Helvetica, sans-serif";
  private static final String[] BEHIND = {
    "fill", "none", "stroke", NODE_COLOUR, "stroke-width", "1", "stroke-dasharray", "2 1.5"
  };
  private static final String[] CLASS_BEHIND = {"class", "node-behind"};
  private static final String[] WATERSHED = {
    "stroke", "#5c7a8a", "stroke-width", "1.2", "stroke-dasharray", "4 3"
  };
  private static final String[] CLASS_WATERSHED = {"class", "watershed"};
  private static final String[] SIDE_LETTER = {
    "font-size", "11", "font-weight", "bold", "fill", "#777777"
  };
  private static final String[] NOTE = {"font-size", "8.5", "fill", "#555555"};

  private final Protocol protocol;
  private final PatientContext patient;
  private final Optional<ValidationReport> report;
  private final BodyMapLayout layout;

  private BodyMap(
      Protocol protocol,
      PatientContext patient,
      Optional<ValidationReport> report,
      BodyMapLayout layout) {
    this.protocol = protocol;
    this.patient = patient;
    this.report = report;
    this.layout = layout;
  }

  /** The body map of a protocol, without patient or report, on the standard layout. */
  public static BodyMap of(Protocol protocol) {
    return new BodyMap(
        checkNotNull(protocol, "protocol"),
        PatientContext.none(),
        Optional.empty(),
        BodyMapLayout.standard());
  }

  /** This map with the patient's affected regions and compromised node groups. */
  public BodyMap withPatient(PatientContext patient) {
    return new BodyMap(protocol, checkNotNull(patient, "patient"), report, layout);
  }

  /** This map with a validation report's errors and warnings on the steps. */
  public BodyMap withReport(ValidationReport report) {
    return new BodyMap(protocol, patient, Optional.of(checkNotNull(report, "report")), layout);
  }

  /** This map with the report if there is one. */
  public BodyMap withReport(Optional<ValidationReport> report) {
    return new BodyMap(protocol, patient, checkNotNull(report, "report"), layout);
  }

  /** This map drawn on another layout (e.g. for an app's own anatomy). */
  public BodyMap withLayout(BodyMapLayout layout) {
    return new BodyMap(protocol, patient, report, checkNotNull(layout, "layout"));
  }

  /** The SVG's width, in its user units (pixels at 100 %). */
  public double width() {
    return MARGIN + 2 * layout.width() + 2 * GAP + LEGEND_WIDTH + MARGIN;
  }

  /** The SVG's height, in its user units. */
  public double height() {
    return Math.max(TOP + layout.height() + MARGIN, TOP + LEGEND.length / 2 * 22 + 40);
  }

  /** The x of a layout place in the SVG's coordinates. */
  public double x(Place place) {
    return origin(place.view()) + place.x();
  }

  /** The y of a layout place in the SVG's coordinates. */
  public double y(Place place) {
    return TOP + place.y();
  }

  private double origin(View view) {
    return view == View.FRONT ? MARGIN : MARGIN + layout.width() + GAP;
  }

  /**
   * The step markers, one per step in working order, where the SVG draws them.
   *
   * @throws IllegalArgumentException if the layout has no place for a step's site
   */
  public ImmutableList<Marker> markers() {
    Anatomy anatomy = protocol.anatomy();
    Map<Location, List<Finding>> findings = findingsByStep();
    Map<String, Integer> atPlace = new HashMap<>();
    ImmutableList.Builder<Marker> markers = ImmutableList.builder();
    for (LocatedStep located : protocol.locatedSteps()) {
      Site site = located.step().site();
      Place place =
          layout
              .place(site, anatomy)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          String.format(
                              "The body-map layout has no place for site %s (%s); add a line"
                                  + " \"site %s FRONT|BACK X Y\" to the layout",
                              site.id(), located.location().describe(), site.id())));
      String key = place.view() + " " + place.x() + " " + place.y();
      int k = atPlace.merge(key, 1, Integer::sum) - 1;
      double outward = place.x() >= layout.width() / 2 ? 1 : -1;
      List<Finding> here = findings.getOrDefault(located.location(), List.of());
      Optional<Severity> worst =
          here.stream().map(Finding::severity).filter(s -> s != Severity.INFO).min(Enum::compareTo);
      markers.add(
          Marker.builder()
              .number(Instructions.number(located))
              .location(located.location())
              .site(site.id())
              .x(x(place) + outward * k * (2 * MARKER_RADIUS + 1))
              .y(y(place))
              .severity(worst)
              .addAllRuleIds(here.stream().map(Finding::ruleId).distinct().toList())
              .build());
    }
    return markers.build();
  }

  private Map<Location, List<Finding>> findingsByStep() {
    Map<Location, List<Finding>> byStep = new HashMap<>();
    report.ifPresent(
        r ->
            r.findings()
                .forEach(
                    f ->
                        f.location()
                            .ifPresent(
                                l -> byStep.computeIfAbsent(l, x -> new ArrayList<>()).add(f))));
    return byStep;
  }

  /** The map as a standalone SVG document. */
  public String svg() {
    ImmutableList<Marker> markers = markers();
    Anatomy anatomy = protocol.anatomy();
    SvgWriter svg = SvgWriter.create();
    svg.open(
        "svg",
        "xmlns",
        SvgWriter.SVG_NS,
        "version",
        "1.1",
        "width",
        n(width()),
        "height",
        n(height()),
        "viewBox",
        "0 0 " + n(width()) + " " + n(height()),
        "font-family",
        FONT);
    svg.element("title", "Body map: " + protocol.title());
    svg.element("desc", description(markers));
    defs(svg);
    svg.empty(
        "rect", "x", "0", "y", "0", "width", n(width()), "height", n(height()), "fill", "#ffffff");
    text(
        svg,
        protocol.title(),
        n(MARGIN),
        "20",
        "font-size",
        "15",
        "font-weight",
        "bold",
        "fill",
        "#222222");
    String sub =
        patient.label().map(l -> "Patient: " + l + " · ").orElse("")
            + protocol.stepCount()
            + (protocol.stepCount() == 1 ? " step, " : " steps, ")
            + Instructions.duration(protocol.estimatedDuration());
    text(svg, sub, n(MARGIN), "36", "font-size", "10", "fill", "#444444");
    for (View view : View.values()) {
      figure(svg, view, anatomy);
    }
    arrows(svg, markers, anatomy);
    for (Marker m : markers) {
      marker(svg, m);
    }
    legend(svg);
    return svg.close().toString();
  }

  private String description(List<Marker> markers) {
    StringBuilder d = new StringBuilder();
    d.append("The front and the back of the body with the ")
        .append(markers.size())
        .append(markers.size() == 1 ? " step" : " steps")
        .append(
            " of the protocol as numbered markers and arrows toward where the skin is"
                + " stretched.");
    if (!patient.affectedRegions().isEmpty()) {
      d.append(" Shaded: ")
          .append(String.join(", ", patient.affectedRegions().stream().map(Region::name).toList()))
          .append('.');
    }
    for (CompromisedNodeGroup c : patient.compromised()) {
      d.append(" Crossed out (").append(c.reason().label()).append("): ");
      d.append(c.group().name()).append('.');
    }
    List<Step> steps = protocol.steps();
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      d.append(" Step ")
          .append(m.number())
          .append(": ")
          .append(Instructions.describe(steps.get(i)));
      m.severity()
          .ifPresent(
              s ->
                  d.append(" (")
                      .append(s.label())
                      .append(": ")
                      .append(String.join(", ", m.ruleIds()))
                      .append(')'));
    }
    return d.toString();
  }

  private static void defs(SvgWriter svg) {
    svg.open("defs");
    arrowHead(svg, "arrow-step", STEP_COLOUR);
    arrowHead(svg, "arrow-warning", WARNING_COLOUR);
    arrowHead(svg, "arrow-error", ERROR_COLOUR);
    svg.close();
  }

  private static void arrowHead(SvgWriter svg, String id, String colour) {
    svg.open(
        "marker",
        "id",
        id,
        "viewBox",
        "0 0 10 10",
        "refX",
        "8",
        "refY",
        "5",
        "markerWidth",
        "5",
        "markerHeight",
        "5",
        "orient",
        "auto",
        "markerUnits",
        "strokeWidth");
    svg.empty("path", "d", "M0 0 L10 5 L0 10 Z", "fill", colour);
    svg.close();
  }

  private void figure(SvgWriter svg, View view, Anatomy anatomy) {
    double ox = origin(view);
    svg.open(
        "g",
        "id",
        "figure-" + view.name().toLowerCase(java.util.Locale.ROOT),
        "transform",
        "translate(" + n(ox) + " " + n(TOP) + ")");
    svg.element("title", view == View.FRONT ? "Front of the body" : "Back of the body");
    ImmutableList<Double> head = layout.head();
    svg.empty(
        "ellipse",
        "cx",
        n(head.get(0)),
        "cy",
        n(head.get(1)),
        "rx",
        n(head.get(2)),
        "ry",
        n(head.get(3)),
        "fill",
        BODY_COLOUR,
        "stroke",
        "#8d7b68",
        "stroke-width",
        "1.2");
    svg.empty(
        "path",
        "d",
        layout.outline(),
        "fill",
        BODY_COLOUR,
        "stroke",
        "#8d7b68",
        "stroke-width",
        "1.2",
        "stroke-linejoin",
        "round");
    double w = layout.width();
    text(
        svg,
        view == View.FRONT ? "Front" : "Back",
        n(w / 2),
        n(layout.height()),
        "font-size",
        "11",
        "font-weight",
        "bold",
        "text-anchor",
        "middle",
        "fill",
        "#333333");
    // The patient's sides, as seen by the viewer.
    String leftOfViewer = view == View.FRONT ? "R" : "L";
    String rightOfViewer = view == View.FRONT ? "L" : "R";
    text(svg, leftOfViewer, "4", "14", SIDE_LETTER);
    text(svg, rightOfViewer, n(w - 12), "14", SIDE_LETTER);
    for (Region region : patient.affectedRegions()) {
      layout
          .place(region, view, anatomy)
          .ifPresent(
              p -> {
                svg.open(
                    "circle",
                    circle(p.x(), p.y(), "14", "fill", AFFECTED_COLOUR, "class", "affected"));
                svg.element("title", "Affected: " + region.name());
                svg.close();
              });
    }
    anatomy
        .watersheds()
        .forEach(
            ws -> {
              List<Place> line = layout.watershed(ws.id(), view);
              if (!line.isEmpty()) {
                String d = path(line.stream().map(p -> new double[] {p.x(), p.y()}).toList());
                svg.open(
                    "path",
                    join(new String[] {"d", d, "fill", "none"}, WATERSHED, CLASS_WATERSHED));
                svg.element("title", ws.name());
                svg.close();
              }
            });
    Set<String> drawn = new LinkedHashSet<>();
    for (NodeGroup group : anatomy.nodeGroups()) {
      Optional<io.github.lympha.anatomy.Station> station = anatomy.stationOf(group);
      boolean shared = station.isPresent() && layout.places(group.id()).isEmpty();
      String name = shared ? station.get().name() : group.name();
      for (Place p : shared ? layout.places(station.get().id()) : layout.places(group.id())) {
        if (p.view() != view || !drawn.add(n(p.x()) + " " + n(p.y()))) {
          continue;
        }
        boolean primary = layout.place(group, anatomy).map(p::equals).orElse(false);
        if (!primary) {
          svg.open("circle", join(circle(p.x(), p.y(), "3.5"), BEHIND, CLASS_BEHIND));
          svg.element("title", name + " (on the other side of the body)");
        } else if (shared) {
          svg.open("g", "class", "station");
          svg.element("title", name);
          stationSymbol(svg, p.x(), p.y());
        } else {
          svg.open("circle", circle(p.x(), p.y(), "3.5", "fill", NODE_COLOUR, "class", "node"));
          svg.element("title", name);
        }
        svg.close();
      }
    }
    for (CompromisedNodeGroup c : patient.compromised()) {
      layout
          .place(c.group(), view, anatomy)
          .ifPresent(p -> cross(svg, p.x(), p.y(), c.reason(), c.group().name()));
    }
    svg.close();
  }

  /** The colour of the cross over a node group compromised this way. */
  public static String crossColour(Compromise compromise) {
    return switch (compromise) {
      case REMOVED -> "#111111";
      case IRRADIATED -> "#7b1fa2";
      case IMPAIRED -> "#757575";
    };
  }

  private static void cross(SvgWriter svg, double x, double y, Compromise compromise, String name) {
    svg.open(
        "path",
        join(
            crossPath(x, y, CROSS, compromise),
            new String[] {"fill", "none", "class", "compromised"}));
    svg.element("title", name + ": " + compromise.label());
    svg.close();
  }

  private void arrows(SvgWriter svg, List<Marker> markers, Anatomy anatomy) {
    List<LocatedStep> steps = protocol.locatedSteps();
    svg.open("g", "id", "arrows", "fill", "none", "stroke-width", "1.6", "stroke-linecap", "round");
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      Step step = steps.get(i).step();
      Place from = layout.place(step.site(), anatomy).orElseThrow();
      View view = from.view();
      List<double[]> points = new ArrayList<>();
      points.add(new double[] {m.x(), m.y()});
      step.via()
          .flatMap(layout::anastomosis)
          .filter(p -> p.view() == view)
          .ifPresent(p -> points.add(new double[] {x(p), y(p)}));
      Optional<Place> target =
          layout.place(step.toward(), view, anatomy).or(() -> layout.place(step.toward(), anatomy));
      if (target.isEmpty() || target.get().equals(from) && points.size() == 1) {
        continue;
      }
      points.add(new double[] {x(target.get()), y(target.get())});
      double[] start = toward(points.get(0), points.get(1), MARKER_RADIUS + 1);
      double[] end = toward(points.get(points.size() - 1), points.get(points.size() - 2), 5);
      if (Math.hypot(end[0] - start[0], end[1] - start[1]) < 6 && points.size() == 2) {
        continue;
      }
      points.set(0, start);
      points.set(points.size() - 1, end);
      String kind = m.severity().map(s -> s == Severity.ERROR ? "error" : "warning").orElse("step");
      svg.open(
          "path",
          "d",
          path(points),
          "stroke",
          colour(m),
          "marker-end",
          "url(#arrow-" + kind + ")",
          "class",
          "arrow");
      svg.element(
          "title",
          "Step "
              + m.number()
              + " toward the "
              + step.toward().name()
              + step.via().map(a -> " through the " + a.name()).orElse(""));
      svg.close();
    }
    svg.close();
  }

  private static double[] toward(double[] from, double[] to, double by) {
    double dx = to[0] - from[0];
    double dy = to[1] - from[1];
    double length = Math.hypot(dx, dy);
    if (length == 0) {
      return from;
    }
    double t = Math.min(by, length / 2) / length;
    return new double[] {from[0] + dx * t, from[1] + dy * t};
  }

  /** The colour a marker is drawn in: its finding's colour, else the step colour. */
  public static String colour(Marker marker) {
    return marker
        .severity()
        .map(s -> s == Severity.ERROR ? ERROR_COLOUR : WARNING_COLOUR)
        .orElse(STEP_COLOUR);
  }

  private void marker(SvgWriter svg, Marker m) {
    Step step = protocol.step(m.location());
    svg.open("g", "id", "step-" + m.number(), "class", "step");
    StringBuilder title =
        new StringBuilder("Step ")
            .append(m.number())
            .append(": ")
            .append(Instructions.describe(step));
    report.ifPresent(
        r ->
            r.findings().stream()
                .filter(f -> f.location().equals(Optional.of(m.location())))
                .forEach(
                    f ->
                        title
                            .append('\n')
                            .append(f.severity().label())
                            .append(' ')
                            .append(f.ruleId())
                            .append(": ")
                            .append(f.message())));
    svg.element("title", title.toString());
    svg.empty(
        "circle",
        circle(
            m.x(),
            m.y(),
            n(MARKER_RADIUS),
            "fill",
            colour(m),
            "stroke",
            "#ffffff",
            "stroke-width",
            "1.2"));
    String label = Integer.toString(m.number());
    markerNumber(svg, label, m.x(), m.y(), label.length() > 2 ? "6.5" : "8.5");
    svg.close();
  }

  private static final String[] LEGEND = {
    "step", "Step, numbered in the order worked",
    "arrow", "Stretch the skin this way",
    "warning", "Step with a warning",
    "error", "Step with an error",
    "node", "Node group",
    "station", "Station (node groups worked as one)",
    "behind", "Node group on the other side",
    "removed", "Removed node group",
    "irradiated", "Irradiated node group",
    "impaired", "Impaired node group",
    "affected", "Affected region",
    "watershed", "Watershed",
  };

  private void legend(SvgWriter svg) {
    double lx = MARGIN + 2 * layout.width() + 2 * GAP;
    svg.open("g", "id", "legend", "transform", "translate(" + n(lx) + " " + n(TOP) + ")");
    svg.element("title", "Legend");
    text(svg, "Legend", "0", "0", "font-size", "11", "font-weight", "bold", "fill", "#222222");
    for (int i = 0; i < LEGEND.length; i += 2) {
      double y = 20 + (i / 2) * 22;
      legendSymbol(svg, LEGEND[i], 9, y);
      text(svg, LEGEND[i + 1], "24", n(y + 3.5), "font-size", "9.5", "fill", "#222222");
    }
    double y = 20 + LEGEND.length / 2 * 22;
    text(svg, "Front: the patient's right (R) is on", "0", n(y), NOTE);
    text(svg, "your left; back: as you see it.", "0", n(y + 11), NOTE);
    svg.close();
  }

  private static void legendSymbol(SvgWriter svg, String kind, double x, double y) {
    switch (kind) {
      case "step", "warning", "error" -> {
        String colour =
            kind.equals("step")
                ? STEP_COLOUR
                : kind.equals("warning") ? WARNING_COLOUR : ERROR_COLOUR;
        svg.empty("circle", circle(x, y, n(MARKER_RADIUS), "fill", colour));
        markerNumber(svg, "1", x, y, "8.5");
      }
      case "arrow" ->
          svg.empty(
              "path",
              "d",
              path(List.of(new double[] {x - 8, y}, new double[] {x + 8, y})),
              "stroke",
              STEP_COLOUR,
              "stroke-width",
              "1.6",
              "marker-end",
              "url(#arrow-step)");
      case "node" -> svg.empty("circle", circle(x, y, "3.5", "fill", NODE_COLOUR));
      case "station" -> stationSymbol(svg, x, y);
      case "behind" -> svg.empty("circle", join(circle(x, y, "3.5"), BEHIND));
      case "removed", "irradiated", "impaired" -> {
        Compromise c = Compromise.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        svg.empty("path", crossPath(x, y, 6, c));
      }
      case "affected" -> svg.empty("circle", circle(x, y, "8", "fill", AFFECTED_COLOUR));
      default ->
          svg.empty(
              "path",
              join(
                  new String[] {
                    "d", path(List.of(new double[] {x - 9, y}, new double[] {x + 9, y}))
                  },
                  WATERSHED));
    }
  }

  private static void stationSymbol(SvgWriter svg, double x, double y) {
    svg.empty(
        "circle",
        circle(x, y, "5.5", "fill", "#ffffff", "stroke", NODE_COLOUR, "stroke-width", "2"));
    svg.empty("circle", circle(x, y, "2.2", "fill", NODE_COLOUR));
  }

  /** A text element at {@code x, y}, then its other attributes. */
  private static void text(SvgWriter svg, String content, String x, String y, String... style) {
    svg.element("text", content, join(new String[] {"x", x, "y", y}, style));
  }

  /** The white bold number in a marker's disc centred on {@code x, y}. */
  private static void markerNumber(SvgWriter svg, String label, double x, double y, String size) {
    text(
        svg,
        label,
        n(x),
        n(y + 3.2),
        "font-size",
        size,
        "font-weight",
        "bold",
        "text-anchor",
        "middle",
        "fill",
        "#ffffff");
  }

  /** A circle's attributes: its centre and radius, then the others. */
  private static String[] circle(double x, double y, String r, String... style) {
    return join(new String[] {"cx", n(x), "cy", n(y), "r", r}, style);
  }

  /** The attributes of a cross of half-width {@code r} on {@code x, y}. */
  private static String[] crossPath(double x, double y, double r, Compromise compromise) {
    String d =
        path(List.of(new double[] {x - r, y - r}, new double[] {x + r, y + r}))
            + " "
            + path(List.of(new double[] {x - r, y + r}, new double[] {x + r, y - r}));
    return new String[] {
      "d", d, "stroke", crossColour(compromise), "stroke-width", "2.6", "stroke-linecap", "round"
    };
  }

  /** The path data of a line through the points: {@code M x y L x y …}. */
  private static String path(List<double[]> points) {
    StringBuilder d = new StringBuilder();
    for (double[] p : points) {
      d.append(d.length() == 0 ? "M" : " L").append(n(p[0])).append(' ').append(n(p[1]));
    }
    return d.toString();
  }

  private static String[] join(String[]... parts) {
    List<String> all = new ArrayList<>();
    for (String[] part : parts) {
      all.addAll(List.of(part));
    }
    return all.toArray(String[]::new);
  }

  private static String n(double value) {
    return SvgWriter.number(value);
  }
}
