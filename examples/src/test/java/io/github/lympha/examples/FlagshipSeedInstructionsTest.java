package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.ProtocolFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlagshipSeedInstructionsTest {
  @TempDir Path dir;

  private String runFlagship() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Flagship.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), dir);
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theMainJobStoresTheSeedProtocolAsAFileThatReadsBackEqual() throws Exception {
    String out = runFlagship();
    Path file = dir.resolve("seed-clinic-leg.json");
    assertThat(out).contains("wrote " + file).contains("read back equal: true");
    assertThat(ProtocolFormat.json().read(file)).isEqualTo(Catalogue.seedLeg());
  }

  @Test
  void theMainJobWritesTheBodyMapAndHandoutForBothPatients() throws Exception {
    String out = runFlagship();
    for (String name : new String[] {"ankle", "dissected"}) {
      Path svg = dir.resolve("seed-clinic-leg-" + name + ".svg");
      Path html = dir.resolve("seed-clinic-leg-" + name + ".html");
      assertThat(out).contains("wrote " + svg + " and " + html);
      assertThat(Files.readString(svg)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
      assertThat(Files.readString(html)).contains(Files.readString(svg));
    }
    assertThat(Files.readString(dir.resolve("seed-clinic-leg-dissected.svg")))
        .contains("left superficial inguinal nodes: removed")
        .isNotEqualTo(Files.readString(dir.resolve("seed-clinic-leg-ankle.svg")));
  }

  @Test
  void theMainJobValidatesTheSeedForAnIntactAndADissectedPatient() {
    String out = runFlagship();
    String intact =
        out.substring(
            out.indexOf("== Validation for: left ankle"),
            out.indexOf("== Validation for: left leg after"));
    String dissected =
        out.substring(
            out.indexOf("== Validation for: left leg after"),
            out.indexOf("== The seed leg protocol (Catalogue"));
    assertThat(intact)
        .contains("SKIPS_REGIONAL_NODE_GROUP")
        .contains("REGIONAL_NODES_NOT_PREPARED")
        .doesNotContain("ERROR ");
    assertThat(dissected).contains("TARGET_NODE_GROUP_REMOVED");
  }

  @Test
  void theMainJobPrintsTheSeedLegProtocolsInstructions() {
    String out = runFlagship();
    assertThat(out)
        .contains("== The seed leg protocol (Catalogue.seedLeg()), as instructions")
        .contains("Phase 4: Leg, from the upper leg down to the knee (repeat this phase 15 times)")
        .contains("stretching the skin toward the left axillary nodes, 15 times.")
        .endsWith(
            "Lympha models protocols; it gives no medical advice. Check any protocol with a"
                + " qualified lymphoedema therapist.\n");
  }
}
