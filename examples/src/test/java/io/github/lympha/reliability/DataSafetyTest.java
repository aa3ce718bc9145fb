package io.github.lympha.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.cli.LymphaCli;
import io.github.lympha.format.AtomicWrite;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.protocol.Protocol;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: a writer killed mid-write (a child JVM, {@link ChildWriter}, or the CLI itself,
 * stopped with {@code destroyForcibly} at several moments) leaves its target either as it was or
 * complete, never partial; a full device ({@code /dev/full}) or a full file system gives a clear
 * error (an {@link IOException}, exit code 2) and leaves the target as it was.
 */
@Tag("slow")
class DataSafetyTest {
  private static final String OLD = "the old content, which must survive\n";
  private static final Path DEV_FULL = Path.of("/dev/full");

  // ------------------------------------------------------------ killed mid-write

  @Test
  void aWriterKilledMidWriteLeavesTheOldOrTheCompleteNewFile(@TempDir Path dir) throws Exception {
    int lines = 40_000; // about 3.4 MB a version
    int interrupted = 0;
    for (int killAt : new int[] {1, 2, 3, 5}) {
      Path target = dir.resolve("killed-" + killAt + ".txt");
      Files.writeString(target, OLD);
      Process child = child("atomic", target.toString(), String.valueOf(lines));
      BufferedReader said = reader(child);
      waitFor(said, "begin " + killAt);
      Thread.sleep(killAt * 7L % 20);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      String content = Files.readString(target);
      long version = completeVersion(content, lines);
      assertThat(version).as("kill during write %s", killAt).isBetween(0L, (long) killAt);
      if (version < killAt) {
        interrupted++;
      }
      // The target itself is never a temporary file; a kill may leave one beside it.
      try (Stream<Path> left = Files.list(dir)) {
        assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp")))
            .allSatisfy(p -> assertThat(p.getFileName().toString()).startsWith("."));
      }
    }
    // The kills did land in the middle of writes, not between them.
    assertThat(interrupted).isPositive();
  }

  /** 0 for the old content, k for the complete version k; fails on anything else. */
  private static long completeVersion(String content, int lines) {
    if (content.equals(OLD)) {
      return 0;
    }
    long k = Long.parseLong(content.substring(0, content.indexOf(' ')));
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      expected.append(ChildWriter.line(k, i));
    }
    expected.append(ChildWriter.end(k, lines));
    assertThat(content.length()).as("length of version %s", k).isEqualTo(expected.length());
    assertThat(content).as("version %s", k).isEqualTo(expected.toString());
    return k;
  }

  @Test
  void protocolFilesWrittenOverAndOverAndKilledAreAlwaysWholeProtocols(@TempDir Path dir)
      throws Exception {
    List<String> catalogue =
        Catalogue.all().stream().map(ProtocolFormat.yaml()::write).collect(Collectors.toList());
    for (int killAt : new int[] {2, 20, 200}) {
      Path target = dir.resolve("protocol-" + killAt + ".yaml");
      Files.writeString(target, OLD);
      Process child = child("format", target.toString());
      waitFor(reader(child), "begin " + killAt);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      String content = Files.readString(target);
      assertThat(content).isIn(catalogue);
      Protocol read = ProtocolFormat.yaml().read(content);
      assertThat(Catalogue.all()).contains(read);
    }
  }

  @Test
  void theCommandLineKilledWhileWritingItsCsvLeavesTheOldOrTheCompleteCsv(@TempDir Path dir)
      throws Exception {
    Path protocol = dir.resolve("seed.yaml");
    ProtocolFormat.yaml().write(Catalogue.seedLeg(), protocol);
    Path reference = dir.resolve("reference.csv");
    String[] sweep = {"--sweep", "repetitions=1..40", "--sweep", "pressure=0..100:1"};
    assertThat(
            cli(concat(new String[] {"variants", protocol.toString()}, sweep, "--csv", reference)))
        .isEqualTo(LymphaCli.OK);
    String complete = Files.readString(reference);
    assertThat(complete.lines().count()).isGreaterThan(4000);

    int interrupted = 0;
    for (int afterMillis : new int[] {200, 700, 1500, 3000, 6000}) {
      Path target = dir.resolve("variants-" + afterMillis + ".csv");
      Files.writeString(target, OLD);
      List<String> args = new ArrayList<>(List.of("variants", protocol.toString()));
      args.addAll(List.of(sweep));
      args.addAll(List.of("--csv", target.toString()));
      Process child = cliChild(args);
      boolean finished = child.waitFor(afterMillis, TimeUnit.MILLISECONDS);
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

      String content = Files.readString(target);
      assertThat(content).as("killed after %s ms", afterMillis).isIn(OLD, complete);
      if (!finished && content.equals(OLD)) {
        interrupted++;
      }
    }
    assertThat(interrupted).as("runs killed before they finished").isPositive();
  }

  // ------------------------------------------------------------ full disk

  @Test
  void theApiReportsAFullDeviceAndLeavesTheDeviceAlone() throws IOException {
    Assumptions.assumeTrue(Files.exists(DEV_FULL), "/dev/full is missing on this system");

    IOException text =
        catchThrowableOfType(IOException.class, () -> AtomicWrite.text(DEV_FULL, "x".repeat(9000)));
    IOException protocol =
        catchThrowableOfType(
            IOException.class, () -> ProtocolFormat.json().write(Catalogue.seedLeg(), DEV_FULL));

    assertThat(text).hasMessageContaining("No space left on device");
    assertThat(protocol).hasMessageContaining("No space left on device");
    // Written in place: a device is never replaced by a regular file.
    assertThat(Files.isRegularFile(DEV_FULL)).isFalse();
    assertThat(Files.exists(DEV_FULL)).isTrue();
  }

  @Test
  void theCommandLineExitsWithTwoWhenItsOutputGoesToAFullDevice(@TempDir Path dir)
      throws Exception {
    Assumptions.assumeTrue(Files.exists(DEV_FULL), "/dev/full is missing on this system");
    Path protocol = dir.resolve("seed.yaml");
    ProtocolFormat.yaml().write(Catalogue.seedLeg(), protocol);

    for (List<String> command :
        List.of(
            List.of("convert", protocol.toString(), "--to", "json"),
            List.of("render", protocol.toString()),
            List.of("catalogue", "show", "seed-clinic-leg"))) {
      Process child = cliChild(command, DEV_FULL.toFile());
      String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as("%s > /dev/full: %s", command, err).isEqualTo(2);
      assertThat(err).startsWith("lympha: cannot write to standard output");
    }

    StringWriter err = new StringWriter();
    int code =
        LymphaCli.execute(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "variants",
            protocol.toString(),
            "--sweep",
            "repetitions=5..7",
            "--csv",
            DEV_FULL.toString());
    assertThat(code).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(err.toString())
        .startsWith("lympha: cannot write /dev/full: No space left on device");
    assertThat(Files.isRegularFile(DEV_FULL)).isFalse();
  }

  @Test
  void aFullFileSystemLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path mount = Files.createDirectory(dir.resolve("small"));
    Process mounting =
        new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(mounting.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean mounted = mounting.waitFor(30, TimeUnit.SECONDS) && mounting.exitValue() == 0;
    Assumptions.assumeTrue(
        mounted,
        "cannot mount a 64 KiB tmpfs here ("
            + said.strip()
            + "); the full-device tests cover"
            + " write errors, this one needs mount rights");
    try {
      Path target = mount.resolve("variants.csv");
      AtomicWrite.text(target, OLD);

      IOException e =
          catchThrowableOfType(
              IOException.class, () -> AtomicWrite.text(target, "x".repeat(200_000)));

      assertThat(e).hasMessageContaining("No space left on device");
      assertThat(Files.readString(target)).isEqualTo(OLD);
      try (Stream<Path> files = Files.list(mount)) {
        assertThat(files).containsExactly(target);
      }

      // The command line: exit 2, one line, the old CSV kept.
      Path protocol = dir.resolve("seed.yaml");
      ProtocolFormat.yaml().write(Catalogue.seedLeg(), protocol);
      StringWriter err = new StringWriter();
      int code =
          LymphaCli.execute(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              "variants",
              protocol.toString(),
              "--sweep",
              "repetitions=1..10",
              "--sweep",
              "pressure=0..100:1",
              "--csv",
              target.toString());
      assertThat(code).isEqualTo(LymphaCli.UNREADABLE);
      assertThat(err.toString())
          .startsWith("lympha: cannot write " + target + ": No space left on device");
      assertThat(Files.readString(target)).isEqualTo(OLD);
      try (Stream<Path> files = Files.list(mount)) {
        assertThat(files).containsExactly(target);
      }
    } finally {
      new ProcessBuilder("umount", mount.toString())
          .inheritIO()
          .start()
          .waitFor(30, TimeUnit.SECONDS);
    }
  }

  // ------------------------------------------------------------ helpers

  private static Process child(String... args) throws IOException {
    List<String> command = new ArrayList<>(javaCommand());
    command.add(ChildWriter.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static Process cliChild(List<String> args) throws IOException {
    return cliChild(args, null);
  }

  private static Process cliChild(List<String> args, File out) throws IOException {
    List<String> command = new ArrayList<>(javaCommand());
    command.add(LymphaCli.class.getName());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    if (out != null) {
      builder.redirectOutput(out);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    }
    return builder.start();
  }

  /** {@code java} of this JVM with the test classpath, small and quick to start. */
  private static List<String> javaCommand() {
    return List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xshare:auto",
        "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC",
        "-cp",
        System.getProperty("java.class.path"));
  }

  private static BufferedReader reader(Process child) {
    return new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Reads the child's lines until {@code line}; fails after a minute. */
  private static void waitFor(BufferedReader said, String line) throws Exception {
    CompletableFuture<Boolean> seen =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                for (String l = said.readLine(); l != null; l = said.readLine()) {
                  if (l.equals(line)) {
                    return true;
                  }
                }
                return false;
              } catch (IOException e) {
                return false;
              }
            });
    assertThat(seen.get(60, TimeUnit.SECONDS)).as("the child said \"%s\"", line).isTrue();
  }

  private static int cli(String... args) {
    StringWriter err = new StringWriter();
    int code = LymphaCli.execute(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    assertThat(err.toString()).doesNotContain("internal error");
    return code;
  }

  private static String[] concat(String[] head, String[] sweep, String option, Path value) {
    List<String> all = new ArrayList<>(List.of(head));
    all.addAll(List.of(sweep));
    all.add(option);
    all.add(value.toString());
    return all.toArray(new String[0]);
  }
}
