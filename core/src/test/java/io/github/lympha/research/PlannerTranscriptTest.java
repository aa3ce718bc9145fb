package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Whole plans written out step by step (phase, site, stroke, target, anastomosis, pressure,
 * repetitions), with their notes, id, title, sources and routes, for patients that take the
 * planner's branches: each checked exactly, so that a change of order, stroke or target shows.
 */
class PlannerTranscriptTest {
  private static final Anatomy ANATOMY = Anatomy.standard();
  private static final Planner PLANNER = Planner.standard();
  private static final PlanOptions MODERATE =
      PlanOptions.builder().pressure(Pressure.of(PressureLevel.MODERATE)).build();

  /** The plan as text: one line per step, then the notes and the protocol's other fields. */
  static String transcript(Plan plan) {
    List<String> lines = new ArrayList<>();
    plan.protocol()
        .ifPresent(
            p -> {
              lines.add("id " + p.id());
              lines.add("title " + p.title());
              lines.add(
                  "treats"
                      + p.treats().stream().map(r -> " " + r.id()).collect(Collectors.joining()));
              lines.add(
                  "sources" + p.sources().stream().map(k -> " " + k).collect(Collectors.joining()));
              lines.add("tags " + String.join(" ", p.tags()));
              lines.add("description " + p.description());
              for (Sequence s : p.sequences()) {
                lines.add("# " + s.name());
                for (Step st : s.steps()) {
                  lines.add(step(st));
                }
              }
            });
    for (String n : plan.notes()) {
      lines.add("note " + n);
    }
    plan.routes()
        .forEach(
            (k, v) ->
                lines.add(
                    "route "
                        + k
                        + " "
                        + v.sites().stream().map(s -> s.id()).collect(Collectors.joining(">"))));
    return String.join("\n", lines);
  }

  private static String step(Step s) {
    return s.site().id()
        + " "
        + s.stroke()
        + " -> "
        + s.toward().id()
        + s.via().map(a -> " via " + a.id()).orElse("")
        + " | "
        + s.pressure().describe()
        + " x"
        + s.repetitions()
        + " "
        + s.tempo().describe();
  }

  /**
   * The intact left leg in detail: every limb segment gets a second stroke that suits it, toward
   * the same node group.
   */
  @Test
  void intactLegInDetailGivesEveryLimbSegmentASecondStroke() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg(), PlanOptions.defaults().withDetail(Detail.DETAILED));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-foot-l
            title Plan: left foot swelling, intact nodes
            treats FOOT_L
            sources S40 S39 S17 S33 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (detailed detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the left leg
            THIGH_MEDIAL_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_MEDIAL_L SCOOP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_LATERAL_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_LATERAL_L SCOOP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_POSTERIOR_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_POSTERIOR_L SCOOP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            POPLITEAL_L STATIONARY_CIRCLE -> POPLITEAL_L | light x5 1 s per cycle
            KNEE_L STATIONARY_CIRCLE -> POPLITEAL_L | light x5 1 s per cycle
            KNEE_L PUMP -> POPLITEAL_L | light x5 1 s per cycle
            CALF_L SCOOP -> POPLITEAL_L | light x5 1 s per cycle
            CALF_L PUMP -> POPLITEAL_L | light x5 1 s per cycle
            SHIN_L SCOOP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            SHIN_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            FOOT_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            FOOT_L THUMB_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Return to the centre
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route THIGH_MEDIAL_L THIGH_MEDIAL_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_LATERAL_L THIGH_LATERAL_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_POSTERIOR_L THIGH_POSTERIOR_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route KNEE_L KNEE_L>POPLITEAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route CALF_L CALF_L>POPLITEAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SHIN_L SHIN_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route FOOT_L FOOT_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L""");
  }

  /**
   * A brief plan: no neck, no return over the receiving groups, only the affected region drained.
   */
  @Test
  void briefPlanOpensTheTerminusAndDrainsOnlyTheAffectedRegion() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg(), PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-foot-l
            title Plan: left foot swelling, intact nodes
            treats FOOT_L
            sources S40 S39 S17 S33 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the left leg
            FOOT_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route FOOT_L FOOT_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L""");
  }

  /** A brief reroute of the arm: only the trunk on the route and beside its anastomosis. */
  @Test
  void briefRerouteOfTheArmDrainsOnlyTheRouteAndTheTrunkBesideIt() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.leftAxillaryDissection(),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-forearm-l-hand-l
            title Plan: left arm after axillary dissection
            treats FOREARM_L HAND_L
            sources S40 S39 S7 S33 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            # Decongest the healthy territories
            SHOULDER_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            CHEST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            BREAST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            # Reroute across the watershed
            SHOULDER_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            CHEST_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            # Drain the left arm
            UPPER_ARM_LATERAL_L PUMP -> AXILLARY_R via AAA | light x5 1 s per cycle
            ELBOW_L STATIONARY_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            FOREARM_L SCOOP -> AXILLARY_R via AAA | light x5 1 s per cycle
            HAND_L STATIONARY_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note FOREARM_L: Rerouted around AXILLARY_L through the anastomosis AAA: FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R.
            note HAND_L: Rerouted around AXILLARY_L through the anastomosis AAA: HAND_L → FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R.
            route SHOULDER_R SHOULDER_R>AXILLARY_R>TERMINUS_R
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R
            route BREAST_R BREAST_R>AXILLARY_R>TERMINUS_R
            route SHOULDER_L SHOULDER_L>AXILLARY_R>TERMINUS_R
            route CHEST_L CHEST_L>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_LATERAL_L UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route ELBOW_L ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route FOREARM_L FOREARM_L>ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route HAND_L HAND_L>FOREARM_L>ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R""");
  }

  /**
   * The arm after axillary dissection in detail: healthy territories, the watershed, and second
   * strokes across the same anastomosis.
   */
  @Test
  void armAfterAxillaryDissectionInDetailKeepsTheAnastomosisOnSecondStrokes() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.leftAxillaryDissection(),
            PlanOptions.defaults().withDetail(Detail.DETAILED));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-forearm-l-hand-l
            title Plan: left arm after axillary dissection
            treats FOREARM_L HAND_L
            sources S40 S39 S17 S33 S7 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (detailed detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            PARASTERNAL_L STATIONARY_CIRCLE -> PARASTERNAL_L | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Decongest the healthy territories
            SHOULDER_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            CHEST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            BREAST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            UPPER_BACK_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            FLANK_L ROTARY -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Reroute across the watershed
            SHOULDER_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            CHEST_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            BREAST_L ROTARY -> PARASTERNAL_L | light x5 1 s per cycle
            UPPER_BACK_L ROTARY -> AXILLARY_R via PAA | light x5 1 s per cycle
            LATERAL_CHEST_L ROTARY -> INGUINAL_SUPERFICIAL_L via AIA_L | light x5 1 s per cycle
            # Drain the left arm
            UPPER_ARM_LATERAL_L PUMP -> AXILLARY_R via AAA | light x5 1 s per cycle
            UPPER_ARM_LATERAL_L SCOOP -> AXILLARY_R via AAA | light x5 1 s per cycle
            UPPER_ARM_MEDIAL_L PUMP -> AXILLARY_R via AAA | light x5 1 s per cycle
            UPPER_ARM_MEDIAL_L SCOOP -> AXILLARY_R via AAA | light x5 1 s per cycle
            ELBOW_L STATIONARY_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            FOREARM_L SCOOP -> AXILLARY_R via AAA | light x5 1 s per cycle
            HAND_L STATIONARY_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            HAND_L THUMB_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            # Return to the centre
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            PARASTERNAL_L STATIONARY_CIRCLE -> PARASTERNAL_L | light x5 1 s per cycle
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note FOREARM_L: Rerouted around AXILLARY_L through the anastomosis AAA: FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R.
            note HAND_L: Rerouted around AXILLARY_L through the anastomosis AAA: HAND_L → FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route SHOULDER_R SHOULDER_R>AXILLARY_R>TERMINUS_R
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R
            route BREAST_R BREAST_R>AXILLARY_R>TERMINUS_R
            route UPPER_BACK_R UPPER_BACK_R>AXILLARY_R>TERMINUS_R
            route FLANK_L FLANK_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SHOULDER_L SHOULDER_L>AXILLARY_R>TERMINUS_R
            route CHEST_L CHEST_L>AXILLARY_R>TERMINUS_R
            route BREAST_L BREAST_L>PARASTERNAL_L>TERMINUS_L
            route UPPER_BACK_L UPPER_BACK_L>AXILLARY_R>TERMINUS_R
            route LATERAL_CHEST_L LATERAL_CHEST_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route UPPER_ARM_LATERAL_L UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_MEDIAL_L UPPER_ARM_MEDIAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route ELBOW_L ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route FOREARM_L FOREARM_L>ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route HAND_L HAND_L>FOREARM_L>ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R""");
  }

  /**
   * The leg after inguinal dissection: each segment to the axilla or the other groin over its own
   * anastomosis.
   */
  @Test
  void legAfterInguinalDissectionGoesToTheAxillaAndTheOtherGroin() {
    Plan plan = PLANNER.plan(ResearchFixtures.leftInguinalDissection());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-calf-l-foot-l
            title Plan: left leg after inguinal dissection
            treats CALF_L FOOT_L
            sources S40 S39 S17 S33 S7 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Decongest the healthy territories
            BREAST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            LATERAL_CHEST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            ABDOMEN_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            SUPRAPUBIC_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            SACRAL_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Reroute across the watershed
            FLANK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            LOWER_BACK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            ABDOMEN_L ROTARY -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            SUPRAPUBIC_L ROTARY -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            SACRAL_L ROTARY -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            BUTTOCK_L ROTARY -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            # Drain the left leg
            THIGH_LATERAL_L PUMP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            THIGH_MEDIAL_L PUMP -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            THIGH_POSTERIOR_L PUMP -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            KNEE_L STATIONARY_CIRCLE -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            CALF_L SCOOP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            SHIN_L SCOOP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            FOOT_L STATIONARY_CIRCLE -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            # Return to the centre
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note CALF_L: Rerouted around INGUINAL_SUPERFICIAL_L, INGUINAL_DEEP_L through the anastomosis AIA_L: CALF_L → KNEE_L → THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L.
            note FOOT_L: Rerouted around INGUINAL_SUPERFICIAL_L, INGUINAL_DEEP_L through the anastomosis AIA_L: FOOT_L → CALF_L → KNEE_L → THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route BREAST_L BREAST_L>AXILLARY_L>TERMINUS_L
            route LATERAL_CHEST_L LATERAL_CHEST_L>AXILLARY_L>TERMINUS_L
            route ABDOMEN_R ABDOMEN_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_R SUPRAPUBIC_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_R SACRAL_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route FLANK_L FLANK_L>AXILLARY_L>TERMINUS_L
            route LOWER_BACK_L LOWER_BACK_L>FLANK_L>AXILLARY_L>TERMINUS_L
            route ABDOMEN_L ABDOMEN_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_L SUPRAPUBIC_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_L SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route BUTTOCK_L BUTTOCK_L>SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_LATERAL_L THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route THIGH_MEDIAL_L THIGH_MEDIAL_L>SUPRAPUBIC_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_POSTERIOR_L THIGH_POSTERIOR_L>BUTTOCK_L>SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route KNEE_L KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route CALF_L CALF_L>KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route SHIN_L SHIN_L>KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route FOOT_L FOOT_L>CALF_L>KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L""");
  }

  /**
   * The left face: submandibular, pre-auricular, occipital, retro-auricular nodes in the reference
   * order (section 5.5).
   */
  @Test
  void leftFaceFollowsTheHeadsNodeGroupOrder() {
    Plan plan = PLANNER.plan(ResearchFixtures.leftFace());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-face-upper-l-face-lower-l
            title Plan: left face after surgery
            treats FACE_UPPER_L FACE_LOWER_L
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Drain the head and face
            SUBMANDIBULAR_L STATIONARY_CIRCLE -> SUBMANDIBULAR_L | light x5 1 s per cycle
            FACE_LOWER_L STATIONARY_CIRCLE -> SUBMANDIBULAR_L | light x5 1 s per cycle
            PREAURICULAR_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            FACE_UPPER_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            OCCIPITAL_L STATIONARY_CIRCLE -> OCCIPITAL_L | light x5 1 s per cycle
            OCCIPUT_L STATIONARY_CIRCLE -> OCCIPITAL_L | light x5 1 s per cycle
            RETROAURICULAR_L STATIONARY_CIRCLE -> RETROAURICULAR_L | light x5 1 s per cycle
            SCALP_L STATIONARY_CIRCLE -> RETROAURICULAR_L | light x5 1 s per cycle
            # Return to the centre
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route FACE_LOWER_L FACE_LOWER_L>SUBMANDIBULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route FACE_UPPER_L FACE_UPPER_L>PREAURICULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route OCCIPUT_L OCCIPUT_L>OCCIPITAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route SCALP_L SCALP_L>RETROAURICULAR_L>CERVICAL_DEEP_L>TERMINUS_L""");
  }

  /**
   * Both lower faces: both sides of each head node group before the next, each group before its
   * face.
   */
  @Test
  void bothLowerFacesWorkBothSidesOfEachNodeGroupBeforeTheNext() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(
                    ANATOMY.region("FACE_LOWER_L"),
                    ANATOMY.region("FACE_LOWER_R"),
                    ANATOMY.region("NECK_R"))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-face-lower-l-face-lower-r-neck-r
            title Plan: left lower face (nose, lips, chin, medial cheek), right lower face (nose, lips, chin, medial cheek), right side of the neck
            treats FACE_LOWER_L FACE_LOWER_R NECK_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Drain the head and face
            SUBMANDIBULAR_L STATIONARY_CIRCLE -> SUBMANDIBULAR_L | light x5 1 s per cycle
            SUBMANDIBULAR_R STATIONARY_CIRCLE -> SUBMANDIBULAR_R | light x5 1 s per cycle
            FACE_LOWER_L STATIONARY_CIRCLE -> SUBMANDIBULAR_L | light x5 1 s per cycle
            FACE_LOWER_R STATIONARY_CIRCLE -> SUBMANDIBULAR_R | light x5 1 s per cycle
            PREAURICULAR_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            FACE_UPPER_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            PREAURICULAR_R STATIONARY_CIRCLE -> PREAURICULAR_R | light x5 1 s per cycle
            FACE_UPPER_R STATIONARY_CIRCLE -> PREAURICULAR_R | light x5 1 s per cycle
            OCCIPITAL_L STATIONARY_CIRCLE -> OCCIPITAL_L | light x5 1 s per cycle
            OCCIPUT_L STATIONARY_CIRCLE -> OCCIPITAL_L | light x5 1 s per cycle
            OCCIPITAL_R STATIONARY_CIRCLE -> OCCIPITAL_R | light x5 1 s per cycle
            OCCIPUT_R STATIONARY_CIRCLE -> OCCIPITAL_R | light x5 1 s per cycle
            RETROAURICULAR_L STATIONARY_CIRCLE -> RETROAURICULAR_L | light x5 1 s per cycle
            SCALP_L STATIONARY_CIRCLE -> RETROAURICULAR_L | light x5 1 s per cycle
            RETROAURICULAR_R STATIONARY_CIRCLE -> RETROAURICULAR_R | light x5 1 s per cycle
            SCALP_R STATIONARY_CIRCLE -> RETROAURICULAR_R | light x5 1 s per cycle
            # Return to the centre
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route FACE_LOWER_L FACE_LOWER_L>SUBMANDIBULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route FACE_LOWER_R FACE_LOWER_R>SUBMANDIBULAR_R>CERVICAL_DEEP_R>TERMINUS_R
            route FACE_UPPER_L FACE_UPPER_L>PREAURICULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route FACE_UPPER_R FACE_UPPER_R>PREAURICULAR_R>CERVICAL_DEEP_R>TERMINUS_R
            route OCCIPUT_L OCCIPUT_L>OCCIPITAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route OCCIPUT_R OCCIPUT_R>OCCIPITAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route SCALP_L SCALP_L>RETROAURICULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route SCALP_R SCALP_R>RETROAURICULAR_R>CERVICAL_DEEP_R>TERMINUS_R""");
  }

  /**
   * The neck after a neck dissection on both sides [S61]: neck and lower face to the axillae;
   * regions with no route are named once.
   */
  @Test
  void neckAfterDissectionOnBothSidesGoesToTheAxillae() {
    Plan plan = PLANNER.plan(Catalogue.patientFor("head-neck-after-cancer"));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-face-lower-l-neck-l-face-lower-r-neck-r
            title Plan: lymphoedema of the neck and lower face after a neck dissection on both sides and radiotherapy, cancer in remission
            treats FACE_LOWER_L NECK_L FACE_LOWER_R NECK_R
            sources S40 S39 S9 S41 S18 S61 S29 S30
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> AXILLARY_L via CERVICO_AXILLARY_L | light x5 1 s per cycle
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> AXILLARY_R via CERVICO_AXILLARY_R | light x5 1 s per cycle
            # Drain the head and face
            FACE_LOWER_L STATIONARY_CIRCLE -> AXILLARY_L via CERVICO_AXILLARY_L | light x5 1 s per cycle
            FACE_LOWER_R STATIONARY_CIRCLE -> AXILLARY_R via CERVICO_AXILLARY_R | light x5 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note FACE_LOWER_L: Rerouted around CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R through the anastomosis CERVICO_AXILLARY_L: FACE_LOWER_L → NECK_L →(CERVICO_AXILLARY_L) AXILLARY_L → TERMINUS_L.
            note NECK_L: Rerouted around CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R through the anastomosis CERVICO_AXILLARY_L: NECK_L →(CERVICO_AXILLARY_L) AXILLARY_L → TERMINUS_L.
            note FACE_LOWER_R: Rerouted around CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R through the anastomosis CERVICO_AXILLARY_R: FACE_LOWER_R → NECK_R →(CERVICO_AXILLARY_R) AXILLARY_R → TERMINUS_R.
            note NECK_R: Rerouted around CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R through the anastomosis CERVICO_AXILLARY_R: NECK_R →(CERVICO_AXILLARY_R) AXILLARY_R → TERMINUS_R.
            note FACE_UPPER_L is left out: No route from FACE_UPPER_L to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            note SCALP_L is left out: No route from SCALP_L to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            note OCCIPUT_L is left out: No route from OCCIPUT_L to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            note FACE_UPPER_R is left out: No route from FACE_UPPER_R to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            note SCALP_R is left out: No route from SCALP_R to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            note OCCIPUT_R is left out: No route from OCCIPUT_R to a venous angle avoids the compromised node groups CERVICAL_DEEP_L, CERVICAL_DEEP_R, CERVICAL_SUPERFICIAL_L, CERVICAL_SUPERFICIAL_R: every pathway out of it, physiological or through the skin plexus and the anastomoses, leads into them.
            route NECK_L NECK_L>AXILLARY_L>TERMINUS_L
            route NECK_R NECK_R>AXILLARY_R>TERMINUS_R
            route FACE_LOWER_L FACE_LOWER_L>NECK_L>AXILLARY_L>TERMINUS_L
            route FACE_LOWER_R FACE_LOWER_R>NECK_R>AXILLARY_R>TERMINUS_R""");
  }

  /**
   * Many areas: one phase per area and side, the receiving groups proximal first, the title from
   * the region names.
   */
  @Test
  void manyAreasEachGetTheirOwnPhaseFromTheHeadToTheLegs() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(
                    ANATOMY.region("FOOT_L"),
                    ANATOMY.region("FOOT_R"),
                    ANATOMY.region("HAND_L"),
                    ANATOMY.region("HAND_R"),
                    ANATOMY.region("FACE_UPPER_L"),
                    ANATOMY.region("CHEST_R"),
                    ANATOMY.region("ABDOMEN_L"))
                .build(),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-face-upper-l-abdomen-l-hand-l-foot-l-chest-r-hand-r-foot-r
            title Plan: left upper face (forehead, temple, eyelids, lateral cheek), left lower abdomen (below the umbilicus), left hand and fingers, left foot and ankle, right upper chest, right hand and fingers, right foot and ankle
            treats FACE_UPPER_L ABDOMEN_L HAND_L FOOT_L CHEST_R HAND_R FOOT_R
            sources S40 S39 S17 S33 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Drain the head and face
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            PREAURICULAR_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            FACE_UPPER_L STATIONARY_CIRCLE -> PREAURICULAR_L | light x5 1 s per cycle
            # Drain the left trunk
            ABDOMEN_L ROTARY -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the left arm
            CUBITAL_L STATIONARY_CIRCLE -> CUBITAL_L | light x5 1 s per cycle
            HAND_L STATIONARY_CIRCLE -> CUBITAL_L | light x5 1 s per cycle
            # Drain the left leg
            FOOT_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the right trunk
            CHEST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            # Drain the right arm
            CUBITAL_R STATIONARY_CIRCLE -> CUBITAL_R | light x5 1 s per cycle
            HAND_R STATIONARY_CIRCLE -> CUBITAL_R | light x5 1 s per cycle
            # Drain the right leg
            FOOT_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route FACE_UPPER_L FACE_UPPER_L>PREAURICULAR_L>CERVICAL_DEEP_L>TERMINUS_L
            route ABDOMEN_L ABDOMEN_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route HAND_L HAND_L>CUBITAL_L>AXILLARY_L>TERMINUS_L
            route FOOT_L FOOT_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R
            route HAND_R HAND_R>CUBITAL_R>AXILLARY_R>TERMINUS_R
            route FOOT_R FOOT_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L""");
  }

  /** A long derived id is cut at 100 characters. */
  @Test
  void protocolIdIsCutAtAHundredCharacters() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(
                    ANATOMY.region("THIGH_MEDIAL_L"),
                    ANATOMY.region("THIGH_LATERAL_L"),
                    ANATOMY.region("THIGH_POSTERIOR_L"),
                    ANATOMY.region("UPPER_ARM_LATERAL_R"),
                    ANATOMY.region("UPPER_ARM_MEDIAL_R"),
                    ANATOMY.region("LATERAL_CHEST_L"),
                    ANATOMY.region("LOWER_BACK_R"))
                .build(),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-lateral-chest-l-thigh-medial-l-thigh-lateral-l-thigh-posterior-l-lower-back-r-upper-arm-lateral
            title Plan: left side of the chest (above the waist), left inner thigh, left outer thigh, left back of the thigh, right lower (lumbar) back, right outer upper arm, right inner upper arm
            treats LATERAL_CHEST_L THIGH_MEDIAL_L THIGH_LATERAL_L THIGH_POSTERIOR_L LOWER_BACK_R UPPER_ARM_LATERAL_R UPPER_ARM_MEDIAL_R
            sources S40 S39 S17 S33 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Drain the left trunk
            LATERAL_CHEST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            # Drain the left leg
            THIGH_MEDIAL_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_LATERAL_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            THIGH_POSTERIOR_L PUMP -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the right trunk
            LOWER_BACK_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Drain the right arm
            UPPER_ARM_LATERAL_R PUMP -> AXILLARY_R | light x5 1 s per cycle
            UPPER_ARM_MEDIAL_R PUMP -> AXILLARY_R | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route LATERAL_CHEST_L LATERAL_CHEST_L>AXILLARY_L>TERMINUS_L
            route THIGH_MEDIAL_L THIGH_MEDIAL_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_LATERAL_L THIGH_LATERAL_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_POSTERIOR_L THIGH_POSTERIOR_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route LOWER_BACK_R LOWER_BACK_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route UPPER_ARM_LATERAL_R UPPER_ARM_LATERAL_R>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_MEDIAL_R UPPER_ARM_MEDIAL_R>AXILLARY_R>TERMINUS_R""");
  }

  /** No affected region: the terminus and the neck only, titled with the label, no return phase. */
  @Test
  void labelledPatientWithoutAffectedRegionGetsTheTerminusAndTheNeckOnly() {
    Plan plan = PLANNER.plan(PatientContext.builder().label("maintenance").build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-terminus
            title Plan: maintenance
            treats
            sources S40 S39
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            note No affected region is given: the plan opens the terminus only.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R""");
  }

  /**
   * Self-care: fewer than 10 repetitions are raised to the leaflets' 10, pumps become skin
   * stretches.
   */
  @Test
  void selfCareRaisesRepetitionsToTheLeafletsTen() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .setting(Setting.SELF_CARE)
                .addAffected(ANATOMY.region("FOREARM_R"))
                .build(),
            PlanOptions.defaults().withRepetitions(3));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-forearm-r
            title Plan: right forearm
            treats FOREARM_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x10 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x10 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x10 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x10 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x10 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x10 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x10 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x10 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x10 1 s per cycle
            # Drain the right arm
            UPPER_ARM_LATERAL_R SKIN_STRETCH -> AXILLARY_R | light x10 1 s per cycle
            UPPER_ARM_MEDIAL_R SKIN_STRETCH -> AXILLARY_R | light x10 1 s per cycle
            CUBITAL_R STATIONARY_CIRCLE -> CUBITAL_R | light x10 1 s per cycle
            ELBOW_R STATIONARY_CIRCLE -> CUBITAL_R | light x10 1 s per cycle
            FOREARM_R SCOOP -> CUBITAL_R | light x10 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x10 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x10 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x10 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x10 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x10 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route UPPER_ARM_LATERAL_R UPPER_ARM_LATERAL_R>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_MEDIAL_R UPPER_ARM_MEDIAL_R>AXILLARY_R>TERMINUS_R
            route ELBOW_R ELBOW_R>CUBITAL_R>AXILLARY_R>TERMINUS_R
            route FOREARM_R FOREARM_R>CUBITAL_R>AXILLARY_R>TERMINUS_R""");
  }

  /** Self-care: more than 10 repetitions are kept. */
  @Test
  void selfCareKeepsMoreThanTenRepetitions() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .setting(Setting.SELF_CARE)
                .addAffected(ANATOMY.region("FOREARM_R"))
                .build(),
            PlanOptions.defaults().withRepetitions(12));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-forearm-r
            title Plan: right forearm
            treats FOREARM_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x12 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x12 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x12 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x12 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x12 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x12 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x12 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x12 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x12 1 s per cycle
            # Drain the right arm
            UPPER_ARM_LATERAL_R SKIN_STRETCH -> AXILLARY_R | light x12 1 s per cycle
            UPPER_ARM_MEDIAL_R SKIN_STRETCH -> AXILLARY_R | light x12 1 s per cycle
            CUBITAL_R STATIONARY_CIRCLE -> CUBITAL_R | light x12 1 s per cycle
            ELBOW_R STATIONARY_CIRCLE -> CUBITAL_R | light x12 1 s per cycle
            FOREARM_R SCOOP -> CUBITAL_R | light x12 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x12 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x12 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x12 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x12 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x12 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route UPPER_ARM_LATERAL_R UPPER_ARM_LATERAL_R>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_MEDIAL_R UPPER_ARM_MEDIAL_R>AXILLARY_R>TERMINUS_R
            route ELBOW_R ELBOW_R>CUBITAL_R>AXILLARY_R>TERMINUS_R
            route FOREARM_R FOREARM_R>CUBITAL_R>AXILLARY_R>TERMINUS_R""");
  }

  /**
   * Firmer pressure only on the affected regions of a fibrotic context; the rest of the chain stays
   * light.
   */
  @Test
  void firmerPressureOnlyOnTheFibroticAffectedRegions() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(ANATOMY.region("FOREARM_R"), ANATOMY.region("CHEST_R"))
                .tissue(TissueState.FIBROTIC)
                .build(),
            MODERATE);
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-chest-r-forearm-r
            title Plan: right upper chest, right forearm
            treats CHEST_R FOREARM_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            # Drain the right trunk
            CHEST_R ROTARY -> AXILLARY_R | moderate x5 1 s per cycle
            # Drain the right arm
            UPPER_ARM_LATERAL_R PUMP -> AXILLARY_R | light x5 1 s per cycle
            UPPER_ARM_MEDIAL_R PUMP -> AXILLARY_R | light x5 1 s per cycle
            CUBITAL_R STATIONARY_CIRCLE -> CUBITAL_R | light x5 1 s per cycle
            ELBOW_R STATIONARY_CIRCLE -> CUBITAL_R | light x5 1 s per cycle
            FOREARM_R SCOOP -> CUBITAL_R | moderate x5 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note The moderate pressure is used only on the fibrotic regions CHEST_R, FOREARM_R [S8][S38][S57]; every other step keeps light pressure [S7][S37]. Sources disagree on firmer pressure: the validator reports it.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_LATERAL_R UPPER_ARM_LATERAL_R>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_MEDIAL_R UPPER_ARM_MEDIAL_R>AXILLARY_R>TERMINUS_R
            route ELBOW_R ELBOW_R>CUBITAL_R>AXILLARY_R>TERMINUS_R
            route FOREARM_R FOREARM_R>CUBITAL_R>AXILLARY_R>TERMINUS_R""");
  }

  /** 32 mmHg, the policy's ceiling, is kept on every step without a note. */
  @Test
  void pressureAtTheCeilingIsKeptOnEveryStep() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder().addAffected(ANATOMY.region("CHEST_R")).build(),
            PlanOptions.builder().pressure(Pressure.ofMmHg(32)).build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-chest-r
            title Plan: right upper chest
            treats CHEST_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | 32 mmHg x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | 32 mmHg x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | 32 mmHg x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | 32 mmHg x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | 32 mmHg x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | 32 mmHg x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | 32 mmHg x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | 32 mmHg x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | 32 mmHg x5 1 s per cycle
            # Drain the right trunk
            CHEST_R ROTARY -> AXILLARY_R | 32 mmHg x5 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | 32 mmHg x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | 32 mmHg x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | 32 mmHg x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | 32 mmHg x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | 32 mmHg x5 1 s per cycle
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R""");
  }

  /** 33 mmHg, above the ceiling, becomes light pressure without fibrosis, and a note says so. */
  @Test
  void pressureAboveTheCeilingIsLightWithoutFibrosisAndSaysSo() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder().addAffected(ANATOMY.region("CHEST_R")).build(),
            PlanOptions.builder().pressure(Pressure.ofMmHg(33)).build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-chest-r
            title Plan: right upper chest
            treats CHEST_R
            sources S40 S39 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            # Drain the right trunk
            CHEST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            # Return to the centre
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note No affected region is recorded as fibrotic (or at ISL stage III [S57]), so every step keeps light pressure [S7][S37] instead of 33 mmHg.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route CHEST_R CHEST_R>AXILLARY_R>TERMINUS_R""");
  }

  /**
   * Relative, located and abdominal conditions: each noted, the located regions bypassed, no
   * abdominal phase.
   */
  @Test
  void relativeAndLocatedConditionsAreNotedAndBypassed() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.leftAxillaryDissection()
                .withConditions(
                    List.of(
                        PatientCondition.of(Condition.AGE_OVER_60),
                        PatientCondition.of(Condition.BRONCHIAL_ASTHMA),
                        PatientCondition.of(
                            Condition.SKIN_METASTASES,
                            List.of(ANATOMY.region("HAND_L"), ANATOMY.region("CHEST_R"))),
                        PatientCondition.of(Condition.PREGNANCY))),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-forearm-l
            title Plan: left arm after axillary dissection
            treats FOREARM_L
            sources S40 S39 S7 S33 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_R STATIONARY_CIRCLE -> AXILLARY_R | light x5 1 s per cycle
            # Decongest the healthy territories
            SHOULDER_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            BREAST_R ROTARY -> AXILLARY_R | light x5 1 s per cycle
            # Reroute across the watershed
            SHOULDER_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            CHEST_L ROTARY -> AXILLARY_R via AAA | light x5 1 s per cycle
            # Drain the left arm
            UPPER_ARM_LATERAL_L PUMP -> AXILLARY_R via AAA | light x5 1 s per cycle
            ELBOW_L STATIONARY_CIRCLE -> AXILLARY_R via AAA | light x5 1 s per cycle
            FOREARM_L SCOOP -> AXILLARY_R via AAA | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note The patient has age over 60 (arteriosclerosis) [S45][S47]: work on the neck requires clearance.
            note The patient has bronchial asthma [S43][S44][S45]: the protocol requires medical clearance.
            note The patient has skin metastases [S44] in HAND_L, CHEST_R: these regions are bypassed.
            note Deep abdominal work is contraindicated (pregnancy [S45][S43]): the abdominal steps are left out.
            note Affected region HAND_L is left out: skin metastases [S44] in HAND_L.
            note FOREARM_L: Rerouted around AXILLARY_L through the anastomosis AAA: FOREARM_L → ELBOW_L → UPPER_ARM_LATERAL_L → SHOULDER_L →(AAA) AXILLARY_R → TERMINUS_R.
            route SHOULDER_R SHOULDER_R>AXILLARY_R>TERMINUS_R
            route BREAST_R BREAST_R>AXILLARY_R>TERMINUS_R
            route SHOULDER_L SHOULDER_L>AXILLARY_R>TERMINUS_R
            route CHEST_L CHEST_L>AXILLARY_R>TERMINUS_R
            route UPPER_ARM_LATERAL_L UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route ELBOW_L ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R
            route FOREARM_L FOREARM_L>ELBOW_L>UPPER_ARM_LATERAL_L>SHOULDER_L>AXILLARY_R>TERMINUS_R""");
  }

  /** A located condition recorded without regions adds no note and bypasses nothing. */
  @Test
  void locatedConditionWithoutRegionsChangesNothing() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg()
                .withConditions(List.of(PatientCondition.of(Condition.SKIN_METASTASES))),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-foot-l
            title Plan: left foot swelling, intact nodes
            treats FOOT_L
            sources S40 S39 S17 S33 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Drain the left leg
            FOOT_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            route FOOT_L FOOT_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L""");
  }

  /** A reroute whose anastomosis cannot be prepared first is left out with its reason. */
  @Test
  void rerouteThatCannotBePreparedIsLeftOutAndSaidSo() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(ANATOMY.region("THIGH_MEDIAL_R"))
                .addCompromised(
                    CompromisedNodeGroup.of(
                        ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_R"), Compromise.REMOVED))
                .addConditions(
                    PatientCondition.of(
                        Condition.SKIN_METASTASES, List.of(ANATOMY.region("FLANK_R"))))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-thigh-medial-r
            title Plan: right inner thigh
            treats THIGH_MEDIAL_R
            sources S40 S39 S17 S33 S7 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Decongest the healthy territories
            ABDOMEN_L ROTARY -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            SUPRAPUBIC_L ROTARY -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            SACRAL_L ROTARY -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            # Reroute across the watershed
            ABDOMEN_R ROTARY -> INGUINAL_SUPERFICIAL_L via AII | light x5 1 s per cycle
            SUPRAPUBIC_R ROTARY -> INGUINAL_SUPERFICIAL_L via AII | light x5 1 s per cycle
            SACRAL_R ROTARY -> INGUINAL_SUPERFICIAL_L via PII | light x5 1 s per cycle
            BUTTOCK_R ROTARY -> INGUINAL_SUPERFICIAL_L via PII | light x5 1 s per cycle
            # Drain the right leg
            THIGH_MEDIAL_R PUMP -> INGUINAL_SUPERFICIAL_L via AII | light x5 1 s per cycle
            THIGH_POSTERIOR_R PUMP -> INGUINAL_SUPERFICIAL_L via PII | light x5 1 s per cycle
            # Return to the centre
            INGUINAL_SUPERFICIAL_L STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_L | light x5 1 s per cycle
            INGUINAL_DEEP_L STATIONARY_CIRCLE -> INGUINAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note The patient has skin metastases [S44] in FLANK_R: these regions are bypassed.
            note THIGH_MEDIAL_R: Rerouted around INGUINAL_SUPERFICIAL_R through the anastomosis AII: THIGH_MEDIAL_R → SUPRAPUBIC_R →(AII) INGUINAL_SUPERFICIAL_L → INGUINAL_DEEP_L → CISTERNA_CHYLI → TERMINUS_L.
            note THIGH_LATERAL_R is left out: its reroute crosses the right axillo-inguinal anastomosis into the right axillary nodes, and the trunk beside it (FLANK_R) cannot be drained across it first.
            note FLANK_R is left out: skin metastases [S44] in FLANK_R.
            note LOWER_BACK_R is left out: its route runs through the skin of FLANK_R, which is left out (skin metastases [S44] in FLANK_R).
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route ABDOMEN_L ABDOMEN_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_L SUPRAPUBIC_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_L SACRAL_L>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route ABDOMEN_R ABDOMEN_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_R SUPRAPUBIC_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_R SACRAL_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route BUTTOCK_R BUTTOCK_R>SACRAL_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_MEDIAL_R THIGH_MEDIAL_R>SUPRAPUBIC_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_POSTERIOR_R THIGH_POSTERIOR_R>BUTTOCK_R>SACRAL_R>INGUINAL_SUPERFICIAL_L>INGUINAL_DEEP_L>CISTERNA_CHYLI>TERMINUS_L""");
  }

  /** Every affected region bypassed: the conditions are noted, then the refusal. */
  @Test
  void everyAffectedRegionBypassedRefusesAfterNotingEachCondition() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg()
                .withConditions(
                    List.of(
                        PatientCondition.of(Condition.AGE_OVER_60),
                        PatientCondition.of(Condition.BRONCHIAL_ASTHMA),
                        PatientCondition.of(
                            Condition.SKIN_METASTASES,
                            List.of(ANATOMY.region("SHIN_L"), ANATOMY.region("FOOT_L"))),
                        PatientCondition.of(Condition.CAROTID_SINUS_HYPERSENSITIVITY))));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note The patient has age over 60 (arteriosclerosis) [S45][S47]: work on the neck requires clearance.
            note The patient has bronchial asthma [S43][S44][S45]: the protocol requires medical clearance.
            note The patient has skin metastases [S44] in SHIN_L, FOOT_L: these regions are bypassed.
            note The neck is contraindicated (carotid sinus hypersensitivity [S45][S47]): the terminus, the neck nodes and the neck are left out.
            note Affected region FOOT_L is left out: skin metastases [S44] in FOOT_L.
            note Every affected region is contraindicated for this patient, so there is nothing to drain: no protocol is planned.""");
  }

  /** A contraindicated neck as the only affected region: refused. */
  @Test
  void contraindicatedNeckAsTheOnlyAffectedRegionRefuses() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(ANATOMY.region("NECK_L"))
                .addConditions(PatientCondition.of(Condition.HYPERTHYROIDISM))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note The neck is contraindicated (hyperthyroidism [S45][S47]): the terminus, the neck nodes and the neck are left out.
            note Affected region NECK_L is left out: the neck is contraindicated (hyperthyroidism [S45][S47]).
            note Every affected region is contraindicated for this patient, so there is nothing to drain: no protocol is planned.""");
  }

  /** A contraindicated neck and no affected region: nothing is left to plan. */
  @Test
  void contraindicatedNeckWithoutAffectedRegionLeavesNothingToPlan() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addConditions(PatientCondition.of(Condition.HYPERTHYROIDISM))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note The neck is contraindicated (hyperthyroidism [S45][S47]): the terminus, the neck nodes and the neck are left out.
            note No affected region is given: the plan opens the terminus only.
            note TERMINUS_L is left out: the neck is contraindicated (hyperthyroidism [S45][S47]).
            note TERMINUS_R is left out: the neck is contraindicated (hyperthyroidism [S45][S47]).
            note Every step the plan would hold is contraindicated for this patient: no protocol is planned.""");
  }

  /** A swelling of unknown cause: refused [S45]. */
  @Test
  void swellingOfUnknownCauseRefuses() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAreas(
                    AffectedArea.of(
                        List.of(ANATOMY.region("CALF_L"), ANATOMY.region("FOOT_L")),
                        OedemaCause.UNKNOWN))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note The swelling of CALF_L, FOOT_L is recorded as of unknown cause, an absolute contraindication until it is diagnosed [S45]. No protocol is planned.""");
  }

  /** A debated whole-body condition: refused by default. */
  @Test
  void debatedConditionRefusesByDefault() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg()
                .withConditions(List.of(PatientCondition.of(Condition.RENAL_FAILURE))));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note Sources disagree whether renal failure [S43][S45][S46] contraindicates MLD. No protocol is planned; once a physician agrees, plan again with planDespiteDebatedConditions.""");
  }

  /** An absolute whole-body condition: refused. */
  @Test
  void absoluteWholeBodyConditionRefuses() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.intactLeftLeg()
                .withConditions(List.of(PatientCondition.of(Condition.ACUTE_DVT))));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            note MLD is contraindicated for this patient: acute deep vein thrombosis or thrombophlebitis [S42][S43][S44] is an absolute contraindication. No protocol is planned; a physician must clear the patient first.""");
  }

  /**
   * A brief reroute of the leg: the trunk beside the anastomosis its segments cross is drained
   * across it first, though no trunk region lies on their routes (reference section 4.4).
   */
  @Test
  void briefRerouteOfTheLegDrainsTheTrunkBesideTheAnastomosisItsSegmentsCross() {
    Plan plan =
        PLANNER.plan(
            ResearchFixtures.leftInguinalDissection(),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-calf-l-foot-l
            title Plan: left leg after inguinal dissection
            treats CALF_L FOOT_L
            sources S40 S39 S7 S33 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            # Decongest the healthy territories
            BREAST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            LATERAL_CHEST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            # Reroute across the watershed
            FLANK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            LOWER_BACK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            # Drain the left leg
            THIGH_LATERAL_L PUMP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            KNEE_L STATIONARY_CIRCLE -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            CALF_L SCOOP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            FOOT_L STATIONARY_CIRCLE -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note CALF_L: Rerouted around INGUINAL_SUPERFICIAL_L, INGUINAL_DEEP_L through the anastomosis AIA_L: CALF_L → KNEE_L → THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L.
            note FOOT_L: Rerouted around INGUINAL_SUPERFICIAL_L, INGUINAL_DEEP_L through the anastomosis AIA_L: FOOT_L → CALF_L → KNEE_L → THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L.
            route BREAST_L BREAST_L>AXILLARY_L>TERMINUS_L
            route LATERAL_CHEST_L LATERAL_CHEST_L>AXILLARY_L>TERMINUS_L
            route FLANK_L FLANK_L>AXILLARY_L>TERMINUS_L
            route LOWER_BACK_L LOWER_BACK_L>FLANK_L>AXILLARY_L>TERMINUS_L
            route THIGH_LATERAL_L THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route KNEE_L KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route CALF_L CALF_L>KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route FOOT_L FOOT_L>CALF_L>KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L""");
  }

  /**
   * An affected trunk region is drained in its own phase, not among the trunk regions rerouted for
   * the knee.
   */
  @Test
  void anAffectedTrunkRegionIsDrainedInItsOwnPhaseNotInTheReroute() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(ANATOMY.region("KNEE_L"), ANATOMY.region("CHEST_L"))
                .addCompromised(removed("INGUINAL_DEEP_L"))
                .build());
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-chest-l-knee-l
            title Plan: left upper chest, left knee
            treats CHEST_L KNEE_L
            sources S40 S39 S17 S33 S7 S34 S9 S41 S18
            tags planned
            description Planned by the Lympha planner (standard detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            NECK_L STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            CERVICAL_SUPERFICIAL_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            NECK_R STATIONARY_CIRCLE -> CERVICAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Deep abdominal work
            CISTERNA_CHYLI ABDOMINAL_BREATHING -> CISTERNA_CHYLI | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Decongest the healthy territories
            BREAST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            LATERAL_CHEST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            ABDOMEN_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            SUPRAPUBIC_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            SACRAL_R ROTARY -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            # Reroute across the watershed
            FLANK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            LOWER_BACK_L ROTARY -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            ABDOMEN_L ROTARY -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            SUPRAPUBIC_L ROTARY -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            SACRAL_L ROTARY -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            BUTTOCK_L ROTARY -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            # Drain the left trunk
            CHEST_L ROTARY -> AXILLARY_L | light x5 1 s per cycle
            # Drain the left leg
            THIGH_LATERAL_L PUMP -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            THIGH_MEDIAL_L PUMP -> INGUINAL_SUPERFICIAL_R via AII | light x5 1 s per cycle
            THIGH_POSTERIOR_L PUMP -> INGUINAL_SUPERFICIAL_R via PII | light x5 1 s per cycle
            KNEE_L STATIONARY_CIRCLE -> AXILLARY_L via AIA_L | light x5 1 s per cycle
            # Return to the centre
            INGUINAL_SUPERFICIAL_R STATIONARY_CIRCLE -> INGUINAL_SUPERFICIAL_R | light x5 1 s per cycle
            INGUINAL_DEEP_R STATIONARY_CIRCLE -> INGUINAL_DEEP_R | light x5 1 s per cycle
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            CERVICAL_DEEP_L STATIONARY_CIRCLE -> CERVICAL_DEEP_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note KNEE_L: Rerouted around INGUINAL_DEEP_L through the anastomosis AIA_L: KNEE_L → THIGH_LATERAL_L →(AIA_L) AXILLARY_L → TERMINUS_L.
            route NECK_L NECK_L>CERVICAL_SUPERFICIAL_L>CERVICAL_DEEP_L>TERMINUS_L
            route NECK_R NECK_R>CERVICAL_SUPERFICIAL_R>CERVICAL_DEEP_R>TERMINUS_R
            route BREAST_L BREAST_L>AXILLARY_L>TERMINUS_L
            route LATERAL_CHEST_L LATERAL_CHEST_L>AXILLARY_L>TERMINUS_L
            route ABDOMEN_R ABDOMEN_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_R SUPRAPUBIC_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_R SACRAL_R>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route FLANK_L FLANK_L>AXILLARY_L>TERMINUS_L
            route LOWER_BACK_L LOWER_BACK_L>FLANK_L>AXILLARY_L>TERMINUS_L
            route ABDOMEN_L ABDOMEN_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SUPRAPUBIC_L SUPRAPUBIC_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route SACRAL_L SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route BUTTOCK_L BUTTOCK_L>SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route CHEST_L CHEST_L>AXILLARY_L>TERMINUS_L
            route THIGH_LATERAL_L THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L
            route THIGH_MEDIAL_L THIGH_MEDIAL_L>SUPRAPUBIC_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route THIGH_POSTERIOR_L THIGH_POSTERIOR_L>BUTTOCK_L>SACRAL_L>INGUINAL_SUPERFICIAL_R>INGUINAL_DEEP_R>CISTERNA_CHYLI>TERMINUS_L
            route KNEE_L KNEE_L>THIGH_LATERAL_L>AXILLARY_L>TERMINUS_L""");
  }

  /**
   * A face routed to the axilla [S61] comes after the faces of the same segment drained to the
   * head's node groups (section 5.5).
   */
  @Test
  void aFaceRoutedOutsideTheHeadsNodeGroupsComesAfterTheFacesDrainedToThem() {
    Plan plan =
        PLANNER.plan(
            PatientContext.builder()
                .addAffected(ANATOMY.region("FACE_LOWER_L"), ANATOMY.region("FACE_UPPER_R"))
                .addCompromised(
                    removed("CERVICAL_SUPERFICIAL_L"),
                    removed("CERVICAL_DEEP_L"),
                    removed("SUBMENTAL"))
                .build(),
            PlanOptions.defaults().withDetail(Detail.BRIEF));
    assertThat(transcript(plan))
        .isEqualTo(
            """
            id plan-face-lower-l-face-upper-r
            title Plan: left lower face (nose, lips, chin, medial cheek), right upper face (forehead, temple, eyelids, lateral cheek)
            treats FACE_LOWER_L FACE_UPPER_R
            sources S40 S39 S9 S41 S18 S61 S29 S30
            tags planned
            description Planned by the Lympha planner (brief detail) from the patient context. Lympha gives no medical advice: a qualified therapist must check this protocol.
            # Open the terminus
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            # Prepare the receiving node groups
            AXILLARY_L STATIONARY_CIRCLE -> AXILLARY_L | light x5 1 s per cycle
            # Drain the head and face
            NECK_L STATIONARY_CIRCLE -> AXILLARY_L via CERVICO_AXILLARY_L | light x5 1 s per cycle
            CERVICAL_DEEP_R STATIONARY_CIRCLE -> CERVICAL_DEEP_R | light x5 1 s per cycle
            PREAURICULAR_R STATIONARY_CIRCLE -> PREAURICULAR_R | light x5 1 s per cycle
            FACE_UPPER_R STATIONARY_CIRCLE -> PREAURICULAR_R | light x5 1 s per cycle
            FACE_LOWER_L STATIONARY_CIRCLE -> AXILLARY_L via CERVICO_AXILLARY_L | light x5 1 s per cycle
            # Return to the centre
            TERMINUS_L STATIONARY_CIRCLE -> TERMINUS_L | light x5 1 s per cycle
            TERMINUS_R STATIONARY_CIRCLE -> TERMINUS_R | light x5 1 s per cycle
            note FACE_LOWER_L: Rerouted around CERVICAL_SUPERFICIAL_L, CERVICAL_DEEP_L, SUBMENTAL through the anastomosis CERVICO_AXILLARY_L: FACE_LOWER_L → NECK_L →(CERVICO_AXILLARY_L) AXILLARY_L → TERMINUS_L.
            route NECK_L NECK_L>AXILLARY_L>TERMINUS_L
            route FACE_UPPER_R FACE_UPPER_R>PREAURICULAR_R>CERVICAL_DEEP_R>TERMINUS_R
            route FACE_LOWER_L FACE_LOWER_L>NECK_L>AXILLARY_L>TERMINUS_L""");
  }

  /** A planner names its anatomy; one on another anatomy plans with that anatomy. */
  @Test
  void aPlannerOnAnotherAnatomyNamesAndUsesIt() {
    Anatomy copy = Anatomy.standard().toBuilder().build();
    Planner planner = Planner.of(copy);
    assertThat(planner.anatomy()).isSameAs(copy);
    assertThat(planner).hasToString("Planner{" + copy + "}");
    assertThat(Planner.standard()).hasToString("Planner{" + Anatomy.standard() + "}");
    assertThat(planner.plan(ResearchFixtures.intactLeftLeg()).protocol().orElseThrow().anatomy())
        .isSameAs(copy);
  }

  private static CompromisedNodeGroup removed(String id) {
    return CompromisedNodeGroup.of(ANATOMY.nodeGroup(id), Compromise.REMOVED);
  }
}
