package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CdsTrainingTest {
  @Test
  void everyTrainingCommandEndsAsAUserWouldExpect(@TempDir Path dir) throws IOException {
    assertThat(CdsTraining.run(dir)).isEmpty();
    assertThat(dir.resolve("seed-clinic-leg.yaml")).content().startsWith("lympha: \"1\"");
    assertThat(dir.resolve("seed-clinic-leg.json")).content().startsWith("{");
    assertThat(Files.readString(dir.resolve("patient.yaml"))).contains("affected");
  }
}
