package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.Compromise;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrainageCacheTest {
  private final Anatomy anatomy = Anatomy.standard();
  private final NodeGroup inguinal = anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L");

  @Test
  void sharesOneInstanceForEqualCompromisedGroupsInTheSameAnatomy() {
    Drainage.Cache cache = new Drainage.Cache();

    Drainage first = cache.get(anatomy, ImmutableMap.of(inguinal, Compromise.REMOVED));
    Drainage again = cache.get(anatomy, ImmutableMap.of(inguinal, Compromise.REMOVED));

    assertThat(again).isSameAs(first);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void keepsPatientsWithOtherCompromisedGroupsOrReasonsApart() {
    Drainage.Cache cache = new Drainage.Cache();

    Drainage removed = cache.get(anatomy, ImmutableMap.of(inguinal, Compromise.REMOVED));
    Drainage impaired = cache.get(anatomy, ImmutableMap.of(inguinal, Compromise.IMPAIRED));
    Drainage intact = cache.get(anatomy, ImmutableMap.of());

    assertThat(List.of(removed, impaired, intact)).doesNotHaveDuplicates();
    assertThat(removed.isHardBlocked(inguinal)).isTrue();
    assertThat(impaired.isHardBlocked(inguinal)).isFalse();
    assertThat(intact.isDrainageCompromised(anatomy.region("CALF_L"))).isFalse();
    assertThat(removed.isDrainageCompromised(anatomy.region("CALF_L"))).isTrue();
  }

  @Test
  void keysTheAnatomyByIdentitySoAnEqualCopyGetsItsOwnFacts() {
    Drainage.Cache cache = new Drainage.Cache();
    Anatomy copy = anatomy.toBuilder().build();

    Drainage standard = cache.get(anatomy, ImmutableMap.of());
    Drainage copied = cache.get(copy, ImmutableMap.of());

    assertThat(copy).isEqualTo(anatomy);
    assertThat(copied).isNotSameAs(standard);
  }

  @Test
  void neverHoldsMoreThanItsSize() {
    Drainage.Cache cache = new Drainage.Cache();

    for (NodeGroup g : anatomy.nodeGroups()) {
      for (Compromise why : Compromise.values()) {
        cache.get(anatomy, ImmutableMap.of(g, why));
        assertThat(cache.size()).isLessThanOrEqualTo(Drainage.Cache.SIZE);
      }
    }
  }

  @Test
  void relevanceOfManyAreaSetsEqualsAFreshComputation() {
    Drainage shared = new Drainage(anatomy, ImmutableMap.of(inguinal, Compromise.REMOVED));

    for (Region r : anatomy.regions()) {
      ImmutableSet<Region> areas = ImmutableSet.of(r);
      Drainage fresh = new Drainage(anatomy, ImmutableMap.of(inguinal, Compromise.REMOVED));

      Drainage.Relevance once = shared.relevance(areas);
      Drainage.Relevance again = shared.relevance(areas);

      assertThat(once.sites).isEqualTo(fresh.relevance(areas).sites).contains(r);
      assertThat(once.reroute).isEqualTo(fresh.relevance(areas).reroute);
      assertThat(again.sites).isEqualTo(once.sites);
    }
  }
}
