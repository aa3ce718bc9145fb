package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The progress line's exact output, on a clock the test moves. */
class ProgressLineTest {
  private static final long MS = 1_000_000L;
  private long now = 5_000 * MS;
  private final StringWriter err = new StringWriter();

  private ProgressLine line(boolean shown) {
    return new ProgressLine(new PrintWriter(err, true), shown, () -> now);
  }

  @Test
  void staysSilentForTheFirstSecond() {
    ProgressLine p = line(true);
    now += 1_000 * MS;
    p.update(500, 2_000);
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void showsDoneTotalRateAndTimeLeftThenTheTimeTaken() {
    ProgressLine p = line(true);
    now += 1_001 * MS;
    p.update(1_001, 10_000);
    // 1,001 variants in 1.001 s: 1,000/s; 8,999 left take 9 s (8.999 s, rounded up).
    assertThat(err.toString()).isEqualTo("\r1,001/10,000 variants, 1,000/s, 9 s left");
    now += 100 * MS;
    p.update(1_101, 10_000);
    assertThat(err.toString()).as("throttled: at most every 250 ms").doesNotContain("1,101");
    now += 150 * MS;
    p.update(1_251, 10_000);
    // 250 ms after the last draw: drawn again, 1,251 in 1.251 s.
    assertThat(err.toString()).endsWith("\r1,251/10,000 variants, 1,000/s, 9 s left");
    now += 8_749 * MS;
    p.update(10_000, 10_000);
    assertThat(err.toString()).endsWith("\r10,000/10,000 variants, 1,000/s, 0 s left");
    p.finish();
    assertThat(err.toString())
        .endsWith("\r10,000/10,000 variants, 1,000/s, done in 10 s" + System.lineSeparator());
  }

  @Test
  void padsAShorterLineOverALongerOne() {
    ProgressLine p = line(true);
    now += 2_000 * MS;
    p.update(100, 1_000_000);
    String first = "\r100/1,000000 variants".replace("1,000000", "1,000,000");
    assertThat(err.toString()).startsWith(first);
    String drawn = err.toString().substring(1);
    now += 1_000 * MS;
    p.update(300, 300);
    String second = err.toString().substring(drawn.length() + 2);
    assertThat(second).hasSize(drawn.length()).startsWith("300/300 variants, 100/s, 0 s left ");
  }

  @Test
  void drawsNothingWhenNotShown() {
    ProgressLine p = line(false);
    now += 10_000 * MS;
    p.update(5, 10);
    p.finish();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesDurationsInSecondsMinutesAndHours() {
    assertThat(ProgressLine.duration(0)).isEqualTo("0 s");
    assertThat(ProgressLine.duration(1)).isEqualTo("1 s");
    assertThat(ProgressLine.duration(59_000 * MS)).isEqualTo("59 s");
    assertThat(ProgressLine.duration(59_001 * MS)).isEqualTo("1 min 00 s");
    assertThat(ProgressLine.duration(185_000 * MS)).isEqualTo("3 min 05 s");
    assertThat(ProgressLine.duration(3_599_000 * MS)).isEqualTo("59 min 59 s");
    assertThat(ProgressLine.duration(3_600_000 * MS)).isEqualTo("1 h 00 min");
    assertThat(ProgressLine.duration(7_620_000 * MS)).isEqualTo("2 h 07 min");
  }
}
