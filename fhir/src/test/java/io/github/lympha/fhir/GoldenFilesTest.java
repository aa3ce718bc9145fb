package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The FHIR JSON of every catalogue protocol, byte for byte, in src/test/resources/golden. After a
 * deliberate change, {@code -Dlympha.golden.update=true} rewrites the files; review the diff.
 */
class GoldenFilesTest {
  static final Path DIR = Path.of("src", "test", "resources", "golden");

  @Test
  void everyCatalogueProtocolWritesItsGoldenFhirJson() throws IOException {
    boolean update = Boolean.getBoolean("lympha.golden.update");
    for (Protocol p : Catalogue.all()) {
      Path file = DIR.resolve(p.id() + ".plandefinition.json");
      String json = FhirJson.write(PlanDefinitions.from(p));
      if (update) {
        Files.createDirectories(DIR);
        Files.writeString(file, json, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file of %s", p.id()).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(p.id()).isEqualTo(json);
      assertThat(FhirJson.write(PlanDefinitions.from(p))).isEqualTo(json);
      assertThat(PlanDefinitions.toProtocol(FhirJson.readPlanDefinition(Files.readString(file))))
          .isEqualTo(p);
    }
  }
}
