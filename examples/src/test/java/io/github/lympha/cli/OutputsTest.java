package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the tool writes: standard output, whose failure is exit 2 for every command, and files,
 * never one of the command's inputs; and option values that mean the same on every command.
 */
class OutputsTest {
  @TempDir Path dir;

  /** A standard output on a full disk: every write and flush fails. */
  static final class FullDisk extends Writer {
    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("No space left on device");
    }

    @Override
    public void close() {}
  }

  @Test
  void everyCommandExitsWithTwoWhenStandardOutputCannotBeWritten() throws IOException {
    Path protocol = dir.resolve("seed.yaml");
    Files.writeString(protocol, ProtocolFormat.yaml().write(Catalogue.seedLeg()));
    Path patient = dir.resolve("patient.yaml");
    Files.writeString(
        patient,
        PatientContextFormat.yaml()
            .write(PatientContext.builder().addAllAffected(Catalogue.seedLeg().treats()).build()));
    String p = protocol.toString();
    List<String[]> commands =
        List.of(
            new String[] {"convert", p, "--to", "yaml"},
            new String[] {"convert", patient.toString(), "--to", "json"},
            new String[] {"render", p},
            new String[] {"render", p, "--markdown"},
            new String[] {"validate", p},
            new String[] {"validate", p, "--format", "json"},
            new String[] {"catalogue"},
            new String[] {"catalogue", "show", "seed-clinic-leg", "--yaml"},
            new String[] {"plan", "--patient", patient.toString()},
            new String[] {"plan", "--patient", patient.toString(), "--format", "json"},
            new String[] {
              "variants", p, "--sweep", "repetitions=4..5", "--csv", dir.resolve("v.csv").toString()
            },
            new String[] {"--help"},
            new String[] {"render", "--version"});
    for (String[] args : commands) {
      StringWriter err = new StringWriter();
      int code =
          LymphaCli.execute(
              InputStream.nullInputStream(),
              new PrintWriter(new FullDisk(), true),
              new PrintWriter(err, true),
              args);
      assertThat(code).as(String.join(" ", args)).isEqualTo(LymphaCli.UNREADABLE);
      assertThat(err.toString())
          .as(String.join(" ", args))
          .contains(
              "lympha: cannot write to standard output: the write failed (disk full, or the"
                  + " reader closed the pipe?); the output is incomplete");
    }
  }

  @Test
  void refusesToWriteTheCsvOverAnInputGivenThroughALinkOrAnotherSpelling() throws IOException {
    Path protocol = dir.resolve("leg.yaml");
    String text = ProtocolFormat.yaml().write(Catalogue.seedLeg());
    Files.writeString(protocol, text);
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), protocol);
    for (Path target : List.of(link, dir.resolve("sub").resolve("..").resolve("leg.yaml"))) {
      Files.createDirectories(dir.resolve("sub"));
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code =
          LymphaCli.execute(
              InputStream.nullInputStream(),
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "variants",
              protocol.toString(),
              "--sweep",
              "repetitions=4..5",
              "--csv",
              target.toString());
      assertThat(code).as(target.toString()).isEqualTo(LymphaCli.UNREADABLE);
      assertThat(err.toString())
          .isEqualTo(
              "lympha: refusing to write the CSV to "
                  + target
                  + ": it is the input file "
                  + protocol
                  + "; choose another --csv file\n");
      assertThat(out.toString()).isEmpty();
      assertThat(Files.readString(protocol)).isEqualTo(text);
    }
  }

  @Test
  void takesTheSameSyntaxNamesEverywhere() throws IOException {
    Path protocol = dir.resolve("seed.json");
    Files.writeString(protocol, ProtocolFormat.json().write(Catalogue.seedLeg()));
    for (String yaml : List.of("yaml", "yml", "YAML", "Yml")) {
      StringWriter out = new StringWriter();
      int code =
          LymphaCli.execute(
              InputStream.nullInputStream(),
              new PrintWriter(out, true),
              new PrintWriter(new StringWriter(), true),
              "convert",
              protocol.toString(),
              "--to",
              yaml,
              "--input-format",
              yaml);
      assertThat(code).as(yaml).isZero();
      assertThat(out.toString()).isEqualTo(ProtocolFormat.yaml().write(Catalogue.seedLeg()));
    }
    StringWriter err = new StringWriter();
    int code =
        LymphaCli.execute(
            InputStream.nullInputStream(),
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "convert",
            protocol.toString(),
            "--to",
            "yaml",
            "--input-format",
            "toml");
    assertThat(code).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(err.toString())
        .startsWith(
            "lympha: Invalid value for option '--input-format': expected json or yaml, not"
                + " 'toml'");
  }
}
