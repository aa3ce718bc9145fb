package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.FixedSeeds;
import io.github.lympha.testing.LymphaArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Laws of the file format: round trips are exact, writing is canonical, output fits the schema. */
@AddLifecycleHook(FixedSeeds.class)
class ProtocolFormatProperties {

  @Provide
  Arbitrary<Protocol> protocols() {
    return LymphaArbitraries.protocolsWithAwkwardValues();
  }

  @Provide
  Arbitrary<PatientContext> patients() {
    return LymphaArbitraries.patientContextsWithAwkwardLabels();
  }

  @Property(tries = 200)
  void everyProtocolSurvivesAJsonRoundTrip(@ForAll("protocols") Protocol protocol) {
    String json = ProtocolFormat.json().write(protocol);
    assertThat(ProtocolFormat.json().read(json)).isEqualTo(protocol);
  }

  @Property(tries = 200)
  void everyProtocolSurvivesAYamlRoundTrip(@ForAll("protocols") Protocol protocol) {
    String yaml = ProtocolFormat.yaml().write(protocol);
    assertThat(ProtocolFormat.yaml().read(yaml)).isEqualTo(protocol);
  }

  @Property(tries = 200)
  void equalProtocolsAreWrittenByteForByteAlike(@ForAll("protocols") Protocol protocol) {
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
  }

  @Property(tries = 100)
  void everyWrittenProtocolConformsToTheSchema(@ForAll("protocols") Protocol protocol) {
    assertThat(
            SchemaTest.errors(
                SchemaTest.PROTOCOL, ProtocolFormat.json().write(protocol), InputFormat.JSON))
        .isEmpty();
    assertThat(
            SchemaTest.errors(
                SchemaTest.PROTOCOL, ProtocolFormat.yaml().write(protocol), InputFormat.YAML))
        .isEmpty();
  }

  @Property(tries = 200)
  void everyPatientSurvivesRoundTripsInBothSyntaxes(@ForAll("patients") PatientContext patient) {
    for (PatientContextFormat f :
        List.of(PatientContextFormat.json(), PatientContextFormat.yaml())) {
      String text = f.write(patient);
      assertThat(f.read(text)).isEqualTo(patient);
      assertThat(f.write(f.read(text))).isEqualTo(text);
    }
    assertThat(
            SchemaTest.errors(
                SchemaTest.PATIENT, PatientContextFormat.json().write(patient), InputFormat.JSON))
        .isEmpty();
  }

  /**
   * The size limit counts UTF-8 bytes, exactly: text of non-ASCII labels is refused one byte over
   * the limit and read at the limit, and a text far under the limit is never refused.
   */
  @Property(tries = 200)
  void theSizeLimitCountsUtf8BytesExactly(
      @ForAll("protocols") Protocol protocol,
      @ForAll @IntRange(min = -4, max = 4) int nearLimit,
      @ForAll @IntRange(min = 0, max = 400) int percentOfSize,
      @ForAll boolean near) {
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
          .satisfies(p -> assertThat(p.message()).contains("larger than the limit of " + limit));
    }
  }
}
