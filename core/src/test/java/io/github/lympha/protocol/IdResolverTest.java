package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How an unknown id's likely typo is found: edit distance, its limit and ties. */
class IdResolverTest {
  @Test
  void suggestsTheClosestIdIgnoringCase() {
    assertThat(IdResolver.nearest("foot_l", List.of("FOOT_R", "FOOT_L"))).isEqualTo("FOOT_L");
    assertThat(IdResolver.nearest("FOOT_L", List.of("FOOT_L", "FOOT_R"))).isEqualTo("FOOT_L");
    assertThat(IdResolver.nearest("ABCZ", List.of("ABCY", "ABCZ"))).isEqualTo("ABCZ");
  }

  @Test
  void ofIdsEquallyCloseTheFirstWins() {
    assertThat(IdResolver.nearest("HAND", List.of("HANDS", "BAND"))).isEqualTo("HANDS");
    assertThat(IdResolver.nearest("HAND", List.of("BAND", "HANDS"))).isEqualTo("BAND");
  }

  @Test
  void allowsTwoEditsOrAThirdOfTheIdsLength() {
    // Six letters: two edits.
    assertThat(IdResolver.nearest("ABCDEF", List.of("ABCDEFGH"))).isEqualTo("ABCDEFGH");
    assertThat(IdResolver.nearest("ABCDEF", List.of("ABCDEFGHI"))).isEmpty();
    assertThat(IdResolver.nearest("ABCDEF", List.of("XBCDEY"))).isEqualTo("XBCDEY");
    assertThat(IdResolver.nearest("ABCDEF", List.of("XYCDEZ"))).isEmpty();
    // Nine letters: three edits.
    assertThat(IdResolver.nearest("ABCDEFGHI", List.of("ABCDEFXYZ"))).isEqualTo("ABCDEFXYZ");
    assertThat(IdResolver.nearest("ABCDEFGHI", List.of("ABCDEWXYZ"))).isEmpty();
    assertThat(IdResolver.nearest("ABCDEFGHI", List.of())).isEmpty();
  }

  @Test
  void anUnknownNodeGroupMayBeATypoOfAStation() {
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("P", ph -> ph.nodes("INGUINAL_LL").stationaryCircles())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown node group id \"INGUINAL_LL\"; did you mean INGUINAL_L?");
  }
}
