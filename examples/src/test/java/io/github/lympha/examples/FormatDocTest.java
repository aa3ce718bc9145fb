package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.format.Syntax;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps docs/format.md true: its files are what the writer gives, its messages what the reader
 * says.
 */
class FormatDocTest {
  static final Path DOC = Path.of("..", "docs", "format.md");
  static final Path SOURCE =
      Path.of("src", "main", "java", "io", "github", "lympha", "examples", "ProtocolFiles.java");

  /** A bad file of the doc: how to read it, what it holds, and the message it must give. */
  record BadFile(String kind, Syntax syntax, String options, String text, String message) {}

  static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  static List<BadFile> badFiles(String doc) {
    Matcher m =
        Pattern.compile(
                "<!-- bad (protocol|patient) (json|yaml)([^>]*)-->\\n```(?:json|yaml)\\n(.*?)```\\n\\n```text\\n(.*?)\\n```",
                Pattern.DOTALL)
            .matcher(doc);
    List<BadFile> files = new ArrayList<>();
    while (m.find()) {
      files.add(
          new BadFile(
              m.group(1),
              m.group(2).equals("json") ? Syntax.JSON : Syntax.YAML,
              m.group(3).strip(),
              m.group(4),
              m.group(5)));
    }
    return files;
  }

  /** What the reader says about a bad file of the doc. */
  static String messageFor(BadFile bad) {
    ProtocolFormatException e =
        catchThrowableOfType(
            ProtocolFormatException.class,
            () -> {
              ProtocolFormat protocols = ProtocolFormat.of(bad.syntax());
              if (bad.options().startsWith("maxBytes=")) {
                protocols = protocols.withMaxBytes(Long.parseLong(bad.options().substring(9)));
              }
              if (bad.options().equals("latin1")) {
                protocols.read(
                    new ByteArrayInputStream(bad.text().getBytes(StandardCharsets.ISO_8859_1)));
              } else if (bad.kind().equals("patient")) {
                PatientContextFormat.of(bad.syntax()).read(bad.text());
              } else {
                protocols.read(bad.text());
              }
            });
    assertThat(e).as("the doc's bad file is refused:%n%s", bad.text()).isNotNull();
    return e.getMessage().replace(System.lineSeparator(), "\n");
  }

  @Test
  void everyBadFileGivesTheMessageTheDocShows() throws IOException {
    List<BadFile> files = badFiles(doc());
    assertThat(files).hasSizeGreaterThanOrEqualTo(15);
    for (BadFile bad : files) {
      assertThat(messageFor(bad)).as("message for%n%s", bad.text()).isEqualTo(bad.message());
    }
  }

  @Test
  void theExampleFilesAreWhatTheWriterGives() throws IOException {
    String doc = doc();
    assertThat(doc)
        .contains("```yaml\n" + ProtocolFormat.yaml().write(ProtocolFiles.protocol()) + "```")
        .contains("```json\n" + ProtocolFormat.json().write(ProtocolFiles.protocol()) + "```")
        .contains("```yaml\n" + PatientContextFormat.yaml().write(ProtocolFiles.patient()) + "```");
  }

  @Test
  void theCodeIsCopiedFromTheCompiledExample() throws IOException {
    String doc = doc();
    String source = Files.readString(SOURCE, StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL)
            .matcher(source);
    int found = 0;
    while (m.find()) {
      found++;
      String[] lines = m.group(2).split("\n");
      int indent = lines[0].length() - lines[0].stripLeading().length();
      StringBuilder snippet = new StringBuilder();
      for (String line : lines) {
        snippet.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
      }
      assertThat(doc).as("snippet %s", m.group(1)).contains("```java\n" + snippet + "```");
    }
    assertThat(found).isEqualTo(3);
  }

  @Test
  void theExampleRunsAsTheDocSays(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ProtocolFiles.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .startsWith("read back equal\n")
        .contains("patient read back equal\n")
        .contains(
            "/sequences/3/steps/1/stroke 74:17\n  unknown stroke \"pumping\"; did you mean PUMP?");
    assertThat(Files.readString(dir.resolve("leg-reroute-example.yaml")))
        .isEqualTo(ProtocolFormat.yaml().write(ProtocolFiles.protocol()));
  }
}
