package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import io.github.lympha.testing.TextMutation;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Robustness: a valid file changed at random (characters deleted, duplicated, replaced or inserted,
 * values swapped for hostile ones, lines dropped or repeated, bytes corrupted) is either still a
 * valid protocol or gives a {@link ProtocolFormatException}; never another exception and never a
 * hang.
 */
class ProtocolFormatMutationProperties {
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  @Test
  void aChangedJsonFileReadsOrFailsWithAFormatException() {
    Laws.check(
        500,
        Generators.protocolsWithAwkwardValues(),
        TextMutation.mutations(),
        (Protocol protocol, List<TextMutation> mutations) -> {
          readsOrFailsCleanly(
              ProtocolFormat.json(),
              TextMutation.applyAll(ProtocolFormat.json().write(protocol), mutations));
        });
  }

  @Test
  void aChangedYamlFileReadsOrFailsWithAFormatException() {
    Laws.check(
        500,
        Generators.protocolsWithAwkwardValues(),
        TextMutation.mutations(),
        (Protocol protocol, List<TextMutation> mutations) -> {
          readsOrFailsCleanly(
              ProtocolFormat.yaml(),
              TextMutation.applyAll(ProtocolFormat.yaml().write(protocol), mutations));
        });
  }

  @Test
  void corruptedBytesReadOrFailWithAFormatException() {
    Laws.check(
        200,
        Generators.protocolsWithAwkwardValues(),
        Gens.of(true, false),
        Gens.doubles(0, 1),
        Gens.integers(Byte.MIN_VALUE, Byte.MAX_VALUE).map(Integer::byteValue),
        (Protocol protocol, Boolean yaml, Double where, Byte corrupt) -> {
          ProtocolFormat format = yaml ? ProtocolFormat.yaml() : ProtocolFormat.json();
          byte[] bytes = format.write(protocol).getBytes(StandardCharsets.UTF_8);
          bytes[(int) (where * (bytes.length - 1))] = corrupt;

          assertTimeoutPreemptively(
              PATIENCE,
              () -> {
                try {
                  Protocol read = format.read(new ByteArrayInputStream(bytes));
                  assertThat(format.read(format.write(read))).isEqualTo(read);
                } catch (ProtocolFormatException e) {
                  assertThat(e.problems()).isNotEmpty();
                }
              });
        });
  }

  private static void readsOrFailsCleanly(ProtocolFormat format, String text) {
    long lines = text.chars().filter(c -> c == '\n').count() + 1;
    String outcome =
        assertTimeoutPreemptively(
            PATIENCE,
            () -> {
              try {
                Protocol read = format.read(text);
                assertThat(format.read(format.write(read))).isEqualTo(read);
                return "read";
              } catch (ProtocolFormatException e) {
                assertThat(e.problems()).isNotEmpty();
                assertThat(e.problems())
                    .allSatisfy(
                        p -> {
                          assertThat(p.line()).isBetween(1, (int) lines + 1);
                          assertThat(p.message())
                              .isNotBlank()
                              .doesNotContain("tools.jackson", "Exception");
                        });
                return "refused";
              }
            });
    assertThat(outcome).isIn("read", "refused");
  }
}
