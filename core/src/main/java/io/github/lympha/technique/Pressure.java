package io.github.lympha.technique;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The pressure of a stroke: a qualitative {@link PressureLevel}, a value in mmHg, or both. The
 * reference's most repeated figure for MLD is below about 4 kPa ≈ 30 mmHg [S37].
 */
@Value.Immutable
@LymphaStyle
public abstract class Pressure {
  /** The highest value accepted, in mmHg: far above any MLD pressure, so typos are caught. */
  public static final double MAX_MM_HG = 200;

  /** Kilopascals per millimetre of mercury. */
  public static final double KPA_PER_MM_HG = 0.133322;

  private static final Pressure LIGHT = of(PressureLevel.LIGHT);

  Pressure() {}

  /** The qualitative level, if given. */
  public abstract Optional<PressureLevel> level();

  /** The value in mmHg, if given. */
  public abstract Optional<Double> mmHg();

  /** The value in kPa, if a numeric value is given. */
  public Optional<Double> kPa() {
    return mmHg().map(v -> v * KPA_PER_MM_HG);
  }

  /** Light pressure, the MLD standard. */
  public static Pressure light() {
    return LIGHT;
  }

  /** A qualitative pressure. */
  public static Pressure of(PressureLevel level) {
    return ImmutablePressure.builder().level(level).build();
  }

  /** A pressure in mmHg. */
  public static Pressure ofMmHg(double mmHg) {
    return ImmutablePressure.builder().mmHg(normalized(mmHg)).build();
  }

  /** A pressure in kPa, stored in mmHg; fails naming the value in kPa if it is out of range. */
  public static Pressure ofKPa(double kPa) {
    double max = MAX_MM_HG * KPA_PER_MM_HG;
    checkArgument(
        Double.isFinite(kPa) && kPa >= 0 && kPa <= max,
        "Invalid value for pressure: %s kPa; expected 0 to %s kPa",
        kPa,
        formatNumber(max));
    return ofMmHg(kPa / KPA_PER_MM_HG);
  }

  /** A pressure with both a level and a value in mmHg. */
  public static Pressure of(PressureLevel level, double mmHg) {
    return ImmutablePressure.builder().level(level).mmHg(normalized(mmHg)).build();
  }

  /** -0.0 and 0.0 are the same pressure; keep one of them so that equal pressures are equal. */
  private static double normalized(double mmHg) {
    return mmHg + 0.0;
  }

  /** A copy with this value in mmHg. */
  public Pressure withMmHg(double mmHg) {
    ImmutablePressure.Builder b = ImmutablePressure.builder().mmHg(normalized(mmHg));
    level().ifPresent(b::level);
    return b.build();
  }

  /** Checks there is a level or a value and the value is in range. */
  @Value.Check
  protected void check() {
    checkArgument(
        level().isPresent() || mmHg().isPresent(),
        "A pressure needs a level (VERY_LIGHT, LIGHT, MODERATE, FIRM) or a value in mmHg");
    mmHg()
        .ifPresent(
            v ->
                checkArgument(
                    Double.isFinite(v) && v >= 0 && v <= MAX_MM_HG,
                    "Invalid value for pressure: %s mmHg; expected 0 to %s mmHg",
                    v,
                    MAX_MM_HG));
  }

  /** For people: "light", "28 mmHg" or "light, 28 mmHg". */
  public String describe() {
    String value = mmHg().map(v -> formatNumber(v) + " mmHg").orElse("");
    String word = level().map(PressureLevel::label).orElse("");
    return word.isEmpty() ? value : value.isEmpty() ? word : word + ", " + value;
  }

  static String formatNumber(double v) {
    return v == Math.rint(v)
        ? String.valueOf((long) v)
        : String.format(java.util.Locale.ROOT, "%.1f", v);
  }
}
