package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas agree with the reader: what one accepts the other accepts, and the same for
 * refusals.
 */
class SchemaTest {
  static final Schema PROTOCOL = schema(ProtocolFormat.schema());
  static final Schema PATIENT = schema(PatientContextFormat.schema());

  static Schema schema(String text) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text);
  }

  static List<String> errors(Schema schema, String text, InputFormat format) {
    return schema.validate(text, format).stream()
        .map(Object::toString)
        .collect(Collectors.toList());
  }

  @Test
  void everyWrittenSampleConformsToItsSchema() {
    for (var p : List.of(Samples.fullProtocol(), Samples.minimalProtocol())) {
      assertThat(errors(PROTOCOL, ProtocolFormat.json().write(p), InputFormat.JSON)).isEmpty();
      assertThat(errors(PROTOCOL, ProtocolFormat.yaml().write(p), InputFormat.YAML)).isEmpty();
    }
    for (var p : List.of(Samples.fullPatient(), io.github.lympha.patient.PatientContext.none())) {
      assertThat(errors(PATIENT, PatientContextFormat.json().write(p), InputFormat.JSON)).isEmpty();
      assertThat(errors(PATIENT, PatientContextFormat.yaml().write(p), InputFormat.YAML)).isEmpty();
    }
  }

  @Test
  void everyCatalogueProtocolAndItsPatientConformToTheSchemas() {
    assertThat(Catalogue.all()).isNotEmpty();
    for (Protocol p : Catalogue.all()) {
      assertThat(errors(PROTOCOL, ProtocolFormat.json().write(p), InputFormat.JSON))
          .as(p.id())
          .isEmpty();
      assertThat(errors(PROTOCOL, ProtocolFormat.yaml().write(p), InputFormat.YAML))
          .as(p.id())
          .isEmpty();
      PatientContext patient = Catalogue.patientFor(p.id());
      assertThat(errors(PATIENT, PatientContextFormat.json().write(patient), InputFormat.JSON))
          .as(p.id())
          .isEmpty();
      assertThat(errors(PATIENT, PatientContextFormat.yaml().write(patient), InputFormat.YAML))
          .as(p.id())
          .isEmpty();
    }
  }

  /**
   * Each is the valid minimal protocol broken in one way; the schema and the reader both refuse it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"lympha\": \"1\", -> ",
        "\"lympha\": \"1\", -> \"lympha\": \"2\",",
        "\"lympha\": \"1\", -> \"lympha\": 1,",
        "\"kind\": \"protocol\", -> \"kind\": \"patient\",",
        "\"id\": \"minimal\", -> \"id\": \"Minimal protocol\",",
        "\"title\": \"Minimal\", -> \"title\": \" \",",
        "\"title\": \"Minimal\", -> \"title\": \"Minimal\", \"colour\": \"red\",",
        "\"title\": \"Minimal\", -> \"title\": \"Minimal\", \"tags\": [\"a\", \"a\"],",
        "\"title\": \"Minimal\", -> \"title\": \"Minimal\", \"tags\": [\" \"],",
        "\"title\": \"Minimal\", -> \"title\": \"Minimal\", \"sources\": [\"\"],",
        "\"title\": \"Minimal\", -> \"title\": \"Minimal\", \"treats\": [\"neck left\"],",
        "\"version\": \"1\", -> \"version\": 1,",
        "\"repeats\": 1, -> \"repeats\": 0,",
        "\"repeats\": 1, -> \"repeats\": 1.5,",
        "\"stroke\": \"STATIONARY_CIRCLE\", -> \"stroke\": \"pumping\",",
        "\"stroke\": \"STATIONARY_CIRCLE\", -> ",
        "\"repetitions\": 5 -> \"repetitions\": 0",
        "\"repetitions\": 5 -> \"repetitions\": 1001",
        "\"repetitions\": 5 -> \"repetitions\": \"five\"",
        "\"level\": \"LIGHT\" -> \"level\": \"GENTLE\"",
        "\"level\": \"LIGHT\" -> \"mmHg\": -5",
        "\"level\": \"LIGHT\" -> \"mmHg\": 201",
        "\"level\": \"LIGHT\" -> ",
        "\"secondsPerCycle\": 1 -> \"secondsPerCycle\": 0.1",
        "\"secondsPerCycle\": 1 -> \"seconds\": 1",
        "\"site\": \"NECK_L\", -> \"site\": \"neck_l\",",
        "\"toward\": \"TERMINUS_L\", -> \"toward\": \"TERMINUS_L\", \"hands\": \"\",",
        "\"steps\": [ -> \"steps\": [], \"x\": [",
      })
  void aBrokenProtocolIsRefusedByTheSchemaAndTheReader(String edit) {
    String[] change = edit.split(" -> ", -1);
    String valid = ProtocolFormat.json().write(Samples.minimalProtocol());
    assertThat(valid).contains(change[0]);
    String broken = valid.replace(change[0], change[1]).replace(",\n    }", "\n    }");

    assertThat(errors(PROTOCOL, broken, InputFormat.JSON)).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> ProtocolFormat.json().read(broken))
        .isInstanceOf(ProtocolFormatException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"kind\": \"patient\", -> \"kind\": \"protocol\",",
        "\"label\": \"left leg lymphoedema after inguinal dissection\", -> \"label\": \"\",",
        "\"reason\": \"REMOVED\" -> \"reason\": \"CUT\"",
        "\"condition\": \"BRONCHIAL_ASTHMA\" -> \"condition\": \"ASTHMA\"",
        "\"tissue\": \"FIBROTIC\" -> \"tissue\": \"HARD\"",
        "\"SHIN_L\" -> \"SHIN_L\", \"SHIN_L\"",
        "\"tissue\": \"FIBROTIC\" -> \"tissue\": \"NORMAL\", \"age\": 60",
      })
  void aBrokenPatientIsRefusedByTheSchemaAndTheReader(String edit) {
    String[] change = edit.split(" -> ", -1);
    String valid = PatientContextFormat.json().write(Samples.fullPatient());
    assertThat(valid).contains(change[0]);
    String broken = valid.replace(change[0], change[1]);

    assertThat(errors(PATIENT, broken, InputFormat.JSON)).as("schema errors").isNotEmpty();
    assertThatThrownBy(() -> PatientContextFormat.json().read(broken))
        .isInstanceOf(ProtocolFormatException.class);
  }

  @Test
  void theSchemasListTheModelsCodes() {
    assertThat(enumIn(ProtocolFormat.schema(), "stroke"))
        .containsExactlyElementsOf(codes(Stroke.values()));
    assertThat(enumIn(ProtocolFormat.schema(), "level"))
        .containsExactlyElementsOf(codes(PressureLevel.values()));
    assertThat(enumIn(PatientContextFormat.schema(), "reason"))
        .containsExactlyElementsOf(codes(Compromise.values()));
    assertThat(enumIn(PatientContextFormat.schema(), "condition"))
        .containsExactlyElementsOf(codes(Condition.values()));
    assertThat(enumIn(PatientContextFormat.schema(), "tissue"))
        .containsExactlyElementsOf(codes(TissueState.values()));
  }

  @Test
  void theSchemasNameEveryFieldTheReaderKnows() {
    assertThat(ProtocolFormat.schema())
        .contains(quoted(ProtocolDecoder.ROOT))
        .contains(quoted(ProtocolDecoder.SEQUENCE))
        .contains(quoted(ProtocolDecoder.STEP))
        .contains(quoted(ProtocolDecoder.PRESSURE))
        .contains(quoted(ProtocolDecoder.TEMPO));
    assertThat(PatientContextFormat.schema())
        .contains(quoted(PatientDecoder.ROOT))
        .contains(quoted(PatientDecoder.COMPROMISED))
        .contains(quoted(PatientDecoder.CONDITION));
  }

  @Test
  void theDocsPublishTheSameSchemas() throws IOException {
    Path docs = Path.of("..", "docs");
    assertThat(Files.readString(docs.resolve("protocol.schema.json")))
        .isEqualTo(ProtocolFormat.schema());
    assertThat(Files.readString(docs.resolve("patient.schema.json")))
        .isEqualTo(PatientContextFormat.schema());
  }

  private static String[] quoted(List<String> fields) {
    return fields.stream().map(f -> "\"" + f + "\": {").toArray(String[]::new);
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
  }

  /** The enum of a property in the schema text, found by its name. */
  private static List<String> enumIn(String schema, String property) {
    Matcher m =
        Pattern.compile("\"" + property + "\": \\{[^{}]*?\"enum\": \\[([^\\]]*)\\]", Pattern.DOTALL)
            .matcher(schema);
    assertThat(m.find()).as("enum of " + property).isTrue();
    return Arrays.stream(m.group(1).split(","))
        .map(s -> s.strip().replace("\"", ""))
        .collect(Collectors.toList());
  }
}
