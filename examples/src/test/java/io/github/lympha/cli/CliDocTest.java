package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.examples.ProtocolFiles;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command of docs/cli.md in-process, in a directory of its own, and requires the output
 * the page shows. {@code $ cat FILE} shows a file the page uses: the test writes it; {@code > FILE}
 * and {@code < FILE} redirect standard output and input. Files the page takes from the format guide
 * are written from {@link ProtocolFiles}.
 *
 * <p>After a change that alters what a command prints, {@code mvn -pl core,examples test
 * -Dtest=CliDocTest -Dlympha.docs.update=true -Dsurefire.failIfNoSpecifiedTests=false} writes the
 * real outputs into the page; review the diff before committing it.
 */
class CliDocTest {
  static final Path DOC = Path.of("..", "docs", "cli.md");

  @TempDir Path dir;

  /** One {@code $ ...} line of the page and the lines it shows after it. */
  record Shown(String command, String output) {}

  static List<Shown> commands(String doc) {
    Matcher blocks = Pattern.compile("```console\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<Shown> shown = new ArrayList<>();
    while (blocks.find()) {
      String command = null;
      StringBuilder output = new StringBuilder();
      for (String line : blocks.group(1).split("\n", -1)) {
        if (line.startsWith("$ ")) {
          if (command != null) {
            shown.add(new Shown(command, output.toString().replaceAll("\\n$", "")));
          }
          command = line.substring(2);
          output.setLength(0);
        } else if (command != null) {
          output.append(line).append('\n');
        }
      }
      if (command != null) {
        shown.add(new Shown(command, output.toString().replaceAll("\\n$", "")));
      }
    }
    return shown;
  }

  /** The working directory's files, as a user who read the format guide has them. */
  void prepare() throws IOException {
    Files.writeString(
        dir.resolve("leg-reroute-example.yaml"),
        ProtocolFormat.yaml().write(ProtocolFiles.protocol()));
    Files.writeString(
        dir.resolve("patient.yaml"), PatientContextFormat.yaml().write(ProtocolFiles.patient()));
  }

  /** Runs one command of the page, as a shell in {@link #dir} would, and returns what it prints. */
  String run(String command, int[] lastExit) throws IOException {
    if (command.equals("echo $?")) {
      return lastExit[0] + "\n";
    }
    List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
    assertThat(words.get(0)).as(command).isIn("lympha", "cat");
    Path redirect = null;
    int gt = words.indexOf(">");
    if (gt >= 0) {
      redirect = dir.resolve(words.get(gt + 1));
      words = words.subList(0, gt);
    }
    InputStream stdin = InputStream.nullInputStream();
    int lt = words.indexOf("<");
    if (lt >= 0) {
      stdin = new ByteArrayInputStream(Files.readAllBytes(dir.resolve(words.get(lt + 1))));
      words = words.subList(0, lt);
    }
    List<String> args = new ArrayList<>();
    for (String w : words.subList(1, words.size())) {
      args.add(
          w.matches("[\\w.-]+\\.(json|yaml|yml|txt|csv|html)") ? dir.resolve(w).toString() : w);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    lastExit[0] =
        LymphaCli.execute(
            stdin,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            args.toArray(String[]::new));
    if (redirect != null) {
      Files.writeString(redirect, out.toString(), StandardCharsets.UTF_8);
      return err.toString().replace(dir + "/", "");
    }
    return (out.toString() + err).replace(dir + "/", "");
  }

  @Test
  void everyCommandOfThePagePrintsWhatThePageShows() throws IOException {
    prepare();
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<Shown> shown = commands(doc);
    assertThat(shown).hasSizeGreaterThanOrEqualTo(10);
    boolean update = Boolean.getBoolean("lympha.docs.update");
    int[] lastExit = {0};
    int from = 0;
    for (Shown s : shown) {
      if (s.command().startsWith("cat ")) {
        Files.writeString(
            dir.resolve(s.command().substring(4)), s.output() + "\n", StandardCharsets.UTF_8);
        continue;
      }
      String actual = run(s.command(), lastExit).replaceAll("\\n$", "");
      if (update) {
        String shownText = "$ " + s.command() + "\n" + s.output();
        int at = doc.indexOf(shownText, from);
        String real = "$ " + s.command() + "\n" + actual;
        doc = doc.substring(0, at) + real + doc.substring(at + shownText.length());
        from = at + real.length();
        continue;
      }
      assertThat(actual).as("$ " + s.command()).isEqualTo(s.output());
    }
    if (update) {
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
  }
}
