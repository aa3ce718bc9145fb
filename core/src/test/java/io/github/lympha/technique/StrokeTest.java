package io.github.lympha.technique;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StrokeTest {
  private final Anatomy anatomy = Anatomy.standard();

  @Test
  void pumpSuitsTheThighAndShinButNotTheFace() {
    assertThat(Stroke.PUMP.suits(anatomy.region("THIGH_LATERAL_L"))).isTrue();
    assertThat(Stroke.PUMP.suits(anatomy.region("SHIN_R"))).isTrue();
    assertThat(Stroke.PUMP.suits(anatomy.region("FACE_UPPER_L"))).isFalse();
  }

  @Test
  void scoopSuitsTheCalfAndForearmButNotNodeGroups() {
    assertThat(Stroke.SCOOP.suits(anatomy.region("CALF_L"))).isTrue();
    assertThat(Stroke.SCOOP.suits(anatomy.region("FOREARM_R"))).isTrue();
    assertThat(Stroke.SCOOP.suits(anatomy.nodeGroup("AXILLARY_L"))).isFalse();
  }

  @Test
  void stationaryCirclesSuitEveryNodeGroupAndTheNeckKneeAndFoot() {
    assertThat(anatomy.nodeGroups()).allMatch(Stroke.STATIONARY_CIRCLE::suits);
    assertThat(Stroke.STATIONARY_CIRCLE.suits(anatomy.region("NECK_L"))).isTrue();
    assertThat(Stroke.STATIONARY_CIRCLE.suits(anatomy.region("KNEE_L"))).isTrue();
    assertThat(Stroke.STATIONARY_CIRCLE.suits(anatomy.region("FOOT_L"))).isTrue();
    assertThat(Stroke.STATIONARY_CIRCLE.suits(anatomy.region("THIGH_MEDIAL_L"))).isFalse();
  }

  @Test
  void rotarySuitsTheTrunkNotTheLimbs() {
    assertThat(Stroke.ROTARY.suits(anatomy.region("CHEST_L"))).isTrue();
    assertThat(Stroke.ROTARY.suits(anatomy.region("SACRAL_R"))).isTrue();
    assertThat(Stroke.ROTARY.suits(anatomy.region("HAND_L"))).isFalse();
  }

  @Test
  void abdominalBreathingSuitsTheCisternaChyliOnly() {
    assertThat(Stroke.ABDOMINAL_BREATHING.suits(anatomy.nodeGroup("CISTERNA_CHYLI"))).isTrue();
    assertThat(Stroke.ABDOMINAL_BREATHING.suits(anatomy.region("ABDOMEN_L"))).isTrue();
    assertThat(Stroke.ABDOMINAL_BREATHING.suits(anatomy.nodeGroup("TERMINUS_L"))).isFalse();
  }

  @Test
  void effleurageAndSkinStretchSuitEverySite() {
    assertThat(anatomy.sites())
        .allMatch(Stroke.EFFLEURAGE::suits)
        .allMatch(Stroke.SKIN_STRETCH::suits);
  }

  @Test
  void everyStrokeHasAStableCodeALabelADescriptionAndSources() {
    assertThat(Stroke.valueOf("STATIONARY_CIRCLE").code()).isEqualTo("STATIONARY_CIRCLE");
    assertThat(Stroke.PUMP.label()).isEqualTo("pump strokes");
    assertThat(Arrays.asList(Stroke.values()))
        .allSatisfy(
            s -> {
              assertThat(s.code()).isEqualTo(s.name());
              assertThat(s.label()).isNotBlank();
              assertThat(s.description()).isNotBlank();
              assertThat(s.sources()).isNotEmpty();
              assertThat(s.suitedParts()).isNotEmpty();
            });
  }

  @Test
  void pressureLevelsAreOrderedLightestFirst() {
    assertThat(PressureLevel.values())
        .containsExactly(
            PressureLevel.VERY_LIGHT,
            PressureLevel.LIGHT,
            PressureLevel.MODERATE,
            PressureLevel.FIRM);
    assertThat(PressureLevel.LIGHT.label()).isEqualTo("light");
    assertThat(PressureLevel.VERY_LIGHT.label()).isEqualTo("very light");
  }
}
