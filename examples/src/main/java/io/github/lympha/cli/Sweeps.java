package io.github.lympha.cli;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.Edit;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns the {@code --sweep} specifications of {@code lympha variants} into axes of variants.
 *
 * <pre>
 * repetitions=3..10[:STEP]      pressure=very_light,light,moderate   pressure=10..40:5 (mmHg)
 * tempo=0.5..2:0.5              stroke=PUMP&gt;SCOOP,EFFLEURAGE        mirror
 * drop-each-step                duplicate-each-step                  swap-neighbours
 * reverse-each-phase
 * </pre>
 */
final class Sweeps {
  /** The forms a sweep can take, for messages and help. */
  static final String FORMS =
      "repetitions=FROM..TO[:STEP], pressure=LEVEL[,LEVEL...] or pressure=FROM..TO:STEP (mmHg),"
          + " tempo=FROM..TO:STEP (seconds), stroke=FROM>TO[,TO...], mirror, drop-each-step,"
          + " duplicate-each-step, swap-neighbours, reverse-each-phase";

  private Sweeps() {}

  /** The axis a specification describes; fails with a message naming the bad part. */
  static Axis parse(String spec, Protocol base) {
    String s = spec.trim();
    int eq = s.indexOf('=');
    String name = (eq < 0 ? s : s.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
    String value = eq < 0 ? "" : s.substring(eq + 1).trim();
    switch (name) {
      case "repetitions":
        {
          int[] r = intRange(spec, value);
          return Axis.repetitions(r[0], r[1], r[2]);
        }
      case "pressure":
        if (value.contains("..")) {
          double[] r = decimalRange(spec, value);
          return Axis.pressuresMmHg(r[0], r[1], r[2]);
        }
        return Axis.pressureLevels(
            list(spec, value).stream().map(v -> level(spec, v)).toArray(PressureLevel[]::new));
      case "tempo":
        {
          double[] r = decimalRange(spec, value);
          return Axis.tempos(r[0], r[1], r[2]);
        }
      case "stroke":
        {
          int gt = value.indexOf('>');
          if (gt < 0) {
            throw bad(spec, "expected stroke=FROM>TO[,TO...], e.g. stroke=PUMP>SCOOP");
          }
          Stroke from = stroke(spec, value.substring(0, gt));
          Stroke[] to =
              list(spec, value.substring(gt + 1)).stream()
                  .map(v -> stroke(spec, v))
                  .toArray(Stroke[]::new);
          return Axis.strokes(from, to);
        }
      case "mirror":
        return Axis.optional(Edit.mirror());
      case "drop-each-step":
        return Axis.dropEachStep(base).orUnchanged();
      case "duplicate-each-step":
        return Axis.duplicateEachStep(base).orUnchanged();
      case "swap-neighbours":
        return Axis.swapEachNeighbours(base).orUnchanged();
      case "reverse-each-phase":
        return Axis.reverseEachSequence(base).orUnchanged();
      default:
        throw bad(spec, "unknown sweep '" + name + "'; expected one of " + FORMS);
    }
  }

  private static List<String> list(String spec, String value) {
    List<String> out = new ArrayList<>();
    for (String v : value.split(",")) {
      if (!v.isBlank()) {
        out.add(v.trim());
      }
    }
    if (out.isEmpty()) {
      throw bad(spec, "expected at least one value");
    }
    return out;
  }

  private static int[] intRange(String spec, String value) {
    double[] r = decimalRange(spec, value.contains(":") ? value : value + ":1");
    for (double d : r) {
      if (d != Math.rint(d)) {
        throw bad(spec, "expected whole numbers, e.g. repetitions=3..10 or repetitions=3..15:2");
      }
    }
    return new int[] {(int) r[0], (int) r[1], (int) r[2]};
  }

  private static double[] decimalRange(String spec, String value) {
    String[] byStep = value.split(":", 2);
    String[] ends = byStep[0].split("\\.\\.", 2);
    if (ends.length != 2 || byStep.length != 2) {
      throw bad(spec, "expected FROM..TO:STEP, e.g. 0.5..2:0.5");
    }
    try {
      return new double[] {
        Double.parseDouble(ends[0].trim()),
        Double.parseDouble(ends[1].trim()),
        Double.parseDouble(byStep[1].trim())
      };
    } catch (NumberFormatException e) {
      throw bad(spec, "expected numbers in FROM..TO:STEP, e.g. 0.5..2:0.5");
    }
  }

  private static PressureLevel level(String spec, String v) {
    try {
      return PressureLevel.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(
          spec,
          "unknown pressure level '" + v + "'; expected one of " + names(PressureLevel.values()));
    }
  }

  private static Stroke stroke(String spec, String v) {
    try {
      return Stroke.valueOf(v.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw bad(
          spec, "unknown stroke '" + v.trim() + "'; expected one of " + names(Stroke.values()));
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static IllegalArgumentException bad(String spec, String why) {
    return new IllegalArgumentException("--sweep '" + spec + "': " + why);
  }
}
