package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.testing.FixedSeeds;
import io.github.lympha.testing.LymphaArbitraries;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Robustness: a valid file changed at random (characters deleted, duplicated, replaced or inserted,
 * values swapped for hostile ones, lines dropped or repeated, bytes corrupted) is either still a
 * valid protocol or gives a {@link ProtocolFormatException}; never another exception and never a
 * hang.
 */
@AddLifecycleHook(FixedSeeds.class)
class ProtocolFormatMutationProperties {
  private static final Duration PATIENCE = Duration.ofSeconds(5);

  private static final String CHARS =
      "{}[]:,\"'\\ -#&*!|>%@`?\n\t0123456789.eE+aZ_é\u00A0\uFEFF\uD800";

  private static final List<String> VALUES =
      List.of(
          "0",
          "-1",
          "1.5",
          "1e400",
          "-0.0",
          "99999999999999999999999",
          "null",
          "true",
          "\"\"",
          "\" \"",
          "[]",
          "{}",
          "\"PUMPING\"",
          "\"AXILLARY_R\"",
          "\"THIGH_MEDIAL_L\"",
          "\"AAA\"",
          "\"2\"",
          ".nan",
          ".inf",
          "*alias",
          "&anchor x",
          "!!binary aGk=",
          "!tag x",
          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
          "\"\\ud800\"",
          "~",
          "|\n  block",
          "? complex",
          "--- ",
          "\"x\": 1");

  /** One random change to a text. */
  enum Kind {
    DELETE,
    DUPLICATE,
    REPLACE,
    INSERT,
    VALUE,
    DROP_LINE,
    REPEAT_LINE
  }

  static final class Mutation {
    final Kind kind;
    final double where;
    final char character;
    final String value;

    Mutation(Kind kind, double where, char character, String value) {
      this.kind = kind;
      this.where = where;
      this.character = character;
      this.value = value;
    }

    String apply(String text) {
      if (text.isEmpty()) {
        return String.valueOf(character);
      }
      int at = Math.min(text.length() - 1, (int) (where * text.length()));
      switch (kind) {
        case DELETE:
          return text.substring(0, at) + text.substring(at + 1);
        case DUPLICATE:
          return text.substring(0, at + 1) + text.substring(at);
        case REPLACE:
          return text.substring(0, at) + character + text.substring(at + 1);
        case INSERT:
          return text.substring(0, at) + character + text.substring(at);
        case VALUE:
          return replaceValue(text, at);
        case DROP_LINE:
        case REPEAT_LINE:
        default:
          int start = text.lastIndexOf('\n', at) + 1;
          int end = text.indexOf('\n', at);
          end = end < 0 ? text.length() : end + 1;
          String line = text.substring(start, end);
          return kind == Kind.DROP_LINE
              ? text.substring(0, start) + text.substring(end)
              : text.substring(0, end) + line + text.substring(end);
      }
    }

    /**
     * Replaces the value after the next ':' (or the element after the next '-') with a hostile one.
     */
    private String replaceValue(String text, int at) {
      int colon = text.indexOf(": ", at);
      if (colon < 0) {
        colon = text.indexOf(": ");
      }
      int start = colon + 2;
      int end = start;
      while (end < text.length() && ",\n}]".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return text.substring(0, start) + value + text.substring(end);
    }

    @Override
    public String toString() {
      return kind + "@" + where + (kind == Kind.VALUE ? " " + value : " '" + character + "'");
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return Combinators.combine(
            Arbitraries.of(Kind.class),
            Arbitraries.doubles().between(0, 1),
            Arbitraries.of(CHARS.toCharArray()),
            Arbitraries.of(VALUES))
        .as(Mutation::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(3);
  }

  @Provide
  Arbitrary<Protocol> protocols() {
    return LymphaArbitraries.protocolsWithAwkwardValues();
  }

  @Property(tries = 500)
  void aChangedJsonFileReadsOrFailsWithAFormatException(
      @ForAll("protocols") Protocol protocol, @ForAll("mutations") List<Mutation> mutations) {
    readsOrFailsCleanly(
        ProtocolFormat.json(), mutate(ProtocolFormat.json().write(protocol), mutations));
  }

  @Property(tries = 500)
  void aChangedYamlFileReadsOrFailsWithAFormatException(
      @ForAll("protocols") Protocol protocol, @ForAll("mutations") List<Mutation> mutations) {
    readsOrFailsCleanly(
        ProtocolFormat.yaml(), mutate(ProtocolFormat.yaml().write(protocol), mutations));
  }

  @Property(tries = 200)
  void corruptedBytesReadOrFailWithAFormatException(
      @ForAll("protocols") Protocol protocol,
      @ForAll boolean yaml,
      @ForAll double where,
      @ForAll byte corrupt) {
    ProtocolFormat format = yaml ? ProtocolFormat.yaml() : ProtocolFormat.json();
    byte[] bytes = format.write(protocol).getBytes(StandardCharsets.UTF_8);
    bytes[(int) (Math.abs(where) % 1 * (bytes.length - 1))] = corrupt;

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
  }

  private static String mutate(String text, List<Mutation> mutations) {
    String result = text;
    for (Mutation m : mutations) {
      result = m.apply(result);
    }
    return result;
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
    Statistics.label("outcome").collect(outcome);
  }
}
