package io.github.lympha.research;

import static io.github.lympha.research.ResearchFixtures.ANATOMY;
import static io.github.lympha.research.ResearchFixtures.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsTest {
  @Test
  void measuresStrokesDurationAndWhereTheWorkGoes() {
    Protocol p = Edit.repeats(2, 3).apply(small()).orElseThrow();
    Metrics m = Metrics.of(p, PatientContext.none());
    assertThat(m.steps()).isEqualTo(5);
    // 3 node-group steps × 5 + 2 thigh steps × 5 × 3 repeats
    assertThat(m.totalStrokes()).isEqualTo(45);
    assertThat(m.estimatedDuration()).isEqualTo(Duration.ofSeconds(45));
    assertThat(m.strokesPerRegion())
        .containsEntry("THIGH_MEDIAL_L", 15L)
        .containsEntry("THIGH_LATERAL_L", 15L);
    assertThat(m.strokesPerNodeGroup())
        .containsEntry("TERMINUS_L", 5L)
        .containsEntry("INGUINAL_SUPERFICIAL_L", 5L);
    // The protocol treats THIGH_MEDIAL_L: 15 of 45 strokes.
    assertThat(m.affectedShare()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(m.watershedCrossings()).isZero();
  }

  @Test
  void aRouteIsPreparedOnlyWhenEveryNodeGroupOnItIsWorkedFirst() {
    PatientContext thigh =
        PatientContext.builder().addAffected(ANATOMY.region("THIGH_MEDIAL_L")).build();
    // The small protocol never works CISTERNA_CHYLI.
    assertThat(Metrics.of(small(), thigh).routePrepared()).isFalse();
    // With the deep abdomen worked first, its one groin step prepares the whole groin station
    // (INGUINAL_DEEP_L too).
    Protocol withAbdomen =
        Edit.insertStep(1, 0, ResearchFixtures.nodes("CISTERNA_CHYLI"))
            .apply(small())
            .orElseThrow();
    assertThat(withAbdomen.steps()).noneMatch(st -> st.site().id().equals("INGUINAL_DEEP_L"));
    assertThat(Metrics.of(withAbdomen, thigh).routePrepared()).isTrue();
    Protocol planned = Planner.standard().plan(thigh).protocol().orElseThrow();
    assertThat(Metrics.of(planned, thigh).routePrepared()).isTrue();
    Protocol late =
        Edit.moveStep(0, 0, planned.sequences().size() - 1, 0).apply(planned).orElseThrow();
    assertThat(Metrics.of(late, thigh).routePrepared()).isFalse();
  }

  @Test
  void countsStepsThatCrossAWatershed() {
    Step reroute =
        Step.builder()
            .site(ANATOMY.region("CHEST_L"))
            .stroke(Stroke.ROTARY)
            .toward(ANATOMY.nodeGroup("AXILLARY_R"))
            .via(ANATOMY.anastomosis("AAA"))
            .build();
    Protocol p = Edit.insertStep(1, 1, reroute).apply(small()).orElseThrow();
    assertThat(Metrics.of(p, PatientContext.none()).watershedCrossings()).isEqualTo(1);
  }
}
