package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.render.Instructions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps docs/protocols.md in step with the compiled examples and what they print. */
class ProtocolsDocTest {
  private static final Path DOC = Path.of("..", "docs", "protocols.md");
  private static final Path SOURCES =
      Path.of("src", "main", "java", "io", "github", "lympha", "examples");

  private static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /** The tagged snippets of an example source, dedented. */
  private static List<String> snippets(String file) throws IOException {
    String source = Files.readString(SOURCES.resolve(file), StandardCharsets.UTF_8);
    return DocSnippets.tagged(source);
  }

  @Test
  void docsCopyTheCompiledExamplesVerbatim() throws IOException {
    String doc = doc();
    for (String file :
        List.of("BuildAProtocol.java", "RerouteAroundDissection.java", "CatalogueTable.java")) {
      List<String> snippets = snippets(file);
      assertThat(snippets).as(file).isNotEmpty();
      for (String snippet : snippets) {
        assertThat(doc).as("snippet of %s", file).contains("```java\n" + snippet + "\n```");
      }
    }
  }

  @Test
  void docsShowTheRealRenderedOutput() throws IOException {
    String doc = doc();
    assertThat(doc)
        .contains("```text\n" + Instructions.text(BuildAProtocol.protocol()).strip() + "\n```");
    String reroute = Instructions.text(RerouteAroundDissection.protocol());
    String limbPhase =
        reroute.substring(reroute.indexOf("Phase 4:"), reroute.indexOf("\n\nSources:"));
    assertThat(doc).contains("```text\n" + limbPhase + "\n```");
    assertThat(doc)
        .contains("````markdown\n" + Instructions.markdown(Catalogue.seedLeg()).strip() + "\n````");
  }

  @Test
  void docsShowTheCatalogueTableTheProgramPrints() throws IOException {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      CatalogueTable.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String printed = captured.toString(StandardCharsets.UTF_8);
    String doc = doc();
    for (String line : printed.split("\\R")) {
      if (line.startsWith("| `")) {
        assertThat(doc).contains(line);
      }
    }
    assertThat(printed).contains("| `seed-clinic-leg` |");
  }
}
