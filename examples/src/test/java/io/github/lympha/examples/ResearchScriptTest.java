package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.research.BatchSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchScriptTest {
  @Test
  void theFamilyHoldsAtLeastTenThousandVariants() {
    assertThat(ResearchScript.family().size()).isEqualTo(10_368);
  }

  @Test
  void evaluatesASampleForTwoPatientsAndWritesTheCsv(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("out/variants.csv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BatchSummary summary =
        ResearchScript.run(csv, 50, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(summary.variants()).isEqualTo(50);
    assertThat(summary.rows()).isEqualTo(100);
    assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).hasSize(101);
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("verdict").contains("most frequent rules").contains("VALID");
  }
}
