package io.github.lympha.bench;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.technique.Tempo;
import java.util.Arrays;

/**
 * Builder code of two catalogue protocols, copied verbatim from {@link Catalogue} (which builds
 * each protocol once and caches it), so that the build benchmarks run the builder afresh. A test
 * checks that the copies still equal the catalogue's protocols.
 */
final class CatalogueBuilds {
  private static final Anatomy ANATOMY = Anatomy.standard();

  private static final Tempo EFFLEURAGE_TEMPO = Tempo.ofSeconds(6);

  private static final String SEED_CLINIC_LEG = Catalogue.SEED_CLINIC_LEG;

  private static final String LEG_INTACT_INGUINAL = Catalogue.LEG_INTACT_INGUINAL;

  private CatalogueBuilds() {}

  /** The seed clinic leg protocol, built afresh with the builder ({@code Catalogue.seedLeg()}). */
  static Protocol seedLeg() {
    ImmutableSet<Region> ankle = regions("FOOT_L");
    return ProtocolBuilder.create(SEED_CLINIC_LEG, "Lymphatic drainage for the leg (clinic blog)")
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
                    p.nodes("TERMINUS_L").skinStretch()
                        .hands("Flat hands just above the left collarbone")
                        .note("Light pressure throughout: if you feel the muscles, you are"
                            + " pressing too hard.")
                        .nodes("TERMINUS_R").skinStretch()
                        .hands("Flat hands just above the right collarbone"))
            .phase(
                "Clear the axilla",
                p ->
                    p.nodes("AXILLARY_L").scoop().hands("Cupped hand in the left armpit")
                        .nodes("AXILLARY_R").scoop().hands("Cupped hand in the right armpit"))
            .phase(
                "Clear the inner elbows",
                p ->
                    p.nodes("CUBITAL_L").skinStretch().toward("AXILLARY_L")
                        .hands("Fingers on the inside of the left elbow")
                        .nodes("CUBITAL_R").skinStretch().toward("AXILLARY_R")
                        .hands("Fingers on the inside of the right elbow"))
            .phase(
                "Leg, from the upper leg down to the knee",
                p ->
                    p.repeat(15)
                        .region("THIGH_MEDIAL_L").skinStretch()
                        .hands("One hand on the inner thigh, one on the back of the thigh")
                        .note("Start at the part of the leg farthest from the ankle, the upper"
                            + " leg, and work down; stretch the skin up and out toward the hip.")
                        .region("THIGH_MEDIAL_L").skinStretch()
                        .hands("Both hands further down the thigh, spot by spot, to just above"
                            + " the knee")
                        .region("KNEE_L").skinStretch().toward("AXILLARY_L").times(15)
                        .hands("Hands at the knee")
                        .note("Stretch the skin up toward the armpit, at least 15 times."))
            .build();
  }

  /** The left leg, intact inguinal nodes, built afresh ({@code Catalogue.legIntactInguinal()}). */
  static Protocol legIntactInguinal() {
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
    return b.phase(
                "Inguinal nodes",
                p ->
                    p.nodes("INGUINAL_DEEP_L").stationaryCircles()
                        .hands("Flat fingers in the left groin, medial, over the femoral vessels")
                        .nodes("INGUINAL_SUPERFICIAL_L").stationaryCircles()
                        .hands("Flat hand over the left groin, below the inguinal ligament"))
            .phase(
                "Thigh",
                p ->
                    p.region("THIGH_MEDIAL_L").pump()
                        .hands("Front and inner left thigh, toward the groin")
                        .region("THIGH_LATERAL_L").pump()
                        .hands("Outer left thigh, toward the groin"))
            .phase(
                "Knee",
                p ->
                    p.nodes("POPLITEAL_L").stationaryCircles()
                        .hands("Fingers in the hollow behind the left knee")
                        .region("KNEE_L").stationaryCircles().toward("INGUINAL_SUPERFICIAL_L")
                        .hands("Inner (medial) side of the left knee, toward the groin"))
            .phase(
                "Calf and shin",
                p ->
                    p.region("CALF_L").scoop().toward("POPLITEAL_L")
                        .hands("Left calf, toward the back of the knee")
                        .region("SHIN_L").pump()
                        .hands("Left shin, toward the knee"))
            .phase(
                "Foot",
                p ->
                    p.region("FOOT_L").stationaryCircles()
                        .hands("Fingers in the grooves behind the left ankle bones (malleoli)")
                        .region("FOOT_L").stationaryCircles()
                        .hands("Flat fingers on the back (dorsum) of the left foot")
                        .region("FOOT_L").thumbCircles()
                        .hands("Thumbs over the toes of the left foot")
                        .region("FOOT_L").skinStretch()
                        .hands("Both hands wrap the left foot and push slowly toward the ankle")
                        .note("Földi's oedema stroke."))
            .phase(
                "Final effleurage",
                p ->
                    p.region("FOOT_L").effleurage().tempo(EFFLEURAGE_TEMPO)
                        .hands("Long, light strokes from the left foot up the whole leg, ending"
                            + " before the groin"))
            .build();
  }

  private static Region region(String id) {
    return ANATOMY.region(id);
  }

  private static ImmutableSet<Region> regions(String... ids) {
    return Arrays.stream(ids).map(CatalogueBuilds::region).collect(ImmutableSet.toImmutableSet());
  }

  private static String[] regionIds(ImmutableSet<Region> regions) {
    return regions.stream().map(Region::id).toArray(String[]::new);
  }

  /** "Neck / terminus" of §5.2–5.4: both termini, then the neck on both sides toward them. */
  private static ProtocolBuilder neckAndTerminus(ProtocolBuilder b) {
    return b.openTerminus()
        .phase(
            "Neck",
            p ->
                p.region("NECK_L").stationaryCircles().toward("TERMINUS_L")
                    .hands("Flat fingers on the left side of the neck, stretching down toward the collarbone")
                    .region("NECK_R").stationaryCircles().toward("TERMINUS_R")
                    .hands("Flat fingers on the right side of the neck, stretching down toward the collarbone"));
  }

  private static ProtocolBuilder deepAbdomen(ProtocolBuilder b) {
    return b.phase(
        "Deep abdomen",
        p ->
            p.nodes("CISTERNA_CHYLI").abdominalBreathing()
                .hands("Hands flat on the abdomen; breathe slowly into them and follow each breath"
                    + " out toward the spine"));
  }
}
