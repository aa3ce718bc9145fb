package io.github.lympha.format;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a file so that nothing is lost: the text goes to a temporary file in the target's folder,
 * is flushed and synced to the disk, and only then moved over the target in one atomic step. A
 * failure at any point (a full disk, a killed process, an exception of the caller's) leaves the
 * target as it was, and the temporary file is removed.
 *
 * <p>A symbolic link to a file stays a link: the file it points to is replaced. A target that
 * exists and is not a regular file — a device such as {@code /dev/null}, {@code /dev/stdout} or
 * {@code /dev/full}, or a named pipe — is written in place (there is no file to replace, and moving
 * one over a device would destroy it), and a failed write is thrown, never ignored.
 *
 * <pre>{@code
 * AtomicWrite.text(Path.of("variants.csv"), w -> batch.run(family, w, progress));
 * }</pre>
 */
public final class AtomicWrite {
  private AtomicWrite() {}

  /** What writes the content. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}; the writer is flushed and closed for you. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Writes UTF-8 text to {@code target} atomically, replacing it if it exists.
   *
   * @throws IOException if the folder cannot take a temporary file, writing or syncing fails, or
   *     the move cannot be done atomically; the target is then unchanged
   */
  public static void text(Path target, Content content) throws IOException {
    Objects.requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      if (!Files.isRegularFile(absolute)) {
        // A device (/dev/null, /dev/stdout, /dev/full) or a named pipe: there is no file to
        // replace, and moving a file over it would destroy the device for everyone.
        inPlace(absolute, content);
        return;
      }
      // A link to a file stays a link: the file it points to is replaced.
      absolute = absolute.toRealPath();
    }
    Path dir = absolute.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("cannot write " + target + ": the folder " + dir + " does not exist");
    }
    if (Files.isDirectory(absolute)) {
      throw new IOException("cannot write " + target + ": it is a folder");
    }
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          Writer out =
              new OutputStreamWriter(
                  Channels.newOutputStream(channel), StandardCharsets.UTF_8.newEncoder())) {
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      Files.move(
          temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /** Writes straight to something that is not a regular file; every write error is thrown. */
  private static void inPlace(Path target, Content content) throws IOException {
    try (Writer out =
        new OutputStreamWriter(
            Files.newOutputStream(target, StandardOpenOption.WRITE),
            StandardCharsets.UTF_8.newEncoder())) {
      content.writeTo(out);
      out.flush();
    }
  }

  /** Writes a string to {@code target} atomically (see {@link #text(Path, Content)}). */
  public static void text(Path target, String text) throws IOException {
    Objects.requireNonNull(text, "text");
    text(target, out -> out.write(text));
  }
}
