package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import org.junit.jupiter.api.Test;

class PlanDefinitionsProperties {
  private static void roundTrips(Protocol p) {
    assertThat(PlanDefinitions.toProtocol(PlanDefinitions.from(p), p.anatomy())).isEqualTo(p);
    String json = FhirJson.write(PlanDefinitions.from(p));
    assertThat(PlanDefinitions.toProtocol(FhirJson.readPlanDefinition(json), p.anatomy()))
        .isEqualTo(p);
    assertThat(FhirJson.write(PlanDefinitions.from(p))).isEqualTo(json);
  }

  @Test
  void everyGeneratedProtocolGoesToFhirAndBackEqual() {
    Laws.check(200, Generators.protocols(), PlanDefinitionsProperties::roundTrips);
  }

  @Test
  void everyProtocolAPersonCanWriteGoesToFhirAndBackEqual() {
    Laws.check(100, Generators.anyProtocols(), PlanDefinitionsProperties::roundTrips);
  }

  @Test
  void protocolsOnAnotherAnatomyGoToFhirAndBackEqual() {
    Laws.check(100, Generators.symmetricProtocols(), PlanDefinitionsProperties::roundTrips);
  }
}
