package io.github.lympha.catalogue;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.technique.Tempo;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The reference catalogue: named, sourced protocols transcribed from the Lympha domain reference
 * (sections 5 and 8), each with the {@link PatientContext} it is meant for.
 *
 * <p>Where the reference gives repetition counts they are used; elsewhere the builder's defaults
 * (light pressure, about 1 s per cycle, 5 repetitions). Effleurage takes about 6 s per stroke [S4].
 * Every protocol except the seed is written to be sound for its patient: each stroke goes toward a
 * node group that drains its site, or through an anastomosis the anatomy has a pathway for, or
 * along the route the anatomy finds around the patient's compromised node groups; central before
 * peripheral, proximal before distal, receiving node groups and anastomosis territories before the
 * territories drained toward them. The seed ({@link #seedLeg()}) is kept exactly as the clinic blog
 * gives it, flaws included, so that the validator has something to find.
 *
 * <p>Lympha models protocols; it gives no medical advice. Check any protocol with a qualified
 * lymphoedema therapist.
 */
public final class Catalogue {
  /** Id of {@link #seedLeg()}. */
  public static final String SEED_CLINIC_LEG = "seed-clinic-leg";

  /** Id of {@link #neckTerminusOpening()}. */
  public static final String NECK_TERMINUS_OPENING = "neck-terminus-opening";

  /** Id of {@link #legIntactInguinal()}. */
  public static final String LEG_INTACT_INGUINAL = "leg-intact-inguinal";

  /** Id of {@link #armAfterAxillaryDissection()}. */
  public static final String ARM_AFTER_AXILLARY_DISSECTION = "arm-after-axillary-dissection";

  /** Id of {@link #legAfterInguinalDissection()}. */
  public static final String LEG_AFTER_INGUINAL_DISSECTION = "leg-after-inguinal-dissection";

  /** Id of {@link #faceAndHead()}. */
  public static final String FACE_AND_HEAD = "face-and-head";

  private static final Anatomy ANATOMY = Anatomy.standard();

  private static final Tempo EFFLEURAGE_TEMPO = Tempo.ofSeconds(6);

  private static final ImmutableMap<String, Supplier<Entry>> RECIPES =
      ImmutableMap.of(
          SEED_CLINIC_LEG, Catalogue::seed,
          NECK_TERMINUS_OPENING, Catalogue::neck,
          LEG_INTACT_INGUINAL, Catalogue::legIntact,
          ARM_AFTER_AXILLARY_DISSECTION, Catalogue::armAfterDissection,
          LEG_AFTER_INGUINAL_DISSECTION, Catalogue::legAfterDissection,
          FACE_AND_HEAD, Catalogue::face);

  private static final ImmutableMap<String, Entry> ENTRIES = entries();

  private Catalogue() {}

  /** Every catalogue protocol, in a fixed order (the seed first). */
  public static ImmutableList<Protocol> all() {
    return ENTRIES.values().stream().map(e -> e.protocol).collect(ImmutableList.toImmutableList());
  }

  /** The ids of the catalogue protocols, in the order of {@link #all()}. */
  public static ImmutableList<String> ids() {
    return ENTRIES.keySet().asList();
  }

  /** The catalogue protocol with this id, if there is one. */
  public static Optional<Protocol> byId(String id) {
    return Optional.ofNullable(ENTRIES.get(checkNotNull(id, "id"))).map(e -> e.protocol);
  }

  /**
   * The patient a catalogue protocol is meant for; fails naming the id and listing the valid ones
   * if it is unknown.
   */
  public static PatientContext patientFor(String id) {
    Entry e = ENTRIES.get(checkNotNull(id, "id"));
    checkArgument(
        e != null,
        "Unknown catalogue protocol id: \"%s\"; expected one of %s",
        id,
        ENTRIES.keySet());
    return e.patient;
  }

  /** The seed clinic leg protocol, exactly as given (reference §8). */
  public static Protocol seedLeg() {
    return get(SEED_CLINIC_LEG);
  }

  /** The short neck / terminus opening (reference §5.1). */
  public static Protocol neckTerminusOpening() {
    return get(NECK_TERMINUS_OPENING);
  }

  /** The left leg with intact inguinal nodes, in Földi's order (reference §5.3). */
  public static Protocol legIntactInguinal() {
    return get(LEG_INTACT_INGUINAL);
  }

  /** The left arm after left axillary dissection, rerouted (reference §5.2). */
  public static Protocol armAfterAxillaryDissection() {
    return get(ARM_AFTER_AXILLARY_DISSECTION);
  }

  /** The left leg after left inguinal dissection, rerouted (reference §5.4). */
  public static Protocol legAfterInguinalDissection() {
    return get(LEG_AFTER_INGUINAL_DISSECTION);
  }

  /** Face and head (reference §5.5). */
  public static Protocol faceAndHead() {
    return get(FACE_AND_HEAD);
  }

  /**
   * Builds the catalogue protocol with this id afresh with {@link
   * io.github.lympha.protocol.ProtocolBuilder}; the other accessors return one instance built once.
   * Useful to measure or trace the builder. Fails naming the id and listing the valid ones if it is
   * unknown.
   */
  public static Protocol build(String id) {
    Supplier<Entry> recipe = RECIPES.get(checkNotNull(id, "id"));
    checkArgument(
        recipe != null,
        "Unknown catalogue protocol id: \"%s\"; expected one of %s",
        id,
        RECIPES.keySet());
    return recipe.get().protocol;
  }

  private static Protocol get(String id) {
    Entry e = ENTRIES.get(id);
    checkArgument(e != null, "Unknown catalogue protocol id: \"%s\"", id);
    return e.protocol;
  }

  private static final class Entry {
    final Protocol protocol;
    final PatientContext patient;

    Entry(Protocol protocol, PatientContext patient) {
      this.protocol = protocol;
      this.patient = patient;
    }
  }

  private static ImmutableMap<String, Entry> entries() {
    ImmutableMap.Builder<String, Entry> b = ImmutableMap.builder();
    RECIPES.forEach((id, recipe) -> b.put(id, recipe.get()));
    return b.buildOrThrow();
  }

  private static Region region(String id) {
    return ANATOMY.region(id);
  }

  private static NodeGroup group(String id) {
    return ANATOMY.nodeGroup(id);
  }

  private static ImmutableSet<Region> regions(String... ids) {
    return Arrays.stream(ids).map(Catalogue::region).collect(ImmutableSet.toImmutableSet());
  }

  private static String[] regionIds(ImmutableSet<Region> regions) {
    return regions.stream().map(Region::id).toArray(String[]::new);
  }

  private static PatientContext patient(
      String label, ImmutableSet<Region> affected, String... removedNodeGroups) {
    PatientContext.Builder b = PatientContext.builder().label(label).addAllAffected(affected);
    for (String g : removedNodeGroups) {
      b.addCompromised(CompromisedNodeGroup.of(group(g), Compromise.REMOVED));
    }
    return b.build();
  }

  private static ImmutableSet<NodeGroup> compromised(PatientContext patient) {
    return patient.compromisedGroups();
  }

  /** "Neck / terminus" of §5.2–5.4: both termini, then the neck on both sides toward them. */
  private static ProtocolBuilder neckAndTerminus(ProtocolBuilder b) {
    return b.openTerminus()
        .phase(
            "Neck",
            p ->
                p.region("NECK_L")
                    .stationaryCircles()
                    .toward("TERMINUS_L")
                    .hands(
                        "Flat fingers on the left side of the neck, stretching down toward the collarbone")
                    .region("NECK_R")
                    .stationaryCircles()
                    .toward("TERMINUS_R")
                    .hands(
                        "Flat fingers on the right side of the neck, stretching down toward the collarbone"));
  }

  private static ProtocolBuilder deepAbdomen(ProtocolBuilder b) {
    return b.phase(
        "Deep abdomen",
        p ->
            p.nodes("CISTERNA_CHYLI")
                .abdominalBreathing()
                .hands(
                    "Hands flat on the abdomen; breathe slowly into them and follow each breath"
                        + " out toward the spine"));
  }

  // ------------------------------------------------------------------ §8 seed

  private static Entry seed() {
    ImmutableSet<Region> ankle = regions("FOOT_L");
    Protocol protocol =
        ProtocolBuilder.create(SEED_CLINIC_LEG, "Lymphatic drainage for the leg (clinic blog)")
            .description(
                "The seed protocol of a clinic blog, for a swollen left ankle, transcribed exactly"
                    + " as given (reference §8), flaws included: they are data for the validator."
                    + " Steps 1–3 clear the supraclavicular area, the axilla (with scoop strokes)"
                    + " and the inner elbows on both sides; step 4 (light pressure) holds for"
                    + " every step; steps 5–8 work the leg from the upper leg down to the knee,"
                    + " where the skin is stretched toward the armpit at least 15 times, and the"
                    + " leg sequence is repeated 15 times. The blog claims (step 9) that the"
                    + " fluid drains to the groin, yet the groin is never cleared.")
            .treating(regionIds(ankle))
            .sources("S36", "S39")
            .tags("seed", "leg", "self-care", "flawed")
            .phase(
                "Clear the supraclavicular area",
                p ->
                    p.nodes("TERMINUS_L")
                        .skinStretch()
                        .hands("Flat hands just above the left collarbone")
                        .note(
                            "Light pressure throughout: if you feel the muscles, you are"
                                + " pressing too hard.")
                        .nodes("TERMINUS_R")
                        .skinStretch()
                        .hands("Flat hands just above the right collarbone"))
            .phase(
                "Clear the axilla",
                p ->
                    p.nodes("AXILLARY_L")
                        .scoop()
                        .hands("Cupped hand in the left armpit")
                        .nodes("AXILLARY_R")
                        .scoop()
                        .hands("Cupped hand in the right armpit"))
            .phase(
                "Clear the inner elbows",
                p ->
                    p.nodes("CUBITAL_L")
                        .skinStretch()
                        .toward("AXILLARY_L")
                        .hands("Fingers on the inside of the left elbow")
                        .nodes("CUBITAL_R")
                        .skinStretch()
                        .toward("AXILLARY_R")
                        .hands("Fingers on the inside of the right elbow"))
            .phase(
                "Leg, from the upper leg down to the knee",
                p ->
                    p.repeat(15)
                        .region("THIGH_MEDIAL_L")
                        .skinStretch()
                        .hands("One hand on the inner thigh, one on the back of the thigh")
                        .note(
                            "Start at the part of the leg farthest from the ankle, the upper"
                                + " leg, and work down; stretch the skin up and out toward the hip.")
                        .region("THIGH_MEDIAL_L")
                        .skinStretch()
                        .hands(
                            "Both hands further down the thigh, spot by spot, to just above"
                                + " the knee")
                        .region("KNEE_L")
                        .skinStretch()
                        .toward("AXILLARY_L")
                        .times(15)
                        .hands("Hands at the knee")
                        .note("Stretch the skin up toward the armpit, at least 15 times."))
            .build();
    return new Entry(protocol, patient("left ankle swelling, intact lymph nodes", ankle));
  }

  // ------------------------------------------------------------------ §5.1

  private static Entry neck() {
    ImmutableSet<Region> neck = regions("NECK_L", "NECK_R");
    Protocol protocol =
        ProtocolBuilder.create(NECK_TERMINUS_OPENING, "Neck and terminus opening (short neck)")
            .description(
                "The short neck: a published 15-minute protocol that opens the venous angles and"
                    + " the neck on both sides, with deep abdominal work, the axillae, the"
                    + " shoulders and the nodes around the ears (reference §5.1). The repetition"
                    + " counts are the protocol's own.")
            .treating(regionIds(neck))
            .sources("S40")
            .tags("neck", "terminus", "head-neck-thorax")
            .phase(
                "Terminus",
                p ->
                    p.nodes("TERMINUS_L")
                        .stationaryCircles()
                        .times(10)
                        .hands("Fingers hooked over the left clavicle")
                        .nodes("TERMINUS_R")
                        .stationaryCircles()
                        .times(10)
                        .hands("Fingers hooked over the right clavicle"))
            .phase(
                "Neck toward the venous angle",
                p ->
                    p.region("NECK_L")
                        .stationaryCircles()
                        .toward("TERMINUS_L")
                        .times(10)
                        .region("NECK_R")
                        .stationaryCircles()
                        .toward("TERMINUS_R")
                        .times(10))
            .phase(
                "Breathing and deep abdomen",
                p ->
                    p.nodes("CISTERNA_CHYLI")
                        .abdominalBreathing()
                        .times(5)
                        .hands("Hands resting flat on the abdomen")
                        .note("Diaphragmatic breathing: slow breaths into the hands.")
                        .nodes("CISTERNA_CHYLI")
                        .abdominalBreathing()
                        .times(5)
                        .hands(
                            "Flat hands over the abdomen, following each out-breath gently"
                                + " toward the spine")
                        .note("Deep abdominal work over the cisterna chyli."))
            .phase(
                "Axillary nodes",
                p ->
                    p.nodes("AXILLARY_L")
                        .stationaryCircles()
                        .times(10)
                        .nodes("AXILLARY_R")
                        .stationaryCircles()
                        .times(10))
            .phase(
                "Effleurage along the clavicle",
                p ->
                    p.region("CHEST_L")
                        .effleurage()
                        .tempo(EFFLEURAGE_TEMPO)
                        .times(3)
                        .hands("From the sternal notch along the left clavicle to the acromion")
                        .region("CHEST_R")
                        .effleurage()
                        .tempo(EFFLEURAGE_TEMPO)
                        .times(3)
                        .hands("From the sternal notch along the right clavicle to the acromion"))
            .phase(
                "Supraclavicular fossa",
                p ->
                    p.nodes("TERMINUS_L")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers in the left supraclavicular fossa")
                        .nodes("TERMINUS_R")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers in the right supraclavicular fossa"))
            .phase(
                "Lateral cervical triangle",
                p ->
                    p.nodes("CERVICAL_DEEP_L")
                        .stationaryCircles()
                        .times(5)
                        .hands("Flat fingers in the left lateral cervical triangle")
                        .nodes("CERVICAL_DEEP_R")
                        .stationaryCircles()
                        .times(5)
                        .hands("Flat fingers in the right lateral cervical triangle"))
            .phase(
                "Shoulder collectors toward the axilla",
                p ->
                    p.region("SHOULDER_L")
                        .rotary()
                        .toward("AXILLARY_L")
                        .times(5)
                        .region("SHOULDER_R")
                        .rotary()
                        .toward("AXILLARY_R")
                        .times(5))
            .phase(
                "Pre- and retro-auricular nodes",
                p ->
                    p.nodes("PREAURICULAR_L")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers in front of the left ear")
                        .nodes("PREAURICULAR_R")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers in front of the right ear")
                        .nodes("RETROAURICULAR_L")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers behind the left ear")
                        .nodes("RETROAURICULAR_R")
                        .stationaryCircles()
                        .times(5)
                        .hands("Fingers behind the right ear"))
            .phase(
                "Rework the lateral cervical triangle",
                p ->
                    p.nodes("CERVICAL_DEEP_L")
                        .stationaryCircles()
                        .times(5)
                        .hands("Flat fingers in the left lateral cervical triangle")
                        .nodes("CERVICAL_DEEP_R")
                        .stationaryCircles()
                        .times(5)
                        .hands("Flat fingers in the right lateral cervical triangle"))
            .build();
    return new Entry(protocol, patient("neck and terminus opening, intact lymph nodes", neck));
  }

  // ------------------------------------------------------------------ §5.3

  private static Entry legIntact() {
    ImmutableSet<Region> leg =
        regions("THIGH_MEDIAL_L", "THIGH_LATERAL_L", "KNEE_L", "CALF_L", "SHIN_L", "FOOT_L");
    ProtocolBuilder b =
        ProtocolBuilder.create(LEG_INTACT_INGUINAL, "Left leg, intact inguinal nodes (Földi)")
            .description(
                "The left leg with intact inguinal nodes in Földi's order (reference §5.3): neck"
                    + " and terminus, deep abdomen, the inguinal nodes, then the leg from the"
                    + " thigh down to the foot with every stroke pushing toward the groin or the"
                    + " knee, and a final effleurage.")
            .treating(regionIds(leg))
            .sources("S9", "S40")
            .tags("leg", "intact-nodes", "foldi");
    neckAndTerminus(b);
    deepAbdomen(b);
    return new Entry(
        b.phase(
                "Inguinal nodes",
                p ->
                    p.nodes("INGUINAL_L")
                        .stationaryCircles()
                        .hands("Flat hand over the left groin, below the inguinal ligament"))
            .phase(
                "Thigh",
                p ->
                    p.region("THIGH_MEDIAL_L")
                        .pump()
                        .hands("Front and inner left thigh, toward the groin")
                        .region("THIGH_LATERAL_L")
                        .pump()
                        .hands("Outer left thigh, toward the groin"))
            .phase(
                "Knee",
                p ->
                    p.nodes("POPLITEAL_L")
                        .stationaryCircles()
                        .hands("Fingers in the hollow behind the left knee")
                        .region("KNEE_L")
                        .stationaryCircles()
                        .toward("INGUINAL_L")
                        .hands("Inner (medial) side of the left knee, toward the groin"))
            .phase(
                "Calf and shin",
                p ->
                    p.region("CALF_L")
                        .scoop()
                        .toward("POPLITEAL_L")
                        .hands("Left calf, toward the back of the knee")
                        .region("SHIN_L")
                        .pump()
                        .hands("Left shin, toward the knee"))
            .phase(
                "Foot",
                p ->
                    p.region("FOOT_L")
                        .stationaryCircles()
                        .hands("Fingers in the grooves behind the left ankle bones (malleoli)")
                        .region("FOOT_L")
                        .stationaryCircles()
                        .hands("Flat fingers on the back (dorsum) of the left foot")
                        .region("FOOT_L")
                        .thumbCircles()
                        .hands("Thumbs over the toes of the left foot")
                        .region("FOOT_L")
                        .skinStretch()
                        .hands("Both hands wrap the left foot and push slowly toward the ankle")
                        .note("Földi's oedema stroke."))
            .phase(
                "Final effleurage",
                p ->
                    p.region("FOOT_L")
                        .effleurage()
                        .tempo(EFFLEURAGE_TEMPO)
                        .hands(
                            "Long, light strokes from the left foot up the whole leg, ending"
                                + " before the groin"))
            .build(),
        patient("left leg lymphoedema, intact inguinal nodes", leg));
  }

  // ------------------------------------------------------------------ §5.2

  private static Entry armAfterDissection() {
    ImmutableSet<Region> arm =
        regions("UPPER_ARM_MEDIAL_L", "UPPER_ARM_LATERAL_L", "ELBOW_L", "FOREARM_L", "HAND_L");
    PatientContext patient =
        patient("left arm lymphoedema after left axillary dissection", arm, "AXILLARY_L");
    ProtocolBuilder b =
        ProtocolBuilder.create(
                ARM_AFTER_AXILLARY_DISSECTION, "Left arm after left axillary dissection")
            .description(
                "Arm lymphoedema after a left axillary dissection, rerouted around the removed"
                    + " left axillary nodes (reference §5.2): the healthy right axilla and the"
                    + " left groin are prepared, the anterior (and posterior) axillo-axillary"
                    + " anastomoses and the left axillo-inguinal anastomosis are opened, the left"
                    + " chest quadrant is brought over the watersheds, and only then the arm is"
                    + " drained, from the upper arm to the hand, over the shoulder to the"
                    + " anastomoses and never into the left axilla. Finally the routes are"
                    + " reworked back to the neck.")
            .treating(regionIds(arm))
            .sources("S33", "S34", "S7")
            .tags("arm", "rerouting", "axillary-dissection");
    neckAndTerminus(b);
    deepAbdomen(b);
    b.phase(
            "Right (healthy) axilla",
            p ->
                p.nodes("AXILLARY_R").stationaryCircles().hands("Flat fingers in the right armpit"))
        .phase(
            "Left inguinal nodes",
            p ->
                p.nodes("INGUINAL_L")
                    .stationaryCircles()
                    .hands("Flat hand over the left groin, below the inguinal ligament"))
        .phase(
            "Anterior chest toward the right axilla",
            p ->
                p.region("CHEST_R")
                    .rotary()
                    .hands(
                        "From the middle of the chest across the right upper chest toward the"
                            + " right armpit")
                    .note("Opens the anterior axillo-axillary anastomosis.")
                    .region("UPPER_BACK_R")
                    .rotary()
                    .hands("From the spine across the right upper back toward the right armpit")
                    .note("Optional: opens the posterior axillo-axillary anastomosis."))
        .phase(
            "Left lateral trunk toward the left groin",
            p ->
                p.region("FLANK_L")
                    .rotary()
                    .hands("Left flank, below the waist, toward the left groin")
                    .region("LATERAL_CHEST_L")
                    .rotary()
                    .via("AIA_L")
                    .hands("Left side of the chest, over the waist toward the left groin"))
        .phase(
            "Left chest quadrant over the watersheds",
            p ->
                p.region("CHEST_L")
                    .rotary()
                    .via("AAA")
                    .hands("Upper left chest, across the midline toward the right armpit")
                    .region("BREAST_L")
                    .rotary()
                    .via("AIA_L")
                    .hands("Lower part of the left breast, down the side toward the left groin")
                    .region("UPPER_BACK_L")
                    .rotary()
                    .via("PAA")
                    .hands("Left upper back, across the spine toward the right armpit")
                    .note("Optional, with the posterior anastomosis."))
        .phase(
            "Left shoulder over to the anastomoses",
            p ->
                p.region("SHOULDER_L")
                    .rotary()
                    .via("AAA")
                    .hands(
                        "Left shoulder, over the top toward the front of the chest and the"
                            + " right armpit")
                    .note("Never toward the left armpit."))
        .drainLimb(Side.LEFT, Limb.ARM, compromised(patient))
        .phase(
            "Rework the routes back to the neck",
            p ->
                p.region("SHOULDER_L")
                    .rotary()
                    .via("AAA")
                    .region("CHEST_L")
                    .rotary()
                    .via("AAA")
                    .region("LATERAL_CHEST_L")
                    .rotary()
                    .via("AIA_L")
                    .nodes("INGUINAL_SUPERFICIAL_L")
                    .stationaryCircles()
                    .nodes("AXILLARY_R")
                    .stationaryCircles()
                    .nodes("TERMINUS_L")
                    .stationaryCircles()
                    .nodes("TERMINUS_R")
                    .stationaryCircles());
    return new Entry(b.build(), patient);
  }

  // ------------------------------------------------------------------ §5.4

  private static Entry legAfterDissection() {
    ImmutableSet<Region> leg =
        regions(
            "THIGH_MEDIAL_L",
            "THIGH_LATERAL_L",
            "THIGH_POSTERIOR_L",
            "KNEE_L",
            "CALF_L",
            "SHIN_L",
            "FOOT_L");
    PatientContext patient =
        patient(
            "left leg lymphoedema after left inguinal dissection",
            leg,
            "INGUINAL_SUPERFICIAL_L",
            "INGUINAL_DEEP_L");
    ProtocolBuilder b =
        ProtocolBuilder.create(
                LEG_AFTER_INGUINAL_DISSECTION, "Left leg after left inguinal dissection")
            .description(
                "Leg lymphoedema after a left inguinal dissection, rerouted around the removed"
                    + " left inguinal nodes with the same logic as the arm (reference §5.4): the"
                    + " left axilla and the right groin are prepared, the lateral trunk is worked"
                    + " toward the left axilla (axillo-inguinal anastomosis) and the suprapubic"
                    + " and sacral areas toward the right groin (inter-inguinal anastomoses),"
                    + " then the leg is drained from the thigh to the foot along those routes,"
                    + " never into the dissected groin. No stored source gives this list"
                    + " explicitly; it follows the rerouting leaflets.")
            .treating(regionIds(leg))
            .sources("S33", "S7")
            .tags("leg", "rerouting", "inguinal-dissection");
    neckAndTerminus(b);
    deepAbdomen(b);
    b.phase(
            "Left axilla",
            p -> p.nodes("AXILLARY_L").stationaryCircles().hands("Flat fingers in the left armpit"))
        .phase(
            "Right groin",
            p ->
                p.nodes("INGUINAL_R")
                    .stationaryCircles()
                    .hands("Flat hand over the right groin, below the inguinal ligament"))
        .phase(
            "Left lateral trunk toward the left axilla",
            p ->
                p.region("LATERAL_CHEST_L")
                    .rotary()
                    .hands("Left side of the chest, above the waist, toward the left armpit")
                    .region("FLANK_L")
                    .rotary()
                    .via("AIA_L")
                    .hands("From the left hip up the flank, over the waist toward the left armpit"))
        .phase(
            "Suprapubic and sacral areas toward the right groin",
            p ->
                p.region("SUPRAPUBIC_R")
                    .rotary()
                    .hands("Right suprapubic area, toward the right groin")
                    .region("SACRAL_R")
                    .rotary()
                    .hands("Right sacral area, toward the right groin")
                    .region("SUPRAPUBIC_L")
                    .rotary()
                    .via("AII")
                    .hands("Left suprapubic area, across the midline toward the right groin")
                    .region("SACRAL_L")
                    .rotary()
                    .via("PII")
                    .hands("Left sacral area, across the midline toward the right groin"))
        .drainLimb(Side.LEFT, Limb.LEG, compromised(patient));
    return new Entry(b.build(), patient);
  }

  // ------------------------------------------------------------------ §5.5

  private static Entry face() {
    ImmutableSet<Region> head =
        regions(
            "FACE_LOWER_L",
            "FACE_LOWER_R",
            "FACE_UPPER_L",
            "FACE_UPPER_R",
            "OCCIPUT_L",
            "OCCIPUT_R",
            "SCALP_L",
            "SCALP_R");
    Protocol protocol =
        ProtocolBuilder.create(FACE_AND_HEAD, "Face and head")
            .description(
                "Face and head (reference §5.5): the termini and the deep cervical chain first,"
                    + " then the submandibular and submental nodes, the lower face toward the"
                    + " submandibular nodes, the upper face toward the pre-auricular nodes, the"
                    + " scalp toward the occipital and retro-auricular nodes, and the neck nodes"
                    + " again to finish. Each node group is worked before the skin drained toward"
                    + " it.")
            .treating(regionIds(head))
            .sources("S18", "S19", "S40")
            .tags("face", "head", "intact-nodes")
            .openTerminus()
            .phase(
                "Neck (deep cervical chain)",
                p ->
                    p.nodes("CERVICAL_DEEP_L")
                        .stationaryCircles()
                        .hands("Flat fingers along the left side of the neck")
                        .nodes("CERVICAL_DEEP_R")
                        .stationaryCircles()
                        .hands("Flat fingers along the right side of the neck"))
            .phase(
                "Submandibular and submental nodes",
                p ->
                    p.nodes("SUBMANDIBULAR_L")
                        .stationaryCircles()
                        .hands("Fingertips under the left jaw")
                        .nodes("SUBMANDIBULAR_R")
                        .stationaryCircles()
                        .hands("Fingertips under the right jaw")
                        .nodes("SUBMENTAL")
                        .stationaryCircles()
                        .hands("Fingertips under the chin"))
            .phase(
                "Lower face toward the submandibular nodes",
                p ->
                    p.region("FACE_LOWER_L")
                        .stationaryCircles()
                        .hands("Chin, lips, nose and jaw line on the left, toward the jaw angle")
                        .region("FACE_LOWER_R")
                        .stationaryCircles()
                        .hands("Chin, lips, nose and jaw line on the right, toward the jaw angle"))
            .phase(
                "Upper face toward the pre-auricular nodes",
                p ->
                    p.nodes("PREAURICULAR_L")
                        .stationaryCircles()
                        .hands("Fingers in front of the left ear")
                        .nodes("PREAURICULAR_R")
                        .stationaryCircles()
                        .hands("Fingers in front of the right ear")
                        .region("FACE_UPPER_L")
                        .stationaryCircles()
                        .hands("Forehead, temple, cheek and eyelids on the left, toward the ear")
                        .region("FACE_UPPER_R")
                        .stationaryCircles()
                        .hands("Forehead, temple, cheek and eyelids on the right, toward the ear"))
            .phase(
                "Scalp toward the occipital and retro-auricular nodes",
                p ->
                    p.nodes("OCCIPITAL_L")
                        .stationaryCircles()
                        .hands("Fingers at the left occipital hairline")
                        .nodes("OCCIPITAL_R")
                        .stationaryCircles()
                        .hands("Fingers at the right occipital hairline")
                        .nodes("RETROAURICULAR_L")
                        .stationaryCircles()
                        .hands("Fingers behind the left ear")
                        .nodes("RETROAURICULAR_R")
                        .stationaryCircles()
                        .hands("Fingers behind the right ear")
                        .region("OCCIPUT_L")
                        .stationaryCircles()
                        .hands("Back of the head on the left, toward the hairline")
                        .region("OCCIPUT_R")
                        .stationaryCircles()
                        .hands("Back of the head on the right, toward the hairline")
                        .region("SCALP_L")
                        .stationaryCircles()
                        .hands("Left side of the scalp, toward the back of the ear")
                        .region("SCALP_R")
                        .stationaryCircles()
                        .hands("Right side of the scalp, toward the back of the ear"))
            .phase(
                "Neck nodes again",
                p ->
                    p.nodes("CERVICAL_DEEP_L")
                        .stationaryCircles()
                        .nodes("CERVICAL_DEEP_R")
                        .stationaryCircles())
            .build();
    return new Entry(protocol, patient("facial and scalp swelling, intact lymph nodes", head));
  }
}
