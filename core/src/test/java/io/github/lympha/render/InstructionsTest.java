package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  private static List<String> lines(String text) {
    return Arrays.asList(text.split("\n"));
  }

  @Test
  void rendersTheSeedWithItsKneeToArmpitStretchAndFifteenRepeats() {
    String text = Instructions.text(Catalogue.seedLeg());
    List<String> lines = lines(text);
    assertThat(lines.get(0)).isEqualTo("Lymphatic drainage for the leg (clinic blog)");
    assertThat(lines.get(1)).matches("=+").hasSize(lines.get(0).length());
    assertThat(lines)
        .contains(
            "Treats: left foot and ankle",
            "Estimated time: about 6 min 45 s (405 strokes)",
            "Phase 1: Clear the supraclavicular area",
            "Phase 2: Clear the axilla",
            "  3. Cupped hand in the left armpit: scoop strokes, light pressure, over the left axillary"
                + " nodes, 5 times.",
            "Phase 4: Leg, from the upper leg down to the knee (repeat this phase 15 times)",
            "  7. One hand on the inner thigh, one on the back of the thigh: gentle skin stretches,"
                + " light pressure, stretching the skin toward the left superficial inguinal nodes, 5"
                + " times.",
            "  9. Hands at the knee: gentle skin stretches, light pressure, stretching the skin toward"
                + " the left axillary nodes, 15 times.",
            "     Note: Stretch the skin up toward the armpit, at least 15 times.",
            "Sources:");
    assertThat(lines)
        .anyMatch(l -> l.startsWith("  [S36] How to perform lymphatic drainage massage"));
    assertThat(lines.get(lines.size() - 1)).isEqualTo(Instructions.DISCLAIMER);
    assertThat(Instructions.DISCLAIMER)
        .isEqualTo(
            "Lympha models protocols; it gives no medical advice. Check any protocol with a"
                + " qualified lymphoedema therapist.");
  }

  @Test
  void rendersReroutesThroughTheNamedAnastomosis() {
    List<String> lines = lines(Instructions.text(Catalogue.armAfterAxillaryDissection()));
    assertThat(lines)
        .contains(
            "  12. Upper left chest, across the midline toward the right armpit: rotary strokes,"
                + " light pressure, stretching the skin toward the right axillary nodes through the"
                + " anterior axillo-axillary anastomosis, 5 times.",
            "Phase 10: Drain the left arm around the left axillary nodes",
            "     Note: Rerouted: left outer upper arm → left shoulder → anterior axillo-axillary"
                + " anastomosis → right axillary nodes");
    assertThat(lines).noneMatch(l -> l.contains("toward the left axillary nodes"));
  }

  @Test
  void rendersMarkdownWithHeadingsNumberedStepsAndEscapedSources() {
    String md = Instructions.markdown(Catalogue.legIntactInguinal());
    List<String> lines = lines(md);
    assertThat(lines.get(0)).isEqualTo("# Left leg, intact inguinal nodes (Földi)");
    assertThat(lines)
        .contains(
            "**Id:** `leg-intact-inguinal`, version 1",
            "## Phase 1: Open the terminus",
            "1. Fingers flat in the hollow above the left collarbone: stationary circles, light"
                + " pressure, over the left terminus (venous angle), 5 times.",
            "## Phase 9: Final effleurage",
            "17. Long, light strokes from the left foot up the whole leg, ending before the groin:"
                + " effleurage, light pressure, stretching the skin toward the left superficial"
                + " inguinal nodes, 5 times, 6 s per cycle.",
            "   *Note:* Földi's oedema stroke.",
            "## Sources",
            "> " + Instructions.DISCLAIMER);
    assertThat(lines)
        .anyMatch(
            l -> l.startsWith("- \\[S9\\] Földi & Strössenreuther, \\*Foundations of Manual"));
  }

  @Test
  void everyCatalogueProtocolRendersOneLinePerStepInBothForms() {
    for (Protocol p : Catalogue.all()) {
      String text = Instructions.text(p);
      String md = Instructions.markdown(p);
      long textSteps = lines(text).stream().filter(l -> l.matches(" {2}\\d+\\. .*")).count();
      long mdSteps = lines(md).stream().filter(l -> l.matches("\\d+\\. .*")).count();
      assertThat(textSteps).as(p.id()).isEqualTo(p.stepCount());
      assertThat(mdSteps).as(p.id()).isEqualTo(p.stepCount());
      long phases = lines(text).stream().filter(l -> l.startsWith("Phase ")).count();
      assertThat(phases).as(p.id()).isEqualTo(p.sequences().size());
      assertThat(text)
          .as(p.id())
          .contains("Estimated time: " + Instructions.duration(p.estimatedDuration()));
      assertThat(text.strip()).endsWith(Instructions.DISCLAIMER);
      assertThat(md.strip()).endsWith("> " + Instructions.DISCLAIMER);
    }
  }

  @Test
  void formatsDurationsForPeople() {
    assertThat(Instructions.duration(Duration.ofSeconds(750))).isEqualTo("about 12 min 30 s");
    assertThat(Instructions.duration(Duration.ofSeconds(120))).isEqualTo("about 2 min");
    assertThat(Instructions.duration(Duration.ofSeconds(45))).isEqualTo("about 45 s");
    assertThat(Instructions.duration(Duration.ofSeconds(3900))).isEqualTo("about 1 h 5 min");
    assertThat(Instructions.duration(Duration.ofMillis(59_600))).isEqualTo("about 1 min");
    assertThat(Instructions.duration(Duration.ZERO)).isEqualTo("about 0 s");
  }

  @Test
  void describesAStepWithNumericPressureAndASingleRepetition() {
    Anatomy anatomy = Anatomy.standard();
    Step step =
        Step.builder()
            .site(anatomy.region("CALF_L"))
            .stroke(Stroke.SCOOP)
            .toward(anatomy.nodeGroup("POPLITEAL_L"))
            .pressure(Pressure.of(PressureLevel.LIGHT, 28))
            .repetitions(1)
            .build();
    assertThat(Instructions.describe(step))
        .isEqualTo(
            "Left calf: scoop strokes, pressure light, 28 mmHg, stretching the skin toward the left"
                + " popliteal nodes, once.");
    assertThat(Instructions.describe(step.withPressure(Pressure.ofMmHg(20)).withHands("palm up.")))
        .startsWith("Palm up: scoop strokes, pressure 20 mmHg,");
  }

  @Test
  void listsUnknownSourceKeysAsGiven() {
    Protocol p =
        Catalogue.neckTerminusOpening()
            .withSources(List.of("S40", "Vodder 1936"))
            .withAuthor("A. B.");
    List<String> text = lines(Instructions.text(p));
    assertThat(text).contains("  Vodder 1936", "Author: A. B.");
    assertThat(text.stream().filter(l -> l.startsWith("  [S40]")).collect(Collectors.toList()))
        .hasSize(1);
  }

  /** A file's text never sends terminal sequences to the screen: they are shown, escaped. */
  @Test
  void escapesControlCharactersOfTheProtocolsTextsAndKeepsItsLines() {
    Protocol p =
        Catalogue.neckTerminusOpening()
            .withTitle("Neck\u001B[2J")
            .withDescription("First line.\nSecond\u0007 line.")
            .withAuthor("\u202Eevil");
    for (String out : List.of(Instructions.text(p), Instructions.markdown(p))) {
      assertThat(out).doesNotContain("\u001B", "\u0007", "\u202E");
      assertThat(out).contains("Neck\\u001B", "Second\\u0007 line.", "\\u202Eevil");
      assertThat(lines(out)).contains("First line.");
    }
    assertThat(lines(Instructions.text(p))).startsWith("Neck\\u001B[2J");
  }
}
