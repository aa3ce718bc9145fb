package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Laws of the file format: round trips are exact, writing is canonical, output fits the schema. */
class ProtocolFormatProperties {

  @Test
  void everyProtocolSurvivesAJsonRoundTrip() {
    Laws.check(
        200,
        Generators.protocolsWithAwkwardValues(),
        (Protocol protocol) -> {
          String json = ProtocolFormat.json().write(protocol);
          assertThat(ProtocolFormat.json().read(json)).isEqualTo(protocol);
        });
  }

  @Test
  void everyProtocolSurvivesAYamlRoundTrip() {
    Laws.check(
        200,
        Generators.protocolsWithAwkwardValues(),
        (Protocol protocol) -> {
          String yaml = ProtocolFormat.yaml().write(protocol);
          assertThat(ProtocolFormat.yaml().read(yaml)).isEqualTo(protocol);
        });
  }

  @Test
  void equalProtocolsAreWrittenByteForByteAlike() {
    Laws.check(
        200,
        Generators.protocolsWithAwkwardValues(),
        (Protocol protocol) -> {
          List<String> tags = new ArrayList<>(protocol.tags());
          Collections.reverse(tags);
          List<io.github.lympha.anatomy.Region> treats = new ArrayList<>(protocol.treats());
          Collections.reverse(treats);
          Protocol reordered = protocol.withTags(tags).withTreats(treats);

          assertThat(reordered).isEqualTo(protocol);
          for (ProtocolFormat f : List.of(ProtocolFormat.json(), ProtocolFormat.yaml())) {
            String text = f.write(protocol);
            assertThat(f.write(reordered)).isEqualTo(text);
            assertThat(f.write(f.read(text))).isEqualTo(text);
          }
        });
  }

  @Test
  void everyWrittenProtocolConformsToTheSchema() {
    Laws.check(
        100,
        Generators.protocolsWithAwkwardValues(),
        (Protocol protocol) -> {
          assertThat(
                  SchemaTest.errors(
                      SchemaTest.PROTOCOL, ProtocolFormat.json().write(protocol), InputFormat.JSON))
              .isEmpty();
          assertThat(
                  SchemaTest.errors(
                      SchemaTest.PROTOCOL, ProtocolFormat.yaml().write(protocol), InputFormat.YAML))
              .isEmpty();
        });
  }

  @Test
  void everyPatientSurvivesRoundTripsInBothSyntaxes() {
    Laws.check(
        200,
        Generators.patientContextsWithAwkwardLabels(),
        (PatientContext patient) -> {
          for (PatientContextFormat f :
              List.of(PatientContextFormat.json(), PatientContextFormat.yaml())) {
            String text = f.write(patient);
            assertThat(f.read(text)).isEqualTo(patient);
            assertThat(f.write(f.read(text))).isEqualTo(text);
          }
          assertThat(
                  SchemaTest.errors(
                      SchemaTest.PATIENT,
                      PatientContextFormat.json().write(patient),
                      InputFormat.JSON))
              .isEmpty();
        });
  }

  /**
   * The size limit counts UTF-8 bytes, exactly: text of non-ASCII labels is refused one byte over
   * the limit and read at the limit, and a text far under the limit is never refused.
   */
  @Test
  void theSizeLimitCountsUtf8BytesExactly() {
    Laws.check(
        200,
        Generators.protocolsWithAwkwardValues(),
        Gens.integers(-4, 4),
        Gens.integers(0, 400),
        Gens.of(true, false),
        (Protocol protocol, Integer nearLimit, Integer percentOfSize, Boolean near) -> {
          String yaml = ProtocolFormat.yaml().write(protocol);
          int bytes = yaml.getBytes(UTF_8).length;
          long limit = Math.max(1, near ? bytes + nearLimit : (long) bytes * percentOfSize / 100);
          ProtocolFormat format = ProtocolFormat.yaml().withMaxBytes(limit);
          if (bytes <= limit) {
            assertThat(format.read(yaml)).isEqualTo(protocol);
          } else {
            ProtocolFormatException e =
                catchThrowableOfType(ProtocolFormatException.class, () -> format.read(yaml));
            assertThat(e.problems())
                .singleElement()
                .satisfies(
                    p -> assertThat(p.message()).contains("larger than the limit of " + limit));
          }
        });
  }
}
