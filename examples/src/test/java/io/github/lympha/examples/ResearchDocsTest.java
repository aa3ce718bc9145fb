package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Keeps docs/planner.md and docs/research.md in step with the examples and what they print. */
class ResearchDocsTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final Path SOURCES =
      Path.of("src", "main", "java", "io", "github", "lympha", "examples");

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  private static List<String> snippets(String file) throws IOException {
    return DocSnippets.tagged(read(SOURCES.resolve(file)));
  }

  private static String output(Consumer<PrintStream> program) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    program.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).stripTrailing();
  }

  @Test
  void plannerGuideCopiesTheExampleAndItsOutput() throws IOException {
    String doc = read(DOCS.resolve("planner.md"));
    List<String> snippets = snippets("PlanAroundDissection.java");
    assertThat(snippets).hasSize(2);
    for (String s : snippets) {
      assertThat(doc).contains("```java\n" + s + "\n```");
    }
    assertThat(doc).contains("```text\n" + output(PlanAroundDissection::run) + "\n```");
    List<String> fromFile = snippets("PlanForPatient.java");
    assertThat(fromFile).hasSize(1);
    assertThat(doc).contains("```java\n" + fromFile.get(0) + "\n```");
  }

  @Test
  void researchGuideCopiesTheTourAndItsOutput() throws IOException {
    String doc = read(DOCS.resolve("research.md"));
    List<String> snippets = snippets("VariantsTour.java");
    assertThat(snippets).hasSize(3);
    for (String s : snippets) {
      assertThat(doc).contains("```java\n" + s + "\n```");
    }
    for (String part : output(VariantsTour::run).split("\n\n")) {
      assertThat(doc).contains("```text\n" + part.strip() + "\n```");
    }
    List<String> script = snippets("ResearchScript.java");
    assertThat(script).hasSize(2);
    for (String s : script) {
      assertThat(doc).contains("```java\n" + s + "\n```");
    }
  }
}
