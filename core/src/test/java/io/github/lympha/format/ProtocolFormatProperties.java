package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.LymphaArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the file format: round trips are exact and writing is canonical. */
class ProtocolFormatProperties {

  @Provide
  Arbitrary<Protocol> protocols() {
    return LymphaArbitraries.protocols();
  }

  @Provide
  Arbitrary<PatientContext> patients() {
    return LymphaArbitraries.patients();
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
}
