package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.protocol.Protocol;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextInputTest {
  @Test
  void countsUtf8BytesPerCharacterRange() {
    assertThat(TextInput.utf8Length("abc", 100)).isEqualTo(3);
    assertThat(TextInput.utf8Length("\u007f", 100)).isEqualTo(1);
    assertThat(TextInput.utf8Length("\u0080", 100)).isEqualTo(2);
    assertThat(TextInput.utf8Length("\u07ff", 100)).isEqualTo(2);
    assertThat(TextInput.utf8Length("\u0800", 100)).isEqualTo(3);
    assertThat(TextInput.utf8Length("Lymphdrainage — Hals", 100))
        .isEqualTo("Lymphdrainage — Hals".getBytes(UTF_8).length);
    // A surrogate pair is one code point of 4 bytes; a lone surrogate is written as 3.
    assertThat(TextInput.utf8Length("\ud83d\ude00", 100)).isEqualTo(4);
    assertThat(TextInput.utf8Length("\ud83dx", 100)).isEqualTo(4);
    assertThat(TextInput.utf8Length("a\ud83d", 100)).isEqualTo(4);
  }

  @Test
  void stopsCountingOnePastTheLimit() {
    assertThat(TextInput.utf8Length("abcdef", 2)).isEqualTo(3);
    assertThat(TextInput.utf8Length("abcdef", 3)).isEqualTo(4);
    assertThat(TextInput.utf8Length("abcdef", 6)).isEqualTo(6);
  }

  @Test
  void namesWholeKibibytesAndMebibytes() {
    assertThat(TextInput.humanBytes(0)).isEqualTo("0 bytes");
    assertThat(TextInput.humanBytes(1023)).isEqualTo("1023 bytes");
    assertThat(TextInput.humanBytes(1024)).isEqualTo("1 KiB");
    assertThat(TextInput.humanBytes(1536)).isEqualTo("1536 bytes");
    assertThat(TextInput.humanBytes(512 * 1024)).isEqualTo("512 KiB");
    assertThat(TextInput.humanBytes(1024 * 1024)).isEqualTo("1 MiB");
    assertThat(TextInput.humanBytes(1024 * 1024 + 1024)).isEqualTo("1025 KiB");
    assertThat(TextInput.humanBytes(4 * 1024 * 1024)).isEqualTo("4 MiB");
  }

  @Test
  void readsAFileOfExactlyTheLimitFromEverySourceButNotOneByteMore() throws Exception {
    Protocol p = Samples.minimalProtocol().withTitle("Lymphdrainage — Hals und Nacken ✓");
    String text = ProtocolFormat.json().write(p);
    int bytes = text.getBytes(UTF_8).length;
    assertThat(bytes).isGreaterThan(text.length());
    ProtocolFormat exact = ProtocolFormat.json().withMaxBytes(bytes);
    assertThat(exact.read(text)).isEqualTo(p);
    assertThat(exact.read(new StringReader(text))).isEqualTo(p);
    assertThat(exact.read(new ByteArrayInputStream(text.getBytes(UTF_8)))).isEqualTo(p);
    String over =
        "the file is larger than the limit of "
            + (bytes - 1)
            + " bytes; a Lympha file is usually a few kilobytes";
    ProtocolFormat tight = ProtocolFormat.json().withMaxBytes(bytes - 1);
    assertThatThrownBy(() -> tight.read(text))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("message", over));
    assertThatThrownBy(() -> tight.read(new StringReader(text)))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("message", over));
    assertThatThrownBy(() -> tight.read(new ByteArrayInputStream(text.getBytes(UTF_8))))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("message", over));
  }

  @Test
  void namesALimitOfWholeKibibytesInTheMessage() {
    String big = " ".repeat(3000) + ProtocolFormat.json().write(Samples.minimalProtocol());
    assertThatThrownBy(() -> ProtocolFormat.json().withMaxBytes(2048).read(big))
        .isInstanceOfSatisfying(
            ProtocolFormatException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .hasFieldOrPropertyWithValue(
                        "message",
                        "the file is larger than the limit of 2048 bytes (2 KiB); a Lympha file is"
                            + " usually a few kilobytes"));
  }
}
