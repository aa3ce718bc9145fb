package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FlagshipSeedInstructionsTest {
  @Test
  void theMainJobPrintsTheSeedLegProtocolsInstructions() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Flagship.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("== The seed leg protocol (Catalogue.seedLeg()), as instructions")
        .contains("Phase 4: Leg, from the upper leg down to the knee (repeat this phase 15 times)")
        .contains("stretching the skin toward the left axillary nodes, 15 times.")
        .endsWith(
            "Lympha models protocols; it gives no medical advice. Check any protocol with a"
                + " qualified lymphoedema therapist.\n");
  }
}
