package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriteTest {
  @TempDir Path dir;

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void writesAndReplacesAFileLeavingNoTemporaryFile() throws IOException {
    Path target = dir.resolve("out.csv");
    AtomicWrite.text(target, "first\n");
    AtomicWrite.text(target, out -> out.write("second ünïcödé\n"));
    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("second ünïcödé\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void aFailureHalfwayLeavesTheTargetAsItWasAndRemovesTheTemporaryFile() throws IOException {
    Path target = dir.resolve("variants.csv");
    Files.writeString(target, "the old rows\n");
    assertThatThrownBy(
            () ->
                AtomicWrite.text(
                    target,
                    out -> {
                      out.write("half a row,");
                      out.flush();
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
    assertThat(Files.readString(target)).isEqualTo("the old rows\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void refusesAMissingFolderAndAFolderAsTarget() {
    assertThatThrownBy(() -> AtomicWrite.text(dir.resolve("nowhere/out.csv"), "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> AtomicWrite.text(dir, "x"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("it is a folder");
  }

  @Test
  void theFileFormatWritesFilesAtomically() throws IOException {
    Path target = dir.resolve("seed.yaml");
    Protocol seed = Catalogue.seedLeg();
    ProtocolFormat.yaml().write(seed, target);
    assertThat(ProtocolFormat.yaml().read(Files.readString(target))).isEqualTo(seed);
    assertThat(filesIn(dir)).isEqualTo(1);
  }
}
