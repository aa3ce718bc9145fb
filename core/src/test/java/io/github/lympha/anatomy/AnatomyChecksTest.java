package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each structural check of an anatomy, with the exact message that names the bad pathway. */
class AnatomyChecksTest {
  private static final Anatomy STANDARD = Anatomy.standard();

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CUBITAL_L | AXILLARY_L | TERRITORIAL | - | Contradictory pathway CUBITAL_L -> AXILLARY_L:"
            + " TERRITORIAL pathways lead from a region to a node group",
        "CALF_L | KNEE_L | TERRITORIAL | - | Contradictory pathway CALF_L -> KNEE_L: TERRITORIAL"
            + " pathways lead from a region to a node group",
        "CALF_L | POPLITEAL_L | EFFERENT | - | Contradictory pathway CALF_L -> POPLITEAL_L:"
            + " EFFERENT pathways lead from a node group to a node group",
        "POPLITEAL_L | KNEE_L | EFFERENT | - | Contradictory pathway POPLITEAL_L -> KNEE_L:"
            + " EFFERENT pathways lead from a node group to a node group",
        "TERMINUS_R | TERMINUS_L | EFFERENT | - | Contradictory pathway TERMINUS_R -> TERMINUS_L:"
            + " TERMINUS_R is a terminus and has no next station",
        "CALF_L | POPLITEAL_L | PLEXUS | - | Contradictory pathway CALF_L -> POPLITEAL_L: PLEXUS"
            + " pathways lead from a region to a region",
        "POPLITEAL_L | CALF_L | PLEXUS | - | Contradictory pathway POPLITEAL_L -> CALF_L: PLEXUS"
            + " pathways lead from a region to a region",
        "POPLITEAL_L | AXILLARY_L | ANASTOMOTIC | AIA_L | Contradictory pathway POPLITEAL_L ->"
            + " AXILLARY_L: ANASTOMOTIC pathways lead from a region to a node group",
        "CALF_L | KNEE_L | ANASTOMOTIC | AIA_L | Contradictory pathway CALF_L -> KNEE_L:"
            + " ANASTOMOTIC pathways lead from a region to a node group",
        "CALF_L | AXILLARY_L | ANASTOMOTIC | NOPE | Pathway CALF_L -> AXILLARY_L runs through"
            + " unknown anastomosis NOPE",
        "CALF_L | AXILLARY_R | ANASTOMOTIC | AIA_L | Contradictory pathway CALF_L -> AXILLARY_R:"
            + " anastomosis AIA_L connects [AXILLARY_L, INGUINAL_SUPERFICIAL_L], not AXILLARY_R",
      })
  void refusesAPathwayOfTheWrongKindNamingIt(
      String from, String to, PathwayKind kind, String via, String message) {
    Pathway p =
        via.equals("-")
            ? Pathway.of(from, to, kind, "S1")
            : Pathway.builder().from(from).to(to).kind(kind).via(via).addSources("S1").build();
    Anatomy.Builder builder = STANDARD.toBuilder().addPathway(p);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void anOverrideTakesThePlaceOfTheRegionsFirstTerritorialPathway() {
    int before = firstTerritorial(STANDARD, "CALF_R");
    Anatomy patient =
        STANDARD.toBuilder()
            .overrideRegionalNodeGroups(
                "CALF_R", List.of("INGUINAL_SUPERFICIAL_R", "POPLITEAL_R"), "S25")
            .build();

    assertThat(firstTerritorial(patient, "CALF_R")).isEqualTo(before);
    assertThat(patient.pathways().get(before).to()).isEqualTo("INGUINAL_SUPERFICIAL_R");
    assertThat(patient.pathways().get(before + 1).to()).isEqualTo("POPLITEAL_R");
    assertThat(patient.pathways().get(before + 1).sources()).containsExactly("S25");
    assertThat(patient.pathways().subList(0, before))
        .isEqualTo(STANDARD.pathways().subList(0, before));
  }

  @Test
  void anOverrideWithOneGroupReplacesBoth() {
    Anatomy patient =
        STANDARD.toBuilder()
            .overrideRegionalNodeGroups("CALF_R", List.of("POPLITEAL_R"), "S26")
            .build();
    assertThat(patient.regionalNodeGroups(patient.region("CALF_R")))
        .extracting(NodeGroup::id)
        .containsExactly("POPLITEAL_R");
    assertThat(patient.pathways()).hasSize(STANDARD.pathways().size() - 1);
  }

  @Test
  void aStationOrMirrorOutsideTheAnatomyIsNamed() {
    Station foreign =
        Station.builder()
            .id("INGUINAL_L")
            .name("another groin")
            .side(io.github.lympha.anatomy.Side.LEFT)
            .addMembers("INGUINAL_SUPERFICIAL_L", "POPLITEAL_L")
            .addSources("S24")
            .build();
    assertThatThrownBy(() -> STANDARD.members(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Station INGUINAL_L is not part of this anatomy");
  }

  private static int firstTerritorial(Anatomy anatomy, String region) {
    List<Pathway> all = anatomy.pathways();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).from().equals(region) && all.get(i).kind() == PathwayKind.TERRITORIAL) {
        return i;
      }
    }
    throw new AssertionError("no territorial pathway of " + region);
  }
}
