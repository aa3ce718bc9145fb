package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StationTest {
  // A new copy per test: the standard anatomy's tables and remembered routes were built once,
  // before any mutant PIT puts in; a copy computes them again.
  private final Anatomy anatomy = Anatomy.standard().toBuilder().build();

  private ImmutableStation station(String id) {
    return (ImmutableStation) ImmutableStation.copyOf(anatomy.findStation(id).orElseThrow());
  }

  @Test
  void theStandardAnatomyHasTheGroinAndTheSideOfTheNeckAsStations() {
    assertThat(anatomy.stations())
        .extracting(Station::id)
        .containsExactly("INGUINAL_L", "CERVICAL_L", "INGUINAL_R", "CERVICAL_R");
    assertThat(station("INGUINAL_L").members())
        .containsExactly("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L");
    assertThat(station("CERVICAL_R").members())
        .containsExactly("CERVICAL_SUPERFICIAL_R", "CERVICAL_DEEP_R");
    assertThat(station("INGUINAL_L").sources()).contains("S9", "S24", "S25");
    assertThat(anatomy.stationOf(anatomy.nodeGroup("INGUINAL_DEEP_R")))
        .map(Station::id)
        .contains("INGUINAL_R");
    assertThat(anatomy.stationOf(anatomy.nodeGroup("AXILLARY_L"))).isEmpty();
    assertThat(anatomy.stationMembers(anatomy.nodeGroup("AXILLARY_L")))
        .extracting(NodeGroup::id)
        .containsExactly("AXILLARY_L");
    assertThat(anatomy.stationMembers(anatomy.nodeGroup("INGUINAL_DEEP_L")))
        .extracting(NodeGroup::id)
        .containsExactly("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L");
  }

  /**
   * Naming the groin as a target means the group that receives the site's lymph: the superficial
   * nodes for the thigh's skin, the deep ones for the popliteal efferents [S24][S25][S26].
   */
  @Test
  void aStationAsTargetResolvesToTheMemberThatReceivesTheSitesLymph() {
    Station groin = station("INGUINAL_L");
    assertThat(anatomy.resolveStation(groin, anatomy.region("THIGH_MEDIAL_L")).id())
        .isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(anatomy.resolveStation(groin, anatomy.nodeGroup("POPLITEAL_L")).id())
        .isEqualTo("INGUINAL_DEEP_L");
    assertThat(anatomy.resolveStation(groin, anatomy.nodeGroup("INGUINAL_DEEP_L")).id())
        .isEqualTo("INGUINAL_DEEP_L");
    assertThat(anatomy.resolveStation(groin, anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L")).id())
        .isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(anatomy.resolveStation(station("CERVICAL_L"), anatomy.region("FACE_UPPER_L")).id())
        .as("the face drains to the deep chain through the pre-auricular nodes")
        .isEqualTo("CERVICAL_DEEP_L");
    assertThat(anatomy.resolveStation(groin, anatomy.region("HAND_R")).id())
        .as("a site that does not drain there gets the first member")
        .isEqualTo("INGUINAL_SUPERFICIAL_L");
  }

  @Test
  void findsSitesNodeGroupsAndTargetsByStationId() {
    assertThat(anatomy.findSiteOrStation("INGUINAL_L"))
        .map(Site::id)
        .contains("INGUINAL_SUPERFICIAL_L");
    assertThat(anatomy.findSiteOrStation("KNEE_L")).map(Site::id).contains("KNEE_L");
    assertThat(anatomy.findSiteOrStation("GROIN_L")).isEmpty();
    assertThat(anatomy.findNodeGroupOrStation("CERVICAL_R"))
        .map(NodeGroup::id)
        .contains("CERVICAL_SUPERFICIAL_R");
    assertThat(anatomy.findTarget("INGUINAL_L", anatomy.nodeGroup("POPLITEAL_L")))
        .map(NodeGroup::id)
        .contains("INGUINAL_DEEP_L");
    assertThat(anatomy.findTarget("POPLITEAL_L", anatomy.region("CALF_L")))
        .map(NodeGroup::id)
        .contains("POPLITEAL_L");
    assertThat(anatomy.findTarget("KNEE_L", anatomy.region("CALF_L"))).isEmpty();
    assertThat(anatomy.sitesWorkedBy(anatomy.nodeGroup("INGUINAL_DEEP_L")))
        .extracting(Site::id)
        .containsExactly("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L");
    assertThat(anatomy.sitesWorkedBy(anatomy.region("KNEE_L")))
        .extracting(Site::id)
        .containsExactly("KNEE_L");
  }

  @Test
  void theBuilderRefusesStationsThatDoNotFitTheAnatomy() {
    Station.Builder unknown =
        Station.builder().id("GROIN_L").name("left groin").side(Side.LEFT).addSources("S24");
    Station.Builder groin =
        Station.builder().id("GROIN_L").name("left groin").side(Side.LEFT).addSources("S24");
    assertThatThrownBy(
            () ->
                anatomy.toBuilder()
                    .putStation(unknown.addMembers("POPLITEAL_L", "NOPE_L").build())
                    .build())
        .hasMessage("Station GROIN_L groups unknown node group NOPE_L");
    assertThatThrownBy(
            () ->
                anatomy.toBuilder()
                    .putStation(groin.addMembers("INGUINAL_DEEP_L", "POPLITEAL_L").build())
                    .build())
        .hasMessage("Node group INGUINAL_DEEP_L is in two stations, INGUINAL_L and GROIN_L");
    assertThatThrownBy(
            () ->
                anatomy.toBuilder().putStation(station("INGUINAL_L").withSide(Side.RIGHT)).build())
        .hasMessage(
            "Station INGUINAL_L is on the RIGHT side, but its node group INGUINAL_SUPERFICIAL_L is"
                + " not");
    assertThatThrownBy(
            () -> anatomy.toBuilder().putStation(station("INGUINAL_L").withId("KNEE_L")).build())
        .hasMessage("Station KNEE_L has the id of a site; give it an id of its own");
    assertThatThrownBy(() -> station("INGUINAL_L").withMembers("INGUINAL_DEEP_L"))
        .hasMessage(
            "Station INGUINAL_L must group at least two node groups, not [INGUINAL_DEEP_L]");
  }

  @Test
  void stationsTakePartInTheAnatomysEquality() {
    Anatomy without = Anatomy.builder().putNodeGroup(anatomy.nodeGroup("TERMINUS_L")).build();
    assertThat(without.stations()).isEmpty();
    Anatomy same = anatomy.toBuilder().build();
    assertThat(same).isEqualTo(anatomy).hasSameHashCodeAs(anatomy);
    Anatomy renamed =
        anatomy.toBuilder().putStation(station("INGUINAL_L").withName("the left groin")).build();
    assertThat(renamed).isNotEqualTo(anatomy);
  }
}
