package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.technique.Stroke;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirroringTest {
  private static final Anatomy A = Anatomy.standard();

  private static Step step(String site, String toward) {
    return Step.builder()
        .site(A.site(site))
        .toward(A.nodeGroup(toward))
        .stroke(Stroke.SKIN_STRETCH)
        .build();
  }

  private static Protocol of(Step... steps) {
    return Protocol.builder()
        .id("p")
        .title("P")
        .addTreats(A.region("FOREARM_L"))
        .addSequences(Sequence.of("S", List.of(steps)))
        .build();
  }

  @Test
  void mirrorsSitesTargetsAnastomosesAndTreatedRegions() {
    Protocol p =
        of(
            step("TERMINUS_L", "TERMINUS_L"),
            step("CHEST_L", "AXILLARY_R").withVia(A.anastomosis("AAA")),
            step("THIGH_LATERAL_L", "AXILLARY_L").withVia(A.anastomosis("AIA_L")));
    Protocol m = Mirroring.mirror(p);

    assertThat(m.steps())
        .extracting(s -> s.site().id())
        .containsExactly("TERMINUS_R", "CHEST_R", "THIGH_LATERAL_R");
    assertThat(m.steps())
        .extracting(s -> s.toward().id())
        .containsExactly("TERMINUS_R", "AXILLARY_L", "AXILLARY_R");
    assertThat(m.steps())
        .extracting(s -> s.via().map(a -> a.id()).orElse("-"))
        .containsExactly("-", "AAA", "AIA_R");
    assertThat(m.treats()).extracting(r -> r.id()).containsExactly("FOREARM_R");
    assertThat(Mirroring.mirror(m)).isEqualTo(p);
  }

  @Test
  void keepsTargetsPastTheThoracicDuct() {
    Protocol p = of(step("THIGH_MEDIAL_L", "TERMINUS_L"), step("THIGH_MEDIAL_L", "CISTERNA_CHYLI"));
    Protocol m = Mirroring.mirror(p);

    assertThat(m.steps())
        .extracting(s -> s.site().id())
        .containsExactly("THIGH_MEDIAL_R", "THIGH_MEDIAL_R");
    assertThat(m.steps())
        .extracting(s -> s.toward().id())
        .containsExactly("TERMINUS_L", "CISTERNA_CHYLI");
  }

  @Test
  void mirrorsAPhysiologicalStretchToAPhysiologicalOneEvenWhenARerouteWouldReachTheMirror() {
    assertThat(A.isReachable(A.site("THIGH_MEDIAL_R"), A.nodeGroup("TERMINUS_R"))).isTrue();
    Protocol m = Mirroring.mirror(of(step("THIGH_MEDIAL_L", "TERMINUS_L")));
    assertThat(m.steps().get(0).toward().id()).isEqualTo("TERMINUS_L");
  }

  @Test
  void failsNamingTheStepWhenAnAsymmetricAnatomyHasNoMirroredPathway() {
    Anatomy oneWay =
        A.toBuilder()
            .addPathway(Pathway.of("SHIN_L", "CUBITAL_L", PathwayKind.TERRITORIAL, "S26"))
            .build();
    Protocol odd =
        Protocol.builder()
            .id("p")
            .title("P")
            .anatomy(oneWay)
            .addSequences(Sequence.of("S", List.of(step("SHIN_L", "CUBITAL_L"))))
            .build();
    assertThatThrownBy(() -> Mirroring.mirror(odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/sequences/0/steps/0")
        .hasMessageContaining("SHIN_R toward CUBITAL_R");
  }
}
