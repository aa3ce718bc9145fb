package io.github.lympha.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void freshBuildsEqualTheCatalogueProtocolsWithoutReusingThem() {
    for (String id : Catalogue.ids()) {
      Protocol fresh = Catalogue.build(id);
      assertThat(fresh).isEqualTo(Catalogue.byId(id).orElseThrow());
      assertThat(fresh).isNotSameAs(Catalogue.byId(id).orElseThrow());
    }
  }

  @Test
  void theThirtyStepBuildHasThirtySteps() {
    assertThat(new BuildBenchmark().thirtySteps().locatedSteps()).hasSize(30);
  }

  @Test
  void syntheticProtocolsHaveExactlyTheRequestedStepCount() {
    for (int n : new int[] {1, 10, 37, 100, 1_000, 10_000}) {
      assertThat(Fixtures.syntheticLeg(n).locatedSteps()).hasSize(n);
    }
  }

  @Test
  void syntheticProtocolsRepeatTheLegPhasesAfterOneOpening() {
    Protocol base = Catalogue.legIntactInguinal();
    Protocol p = Fixtures.syntheticLeg(3 * base.locatedSteps().size());
    assertThat(p.sequences().get(0)).isEqualTo(base.sequences().get(0));
    assertThat(p.sequences().stream().filter(s -> s.name().equals("Neck"))).hasSize(1);
    assertThat(p.sequences().stream().filter(s -> s.name().startsWith(Fixtures.FIRST_LEG_PHASE)))
        .hasSizeGreaterThan(2);
  }
}
