package io.github.lympha.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what a caller hands the reader into text: bytes are decoded strictly as UTF-8 (a bad byte
 * is a problem with its offset, line and column, never a replacement character), and no input may
 * be longer than the configured number of UTF-8 bytes. Reading stops one byte past the limit, so a
 * huge or endless stream costs no more than the limit.
 */
final class TextInput {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int BUFFER = 8192;

  private TextInput() {}

  /**
   * Reads a path once: a regular file over the limit is refused by its size before reading; a FIFO,
   * a pipe or a device (whose size says nothing) is read up to one byte past the limit.
   */
  static String read(Path path, long maxBytes, Problems problems) throws IOException {
    if (Files.isRegularFile(path)) {
      long size = Files.size(path);
      if (size > maxBytes) {
        tooLarge(problems, maxBytes, size);
        return "";
      }
    }
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, maxBytes, problems);
    }
  }

  /** Reads a stream up to one byte past the limit and decodes it. */
  static String read(InputStream in, long maxBytes, Problems problems) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[BUFFER];
    long total = 0;
    while (true) {
      int wanted = (int) Math.min(buffer.length, maxBytes + 1 - total);
      int n = in.read(buffer, 0, wanted);
      if (n < 0) {
        break;
      }
      bytes.write(buffer, 0, n);
      total += n;
      if (total > maxBytes) {
        tooLarge(problems, maxBytes, -1);
        return "";
      }
    }
    return decode(bytes.toByteArray(), problems);
  }

  /** Reads characters up to the limit; the limit counts the text's UTF-8 bytes. */
  static String read(Reader in, long maxBytes, Problems problems) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[BUFFER];
    while (true) {
      // A char is at least one UTF-8 byte, so more than maxBytes chars is too large for sure.
      int wanted = (int) Math.min(buffer.length, maxBytes + 1 - text.length());
      int n = in.read(buffer, 0, Math.max(1, wanted));
      if (n < 0) {
        break;
      }
      text.append(buffer, 0, n);
      if (text.length() > maxBytes) {
        tooLarge(problems, maxBytes, -1);
        return "";
      }
    }
    return text(text.toString(), maxBytes, problems);
  }

  /** Checks a string against the limit and drops a leading byte order mark. */
  static String text(String text, long maxBytes, Problems problems) {
    // A UTF-16 char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4): a text of at
    // most maxBytes / 3 chars fits without counting.
    if (text.length() > maxBytes / 3 && utf8Length(text, maxBytes) > maxBytes) {
      tooLarge(problems, maxBytes, -1);
      return "";
    }
    return stripByteOrderMark(text);
  }

  /** Decodes strictly; reports the first malformed byte sequence with its position. */
  static String decode(byte[] bytes, Problems problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int length = result.length();
      out.flip();
      int line = 1;
      int column = 1;
      for (int i = 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      StringBuilder hex = new StringBuilder();
      for (int i = offset; i < Math.min(bytes.length, offset + length); i++) {
        hex.append(hex.length() == 0 ? "" : " ")
            .append(String.format(Locale.ROOT, "0x%02X", bytes[i] & 0xFF));
      }
      problems.add(
          "",
          line,
          column,
          "the file is not valid UTF-8 (invalid "
              + (length == 1 ? "byte " : "bytes ")
              + hex
              + " at byte offset "
              + offset
              + "); save it with the UTF-8 encoding");
      return "";
    }
    out.flip();
    return stripByteOrderMark(out.toString());
  }

  private static String stripByteOrderMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /** The UTF-8 length of a text, counting no further than one past {@code stopAfter}. */
  static long utf8Length(String text, long stopAfter) {
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= stopAfter; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static void tooLarge(Problems problems, long maxBytes, long size) {
    problems.add(
        "",
        1,
        1,
        "the file is "
            + (size >= 0 ? size + " bytes long, larger than" : "larger than")
            + " the limit of "
            + maxBytes
            + " bytes"
            + (humanBytes(maxBytes).endsWith(" bytes") ? "" : " (" + humanBytes(maxBytes) + ")")
            + "; a Lympha file is usually a few kilobytes");
  }

  /** {@code 4 MiB}, {@code 512 KiB} or {@code 100 bytes}. */
  static String humanBytes(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
