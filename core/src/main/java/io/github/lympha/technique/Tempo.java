package io.github.lympha.technique;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * The rhythm of a stroke: seconds per working-and-resting cycle. About 1 s per cycle is the Vodder
 * standard [S1][S7]; effleurage takes about 6 s per stroke [S4].
 */
@Value.Immutable
@LymphaStyle
public abstract class Tempo {
  /** The shortest cycle accepted, in seconds. */
  public static final double MIN_SECONDS = 0.2;

  /** The longest cycle accepted, in seconds. */
  public static final double MAX_SECONDS = 60;

  private static final Tempo STANDARD = ofSeconds(1);

  Tempo() {}

  /** Seconds per cycle. */
  @Value.Parameter
  public abstract double secondsPerCycle();

  /** About one second per cycle, the Vodder rhythm [S1][S7]. */
  public static Tempo standard() {
    return STANDARD;
  }

  /** A tempo of this many seconds per cycle. */
  public static Tempo ofSeconds(double secondsPerCycle) {
    return ImmutableTempo.of(secondsPerCycle);
  }

  /** The time {@code cycles} cycles take. */
  public Duration times(long cycles) {
    checkArgument(cycles >= 0, "Invalid cycle count: %s", cycles);
    return Duration.ofNanos(Math.round(secondsPerCycle() * 1e9 * cycles));
  }

  /** Checks the tempo is in range. */
  @Value.Check
  protected void check() {
    double s = secondsPerCycle();
    checkArgument(
        Double.isFinite(s) && s >= MIN_SECONDS && s <= MAX_SECONDS,
        "Invalid value for tempo: %s s per cycle; expected %s to %s s",
        s,
        MIN_SECONDS,
        MAX_SECONDS);
  }

  /** For people: "1 s per cycle". */
  public String describe() {
    return Pressure.formatNumber(secondsPerCycle()) + " s per cycle";
  }
}
