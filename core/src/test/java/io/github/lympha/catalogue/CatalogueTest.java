package io.github.lympha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Scope;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.sources.Sources;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private final Anatomy anatomy = Anatomy.standard();

  private static List<String> sites(Sequence s) {
    return s.steps().stream().map(st -> st.site().id()).collect(Collectors.toList());
  }

  @Test
  void holdsTheTwentyOneReferenceProtocolsInAFixedOrder() {
    assertThat(Catalogue.ids())
        .containsExactly(
            "seed-clinic-leg",
            "neck-terminus-opening",
            "leg-intact-inguinal",
            "arm-after-axillary-dissection",
            "leg-after-inguinal-dissection",
            "face-and-head",
            "arm-intact-axillary",
            "chest-intact",
            "back-intact",
            "abdomen-intact",
            "legs-after-bilateral-inguinal-dissection",
            "arms-after-bilateral-axillary-dissection",
            "face-after-surgery",
            "head-neck-after-cancer",
            "ankle-post-traumatic",
            "lipoedema-legs",
            "legs-in-pregnancy",
            "self-care-arm",
            "self-care-leg",
            "breast-after-axillary-dissection",
            "seed-clinic-leg-corrected");
    assertThat(Catalogue.all()).extracting(Protocol::id).containsExactlyElementsOf(Catalogue.ids());
  }

  @Test
  void findsProtocolsByIdAndByName() {
    assertThat(Catalogue.byId("seed-clinic-leg")).contains(Catalogue.seedLeg());
    assertThat(Catalogue.byId("neck-terminus-opening")).contains(Catalogue.neckTerminusOpening());
    assertThat(Catalogue.byId("leg-intact-inguinal")).contains(Catalogue.legIntactInguinal());
    assertThat(Catalogue.byId("arm-after-axillary-dissection"))
        .contains(Catalogue.armAfterAxillaryDissection());
    assertThat(Catalogue.byId("leg-after-inguinal-dissection"))
        .contains(Catalogue.legAfterInguinalDissection());
    assertThat(Catalogue.byId("face-and-head")).contains(Catalogue.faceAndHead());
    assertThat(Catalogue.byId("no-such-protocol")).isEmpty();
  }

  @Test
  void patientForAnUnknownIdListsTheValidIds() {
    assertThatThrownBy(() -> Catalogue.patientFor("seed-leg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown catalogue protocol id: \"seed-leg\"")
        .hasMessageContaining("seed-clinic-leg");
  }

  @Test
  void everyProtocolIsSourcedTaggedAndDescribedAndTreatsWhatItsPatientHas() {
    for (Protocol p : Catalogue.all()) {
      assertThat(p.sources()).as(p.id()).isNotEmpty().allMatch(k -> Sources.find(k).isPresent());
      assertThat(p.tags()).as(p.id()).isNotEmpty();
      assertThat(p.treats()).as(p.id()).isNotEmpty();
      assertThat(p.description()).as(p.id()).isNotBlank();
      assertThat(p.steps()).as(p.id()).allMatch(s -> s.pressure().equals(Pressure.light()));
      PatientContext patient = Catalogue.patientFor(p.id());
      assertThat(patient.affectedRegions()).as(p.id()).isEqualTo(p.treats());
      assertThat(patient.label()).as(p.id()).isPresent();
    }
  }

  @Test
  void theSeedIsTheBlogsProtocolExactlyAsWritten() {
    Protocol seed = Catalogue.seedLeg();
    assertThat(seed.sources()).containsExactly("S36", "S39");
    assertThat(seed.treats()).extracting(Region::id).containsExactly("FOOT_L");
    assertThat(seed.sequences())
        .extracting(Sequence::name)
        .containsExactly(
            "Clear the supraclavicular area",
            "Clear the axilla",
            "Clear the inner elbows",
            "Leg, from the upper leg down to the knee");
    assertThat(sites(seed.sequences().get(0))).containsExactly("TERMINUS_L", "TERMINUS_R");
    assertThat(sites(seed.sequences().get(1))).containsExactly("AXILLARY_L", "AXILLARY_R");
    assertThat(seed.sequences().get(1).steps()).allMatch(s -> s.stroke() == Stroke.SCOOP);
    assertThat(sites(seed.sequences().get(2))).containsExactly("CUBITAL_L", "CUBITAL_R");
    assertThat(seed.sequences().get(2).steps())
        .extracting(s -> s.toward().id())
        .containsExactly("AXILLARY_L", "AXILLARY_R");
    Sequence leg = seed.sequences().get(3);
    assertThat(leg.repeats()).isEqualTo(15);
    assertThat(sites(leg)).containsExactly("THIGH_MEDIAL_L", "THIGH_MEDIAL_L", "KNEE_L");
    assertThat(leg.steps()).allMatch(s -> s.stroke() == Stroke.SKIN_STRETCH);
    assertThat(leg.steps().get(0).toward().id()).isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(leg.steps().get(0).hands())
        .contains("One hand on the inner thigh, one on the back of the thigh");
    Step knee = leg.steps().get(2);
    assertThat(knee.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(knee.via()).isEmpty();
    assertThat(knee.repetitions()).isEqualTo(15);
    PatientContext patient = Catalogue.patientFor("seed-clinic-leg");
    assertThat(patient.affected()).extracting(Region::id).containsExactly("FOOT_L");
    assertThat(patient.compromised()).isEmpty();
  }

  @Test
  void theSeedKeepsItsFlawsForTheValidator() {
    Protocol seed = Catalogue.seedLeg();
    assertThat(seed.steps())
        .as("the groin is never cleared")
        .noneMatch(s -> s.site().id().startsWith("INGUINAL"));
    Step knee = seed.sequences().get(3).steps().get(2);
    assertThat(anatomy.drainsTo(knee.site(), knee.toward()))
        .as("the knee skips the groin")
        .isFalse();
    assertThat(anatomy.isReachable(knee.site(), knee.toward())).isTrue();
    Step axilla = seed.sequences().get(1).steps().get(0);
    assertThat(axilla.stroke().suits(axilla.site())).as("scoop on the axillary nodes").isFalse();
  }

  @Test
  void theShortNeckUsesThePublishedRepetitions() {
    Protocol neck = Catalogue.neckTerminusOpening();
    assertThat(neck.sequences()).hasSize(10);
    assertThat(neck.sequences().stream().map(s -> s.steps().get(0).repetitions()))
        .containsExactly(10, 10, 5, 10, 3, 5, 5, 5, 5, 5);
    Step effleurage = neck.sequences().get(4).steps().get(0);
    assertThat(effleurage.stroke()).isEqualTo(Stroke.EFFLEURAGE);
    assertThat(effleurage.tempo().secondsPerCycle()).isEqualTo(6.0);
    assertThat(sites(neck.sequences().get(8)))
        .containsExactly(
            "PREAURICULAR_L", "PREAURICULAR_R", "RETROAURICULAR_L", "RETROAURICULAR_R");
  }

  @Test
  void theIntactLegFollowsFoldisOrder() {
    Protocol leg = Catalogue.legIntactInguinal();
    assertThat(leg.sequences())
        .extracting(Sequence::name)
        .containsExactly(
            "Open the terminus",
            "Neck",
            "Deep abdomen",
            "Inguinal nodes",
            "Thigh",
            "Knee",
            "Calf and shin",
            "Foot",
            "Final effleurage");
    assertThat(sites(leg.sequences().get(5))).containsExactly("POPLITEAL_L", "KNEE_L");
    assertThat(leg.sequences().get(5).steps().get(1).toward().id())
        .isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(leg.sequences().get(6).steps())
        .extracting(Step::stroke)
        .containsExactly(Stroke.SCOOP, Stroke.PUMP);
  }

  @Test
  void theArmAfterAxillaryDissectionNeverDrainsIntoTheLeftAxilla() {
    Protocol arm = Catalogue.armAfterAxillaryDissection();
    PatientContext patient = Catalogue.patientFor(arm.id());
    assertThat(patient.compromise(anatomy.nodeGroup("AXILLARY_L"))).contains(Compromise.REMOVED);
    assertThat(arm.steps()).noneMatch(s -> s.toward().id().equals("AXILLARY_L"));
    assertThat(arm.steps()).noneMatch(s -> s.site().id().equals("AXILLARY_L"));
    assertThat(viaOf(arm, "CHEST_L")).isEqualTo("AXILLARY_R via AAA");
    assertThat(viaOf(arm, "LATERAL_CHEST_L")).isEqualTo("INGUINAL_SUPERFICIAL_L via AIA_L");
    assertThat(viaOf(arm, "UPPER_BACK_L")).isEqualTo("AXILLARY_R via PAA");
    assertThat(viaOf(arm, "SHOULDER_L")).isEqualTo("AXILLARY_R via AAA");
    assertThat(arm.steps().stream().filter(s -> s.site().id().equals("UPPER_ARM_LATERAL_L")))
        .allMatch(s -> s.toward().id().equals("AXILLARY_R"));
    assertThat(arm.sequences().get(arm.sequences().size() - 1).name())
        .isEqualTo("Rework the routes back to the neck");
  }

  @Test
  void theLegAfterInguinalDissectionSendsNothingTowardTheDissectedGroin() {
    Protocol leg = Catalogue.legAfterInguinalDissection();
    PatientContext patient = Catalogue.patientFor(leg.id());
    assertThat(patient.compromisedGroups())
        .extracting(NodeGroup::id)
        .containsExactlyInAnyOrder("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L");
    assertThat(leg.steps()).noneMatch(s -> patient.isCompromised(s.toward()));
    assertThat(viaOf(leg, "FLANK_L")).isEqualTo("AXILLARY_L via AIA_L");
    assertThat(viaOf(leg, "SUPRAPUBIC_L")).isEqualTo("INGUINAL_SUPERFICIAL_R via AII");
    assertThat(viaOf(leg, "SACRAL_L")).isEqualTo("INGUINAL_SUPERFICIAL_R via PII");
    assertThat(viaOf(leg, "THIGH_LATERAL_L")).isEqualTo("AXILLARY_L via AIA_L");
  }

  @Test
  void theFaceWorksEachNodeGroupBeforeTheSkinDrainedTowardIt() {
    Protocol face = Catalogue.faceAndHead();
    List<String> order = face.steps().stream().map(s -> s.site().id()).collect(Collectors.toList());
    assertThat(order.indexOf("CERVICAL_DEEP_L")).isLessThan(order.indexOf("SUBMANDIBULAR_L"));
    assertThat(order.indexOf("SUBMANDIBULAR_L")).isLessThan(order.indexOf("SUBMENTAL"));
    assertThat(order.indexOf("SUBMENTAL")).isLessThan(order.indexOf("FACE_LOWER_L"));
    assertThat(order.indexOf("PREAURICULAR_L")).isLessThan(order.indexOf("FACE_UPPER_L"));
    assertThat(order.indexOf("OCCIPITAL_L")).isLessThan(order.indexOf("OCCIPUT_L"));
    assertThat(order.indexOf("RETROAURICULAR_L")).isLessThan(order.indexOf("SCALP_L"));
    assertThat(order.get(order.size() - 1)).isEqualTo("CERVICAL_DEEP_R");
  }

  private static String viaOf(Protocol p, String siteId) {
    Step s =
        p.steps().stream()
            .filter(st -> st.site().id().equals(siteId) && st.via().isPresent())
            .findFirst()
            .orElseThrow();
    return s.toward().id() + " via " + s.via().orElseThrow().id();
  }

  // ------------------------------------------------------------------ soundness for the patient

  private List<Protocol> soundProtocols() {
    return Catalogue.all().stream()
        .filter(p -> !p.id().equals("seed-clinic-leg"))
        .collect(Collectors.toList());
  }

  @Test
  void everySoundProtocolOpensBothTerminiFirst() {
    for (Protocol p : soundProtocols()) {
      assertThat(p.steps().subList(0, 2))
          .as(p.id())
          .extracting(s -> s.site().id())
          .containsExactly("TERMINUS_L", "TERMINUS_R");
    }
  }

  @Test
  void everySoundStepUsesAStrokeThatSuitsItsSite() {
    for (Protocol p : soundProtocols()) {
      assertThat(unsuitedStrokes(p)).as(p.id()).isEmpty();
    }
    assertThat(unsuitedStrokes(Catalogue.seedLeg()))
        .containsExactly(
            "phase 2 \"Clear the axilla\", step 1: SCOOP on AXILLARY_L",
            "phase 2 \"Clear the axilla\", step 2: SCOOP on AXILLARY_R");
  }

  @Test
  void everySoundStepDrainsTowardAWorkingNodeGroupAlongAPathwayOfTheAnatomy() {
    for (Protocol p : soundProtocols()) {
      assertThat(directionProblems(p, Catalogue.patientFor(p.id()))).as(p.id()).isEmpty();
    }
    assertThat(directionProblems(Catalogue.seedLeg(), Catalogue.patientFor("seed-clinic-leg")))
        .containsExactly(
            "phase 4 \"Leg, from the upper leg down to the knee\", step 3: KNEE_L toward AXILLARY_L");
    PatientContext afterDissection = Catalogue.patientFor("leg-after-inguinal-dissection");
    assertThat(directionProblems(Catalogue.seedLeg(), afterDissection))
        .as("the seed drains the thigh into a removed groin")
        .contains(
            "phase 4 \"Leg, from the upper leg down to the knee\", step 1: THIGH_MEDIAL_L toward INGUINAL_SUPERFICIAL_L");
  }

  @Test
  void everySoundStepDrainsTowardNodeGroupsWorkedEarlierProximalFirst() {
    for (Protocol p : soundProtocols()) {
      assertThat(preparationProblems(p, Catalogue.patientFor(p.id()))).as(p.id()).isEmpty();
    }
    assertThat(preparationProblems(Catalogue.seedLeg(), Catalogue.patientFor("seed-clinic-leg")))
        .as("the groin is never prepared")
        .anyMatch(problem -> problem.contains("THIGH_MEDIAL_L needs INGUINAL_SUPERFICIAL_L"));
  }

  @Test
  void everySoundProtocolWorksEachLimbFromProximalToDistal() {
    for (Protocol p : soundProtocols()) {
      java.util.Map<String, Integer> reached = new java.util.HashMap<>();
      for (Step s : p.steps()) {
        if (!s.site().part().isLimb()) {
          continue;
        }
        String limb = s.site().part().area() + "_" + s.site().side();
        int distance = s.site().part().distance();
        int before = reached.getOrDefault(limb, 0);
        if (distance > before) {
          assertThat(distance)
              .as("%s: %s skips a segment", p.id(), s.site().id())
              .isLessThanOrEqualTo(before + 1);
          reached.put(limb, distance);
        }
      }
    }
  }

  @Test
  void everySoundRerouteComesAfterTheReceivingTerritoryWasDecongested() {
    for (Protocol p : soundProtocols()) {
      assertThat(undecongestedReroutes(p)).as(p.id()).isEmpty();
    }
    assertThat(undecongestedReroutes(Catalogue.seedLeg()))
        .containsExactly("KNEE_L toward AXILLARY_L");
  }

  private static List<String> unsuitedStrokes(Protocol p) {
    return p.locatedSteps().stream()
        .filter(ls -> !ls.step().stroke().suits(ls.step().site()))
        .map(
            ls ->
                ls.location().describe()
                    + ": "
                    + ls.step().stroke()
                    + " on "
                    + ls.step().site().id())
        .collect(Collectors.toList());
  }

  /**
   * Steps sent toward a compromised group, or toward a group that neither drains the site, nor is
   * reached through a named anastomosis of the site, nor lies first on the reroute.
   */
  private List<String> directionProblems(Protocol p, PatientContext patient) {
    List<String> problems = new java.util.ArrayList<>();
    for (LocatedStep ls : p.locatedSteps()) {
      Step s = ls.step();
      boolean physiological = s.site().equals(s.toward()) || anatomy.drainsTo(s.site(), s.toward());
      boolean throughNamedAnastomosis =
          s.site() instanceof Region
              && s.via().isPresent()
              && anatomy
                  .anastomoticPathway((Region) s.site(), s.toward())
                  .flatMap(pw -> pw.via())
                  .equals(s.via().map(a -> a.id()));
      boolean alongTheReroute =
          s.site() instanceof Region
              && anatomy
                  .route(s.site(), patient.compromisedGroups())
                  .route()
                  .map(r -> !r.isPhysiological() && r.nodeGroups().get(0).equals(s.toward()))
                  .orElse(false);
      boolean blocked =
          patient.isCompromised(s.toward()) || patient.compromisedGroups().contains(s.site());
      if (blocked || !(physiological || throughNamedAnastomosis || alongTheReroute)) {
        problems.add(
            ls.location().describe() + ": " + s.site().id() + " toward " + s.toward().id());
      }
    }
    return problems;
  }

  /** Steps whose target, or a station after it, was not worked as a node group earlier. */
  private List<String> preparationProblems(Protocol p, PatientContext patient) {
    List<String> problems = new java.util.ArrayList<>();
    java.util.Set<Site> worked = new java.util.HashSet<>();
    for (LocatedStep ls : p.locatedSteps()) {
      Step s = ls.step();
      List<NodeGroup> route =
          anatomy.route(s.toward(), patient.compromisedGroups()).route().orElseThrow().nodeGroups();
      List<NodeGroup> required =
          s.site().equals(s.toward()) ? route.subList(1, route.size()) : route;
      // The groups of one station (the groin, the side of the neck) are worked as one place.
      List<NodeGroup> sameStation =
          s.site().isNodeGroup() ? anatomy.stationMembers((NodeGroup) s.site()) : List.of();
      for (NodeGroup g : required) {
        if (g.id().equals("CISTERNA_CHYLI") && abdominalContraindication(patient)) {
          continue; // deep abdominal work is left out on purpose (pregnancy, reference §6)
        }
        if (!worked.contains(g) && !sameStation.contains(g)) {
          problems.add(ls.location().describe() + ": " + s.site().id() + " needs " + g.id());
        }
      }
      if (s.site().isNodeGroup()) {
        worked.addAll(anatomy.stationMembers((NodeGroup) s.site()));
      }
    }
    return problems;
  }

  private static boolean abdominalContraindication(PatientContext patient) {
    return patient.conditions().stream().anyMatch(c -> c.condition().scope() == Scope.ABDOMEN);
  }

  /** Reroutes across a watershed before a step drained the receiving group from its own side. */
  private List<String> undecongestedReroutes(Protocol p) {
    List<String> problems = new java.util.ArrayList<>();
    List<Step> steps = p.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.site().equals(s.toward()) || anatomy.drainsTo(s.site(), s.toward())) {
        continue;
      }
      Region site = (Region) s.site();
      boolean decongested =
          steps.subList(0, i).stream()
              .anyMatch(
                  e ->
                      e.site() instanceof Region
                          && e.toward().equals(s.toward())
                          && anatomy.drainsTo(e.site(), e.toward())
                          && !((Region) e.site()).territory().equals(site.territory()));
      if (!decongested) {
        problems.add(site.id() + " toward " + s.toward().id());
      }
    }
    return problems;
  }
}
