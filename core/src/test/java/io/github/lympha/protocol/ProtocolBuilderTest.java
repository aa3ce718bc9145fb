package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProtocolBuilderTest {
  private final Anatomy anatomy = Anatomy.standard();

  private static List<String> ids(Sequence s) {
    return s.steps().stream().map(st -> st.site().id()).collect(Collectors.toList());
  }

  private static List<String> targets(Sequence s) {
    return s.steps().stream().map(st -> st.toward().id()).collect(Collectors.toList());
  }

  /**
   * One way to build, checked once: what the builder makes passes the protocol's own check, and a
   * step toward nodes no pathway reaches is held, not refused, wherever it comes from.
   */
  @Test
  void builtProtocolsPassTheProtocolsCheckAndUnreachableTargetsAreHeldEverywhere() {
    Protocol p =
        ProtocolBuilder.create("rerouted-chest", "Chest across the anastomosis")
            .treating(anatomy.region("CHEST_L"))
            .openTerminus()
            .phase(
                "Chest",
                ph ->
                    ph.nodes("AXILLARY_R")
                        .stationaryCircles()
                        .region("CHEST_L")
                        .rotary()
                        .via("AAA")
                        .region("KNEE_L")
                        .skinStretch()
                        .toward("AXILLARY_L"))
            .build();

    Protocol fullyChecked = p.withTitle(p.title()).withSequences(p.sequences());
    assertThat(fullyChecked).isEqualTo(p);

    Step unreachable =
        Step.builder()
            .site(anatomy.region("FOREARM_L"))
            .stroke(Stroke.SCOOP)
            .toward(anatomy.nodeGroup("INGUINAL_SUPERFICIAL_R"))
            .build();
    assertThat(p.withSequences(List.of(Sequence.of("Arm", List.of(unreachable)))).steps())
        .containsExactly(unreachable);
    assertThat(
            ProtocolBuilder.create("x", "X")
                .phase("Arm", ph -> ph.region("FOREARM_L").scoop().toward("INGUINAL_SUPERFICIAL_R"))
                .build()
                .steps())
        .containsExactly(unreachable);
  }

  @Test
  void readsLikeATherapistsPlan() {
    Protocol p =
        ProtocolBuilder.create("leg-intact-inguinal", "Leg, intact inguinal nodes")
            .treating(anatomy.region("FOOT_L"))
            .version("2")
            .description("A plan")
            .sources("S9", "S40")
            .tags("leg")
            .author("A. Therapist")
            .phase("Open the terminus", ph -> ph.nodes("TERMINUS_L").stationaryCircles().times(7))
            .phase(
                "Groin",
                ph ->
                    ph.nodes("INGUINAL_SUPERFICIAL_L")
                        .stationaryCircles()
                        .hands("Flat hand over the groin")
                        .note("Slowly")
                        .region("THIGH_MEDIAL_L")
                        .pump()
                        .pressure(PressureLevel.VERY_LIGHT)
                        .tempo(Tempo.ofSeconds(2)))
            .build();
    assertThat(p.id()).isEqualTo("leg-intact-inguinal");
    assertThat(p.title()).isEqualTo("Leg, intact inguinal nodes");
    assertThat(p.version()).isEqualTo("2");
    assertThat(p.description()).isEqualTo("A plan");
    assertThat(p.sources()).containsExactly("S9", "S40");
    assertThat(p.tags()).containsExactly("leg");
    assertThat(p.author()).contains("A. Therapist");
    assertThat(p.treats()).extracting(Region::id).containsExactly("FOOT_L");
    assertThat(p.sequences())
        .extracting(Sequence::name)
        .containsExactly("Open the terminus", "Groin");
    Step terminus = p.sequences().get(0).steps().get(0);
    assertThat(terminus.site().id()).isEqualTo("TERMINUS_L");
    assertThat(terminus.toward().id()).isEqualTo("TERMINUS_L");
    assertThat(terminus.stroke()).isEqualTo(Stroke.STATIONARY_CIRCLE);
    assertThat(terminus.repetitions()).isEqualTo(7);
    Step groin = p.sequences().get(1).steps().get(0);
    assertThat(groin.hands()).contains("Flat hand over the groin");
    assertThat(groin.note()).contains("Slowly");
    Step thigh = p.sequences().get(1).steps().get(1);
    assertThat(thigh.toward().id()).isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(thigh.pressure()).isEqualTo(Pressure.of(PressureLevel.VERY_LIGHT));
    assertThat(thigh.tempo()).isEqualTo(Tempo.ofSeconds(2));
    assertThat(thigh.repetitions()).isEqualTo(5);
  }

  @Test
  void stepsDefaultToLightPressureOneSecondAndFiveRepetitions() {
    Step s =
        ProtocolBuilder.create("x", "X")
            .phase("Neck", ph -> ph.region("NECK_L").stationaryCircles())
            .build()
            .steps()
            .get(0);
    assertThat(s.pressure()).isEqualTo(Pressure.light());
    assertThat(s.tempo()).isEqualTo(Tempo.standard());
    assertThat(s.repetitions()).isEqualTo(5);
    assertThat(s.toward().id()).isEqualTo("CERVICAL_SUPERFICIAL_L");
  }

  @Test
  void builderDefaultsApplyToEveryStepThatSetsNoValueOfItsOwn() {
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Neck",
                ph ->
                    ph.region("NECK_L")
                        .stationaryCircles()
                        .region("NECK_R")
                        .stationaryCircles()
                        .times(10)
                        .pressure(Pressure.ofMmHg(20)))
            .defaultRepetitions(7)
            .defaultPressure(Pressure.of(PressureLevel.VERY_LIGHT))
            .defaultTempo(Tempo.ofSeconds(1.5))
            .build();
    Step first = p.steps().get(0);
    Step second = p.steps().get(1);
    assertThat(first.repetitions()).isEqualTo(7);
    assertThat(first.pressure()).isEqualTo(Pressure.of(PressureLevel.VERY_LIGHT));
    assertThat(first.tempo()).isEqualTo(Tempo.ofSeconds(1.5));
    assertThat(second.repetitions()).isEqualTo(10);
    assertThat(second.pressure()).isEqualTo(Pressure.ofMmHg(20));
  }

  @Test
  void repeatsAPhase() {
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .phase("Leg", ph -> ph.repeat(15).region("KNEE_L").skinStretch().toward("AXILLARY_L"))
            .build();
    assertThat(p.sequences().get(0).repeats()).isEqualTo(15);
    assertThat(p.steps().get(0).toward().id()).isEqualTo("AXILLARY_L");
  }

  @Test
  void timesZeroFailsRightThereNamingThePhaseAndStep() {
    ProtocolBuilder b = ProtocolBuilder.create("x", "X");
    assertThatThrownBy(
            () ->
                b.phase(
                    "Open the terminus", ph -> ph.nodes("TERMINUS_L").stationaryCircles().times(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Phase 1 \"Open the terminus\", step 1 (TERMINUS_L): invalid value for repetitions: 0;"
                + " expected 1 to 1000");
    assertThat(b.phase("Neck", ph -> ph.region("NECK_L").stationaryCircles()).build().sequences())
        .as("the failed phase was not added")
        .extracting(Sequence::name)
        .containsExactly("Neck");
  }

  @Test
  void buildWithoutATitleFailsClearly() {
    assertThatThrownBy(() -> ProtocolBuilder.create("untitled").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Protocol untitled has no title; call title(\"...\") or create(\"untitled\", \"Title\")");
    assertThat(ProtocolBuilder.create("titled").title("Titled").build().title())
        .isEqualTo("Titled");
  }

  @Test
  void badMetadataFailsAtTheCall() {
    assertThatThrownBy(() -> ProtocolBuilder.create("Bad Id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid protocol id: \"Bad Id\"");
    assertThatThrownBy(() -> ProtocolBuilder.create("x", " "))
        .hasMessage("Protocol x: title must not be blank");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").version(""))
        .hasMessageContaining("version");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").sources("S1", ""))
        .hasMessageContaining("source");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").tags(" ")).hasMessageContaining("tag");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").author("")).hasMessageContaining("author");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").defaultRepetitions(0))
        .hasMessage("Invalid value for repetitions: 0; expected 1 to 1000");
    assertThatThrownBy(() -> ProtocolBuilder.create("x").phase(" ", ph -> {}))
        .hasMessage("Protocol x: a phase name must not be blank");
  }

  @Test
  void anEmptyPhaseFails() {
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").phase("Nothing", ph -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Phase \"Nothing\" has no steps");
  }

  @Test
  void aStepLeftWithoutAStrokeFails() {
    assertThatThrownBy(
            () -> ProtocolBuilder.create("x", "X").phase("Neck", ph -> ph.region("NECK_L")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Phase 1 \"Neck\", step 1 (NECK_L) has no stroke; choose one, e.g. .stationaryCircles(),"
                + " right after naming the site");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase(
                        "Neck",
                        ph -> {
                          ph.region("NECK_L");
                          ph.region("NECK_R").stationaryCircles();
                        }))
        .hasMessageContaining("step 1 (NECK_L) has no stroke");
  }

  @Test
  void acceptsCountsAndTextsAtTheEndsOfTheirRangesAndNothingBeyond() {
    String longest = "x".repeat(Step.MAX_TEXT);
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .defaultRepetitions(Step.MAX_REPETITIONS)
            .phase(
                longest,
                ph -> {
                  ph.nodes("TERMINUS_L").stationaryCircles().hands(longest).note(longest);
                  ph.nodes("TERMINUS_R").stationaryCircles().times(1);
                  ph.repeat(Sequence.MAX_REPEATS);
                })
            .phase(
                "Once",
                ph -> {
                  ph.nodes("TERMINUS_L").stationaryCircles();
                  ph.repeat(1);
                })
            .build();
    assertThat(p.steps())
        .extracting(Step::repetitions)
        .containsExactly(Step.MAX_REPETITIONS, 1, Step.MAX_REPETITIONS);
    assertThat(p.steps().get(0).hands()).contains(longest);
    assertThat(p.sequences())
        .extracting(Sequence::repeats)
        .containsExactly(Sequence.MAX_REPEATS, 1);

    ProtocolBuilder b = ProtocolBuilder.create("x", "X");
    List<ThrowingCallable> beyond =
        List.of(
            () -> b.defaultRepetitions(0),
            () -> b.defaultRepetitions(Step.MAX_REPETITIONS + 1),
            () -> b.phase(longest + "x", ph -> ph.nodes("TERMINUS_L").stationaryCircles()),
            () -> b.phase("A", ph -> ph.nodes("TERMINUS_L").stationaryCircles().times(0)),
            () ->
                b.phase(
                    "A",
                    ph ->
                        ph.nodes("TERMINUS_L").stationaryCircles().times(Step.MAX_REPETITIONS + 1)),
            () ->
                b.phase("A", ph -> ph.nodes("TERMINUS_L").stationaryCircles().hands(longest + "x")),
            () -> b.phase("A", ph -> ph.nodes("TERMINUS_L").stationaryCircles().note(" ")),
            () -> b.phase("A", ph -> ph.repeat(0)),
            () -> b.phase("A", ph -> ph.repeat(Sequence.MAX_REPEATS + 1)));
    for (ThrowingCallable call : beyond) {
      assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aStepOrPhaseCannotBeChangedAfterItsPhaseEnded() {
    ProtocolBuilder.StepOptions[] kept = new ProtocolBuilder.StepOptions[1];
    ProtocolBuilder.Phase[] phase = new ProtocolBuilder.Phase[1];
    ProtocolBuilder b =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Neck",
                ph -> {
                  phase[0] = ph;
                  kept[0] = ph.region("NECK_L").stationaryCircles();
                });
    Anatomy anatomy = Anatomy.standard();
    NodeGroup axillary = anatomy.nodeGroup("AXILLARY_L");
    List<ThrowingCallable> late =
        List.of(
            () -> kept[0].times(3),
            () -> kept[0].pressure(Pressure.light()),
            () -> kept[0].pressure(PressureLevel.LIGHT),
            () -> kept[0].tempo(Tempo.standard()),
            () -> kept[0].toward(axillary),
            () -> kept[0].toward("AXILLARY_L"),
            () -> kept[0].via(anatomy.anastomoses().get(0)),
            () -> kept[0].via(anatomy.anastomoses().get(0).id()),
            () -> kept[0].hands("both hands"),
            () -> kept[0].note("slowly"),
            () -> phase[0].nodes("TERMINUS_L"),
            () -> phase[0].nodes(anatomy.nodeGroup("TERMINUS_L")),
            () -> phase[0].region("NECK_R"),
            () -> phase[0].region(anatomy.region("NECK_R")),
            () -> phase[0].on("NECK_R"),
            () -> phase[0].on(anatomy.region("NECK_R")),
            () -> phase[0].repeat(2));
    for (ThrowingCallable call : late) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Phase \"Neck\" is finished");
    }
    Protocol built = b.build();
    assertThat(built.sequences())
        .singleElement()
        .satisfies(seq -> assertThat(seq.repeats()).isOne());
    assertThat(built.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.repetitions()).isEqualTo(5);
              assertThat(step.toward()).isNotEqualTo(axillary);
              assertThat(step.via()).isEmpty();
              assertThat(step.hands()).isEmpty();
              assertThat(step.note()).isEmpty();
            });
  }

  @Test
  void unknownIdsFailNamingTheNearestValidId() {
    ProtocolBuilder b = ProtocolBuilder.create("x", "X");
    assertThatThrownBy(() -> b.phase("A", ph -> ph.nodes("AXILARY_L").stationaryCircles()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown node group id \"AXILARY_L\"; did you mean AXILLARY_L?");
    assertThatThrownBy(() -> b.treating("foot_l"))
        .hasMessage("Unknown region id \"foot_l\"; did you mean FOOT_L?");
    assertThatThrownBy(() -> b.phase("A", ph -> ph.region("CHEST_R").rotary().via("AAX")))
        .hasMessage("Unknown anastomosis id \"AAX\"; did you mean AAA?");
  }

  @Test
  void unknownIdsFarFromAnyValidOneListTheValidIds() {
    assertThatThrownBy(
            () -> ProtocolBuilder.create("x", "X").phase("A", ph -> ph.region("ELSEWHERE").pump()))
        .hasMessageStartingWith("Unknown region id \"ELSEWHERE\"; expected one of FACE_UPPER_L, ")
        .hasMessageContaining("FOOT_R");
  }

  @Test
  void aRegionIdWhereANodeGroupIsExpectedSaysSo() {
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("A", ph -> ph.nodes("FOOT_L").stationaryCircles()))
        .hasMessage("\"FOOT_L\" is a region, not a node group; use region(\"FOOT_L\") for it");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("A", ph -> ph.region("AXILLARY_L").stationaryCircles()))
        .hasMessage(
            "\"AXILLARY_L\" is a node group, not a region; use nodes(\"AXILLARY_L\") for it");
  }

  @Test
  void inStrictModeATowardNoPathwayReachesFailsAtTheCall() {
    assertThat(
            ProtocolBuilder.create("x", "X")
                .phase(
                    "Face",
                    ph -> ph.region("FACE_UPPER_L").stationaryCircles().toward("AXILLARY_L"))
                .build()
                .steps())
        .extracting(st -> st.toward().id())
        .containsExactly("AXILLARY_L");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .strict()
                    .phase(
                        "Face",
                        ph -> ph.region("FACE_UPPER_L").stationaryCircles().toward("AXILLARY_L")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Phase 1 \"Face\", step 1 (FACE_UPPER_L): FACE_UPPER_L cannot drain toward AXILLARY_L:"
                + " no pathway of the anatomy leads there; reachable node groups are ")
        .hasMessageContaining("PREAURICULAR_L");
  }

  @Test
  void viaAloneFollowsTheAnastomoticPathwayOfTheSite() {
    Step chest =
        ProtocolBuilder.create("x", "X")
            .phase("Chest", ph -> ph.region("CHEST_L").rotary().via("AAA"))
            .build()
            .steps()
            .get(0);
    assertThat(chest.toward().id()).isEqualTo("AXILLARY_R");
    assertThat(chest.via().map(a -> a.id())).contains("AAA");
  }

  @Test
  void viaWithoutAPathwayFromTheSiteNeedsAnExplicitTarget() {
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("Knee", ph -> ph.region("KNEE_L").skinStretch().via("AIA_L")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no pathway of the anatomy leads from KNEE_L through AIA_L")
        .hasMessageContaining("toward(...), then via(...)");
    Step knee =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Knee", ph -> ph.region("KNEE_L").skinStretch().toward("AXILLARY_L").via("AIA_L"))
            .build()
            .steps()
            .get(0);
    assertThat(knee.via().map(a -> a.id())).contains("AIA_L");
  }

  @Test
  void inStrictModeViaMustConnectTheTarget() {
    assertThat(
            ProtocolBuilder.create("x", "X")
                .phase(
                    "Chest", ph -> ph.region("CHEST_L").rotary().toward("AXILLARY_L").via("AIA_R"))
                .build()
                .steps())
        .extracting(st -> st.via().orElseThrow().id())
        .containsExactly("AIA_R");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .strict()
                    .phase(
                        "Chest",
                        ph -> ph.region("CHEST_L").rotary().toward("AXILLARY_L").via("AIA_R")))
        .hasMessageContaining("anastomosis AIA_R connects")
        .hasMessageContaining("not the target AXILLARY_L");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .strict()
                    .phase(
                        "Breast",
                        ph -> ph.region("BREAST_L").rotary().via("AAA").toward("PARASTERNAL_L")))
        .hasMessageContaining("the anastomosis AAA set by via(...) connects");
  }

  @Test
  void usingMustComeBeforeAnySiteIsNamed() {
    Anatomy custom = anatomy.toBuilder().build();
    assertThat(ProtocolBuilder.create("x", "X").using(custom).anatomy()).isSameAs(custom);
    assertThat(
            ProtocolBuilder.create("x", "X")
                .using(custom)
                .phase("Neck", ph -> ph.region("NECK_L").stationaryCircles())
                .build()
                .anatomy())
        .isSameAs(custom);
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").treating("FOOT_L").using(custom))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call using(anatomy) before");
  }

  @Test
  void sitesOfAnotherAnatomyAreRejected() {
    Anatomy other =
        anatomy.toBuilder()
            .putRegion(
                Region.builder()
                    .id("FOOT_L")
                    .name("left foot of another anatomy")
                    .side(Side.LEFT)
                    .part(io.github.lympha.anatomy.BodyPart.FOOT)
                    .territory("LEG_L")
                    .addSources("S25")
                    .build())
            .build();
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").treating(other.region("FOOT_L")))
        .hasMessageContaining("region FOOT_L is not part of the anatomy in use");
    assertThatThrownBy(
            () ->
                ProtocolBuilder.create("x", "X")
                    .phase("Foot", ph -> ph.region(other.region("FOOT_L")).pump()))
        .hasMessageContaining("site FOOT_L is not part of the anatomy in use");
  }

  @Test
  void openTerminusWorksBothVenousAnglesWithStationaryCircles() {
    Sequence s = ProtocolBuilder.create("x", "X").openTerminus().build().sequences().get(0);
    assertThat(s.name()).isEqualTo("Open the terminus");
    assertThat(ids(s)).containsExactly("TERMINUS_L", "TERMINUS_R");
    assertThat(targets(s)).containsExactly("TERMINUS_L", "TERMINUS_R");
    assertThat(s.steps()).allMatch(st -> st.stroke() == Stroke.STATIONARY_CIRCLE);
    assertThat(s.steps().get(0).hands())
        .contains("Fingers flat in the hollow above the left collarbone");
  }

  @Test
  void clearRouteWorksTheRouteProximalFirstWithDeepAbdominalWorkAtTheCisterna() {
    Sequence s = ProtocolBuilder.create("x", "X").clearRoute("FOOT_L").build().sequences().get(0);
    assertThat(s.name()).isEqualTo("Clear the route of the left foot and ankle");
    assertThat(ids(s))
        .containsExactly(
            "TERMINUS_L", "CISTERNA_CHYLI", "INGUINAL_DEEP_L", "INGUINAL_SUPERFICIAL_L");
    assertThat(s.steps().get(1).stroke()).isEqualTo(Stroke.ABDOMINAL_BREATHING);
    assertThat(s.steps().get(3).stroke()).isEqualTo(Stroke.STATIONARY_CIRCLE);
  }

  @Test
  void clearRouteSkipsTerminiAlreadyOpened() {
    Protocol p = ProtocolBuilder.create("x", "X").openTerminus().clearRoute("HAND_R").build();
    assertThat(ids(p.sequences().get(1))).containsExactly("AXILLARY_R", "CUBITAL_R");
  }

  @Test
  void clearRouteAroundCompromisedGroupsClearsTheReceivingGroups() {
    Set<NodeGroup> removed = Set.of(anatomy.nodeGroup("AXILLARY_L"));
    Protocol p =
        ProtocolBuilder.create("x", "X").clearRoute(anatomy.region("CHEST_L"), removed).build();
    assertThat(ids(p.sequences().get(0))).containsExactly("TERMINUS_R", "AXILLARY_R");
  }

  @Test
  void drainLimbWorksTheLegProximalToDistalWithTheReferenceStrokes() {
    Sequence s =
        ProtocolBuilder.create("x", "X").drainLimb(Side.LEFT, Limb.LEG).build().sequences().get(0);
    assertThat(s.name()).isEqualTo("Drain the left leg");
    assertThat(ids(s))
        .containsExactly(
            "THIGH_MEDIAL_L",
            "THIGH_LATERAL_L",
            "THIGH_POSTERIOR_L",
            "POPLITEAL_L",
            "KNEE_L",
            "CALF_L",
            "SHIN_L",
            "FOOT_L");
    assertThat(s.steps())
        .extracting(Step::stroke)
        .containsExactly(
            Stroke.PUMP,
            Stroke.PUMP,
            Stroke.PUMP,
            Stroke.STATIONARY_CIRCLE,
            Stroke.STATIONARY_CIRCLE,
            Stroke.SCOOP,
            Stroke.PUMP,
            Stroke.STATIONARY_CIRCLE);
    assertThat(targets(s))
        .containsExactly(
            "INGUINAL_SUPERFICIAL_L",
            "INGUINAL_SUPERFICIAL_L",
            "INGUINAL_SUPERFICIAL_L",
            "POPLITEAL_L",
            "POPLITEAL_L",
            "POPLITEAL_L",
            "INGUINAL_SUPERFICIAL_L",
            "INGUINAL_SUPERFICIAL_L");
    assertThat(s.steps()).allMatch(st -> st.via().isEmpty() && st.note().isEmpty());
  }

  @Test
  void drainLimbWorksTheArmProximalToDistalWithTheReferenceStrokes() {
    Sequence s =
        ProtocolBuilder.create("x", "X").drainLimb(Side.RIGHT, Limb.ARM).build().sequences().get(0);
    assertThat(ids(s))
        .containsExactly(
            "UPPER_ARM_LATERAL_R",
            "UPPER_ARM_MEDIAL_R",
            "CUBITAL_R",
            "ELBOW_R",
            "FOREARM_R",
            "HAND_R");
    assertThat(s.steps())
        .extracting(Step::stroke)
        .containsExactly(
            Stroke.PUMP,
            Stroke.PUMP,
            Stroke.STATIONARY_CIRCLE,
            Stroke.STATIONARY_CIRCLE,
            Stroke.SCOOP,
            Stroke.STATIONARY_CIRCLE);
    assertThat(targets(s))
        .containsExactly(
            "AXILLARY_R", "AXILLARY_R", "CUBITAL_R", "CUBITAL_R", "CUBITAL_R", "CUBITAL_R");
  }

  @Test
  void drainLimbAroundARemovedGroinReroutesThroughTheAnastomoses() {
    Set<NodeGroup> removed =
        Set.of(anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), anatomy.nodeGroup("INGUINAL_DEEP_L"));
    Sequence s =
        ProtocolBuilder.create("x", "X")
            .drainLimb(Side.LEFT, Limb.LEG, removed)
            .build()
            .sequences()
            .get(0);
    assertThat(s.steps()).noneMatch(st -> removed.contains(st.toward()));
    assertThat(ids(s)).doesNotContain("POPLITEAL_L");
    Step lateralThigh = s.steps().get(1);
    assertThat(lateralThigh.site().id()).isEqualTo("THIGH_LATERAL_L");
    assertThat(lateralThigh.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(lateralThigh.via().map(a -> a.id())).contains("AIA_L");
    Step knee = s.steps().get(3);
    assertThat(knee.site().id()).isEqualTo("KNEE_L");
    assertThat(knee.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(knee.via()).as("the anastomosis starts at the outer thigh, not the knee").isEmpty();
    assertThat(knee.note())
        .contains(
            "Rerouted: left knee → left outer thigh → left axillo-inguinal anastomosis → left"
                + " axillary nodes");
    Step medialThigh = s.steps().get(0);
    assertThat(medialThigh.toward().id()).isEqualTo("INGUINAL_SUPERFICIAL_R");
  }

  @Test
  void drainLimbAroundARemovedAxillaLeavesTheDeadEndCubitalNodesAlone() {
    Set<NodeGroup> removed = Set.of(anatomy.nodeGroup("AXILLARY_L"));
    Sequence s =
        ProtocolBuilder.create("x", "X")
            .drainLimb(Side.LEFT, Limb.ARM, removed)
            .build()
            .sequences()
            .get(0);
    assertThat(s.name()).isEqualTo("Drain the left arm around the left axillary nodes");
    assertThat(ids(s)).doesNotContain("CUBITAL_L");
    assertThat(targets(s)).containsOnly("AXILLARY_R");
  }

  @Test
  void drainLimbFailsWithTheAnatomysExplanationWhenNoRouteExists() {
    Set<NodeGroup> everything =
        anatomy.nodeGroups().stream().filter(g -> !g.isTerminus()).collect(Collectors.toSet());
    assertThatThrownBy(
            () -> ProtocolBuilder.create("x", "X").drainLimb(Side.LEFT, Limb.LEG, everything))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("drainLimb(LEFT, LEG): No route from THIGH_MEDIAL_L");
    assertThatThrownBy(() -> ProtocolBuilder.create("x", "X").drainLimb(Side.MIDLINE, Limb.LEG))
        .hasMessageContaining("LEFT or RIGHT");
  }

  @Test
  void onAcceptsAnySite() {
    Site s = anatomy.site("SUBMENTAL");
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .phase(
                "Chin", ph -> ph.on(s).stationaryCircles().on("FACE_LOWER_L").stationaryCircles())
            .build();
    assertThat(p.steps())
        .extracting(st -> st.site().id())
        .containsExactly("SUBMENTAL", "FACE_LOWER_L");
    assertThat(p.steps().get(1).toward().id()).isEqualTo("SUBMANDIBULAR_L");
  }

  @Test
  void everyStrokeHasAFluentName() {
    Protocol p =
        ProtocolBuilder.create("x", "X")
            .phase(
                "All",
                ph ->
                    ph.region("FOOT_L")
                        .thumbCircles()
                        .region("FOOT_L")
                        .effleurage()
                        .region("FOOT_L")
                        .leducReabsorption()
                        .region("KNEE_L")
                        .leducCallUp()
                        .region("FOOT_L")
                        .skinStretch()
                        .region("CALF_L")
                        .scoop()
                        .region("CALF_L")
                        .pump()
                        .region("ABDOMEN_L")
                        .rotary()
                        .region("ABDOMEN_L")
                        .abdominalBreathing()
                        .region("FOOT_L")
                        .stroke(Stroke.STATIONARY_CIRCLE))
            .build();
    assertThat(p.steps())
        .extracting(Step::stroke)
        .containsExactly(
            Stroke.THUMB_CIRCLE,
            Stroke.EFFLEURAGE,
            Stroke.LEDUC_REABSORPTION,
            Stroke.LEDUC_CALL_UP,
            Stroke.SKIN_STRETCH,
            Stroke.SCOOP,
            Stroke.PUMP,
            Stroke.ROTARY,
            Stroke.ABDOMINAL_BREATHING,
            Stroke.STATIONARY_CIRCLE);
  }

  @Test
  void limbStrokesFollowTheReference() {
    assertThat(Limb.LEG.strokeFor(anatomy.region("SHIN_L"))).isEqualTo(Stroke.PUMP);
    assertThat(Limb.LEG.strokeFor(anatomy.region("CALF_L"))).isEqualTo(Stroke.SCOOP);
    assertThat(Limb.ARM.strokeFor(anatomy.region("FOREARM_R"))).isEqualTo(Stroke.SCOOP);
    assertThat(Limb.ARM.strokeFor(anatomy.region("HAND_R"))).isEqualTo(Stroke.STATIONARY_CIRCLE);
    assertThat(Limb.LEG.label()).isEqualTo("leg");
  }
}
