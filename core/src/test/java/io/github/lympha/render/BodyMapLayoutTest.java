package io.github.lympha.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.render.BodyMapLayout.View;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Reading a body-map layout: each entry, its limits, and what a layout leaves unplaced. */
class BodyMapLayoutTest {
  private static final String MINIMAL = "size 200 100\nhead 1 2 3 4\noutline M0 0 L1 1\n";

  private static String standardText() throws IOException {
    try (InputStream in = BodyMapLayout.class.getResourceAsStream("body-map-layout.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsSizeHeadOutlineAndWatershedPoints() {
    BodyMapLayout layout =
        BodyMapLayout.parse(MINIMAL + "watershed W FRONT 1,2 3.5,4\nwatershed W BACK 5,6 7,8 9,10");
    assertThat(layout.width()).isEqualTo(200);
    assertThat(layout.height()).isEqualTo(100);
    assertThat(layout.head()).containsExactly(1.0, 2.0, 3.0, 4.0);
    assertThat(layout.outline()).isEqualTo("M0 0 L1 1");
    assertThat(layout.watershed("W", View.FRONT))
        .containsExactly(Place.of(View.FRONT, 1, 2), Place.of(View.FRONT, 3.5, 4));
    assertThat(layout.watershed("W", View.BACK))
        .containsExactly(
            Place.of(View.BACK, 5, 6), Place.of(View.BACK, 7, 8), Place.of(View.BACK, 9, 10));
    assertThat(layout.watershed("V", View.BACK)).isEmpty();
  }

  @Test
  void anOutlineNeedsItsPathAndAWatershedOneLineAView() {
    assertThatThrownBy(() -> BodyMapLayout.parse("size 1 2\nhead 1 2 3 4\noutline"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: outline needs an SVG path");
    assertThat(BodyMapLayout.parse("size 1 2\nhead 1 2 3 4\noutline M").outline()).isEqualTo("M");
    assertThatThrownBy(
            () ->
                BodyMapLayout.parse(
                    MINIMAL + "watershed W FRONT 1,2 3,4\nwatershed W FRONT 5,6 7,8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 5: watershed W has two lines in view FRONT");
  }

  @Test
  void anastomosesArePlacedWhereTheLayoutSays() {
    Anatomy anatomy = Anatomy.standard();
    BodyMapLayout layout = BodyMapLayout.parse(MINIMAL + "anastomosis AAA FRONT 100 116");
    assertThat(layout.anastomosis(anatomy.anastomosis("AAA")))
        .contains(Place.of(View.FRONT, 100, 116));
    assertThat(layout.anastomosis(anatomy.anastomosis("PAA"))).isEmpty();
  }

  @Test
  void missingNamesEachUnplacedSiteAnastomosisAndWatershedOnce() throws IOException {
    Anatomy anatomy = Anatomy.standard();
    String text =
        Arrays.stream(standardText().split("\n"))
            .filter(l -> !l.startsWith("site KNEE_L "))
            .filter(l -> !l.startsWith("anastomosis PAA "))
            .filter(l -> !l.startsWith("watershed LOWER_TRANSVERSE "))
            // A watershed drawn in one view only is placed.
            .filter(l -> !l.startsWith("watershed SAGITTAL BACK"))
            .collect(Collectors.joining("\n"));
    assertThat(BodyMapLayout.parse(text).missing(anatomy))
        .containsExactly("KNEE_L", "PAA", "LOWER_TRANSVERSE");
    String frontless =
        Arrays.stream(standardText().split("\n"))
            .filter(l -> !l.startsWith("watershed SAGITTAL FRONT"))
            .collect(Collectors.joining("\n"));
    assertThat(BodyMapLayout.parse(frontless).missing(anatomy)).isEmpty();
    assertThat(BodyMapLayout.parse(standardText()).missing(anatomy)).isEmpty();
  }
}
