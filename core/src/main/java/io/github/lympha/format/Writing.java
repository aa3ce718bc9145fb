package io.github.lympha.format;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes protocols and patient contexts in a canonical form, so that equal values give
 * byte-identical files: fields in a fixed order, sets sorted by id or text, numbers in their
 * shortest plain decimal form, two-space indentation, {@code \n} line ends and a final newline.
 * Absent optional values and empty lists and texts are left out; values that have a default in the
 * model (version, repeats, pressure, tempo, repetitions, tissue) are always written, so that a
 * reader of the file sees them.
 */
final class Writing {
  private static final String LINE_END = "\n";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          DefaultIndenter indenter = new DefaultIndenter("  ", LINE_END);
          Separators separators =
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator("");
          return new DefaultPrettyPrinter(separators)
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
        }
      };

  private final JsonGenerator g;

  private Writing(JsonGenerator g) {
    this.g = g;
  }

  static String protocol(Protocol protocol, Syntax syntax) {
    return write(syntax, w -> w.protocol(protocol));
  }

  static String patient(PatientContext patient, Syntax syntax) {
    return write(syntax, w -> w.patient(patient));
  }

  private static String write(Syntax syntax, java.util.function.Consumer<Writing> body) {
    StringWriter out = new StringWriter();
    TokenStreamFactory factory = syntax == Syntax.JSON ? JSON : YAML;
    ObjectWriteContext context = syntax == Syntax.JSON ? PRETTY : ObjectWriteContext.empty();
    try (JsonGenerator g = factory.createGenerator(context, out)) {
      body.accept(new Writing(g));
    }
    String text = out.toString();
    return text.endsWith(LINE_END) ? text : text + LINE_END;
  }

  private void protocol(Protocol p) {
    g.writeStartObject();
    header(ProtocolDecoder.KIND);
    text("id", p.id());
    text("title", p.title());
    text("version", p.version());
    if (p.author().isPresent()) {
      text("author", p.author().get());
    }
    if (!p.description().isEmpty()) {
      text("description", p.description());
    }
    strings("treats", ids(p.treats()));
    strings("tags", sorted(p.tags()));
    strings("sources", p.sources());
    if (!p.sequences().isEmpty()) {
      g.writeName("sequences");
      g.writeStartArray();
      for (Sequence s : p.sequences()) {
        sequence(s);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private void sequence(Sequence s) {
    g.writeStartObject();
    text("name", s.name());
    g.writeNumberProperty("repeats", s.repeats());
    g.writeName("steps");
    g.writeStartArray();
    for (Step step : s.steps()) {
      step(step);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void step(Step s) {
    g.writeStartObject();
    text("site", s.site().id());
    text("stroke", s.stroke().code());
    text("toward", s.toward().id());
    if (s.via().isPresent()) {
      text("via", s.via().get().id());
    }
    pressure(s.pressure());
    g.writeName("tempo");
    g.writeStartObject();
    number("secondsPerCycle", s.tempo().secondsPerCycle());
    g.writeEndObject();
    g.writeNumberProperty("repetitions", s.repetitions());
    if (s.hands().isPresent()) {
      text("hands", s.hands().get());
    }
    if (s.note().isPresent()) {
      text("note", s.note().get());
    }
    g.writeEndObject();
  }

  private void pressure(Pressure p) {
    g.writeName("pressure");
    g.writeStartObject();
    if (p.level().isPresent()) {
      text("level", p.level().get().name());
    }
    if (p.mmHg().isPresent()) {
      number("mmHg", p.mmHg().get());
    }
    g.writeEndObject();
  }

  private void patient(PatientContext c) {
    g.writeStartObject();
    header(PatientDecoder.KIND);
    if (c.label().isPresent()) {
      text("label", c.label().get());
    }
    if (c.setting().isPresent()) {
      text("setting", c.setting().get().name());
    }
    strings("affected", ids(c.affected()));
    if (!c.areas().isEmpty()) {
      g.writeName("areas");
      g.writeStartArray();
      for (AffectedArea a : c.areas()) {
        g.writeStartObject();
        strings("regions", ids(a.regions()));
        if (a.cause().isPresent()) {
          text("cause", a.cause().get().name());
        }
        if (a.stage().isPresent()) {
          text("stage", a.stage().get().name());
        }
        if (a.tissue().isPresent()) {
          text("tissue", a.tissue().get().name());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.compromised().isEmpty()) {
      g.writeName("compromised");
      g.writeStartArray();
      for (CompromisedNodeGroup cg : c.compromised()) {
        g.writeStartObject();
        text("group", cg.group().id());
        text("reason", cg.reason().name());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.conditions().isEmpty()) {
      g.writeName("conditions");
      g.writeStartArray();
      for (PatientCondition pc : c.conditions()) {
        g.writeStartObject();
        text("condition", pc.condition().name());
        strings("regions", ids(pc.regions()));
        if (pc.status().isPresent()) {
          text("status", pc.status().get().name());
        }
        if (pc.nyhaClass().isPresent()) {
          g.writeNumberProperty("nyhaClass", pc.nyhaClass().getAsInt());
        }
        if (pc.fever().isPresent()) {
          g.writeBooleanProperty("fever", pc.fever().get());
        }
        if (pc.treatmentDay().isPresent()) {
          g.writeNumberProperty("treatmentDay", pc.treatmentDay().getAsInt());
        }
        if (pc.metastatic().isPresent()) {
          g.writeBooleanProperty("metastatic", pc.metastatic().get());
        }
        if (pc.palliative().isPresent()) {
          g.writeBooleanProperty("palliative", pc.palliative().get());
        }
        if (pc.trimester().isPresent()) {
          g.writeNumberProperty("trimester", pc.trimester().getAsInt());
        }
        if (pc.clearance().isPresent()) {
          g.writeName("clearance");
          g.writeStartObject();
          text("by", pc.clearance().get().by());
          text("scope", pc.clearance().get().scope());
          g.writeEndObject();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    text("tissue", c.tissue().name());
    g.writeEndObject();
  }

  private void header(String kind) {
    text("lympha", Decoding.VERSION);
    text("kind", kind);
  }

  private void text(String name, String value) {
    checkArgument(
        isWellFormed(value),
        "Cannot write %s: the text holds an unpaired surrogate, which is not a character",
        name);
    g.writeStringProperty(name, value);
  }

  private void number(String name, double value) {
    g.writeName(name);
    g.writeNumber(number(value));
  }

  private void strings(String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      checkArgument(
          isWellFormed(v),
          "Cannot write %s: the text holds an unpaired surrogate, which is not a character",
          name);
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static List<String> ids(Collection<? extends Site> sites) {
    return sites.stream().map(Site::id).sorted().collect(Collectors.toList());
  }

  private static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().collect(Collectors.toList());
  }

  /**
   * The shortest plain decimal that reads back as the same double: {@code 28}, {@code 0.5}, {@code
   * 0.00001}; never an exponent. Negative zero keeps its sign.
   */
  static String number(double value) {
    checkArgument(Double.isFinite(value), "Cannot write a number that is not finite: %s", value);
    if (value == 0) {
      return Double.doubleToRawLongBits(value) == 0 ? "0" : "-0.0";
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
