package io.github.lympha.render;

import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.sources.Source;
import io.github.lympha.sources.Sources;
import io.github.lympha.style.Printable;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Tempo;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plain-language instructions for a {@link Protocol}, as text or Markdown: numbered steps grouped
 * by phase, each saying where to place the hands, which stroke, how light, which way to stretch the
 * skin and how many times; an estimated duration; the sources; and the reminder that Lympha gives
 * no medical advice. Its methods are pure functions of the protocol, safe from any thread.
 *
 * <pre>{@code
 * System.out.println(Instructions.text(Catalogue.seedLeg()));
 * }</pre>
 */
public final class Instructions {
  /** The line every rendering ends with. */
  public static final String DISCLAIMER =
      "Lympha models protocols; it gives no medical advice. Check any protocol with a qualified"
          + " lymphoedema therapist.";

  private Instructions() {}

  /** The protocol as plain text. */
  public static String text(Protocol protocol) {
    StringBuilder out = new StringBuilder();
    out.append(protocol.title()).append('\n');
    out.append("=".repeat(protocol.title().length())).append('\n');
    if (!protocol.treats().isEmpty()) {
      out.append("Treats: ").append(treats(protocol)).append('\n');
    }
    out.append("Estimated time: ").append(summary(protocol)).append('\n');
    protocol.author().ifPresent(a -> out.append("Author: ").append(a).append('\n'));
    if (!protocol.description().isBlank()) {
      out.append('\n').append(protocol.description()).append('\n');
    }
    int first = 1;
    for (int s = 0; s < protocol.sequences().size(); s++) {
      Sequence seq = protocol.sequences().get(s);
      out.append('\n').append(phaseHeading(s, seq)).append('\n');
      for (int i = 0; i < seq.steps().size(); i++) {
        Step step = seq.steps().get(i);
        String number = (first + i) + ". ";
        out.append("  ").append(number).append(describe(step)).append('\n');
        step.note().ifPresent(n -> out.append("     Note: ").append(n).append('\n'));
      }
      first += seq.steps().size();
    }
    if (!protocol.sources().isEmpty()) {
      out.append("\nSources:\n");
      for (String key : protocol.sources()) {
        out.append("  ").append(cite(key)).append('\n');
      }
    }
    out.append('\n').append(DISCLAIMER).append('\n');
    return Printable.escapeKeepingLines(out.toString());
  }

  /** The protocol as Markdown. */
  public static String markdown(Protocol protocol) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(md(protocol.title())).append("\n\n");
    if (!protocol.treats().isEmpty()) {
      out.append("**Treats:** ").append(md(treats(protocol))).append("  \n");
    }
    out.append("**Estimated time:** ").append(summary(protocol)).append("  \n");
    protocol.author().ifPresent(a -> out.append("**Author:** ").append(md(a)).append("  \n"));
    out.append("**Id:** `")
        .append(protocol.id())
        .append("`, version ")
        .append(md(protocol.version()))
        .append('\n');
    if (!protocol.description().isBlank()) {
      out.append('\n').append(md(protocol.description())).append('\n');
    }
    int first = 1;
    for (int s = 0; s < protocol.sequences().size(); s++) {
      Sequence seq = protocol.sequences().get(s);
      out.append("\n## ").append(md(phaseHeading(s, seq))).append("\n\n");
      for (int i = 0; i < seq.steps().size(); i++) {
        Step step = seq.steps().get(i);
        out.append(first + i).append(". ").append(md(describe(step))).append('\n');
        step.note().ifPresent(n -> out.append("   *Note:* ").append(md(n)).append('\n'));
      }
      first += seq.steps().size();
    }
    if (!protocol.sources().isEmpty()) {
      out.append("\n## Sources\n\n");
      for (String key : protocol.sources()) {
        out.append("- ").append(md(cite(key))).append('\n');
      }
    }
    out.append("\n> ").append(DISCLAIMER).append('\n');
    return Printable.escapeKeepingLines(out.toString());
  }

  /**
   * The number a step has in the instructions, on the {@link BodyMap} and in the {@link Handout}:
   * its place in the order a person works the steps, counted on through the phases (the first step
   * of phase 2 follows the last of phase 1), starting at 1.
   */
  public static int number(LocatedStep step) {
    return step.order() + 1;
  }

  /**
   * One step as a sentence: where to place the hands, the stroke, the pressure, the direction of
   * the stretch and the count, e.g. "Left knee: gentle skin stretches, light pressure, toward the
   * left axillary nodes, 15 times."
   */
  public static String describe(Step step) {
    StringBuilder line = new StringBuilder();
    line.append(capitalize(stripPeriod(step.hands().orElse(step.site().name()))));
    line.append(": ").append(step.stroke().label());
    line.append(", ").append(pressure(step.pressure()));
    line.append(", ").append(direction(step));
    line.append(", ").append(times(step.repetitions()));
    if (!step.tempo().equals(Tempo.standard())) {
      line.append(", ").append(step.tempo().describe());
    }
    return line.append('.').toString();
  }

  /** A duration for people, rounded to the second: "about 12 min 30 s", "about 1 h 5 min". */
  public static String duration(Duration duration) {
    long total = Math.round(duration.toMillis() / 1000.0);
    long h = total / 3600;
    long m = (total % 3600) / 60;
    long s = total % 60;
    StringBuilder text = new StringBuilder("about");
    if (h > 0) {
      text.append(' ').append(h).append(" h");
    }
    if (m > 0) {
      text.append(' ').append(m).append(" min");
    }
    if (s > 0 || total == 0) {
      text.append(' ').append(s).append(" s");
    }
    return text.toString();
  }

  private static String summary(Protocol protocol) {
    long strokes = protocol.totalStrokes();
    return duration(protocol.estimatedDuration())
        + " ("
        + strokes
        + (strokes == 1 ? " stroke)" : " strokes)");
  }

  private static String phaseHeading(int index, Sequence seq) {
    String heading = "Phase " + (index + 1) + ": " + seq.name();
    if (seq.repeats() > 1) {
      heading += " (repeat this phase " + seq.repeats() + " times)";
    }
    return heading;
  }

  private static String treats(Protocol protocol) {
    return protocol.treats().stream().map(Region::name).collect(Collectors.joining(", "));
  }

  private static String direction(Step step) {
    Site site = step.site();
    String via = step.via().map(a -> " through the " + a.name()).orElse("");
    if (site.equals(step.toward())) {
      return "over the " + site.name() + via;
    }
    return "stretching the skin toward the " + step.toward().name() + via;
  }

  private static String pressure(Pressure pressure) {
    return pressure.mmHg().isEmpty()
        ? pressure.describe() + " pressure"
        : "pressure " + pressure.describe();
  }

  private static String times(int repetitions) {
    return repetitions == 1 ? "once" : repetitions + " times";
  }

  private static String cite(String key) {
    Optional<Source> source = Sources.find(key);
    return source.map(Source::cite).orElse(key);
  }

  private static String stripPeriod(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private static String capitalize(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  /** Escapes the characters Markdown would read as formatting. */
  private static String md(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return Printable.escapeKeepingLines(out.toString());
  }
}
