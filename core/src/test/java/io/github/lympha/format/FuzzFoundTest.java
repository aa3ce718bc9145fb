package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.lympha.patient.PatientContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Inputs the reliability fuzzer ({@code io.github.lympha.reliability.FormatFuzzTest}) found that
 * the reader got wrong, each reduced to its cause.
 */
class FuzzFoundTest {
  /**
   * SnakeYAML Engine reads one character past its 1,025-character buffer when a full buffer ends on
   * the first half of a surrogate pair: a YAML file with emoji around character 1,024 failed with
   * an {@link IndexOutOfBoundsException} from deep inside the parser. Every offset of the pair
   * around the buffer's end is tried, as text and as bytes.
   */
  @Test
  void readsYamlWithAnEmojiAcrossTheParsersBuffer() throws IOException {
    for (int pad = 0; pad < 4; pad++) {
      String label = "x".repeat(pad) + "😀".repeat(1200);
      String yaml =
          "lympha: \"1\"\nkind: patient\nlabel: \"" + label + "\"\naffected: [FOREARM_L]\n";
      PatientContextFormat format = PatientContextFormat.yaml();

      PatientContext fromText = format.read(yaml);
      PatientContext fromBytes =
          format.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));

      assertThat(fromText.label()).contains(label);
      assertThat(fromBytes).isEqualTo(fromText);
    }
  }

  /**
   * The same in a file that is refused: finding the position of a problem parses the text again,
   * and that second parse failed the same way, so an emoji-heavy wrong value gave an {@link
   * IndexOutOfBoundsException} instead of the problem.
   */
  @Test
  void refusesAWrongValueFullOfEmojiWithItsProblem() {
    for (int pad = 0; pad < 4; pad++) {
      String tissue = "x".repeat(pad) + "😀".repeat(1200);
      String yaml = "lympha: \"1\"\nkind: patient\ntissue: \"" + tissue + "\"\n";

      ProtocolFormatException e =
          catchThrowableOfType(
              ProtocolFormatException.class, () -> PatientContextFormat.yaml().read(yaml));

      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).pointer()).isEqualTo("/tissue");
      assertThat(e.problems().get(0).line()).isEqualTo(3);
    }
  }

  /** The same, for a protocol: an emoji-heavy title of any length reads back as it was written. */
  @Test
  void readsAProtocolWithEmojiAtEveryOffsetOfTheBuffer() {
    ProtocolFormat yaml = ProtocolFormat.yaml();
    for (int pad = 0; pad < 3; pad++) {
      String title = "y".repeat(pad) + "🌊".repeat(700);
      String text =
          "lympha: \"1\"\nkind: protocol\nid: waves\ntitle: \""
              + title
              + "\"\nsequences:\n  - name: Open\n    steps:\n"
              + "      - {site: NECK_L, stroke: STATIONARY_CIRCLE, toward: TERMINUS_L}\n";

      assertThat(yaml.read(text).title()).isEqualTo(title);
    }
  }

  /**
   * Jackson's "expected '}' (for Object starting at [Source: REDACTED …; byte offset: #UNKNOWN])"
   * reached the user: the message now says where the object starts, in the file's own terms, and
   * names no parser internals.
   */
  @Test
  void saysWhereAnUnclosedObjectStartsWithoutTheParsersSourceDescription() {
    String text = "{\n  \"lympha\": \"1\",\n  \"kind\": \"protocol\",\n  \"x\": {\"a\": 1]\n}\n";

    ProtocolFormatException e =
        catchThrowableOfType(ProtocolFormatException.class, () -> ProtocolFormat.json().read(text));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message())
        .startsWith("malformed JSON: Unexpected close marker ']': expected '}'")
        .doesNotContain("[Source", "REDACTED", "byte offset", "#UNKNOWN", "StreamReadFeature");
    assertThat(e.problems().get(0).line()).isEqualTo(4);
  }

  /**
   * A member name with a DEL (0x7F) inside it reached the message raw through the problem's JSON
   * pointer (as in {@code /sequences/0/steps/0/repetXtions}, X the DEL); the pointer is escaped.
   */
  @Test
  void escapesControlCharactersOfAMemberNameInThePointer() {
    String json = "{\"lympha\": \"1\", \"kind\": \"patient\", \"affec\u007fted\": [\"FOREARM_L\"]}";

    ProtocolFormatException e =
        catchThrowableOfType(
            ProtocolFormatException.class, () -> PatientContextFormat.json().read(json));

    assertThat(e.problems()).anySatisfy(p -> assertThat(p.pointer()).contains("\u007f"));
    assertThat(e.getMessage()).doesNotContain("\u007f").contains("\\u007F");
  }
}
