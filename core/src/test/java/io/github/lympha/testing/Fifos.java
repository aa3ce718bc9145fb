package io.github.lympha.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Named pipes for the input-path tests of every module: one made with {@code mkfifo}, and a thread
 * that writes into it and closes it, the way a shell's {@code producer > fifo} does.
 */
public final class Fifos {
  private Fifos() {}

  /** A FIFO made with {@code mkfifo} in {@code dir}; the test is skipped where there is none. */
  public static Path create(Path dir, String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo (not a POSIX system?): " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    return fifo;
  }

  /**
   * Starts a daemon thread that opens the FIFO, writes {@code bytes} into it {@code times} times
   * and closes it; a write failure (the reader went away) is kept in {@code failure}.
   */
  public static Thread writer(
      Path fifo, byte[] bytes, int times, AtomicReference<Throwable> failure) {
    Thread t =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < times; i++) {
                  out.write(bytes);
                }
              } catch (IOException e) {
                failure.set(e);
              }
            },
            "fifo-writer-" + fifo.getFileName());
    t.setDaemon(true);
    t.start();
    return t;
  }
}
