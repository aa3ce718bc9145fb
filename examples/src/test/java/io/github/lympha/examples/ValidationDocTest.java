package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/validation.md in step with ValidateAProtocol and the reports it prints. */
class ValidationDocTest {
  private static final Path DOC = Path.of("..", "docs", "validation.md");
  private static final Path SOURCE =
      Path.of(
          "src", "main", "java", "io", "github", "lympha", "examples", "ValidateAProtocol.java");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The tagged snippets of the example, dedented. */
  private static List<String> snippets() throws IOException {
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    return DocSnippets.tagged(source);
  }

  @Test
  void docsCopyTheCompiledExampleVerbatim() throws IOException {
    String doc = doc();
    List<String> snippets = snippets();
    assertThat(snippets).hasSize(4);
    for (String snippet : snippets) {
      assertThat(doc).contains("```java\n" + snippet + "\n```");
    }
  }

  @Test
  void docsShowTheRealReportsOnTheSeedProtocol() throws IOException {
    String doc = doc();
    assertThat(doc)
        .contains("```text\n" + ValidateAProtocol.seedForItsPatient().toText().strip() + "\n```");
    assertThat(doc)
        .contains(
            "```text\n"
                + ValidateAProtocol.seedAfterInguinalDissection().toText().strip()
                + "\n```");
  }

  @Test
  void docsShowThePolicyComparisonTheExamplePrints() throws IOException {
    assertThat(doc()).contains(ValidateAProtocol.comparePolicies());
  }
}
