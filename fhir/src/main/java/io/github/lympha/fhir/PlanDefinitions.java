package io.github.lympha.fhir;

import static io.github.lympha.fhir.FhirNames.extension;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.render.Instructions;
import io.github.lympha.sources.Sources;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactDetail;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.hl7.fhir.r4.model.PlanDefinition.PlanDefinitionActionComponent;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * A {@link Protocol} as a FHIR R4 {@code PlanDefinition} of type clinical-protocol, and back,
 * losslessly: each sequence is a top-level action, each step a nested action in order, and the
 * step's site, stroke, pressure, tempo, repetitions, target node group and anastomosis are Lympha
 * extensions ({@link Conformance} defines them). {@code toProtocol(from(p), p.anatomy())} equals
 * {@code p}.
 */
public final class PlanDefinitions {
  /** Extension on the PlanDefinition: a region the protocol treats (repeats). */
  public static final String TREATS = extension("protocol-treats");

  /** Extension on a sequence action: how many times the sequence is performed. */
  public static final String REPEATS = extension("sequence-repeats");

  /** Extension on a step action: the site the hands work. */
  public static final String SITE = extension("step-site");

  /** Extension on a step action: the stroke. */
  public static final String STROKE = extension("step-stroke");

  /** Extension on a step action: the qualitative pressure level. */
  public static final String PRESSURE_LEVEL = extension("step-pressure-level");

  /** Extension on a step action: the pressure in mmHg. */
  public static final String PRESSURE = extension("step-pressure");

  /** Extension on a step action: seconds per cycle. */
  public static final String TEMPO = extension("step-tempo");

  /** Extension on a step action: repetitions. */
  public static final String REPETITIONS = extension("step-repetitions");

  /** Extension on a step action: the node group the skin is stretched toward. */
  public static final String TOWARD = extension("step-toward");

  /** Extension on a step action: the anastomosis of a reroute. */
  public static final String VIA = extension("step-via");

  /** Extension on a step action: where to place the hands. */
  public static final String HANDS = extension("step-hands");

  /** Extension on a step action: a note for a person. */
  public static final String NOTE = extension("step-note");

  static final ImmutableList<String> STEP_EXTENSIONS =
      ImmutableList.of(
          SITE, STROKE, PRESSURE_LEVEL, PRESSURE, TEMPO, REPETITIONS, TOWARD, VIA, HANDS, NOTE);

  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  private PlanDefinitions() {}

  /** The PlanDefinition of a protocol, with a narrative (the instructions' text). */
  public static PlanDefinition from(Protocol protocol) {
    PlanDefinition pd = new PlanDefinition();
    if (FHIR_ID.matcher(protocol.id()).matches()) {
      pd.setId(protocol.id());
    }
    pd.getMeta().addProfile(FhirNames.PROTOCOL_PROFILE);
    Narratives.set(pd, Instructions.text(protocol));
    pd.setUrl(FhirNames.BASE + "/PlanDefinition/" + protocol.id());
    pd.addIdentifier(
        new Identifier().setSystem(FhirNames.PROTOCOL_ID_SYSTEM).setValue(protocol.id()));
    pd.setVersion(protocol.version());
    pd.setTitle(protocol.title());
    pd.setType(
        new CodeableConcept(
            new Coding(FhirNames.PLAN_TYPE_SYSTEM, "clinical-protocol", "Clinical Protocol")));
    pd.setStatus(PublicationStatus.ACTIVE);
    if (!protocol.description().isEmpty()) {
      pd.setDescription(protocol.description());
    }
    protocol.author().ifPresent(a -> pd.addAuthor(new ContactDetail().setName(a)));
    for (Region r : protocol.treats()) {
      pd.addExtension(TREATS, anatomyCoding(r.id(), r.name()));
    }
    for (String tag : protocol.tags()) {
      pd.addTopic(new CodeableConcept().setText(tag));
    }
    for (String key : protocol.sources()) {
      RelatedArtifact ra =
          new RelatedArtifact().setType(RelatedArtifact.RelatedArtifactType.CITATION);
      ra.setLabel(key);
      Sources.find(key).ifPresent(src -> ra.setCitation(src.cite()));
      pd.addRelatedArtifact(ra);
    }
    for (int s = 0; s < protocol.sequences().size(); s++) {
      Sequence seq = protocol.sequences().get(s);
      PlanDefinitionActionComponent a = pd.addAction();
      a.setId("seq-" + (s + 1));
      a.setTitle(seq.name());
      a.addExtension(REPEATS, new PositiveIntType(seq.repeats()));
      for (int i = 0; i < seq.steps().size(); i++) {
        a.addAction(stepAction(seq.steps().get(i), s, i));
      }
    }
    return pd;
  }

  /** The FHIRPath of a step's action: {@code PlanDefinition.action[s].action[i]}. */
  public static String actionPath(int sequenceIndex, int stepIndex) {
    return "PlanDefinition.action[" + sequenceIndex + "].action[" + stepIndex + "]";
  }

  private static PlanDefinitionActionComponent stepAction(Step step, int s, int i) {
    PlanDefinitionActionComponent a = new PlanDefinitionActionComponent();
    a.setId("seq-" + (s + 1) + "-step-" + (i + 1));
    a.setTitle(Instructions.describe(step));
    a.addExtension(SITE, siteConcept(step.site()));
    a.addExtension(STROKE, techniqueCoding(step.stroke().code(), step.stroke().label()));
    step.pressure()
        .level()
        .ifPresent(l -> a.addExtension(PRESSURE_LEVEL, techniqueCoding(l.name(), l.label())));
    step.pressure().mmHg().ifPresent(v -> a.addExtension(PRESSURE, quantity(v, "mm[Hg]", "mmHg")));
    a.addExtension(TEMPO, quantity(step.tempo().secondsPerCycle(), "s", "s"));
    a.addExtension(REPETITIONS, new PositiveIntType(step.repetitions()));
    a.addExtension(TOWARD, siteConcept(step.toward()));
    step.via().ifPresent(v -> a.addExtension(VIA, anatomyCoding(v.id(), v.name())));
    step.hands().ifPresent(h -> a.addExtension(HANDS, new StringType(h)));
    step.note().ifPresent(n -> a.addExtension(NOTE, new StringType(n)));
    return a;
  }

  private static Quantity quantity(double value, String ucum, String unit) {
    return new Quantity()
        .setValue(BigDecimal.valueOf(value))
        .setUnit(unit)
        .setSystem(FhirNames.UCUM)
        .setCode(ucum);
  }

  static Coding anatomyCoding(String id, String name) {
    return new Coding(FhirNames.ANATOMY_SYSTEM, id, name);
  }

  static Coding techniqueCoding(String code, String label) {
    return new Coding(FhirNames.TECHNIQUE_SYSTEM, code, label);
  }

  /** A site as a bodySite-style concept: its Lympha id, and for node groups their codings. */
  static CodeableConcept siteConcept(Site site) {
    CodeableConcept cc = new CodeableConcept();
    cc.addCoding(anatomyCoding(site.id(), site.name()));
    if (site instanceof NodeGroup) {
      for (io.github.lympha.anatomy.Coding c : ((NodeGroup) site).codings()) {
        cc.addCoding(new Coding().setSystem(FhirNames.system(c.system())).setCode(c.code()));
      }
    }
    cc.setText(site.name());
    return cc;
  }

  /** The protocol of a PlanDefinition on the standard anatomy. */
  public static Protocol toProtocol(PlanDefinition plan) {
    return toProtocol(plan, Anatomy.standard());
  }

  /**
   * The protocol of a PlanDefinition Lympha wrote (or one of the same shape), on an anatomy; fails
   * with every problem found, each naming the resource and FHIRPath location.
   */
  public static Protocol toProtocol(PlanDefinition plan, Anatomy anatomy) {
    return new Reader(plan, anatomy).read();
  }

  /** Reads one PlanDefinition, collecting problems. */
  private static final class Reader {
    private final PlanDefinition plan;
    private final Anatomy anatomy;
    private final String resource;
    private final List<String> problems = new ArrayList<>();

    Reader(PlanDefinition plan, Anatomy anatomy) {
      this.plan = plan;
      this.anatomy = anatomy;
      this.resource =
          plan.getIdElement().hasIdPart()
              ? "PlanDefinition/" + plan.getIdElement().getIdPart()
              : "PlanDefinition";
    }

    private void problem(String path, String what, Object... args) {
      problems.add(resource + ": " + path + ": " + String.format(what, args));
    }

    private FhirMappingException failure() {
      return new FhirMappingException(problems);
    }

    Protocol read() {
      List<Identifier> ids =
          plan.getIdentifier().stream()
              .filter(i -> FhirNames.PROTOCOL_ID_SYSTEM.equals(i.getSystem()))
              .collect(Collectors.toList());
      if (ids.size() != 1 || !ids.get(0).hasValue()) {
        problem(
            "PlanDefinition.identifier",
            "not a Lympha protocol: expected exactly one identifier with system %s (the protocol"
                + " id), found %s",
            FhirNames.PROTOCOL_ID_SYSTEM,
            ids.size());
        throw failure();
      }
      Protocol.Builder b = Protocol.builder().anatomy(anatomy).id(ids.get(0).getValue());
      if (!plan.hasTitle()) {
        problem("PlanDefinition.title", "missing; a Lympha protocol needs a title");
      } else {
        b.title(plan.getTitle());
      }
      if (plan.hasVersion()) {
        b.version(plan.getVersion());
      }
      if (plan.hasDescription()) {
        b.description(plan.getDescription());
      }
      for (int i = 0; i < plan.getAuthor().size(); i++) {
        ContactDetail c = plan.getAuthor().get(i);
        if (i > 0 || !c.hasName()) {
          problem(
              "PlanDefinition.author[" + i + "]",
              "a Lympha protocol has at most one author, given by name");
        } else {
          b.author(c.getName());
        }
      }
      for (int i = 0; i < plan.getTopic().size(); i++) {
        CodeableConcept t = plan.getTopic().get(i);
        if (!t.hasText() || t.hasCoding()) {
          problem("PlanDefinition.topic[" + i + "]", "a Lympha tag is a topic with text only");
        } else {
          b.addTags(t.getText());
        }
      }
      for (int i = 0; i < plan.getRelatedArtifact().size(); i++) {
        RelatedArtifact ra = plan.getRelatedArtifact().get(i);
        if (!ra.hasLabel()) {
          problem(
              "PlanDefinition.relatedArtifact[" + i + "].label",
              "missing; a Lympha source is a citation labelled with its key, e.g. S1");
        } else {
          b.addSources(ra.getLabel());
        }
      }
      int t = 0;
      for (Extension e : plan.getExtension()) {
        String path = "PlanDefinition.extension[" + t++ + "]";
        if (TREATS.equals(e.getUrl())) {
          code(path, e.getValue(), FhirNames.ANATOMY_SYSTEM, "region")
              .ifPresent(
                  id -> {
                    Optional<Region> r = anatomy.findRegion(id);
                    if (r.isPresent()) {
                      b.addTreats(r.get());
                    } else {
                      problem(path, "unknown region \"%s\" in the protocol's anatomy", id);
                    }
                  });
        } else {
          unknownExtension(path, e.getUrl());
        }
      }
      for (int s = 0; s < plan.getAction().size(); s++) {
        sequence(plan.getAction().get(s), s).ifPresent(b::addSequences);
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem("PlanDefinition", "%s", e.getMessage());
        throw failure();
      }
    }

    private void unknownExtension(String path, String url) {
      if (url != null && url.startsWith(FhirNames.BASE)) {
        problem(path, "unknown Lympha extension %s here", url);
      }
      // Other extensions (a clinic's own) are theirs; Lympha keeps to what it knows.
    }

    private Optional<Sequence> sequence(PlanDefinitionActionComponent a, int s) {
      String path = "PlanDefinition.action[" + s + "]";
      Sequence.Builder b = Sequence.builder();
      if (!a.hasTitle()) {
        problem(path + ".title", "missing; a sequence action needs the sequence's name");
      } else {
        b.name(a.getTitle());
      }
      int x = 0;
      for (Extension e : a.getExtension()) {
        String ep = path + ".extension[" + x++ + "]";
        if (REPEATS.equals(e.getUrl())) {
          positive(ep, e.getValue()).ifPresent(b::repeats);
        } else {
          unknownExtension(ep, e.getUrl());
        }
      }
      if (!a.hasAction()) {
        problem(path + ".action", "missing; a sequence action needs its steps as nested actions");
      }
      for (int i = 0; i < a.getAction().size(); i++) {
        step(a.getAction().get(i), s, i).ifPresent(b::addSteps);
      }
      if (!problems.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(b.build());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem(path, "%s", e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<Step> step(PlanDefinitionActionComponent a, int s, int i) {
      String path = actionPath(s, i);
      int before = problems.size();
      Step.Builder b = Step.builder();
      Optional<PressureLevel> level = Optional.empty();
      Optional<Double> mmHg = Optional.empty();
      boolean site = false;
      boolean stroke = false;
      boolean toward = false;
      if (a.hasAction()) {
        problem(path + ".action", "a step action has no nested actions");
      }
      int x = 0;
      for (Extension e : a.getExtension()) {
        String ep = path + ".extension[" + x++ + "]";
        String url = e.getUrl() == null ? "" : e.getUrl();
        Type v = e.getValue();
        if (url.equals(SITE)) {
          site = true;
          code(ep, v, FhirNames.ANATOMY_SYSTEM, "site")
              .flatMap(id -> found(ep, "site", id, anatomy::findSite))
              .ifPresent(b::site);
        } else if (url.equals(TOWARD)) {
          toward = true;
          code(ep, v, FhirNames.ANATOMY_SYSTEM, "node group")
              .flatMap(id -> found(ep, "node group", id, anatomy::findNodeGroup))
              .ifPresent(b::toward);
        } else if (url.equals(VIA)) {
          code(ep, v, FhirNames.ANATOMY_SYSTEM, "anastomosis")
              .flatMap(id -> found(ep, "anastomosis", id, anatomy::findAnastomosis))
              .ifPresent(b::via);
        } else if (url.equals(STROKE)) {
          stroke = true;
          code(ep, v, FhirNames.TECHNIQUE_SYSTEM, "stroke")
              .flatMap(c -> constant(ep, "stroke", c, Stroke.values()))
              .ifPresent(b::stroke);
        } else if (url.equals(PRESSURE_LEVEL)) {
          level =
              code(ep, v, FhirNames.TECHNIQUE_SYSTEM, "pressure level")
                  .flatMap(c -> constant(ep, "pressure level", c, PressureLevel.values()));
        } else if (url.equals(PRESSURE)) {
          mmHg = quantity(ep, v, "mm[Hg]");
        } else if (url.equals(TEMPO)) {
          quantity(ep, v, "s")
              .flatMap(sec -> built(ep, () -> Tempo.ofSeconds(sec)))
              .ifPresent(b::tempo);
        } else if (url.equals(REPETITIONS)) {
          positive(ep, v).ifPresent(b::repetitions);
        } else if (url.equals(HANDS)) {
          string(ep, v).ifPresent(b::hands);
        } else if (url.equals(NOTE)) {
          string(ep, v).ifPresent(b::note);
        } else {
          unknownExtension(ep, url);
        }
      }
      if (!site) {
        problem(path, "missing extension %s (the site the hands work)", SITE);
      }
      if (!stroke) {
        problem(path, "missing extension %s (the stroke)", STROKE);
      }
      if (!toward) {
        problem(path, "missing extension %s (the node group toward which)", TOWARD);
      }
      Optional<PressureLevel> lv = level;
      Optional<Double> mm = mmHg;
      if (lv.isPresent() || mm.isPresent()) {
        built(
                path + ".extension('" + PRESSURE + "')",
                () ->
                    lv.isPresent() && mm.isPresent()
                        ? Pressure.of(lv.get(), mm.get())
                        : lv.isPresent() ? Pressure.of(lv.get()) : Pressure.ofMmHg(mm.get()))
            .ifPresent(b::pressure);
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return built(path, b::build);
    }

    private <T> Optional<T> built(String path, java.util.function.Supplier<T> make) {
      try {
        return Optional.of(make.get());
      } catch (IllegalArgumentException | IllegalStateException e) {
        problem(path, "%s", e.getMessage());
        return Optional.empty();
      }
    }

    private <T> Optional<T> found(
        String path, String what, String id, Function<String, Optional<T>> find) {
      Optional<T> t = find.apply(id);
      if (t.isEmpty()) {
        problem(path, "unknown %s \"%s\" in the protocol's anatomy", what, id);
      }
      return t;
    }

    private <E extends Enum<E>> Optional<E> constant(
        String path, String what, String code, E[] values) {
      for (E e : values) {
        if (e.name().equals(code)) {
          return Optional.of(e);
        }
      }
      problem(
          path,
          "unknown %s \"%s\"; expected one of %s",
          what,
          code,
          Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", ")));
      return Optional.empty();
    }

    /** The code of the value's coding in a system (a Coding or a CodeableConcept holding one). */
    private Optional<String> code(String path, Type value, String system, String what) {
      List<Coding> codings;
      if (value instanceof Coding) {
        codings = ImmutableList.of((Coding) value);
      } else if (value instanceof CodeableConcept) {
        codings = ((CodeableConcept) value).getCoding();
      } else {
        problem(
            path, "expected a Coding or CodeableConcept for the %s, found %s", what, type(value));
        return Optional.empty();
      }
      List<String> codes =
          codings.stream()
              .filter(c -> system.equals(c.getSystem()) && c.hasCode())
              .map(Coding::getCode)
              .collect(Collectors.toList());
      if (codes.size() != 1) {
        problem(path, "expected one %s coded in %s, found %s", what, system, codes.size());
        return Optional.empty();
      }
      return Optional.of(codes.get(0));
    }

    private Optional<Integer> positive(String path, Type value) {
      if (!(value instanceof PositiveIntType) || !((PositiveIntType) value).hasValue()) {
        problem(path, "expected a valuePositiveInt, found %s", type(value));
        return Optional.empty();
      }
      return Optional.of(((PositiveIntType) value).getValue());
    }

    private Optional<String> string(String path, Type value) {
      if (!(value instanceof StringType) || !((StringType) value).hasValue()) {
        problem(path, "expected a valueString, found %s", type(value));
        return Optional.empty();
      }
      return Optional.of(((StringType) value).getValue());
    }

    private Optional<Double> quantity(String path, Type value, String ucum) {
      if (!(value instanceof Quantity) || !((Quantity) value).hasValue()) {
        problem(path, "expected a valueQuantity in %s, found %s", ucum, type(value));
        return Optional.empty();
      }
      Quantity q = (Quantity) value;
      if (!FhirNames.UCUM.equals(q.getSystem()) || !ucum.equals(q.getCode())) {
        problem(
            path, "expected a quantity in UCUM %s, found %s %s", ucum, q.getSystem(), q.getCode());
        return Optional.empty();
      }
      return Optional.of(q.getValue().doubleValue());
    }

    private static String type(Type value) {
      return value == null ? "no value" : "a " + value.fhirType();
    }
  }

  static ImmutableSet<String> stepExtensions() {
    return ImmutableSet.copyOf(STEP_EXTENSIONS);
  }
}
