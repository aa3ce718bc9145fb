package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanForPatientTest {
  @Test
  void plansAndRendersTheProtocolForAPatientFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("arm.yaml");
    Files.writeString(
        file,
        PatientContextFormat.yaml().write(Catalogue.patientFor("arm-after-axillary-dissection")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        PlanForPatient.run(file, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(text)
        .contains("Note: FOREARM_L: Rerouted around AXILLARY_L")
        .contains("Phase 1: Open the terminus")
        .contains("Reroute across the watershed");
  }
}
