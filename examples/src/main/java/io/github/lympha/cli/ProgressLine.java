package io.github.lympha.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress indicator redrawn in place ({@code \r}) on standard error: variants done of
 * the total, the rate and the time left. It stays silent unless standard error is a terminal, and
 * until the run has taken more than {@link #DELAY_NANOS one second}; it redraws at most every
 * {@link #EVERY_NANOS quarter second}, and {@link #finish()} ends a drawn line with the total time
 * and a newline. The clock is injected so tests need not sleep.
 */
final class ProgressLine {
  /** Nothing is drawn before the run has taken this long. */
  static final long DELAY_NANOS = 1_000_000_000L;

  /** The least time between two redraws. */
  static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final LongSupplier clock;
  private final long start;
  private long lastDrawn;
  private long done;
  private long total;
  private int width;

  ProgressLine(PrintWriter err, boolean shown, LongSupplier clock) {
    this.err = err;
    this.shown = shown;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** Records progress and redraws the line when it is due. */
  void update(long done, long total) {
    this.done = done;
    this.total = total;
    if (!shown) {
      return;
    }
    long now = clock.getAsLong();
    long elapsed = now - start;
    if (elapsed <= DELAY_NANOS || (width > 0 && now - lastDrawn < EVERY_NANOS)) {
      return;
    }
    lastDrawn = now;
    double rate = done * 1e9 / elapsed;
    String left =
        done >= total || rate <= 0
            ? "0 s"
            : duration((long) Math.ceil((total - done) / rate * 1e9));
    draw(String.format(Locale.ROOT, "%,d/%,d variants, %,.0f/s, %s left", done, total, rate, left));
  }

  /** Ends a drawn line: the final count, the rate and the time taken, then a newline. */
  void finish() {
    if (width == 0) {
      return;
    }
    long elapsed = clock.getAsLong() - start;
    draw(
        String.format(
            Locale.ROOT,
            "%,d/%,d variants, %,.0f/s, done in %s",
            done,
            total,
            done * 1e9 / elapsed,
            duration(elapsed)));
    err.println();
    err.flush();
  }

  private void draw(String line) {
    // Spaces clear what a longer earlier line left on the terminal.
    String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
    width = Math.max(width, line.length());
    err.print("\r" + padded);
    err.flush();
  }

  /**
   * A duration in whole seconds, rounded up: {@code 42 s}, {@code 3 min 05 s}, {@code 2 h 07 min}.
   */
  static String duration(long nanos) {
    long s = (nanos + 999_999_999L) / 1_000_000_000L;
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
  }
}
