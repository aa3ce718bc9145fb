package io.github.lympha.anatomy;

import static io.github.lympha.anatomy.PathwayKind.EFFERENT;
import static io.github.lympha.anatomy.PathwayKind.PLEXUS;
import static io.github.lympha.anatomy.PathwayKind.TERRITORIAL;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Coding.CodeSystem;
import java.util.List;

/**
 * The default drainage map, transcribed from the Lympha domain reference, sections 1, 2 and 9.
 * Every entry carries the source keys of the reference ({@code S7} … {@code S40}).
 */
final class StandardAnatomy {
  private static final List<Side> PAIRED = List.of(Side.LEFT, Side.RIGHT);

  private StandardAnatomy() {}

  /** The standard anatomy, built once on first use. */
  static Anatomy instance() {
    return Holder.INSTANCE;
  }

  /** Defers building until every static list of this class is initialised. */
  private static final class Holder {
    static final Anatomy INSTANCE = build();
  }

  private static Anatomy build() {
    Anatomy.Builder b = Anatomy.builder();
    nodeGroups(b);
    territoriesAndWatersheds(b);
    anastomoses(b);
    stations(b);
    regions(b);
    efferents(b);
    plexus(b);
    anastomoticPathways(b);
    return b.build();
  }

  private static String sideName(Side side) {
    return side == Side.LEFT ? "left" : "right";
  }

  private static String id(String base, Side side) {
    return base + side.idSuffix();
  }

  // ------------------------------------------------------------------ node groups (§1, §9)

  private static void nodeGroups(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      String n = sideName(s);
      b.putNodeGroup(
          group("TERMINUS", s, n + " terminus (venous angle)", BodyPart.NECK)
              .isTerminus(true)
              .description(
                  s == Side.LEFT
                      ? "Supraclavicular fossa over the left venous angle, behind the medial"
                          + " clavicle; receives the thoracic duct (both legs, abdomen, left thorax,"
                          + " left arm, left head) and the left cervical and subclavian trunks."
                      : "Supraclavicular fossa over the right venous angle, behind the medial"
                          + " clavicle; receives the right lymphatic duct (right arm, right thorax,"
                          + " right head).")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "76838003"))
              .addSources("S14", "S15", "S16")
              .build());
      b.putNodeGroup(
          group("CERVICAL_DEEP", s, n + " deep cervical nodes", BodyPart.NECK)
              .description(
                  "Along the internal jugular vein (jugular, accessory and supraclavicular chains);"
                      + " receive all head and neck lymph.")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "279145002"))
              .addSources("S15", "S17")
              .build());
      b.putNodeGroup(
          group("CERVICAL_SUPERFICIAL", s, n + " superficial cervical nodes", BodyPart.NECK)
              .description(
                  "Along the external jugular vein on the lateral neck; drain the superficial neck.")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "279144003"))
              .addSources("S15")
              .build());
      b.putNodeGroup(
          group("SUBMANDIBULAR", s, n + " submandibular nodes", BodyPart.FACE)
              .description(
                  "Under the body of the mandible; drain nose, lips, chin and medial cheek.")
              .addSources("S15", "S18")
              .build());
      b.putNodeGroup(
          group("PREAURICULAR", s, n + " preauricular (parotid) nodes", BodyPart.FACE)
              .description(
                  "In front of the tragus; drain forehead, temple, eyelids and lateral cheek.")
              .addSources("S18", "S19")
              .build());
      b.putNodeGroup(
          group("RETROAURICULAR", s, n + " retroauricular (mastoid) nodes", BodyPart.SCALP)
              .description("Behind the ear; drain the parietal scalp and the back of the auricle.")
              .addSources("S15")
              .build());
      b.putNodeGroup(
          group("OCCIPITAL", s, n + " occipital nodes", BodyPart.SCALP)
              .description("At the occipital hairline; drain the occipital scalp.")
              .addSources("S15", "S18")
              .build());
      b.putNodeGroup(
          group("AXILLARY", s, n + " axillary nodes", BodyPart.AXILLA)
              .description(
                  "Armpit, in five groups (lateral, pectoral, subscapular, central, apical); drain"
                      + " the whole arm, the trunk skin above the umbilicus and iliac crest, and the"
                      + " lateral breast.")
              .addCodings(
                  Coding.of(CodeSystem.SNOMED_CT, "68171009"),
                  Coding.of(CodeSystem.UBERON, "UBERON:0001097"),
                  Coding.of(CodeSystem.FMA, "FMA:276805"))
              .addSources("S11", "S12", "S13")
              .build());
      b.putNodeGroup(
          group("CUBITAL", s, n + " cubital (supratrochlear) nodes", BodyPart.ELBOW)
              .description(
                  "Above the medial epicondyle, medial to the basilic vein; drain fingers 3-5 and"
                      + " the ulnar hand and forearm.")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "34775006"))
              .addSources("S20", "S21", "S22")
              .build());
      b.putNodeGroup(
          group("PARASTERNAL", s, n + " parasternal (internal thoracic) nodes", BodyPart.CHEST)
              .description(
                  "Along the internal thoracic vessels; drain the deep anterior chest wall and the"
                      + " medial breast.")
              .addSources("S15")
              .build());
      b.putNodeGroup(
          group("INTERCOSTAL", s, n + " intercostal nodes", BodyPart.BACK)
              .description(
                  "Posterior intercostal spaces near the spine; drain the deep posterior chest wall.")
              .addSources("S15")
              .build());
      b.putNodeGroup(
          group("INGUINAL_SUPERFICIAL", s, n + " superficial inguinal nodes", BodyPart.GROIN)
              .description(
                  "Femoral triangle below the inguinal ligament (about 10 nodes); drain the whole"
                      + " superficial leg, the abdominal wall below the umbilicus, buttock, lower back"
                      + " and perineum.")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "113340006"))
              .addSources("S24", "S25")
              .build());
      b.putNodeGroup(
          group("INGUINAL_DEEP", s, n + " deep inguinal nodes", BodyPart.GROIN)
              .description(
                  "Medial to the femoral vein (3-5 nodes); receive the superficial inguinal nodes,"
                      + " the deep leg and the popliteal efferents.")
              .addCodings(Coding.of(CodeSystem.SNOMED_CT, "65266007"))
              .addSources("S24", "S25")
              .build());
      b.putNodeGroup(
          group("POPLITEAL", s, n + " popliteal nodes", BodyPart.KNEE)
              .description(
                  "Popliteal fossa at the end of the small saphenous vein; drain the lateral foot,"
                      + " the posterolateral calf, the deep leg and the knee joint.")
              .addCodings(
                  Coding.of(CodeSystem.SNOMED_CT, "47471008"),
                  Coding.of(CodeSystem.UBERON, "UBERON:0001543"),
                  Coding.of(CodeSystem.FMA, "FMA:44227"))
              .addSources("S26", "S27", "S25")
              .build());
    }
    b.putNodeGroup(
        NodeGroup.builder()
            .id("SUBMENTAL")
            .name("submental nodes")
            .side(Side.MIDLINE)
            .part(BodyPart.FACE)
            .description(
                "Under the chin; drain the chin, the centre of the lower lip and the tip of the tongue.")
            .addSources("S15", "S18")
            .build());
    b.putNodeGroup(
        NodeGroup.builder()
            .id("CISTERNA_CHYLI")
            .name("cisterna chyli (deep abdominal nodes)")
            .side(Side.MIDLINE)
            .part(BodyPart.ABDOMEN)
            .description(
                "In front of L1-L2, with the para-aortic chain from T12 to the iliac bifurcation;"
                    + " receives the legs (via the iliac nodes), pelvis and abdominal organs.")
            .addSources("S23")
            .build());
  }

  private static NodeGroup.Builder group(String base, Side side, String name, BodyPart part) {
    NodeGroup.Builder g = NodeGroup.builder();
    g.id(id(base, side)).name(name).side(side).part(part);
    return g;
  }

  // ------------------------------------------------------------------ territories (§2)

  private static final List<String> HEAD_NECK_TERRITORIES = List.of("HEAD_FACE", "NECK");
  private static final List<String> UPPER_TERRITORIES =
      List.of("UPPER_TRUNK_ANT", "UPPER_TRUNK_POST", "ARM");
  private static final List<String> LOWER_TERRITORIES =
      List.of("LOWER_TRUNK_ANT", "LOWER_TRUNK_POST", "LEG");

  private static void territoriesAndWatersheds(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      String n = sideName(s);
      territory(b, "HEAD_FACE", s, n + " head and face", "S18", "S19");
      territory(b, "NECK", s, n + " neck", "S15");
      territory(
          b, "UPPER_TRUNK_ANT", s, n + " upper anterior trunk (clavicle to umbilicus)", "S11");
      territory(
          b, "UPPER_TRUNK_POST", s, n + " upper posterior trunk (scapula to iliac crest)", "S11");
      territory(b, "LOWER_TRUNK_ANT", s, n + " lower anterior trunk (below the umbilicus)", "S24");
      territory(b, "LOWER_TRUNK_POST", s, n + " lower posterior trunk (lumbar, buttock)", "S24");
      territory(b, "ARM", s, n + " arm", "S20", "S22");
      territory(b, "LEG", s, n + " leg", "S25", "S26");
    }
    b.putWatershed(
        Watershed.builder()
            .id("SAGITTAL")
            .name("sagittal (median) watershed")
            .description("The midline, front and back; separates the left half from the right.")
            .addAllSideA(
                both(
                    List.of(Side.LEFT),
                    HEAD_NECK_TERRITORIES,
                    UPPER_TERRITORIES,
                    LOWER_TERRITORIES))
            .addAllSideB(
                both(
                    List.of(Side.RIGHT),
                    HEAD_NECK_TERRITORIES,
                    UPPER_TERRITORIES,
                    LOWER_TERRITORIES))
            .addSources("S29", "S30")
            .build());
    b.putWatershed(
        Watershed.builder()
            .id("UPPER_TRANSVERSE")
            .name("upper transverse watershed")
            .description(
                "At the clavicle and the spine of the scapula; separates head and neck (cervical"
                    + " nodes) from arm and upper trunk (axillary nodes).")
            .addAllSideA(both(PAIRED, HEAD_NECK_TERRITORIES))
            .addAllSideB(both(PAIRED, UPPER_TERRITORIES))
            .addSources("S31", "S19")
            .build());
    b.putWatershed(
        Watershed.builder()
            .id("LOWER_TRANSVERSE")
            .name("lower transverse watershed")
            .description(
                "At the umbilicus and waist, continuing to the iliac crest at the back; separates the"
                    + " upper quadrants (axillary nodes) from the lower quadrants (inguinal nodes).")
            .addAllSideA(both(PAIRED, UPPER_TERRITORIES))
            .addAllSideB(both(PAIRED, LOWER_TERRITORIES))
            .addSources("S11", "S12", "S13")
            .build());
  }

  @SafeVarargs
  private static ImmutableList<String> both(List<Side> sides, List<String>... bases) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (List<String> group : bases) {
      for (String base : group) {
        for (Side s : sides) {
          ids.add(id(base, s));
        }
      }
    }
    return ids.build();
  }

  private static void territory(
      Anatomy.Builder b, String base, Side side, String name, String... sources) {
    b.putTerritory(
        Territory.builder().id(id(base, side)).name(name).side(side).addSources(sources).build());
  }

  // ------------------------------------------------------------------ stations (§1, §4, §5)

  /**
   * The groin and the side of the neck, each worked as one place in the protocols of the reference:
   * "inguinal nodes with stationary circles" (§5.3 [S9][S40]) covers the superficial group and the
   * deep group behind it, which receives the superficial group's lymph and the popliteal efferents
   * [S24][S25]; "terminus and neck (deep cervical chain) first" (§5.5 [S18][S19][S40]) works the
   * superficial and deep cervical nodes together, the superficial ring draining into the deep chain
   * [S15][S17]. The axilla needs none: the reference models it as one node group, its five groups
   * together [S11][S12][S13].
   */
  private static void stations(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      b.putStation(
          Station.builder()
              .id(id("INGUINAL", s))
              .name(sideName(s) + " groin (superficial and deep inguinal nodes)")
              .side(s)
              .addMembers(id("INGUINAL_SUPERFICIAL", s), id("INGUINAL_DEEP", s))
              .addSources("S9", "S24", "S25", "S40")
              .build());
      b.putStation(
          Station.builder()
              .id(id("CERVICAL", s))
              .name(sideName(s) + " side of the neck (superficial and deep cervical nodes)")
              .side(s)
              .addMembers(id("CERVICAL_SUPERFICIAL", s), id("CERVICAL_DEEP", s))
              .addSources("S15", "S17", "S18", "S40")
              .build());
    }
  }

  // ------------------------------------------------------------------ anastomoses (§2)

  private static void anastomoses(Anatomy.Builder b) {
    b.putAnastomosis(
        Anastomosis.builder()
            .id("AAA")
            .name("anterior axillo-axillary anastomosis")
            .description(
                "Across the front sagittal watershed on the upper chest, axilla to axilla.")
            .crosses("SAGITTAL")
            .addConnects("AXILLARY_L", "AXILLARY_R")
            .addSources("S7", "S33", "S34")
            .build());
    b.putAnastomosis(
        Anastomosis.builder()
            .id("PAA")
            .name("posterior axillo-axillary anastomosis")
            .description("Across the sagittal watershed on the upper back, axilla to axilla.")
            .crosses("SAGITTAL")
            .addConnects("AXILLARY_L", "AXILLARY_R")
            .addSources("S7", "S33")
            .build());
    for (Side s : PAIRED) {
      b.putAnastomosis(
          Anastomosis.builder()
              .id(id("AIA", s))
              .name(sideName(s) + " axillo-inguinal anastomosis")
              .description(
                  "Along the "
                      + sideName(s)
                      + " side of the trunk across the lower transverse watershed, connecting axilla"
                      + " and groin in either direction (also called inguino-axillary, IAA).")
              .crosses("LOWER_TRANSVERSE")
              .addConnects(id("AXILLARY", s), id("INGUINAL_SUPERFICIAL", s))
              .addSources("S7", "S33", "S34")
              .build());
    }
    b.putAnastomosis(
        Anastomosis.builder()
            .id("AII")
            .name("anterior inter-inguinal anastomosis")
            .description("Suprapubic, across the midline, groin to groin.")
            .crosses("SAGITTAL")
            .addConnects("INGUINAL_SUPERFICIAL_L", "INGUINAL_SUPERFICIAL_R")
            .addSources("S7", "S33")
            .build());
    b.putAnastomosis(
        Anastomosis.builder()
            .id("PII")
            .name("posterior inter-inguinal anastomosis")
            .description("Sacral, across the midline, groin to groin.")
            .crosses("SAGITTAL")
            .addConnects("INGUINAL_SUPERFICIAL_L", "INGUINAL_SUPERFICIAL_R")
            .addSources("S7", "S33")
            .build());
    // The way out of the head and neck after a neck dissection or radiotherapy: "get the fluid
    // moving out of the head and neck area and down towards another region like the chest and
    // armpit areas" [S61], across the upper transverse watershed. The name is Lympha's own (no
    // stored source names this route), and it joins each neck to the axilla of its own side only:
    // the source names no side, and the same-side axilla is the one below the neck.
    for (Side s : PAIRED) {
      b.putAnastomosis(
          Anastomosis.builder()
              .id(id("CERVICO_AXILLARY", s))
              .name(sideName(s) + " cervico-axillary route")
              .description(
                  "From the "
                      + sideName(s)
                      + " side of the neck down over the clavicle, across the upper transverse"
                      + " watershed, to the axilla of the same side: the way out of the head and"
                      + " neck when the cervical nodes are removed or irradiated.")
              .crosses("UPPER_TRANSVERSE")
              .addConnects(id("CERVICAL_DEEP", s), id("AXILLARY", s))
              .addSources("S61", "S29", "S30")
              .build());
    }
  }

  // ------------------------------------------------------------------ regions (§2)

  private static void regions(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      String n = sideName(s);
      region(
          b,
          "FACE_UPPER",
          s,
          n + " upper face (forehead, temple, eyelids, lateral cheek)",
          BodyPart.FACE,
          "HEAD_FACE",
          List.of("PREAURICULAR"),
          "S18",
          "S19");
      region(
          b,
          "FACE_LOWER",
          s,
          n + " lower face (nose, lips, chin, medial cheek)",
          BodyPart.FACE,
          "HEAD_FACE",
          List.of("SUBMANDIBULAR", "=SUBMENTAL"),
          "S15",
          "S18");
      region(
          b,
          "SCALP",
          s,
          n + " parietal scalp",
          BodyPart.SCALP,
          "HEAD_FACE",
          List.of("RETROAURICULAR"),
          "S15");
      region(
          b,
          "OCCIPUT",
          s,
          n + " occipital scalp",
          BodyPart.SCALP,
          "HEAD_FACE",
          List.of("OCCIPITAL"),
          "S15",
          "S18");
      region(
          b,
          "NECK",
          s,
          n + " side of the neck",
          BodyPart.NECK,
          "NECK",
          List.of("CERVICAL_SUPERFICIAL", "CERVICAL_DEEP"),
          "S15",
          "S17");
      region(
          b,
          "SHOULDER",
          s,
          n + " shoulder",
          BodyPart.SHOULDER,
          "UPPER_TRUNK_POST",
          List.of("AXILLARY"),
          "S11",
          "S40");
      region(
          b,
          "CHEST",
          s,
          n + " upper chest",
          BodyPart.CHEST,
          "UPPER_TRUNK_ANT",
          List.of("AXILLARY"),
          "S11",
          "S12");
      region(
          b,
          "BREAST",
          s,
          n + " breast",
          BodyPart.BREAST,
          "UPPER_TRUNK_ANT",
          List.of("AXILLARY", "PARASTERNAL"),
          "S11",
          "S15");
      region(
          b,
          "LATERAL_CHEST",
          s,
          n + " side of the chest (above the waist)",
          BodyPart.FLANK,
          "UPPER_TRUNK_ANT",
          List.of("AXILLARY"),
          "S11",
          "S13");
      region(
          b,
          "UPPER_BACK",
          s,
          n + " upper back",
          BodyPart.BACK,
          "UPPER_TRUNK_POST",
          List.of("AXILLARY"),
          "S11");
      region(
          b,
          "ABDOMEN",
          s,
          n + " lower abdomen (below the umbilicus)",
          BodyPart.ABDOMEN,
          "LOWER_TRUNK_ANT",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      region(
          b,
          "FLANK",
          s,
          n + " flank (side of the trunk below the waist)",
          BodyPart.FLANK,
          "LOWER_TRUNK_ANT",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      region(
          b,
          "SUPRAPUBIC",
          s,
          n + " suprapubic area",
          BodyPart.PELVIS,
          "LOWER_TRUNK_ANT",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      region(
          b,
          "LOWER_BACK",
          s,
          n + " lower (lumbar) back",
          BodyPart.LOWER_BACK,
          "LOWER_TRUNK_POST",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      region(
          b,
          "BUTTOCK",
          s,
          n + " buttock",
          BodyPart.BUTTOCK,
          "LOWER_TRUNK_POST",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      region(
          b,
          "SACRAL",
          s,
          n + " sacral area",
          BodyPart.PELVIS,
          "LOWER_TRUNK_POST",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24");
      // Lateral before medial: equal-cost reroutes from the arm then run over the lateral upper
      // arm to the shoulder, as in the reference's arm protocol (§5.2 step 8).
      region(
          b,
          "UPPER_ARM_LATERAL",
          s,
          n + " outer upper arm",
          BodyPart.UPPER_ARM,
          "ARM",
          List.of("AXILLARY"),
          "S22");
      region(
          b,
          "UPPER_ARM_MEDIAL",
          s,
          n + " inner upper arm",
          BodyPart.UPPER_ARM,
          "ARM",
          List.of("AXILLARY"),
          "S13",
          "S22");
      region(
          b,
          "ELBOW",
          s,
          n + " elbow",
          BodyPart.ELBOW,
          "ARM",
          List.of("CUBITAL", "AXILLARY"),
          "S20",
          "S22");
      region(
          b,
          "FOREARM",
          s,
          n + " forearm",
          BodyPart.FOREARM,
          "ARM",
          List.of("CUBITAL", "AXILLARY"),
          "S20",
          "S22");
      region(
          b,
          "HAND",
          s,
          n + " hand and fingers",
          BodyPart.HAND,
          "ARM",
          List.of("CUBITAL", "AXILLARY"),
          "S20",
          "S22");
      region(
          b,
          "THIGH_MEDIAL",
          s,
          n + " inner thigh",
          BodyPart.THIGH,
          "LEG",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24",
          "S25");
      region(
          b,
          "THIGH_LATERAL",
          s,
          n + " outer thigh",
          BodyPart.THIGH,
          "LEG",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24",
          "S25");
      region(
          b,
          "THIGH_POSTERIOR",
          s,
          n + " back of the thigh",
          BodyPart.THIGH,
          "LEG",
          List.of("INGUINAL_SUPERFICIAL"),
          "S24",
          "S25");
      region(
          b,
          "KNEE",
          s,
          n + " knee",
          BodyPart.KNEE,
          "LEG",
          List.of("POPLITEAL", "INGUINAL_SUPERFICIAL"),
          "S25",
          "S26");
      region(
          b,
          "CALF",
          s,
          n + " calf",
          BodyPart.LOWER_LEG,
          "LEG",
          List.of("POPLITEAL", "INGUINAL_SUPERFICIAL"),
          "S25",
          "S26");
      region(
          b,
          "SHIN",
          s,
          n + " shin",
          BodyPart.LOWER_LEG,
          "LEG",
          List.of("INGUINAL_SUPERFICIAL"),
          "S25");
      region(
          b,
          "FOOT",
          s,
          n + " foot and ankle",
          BodyPart.FOOT,
          "LEG",
          List.of("INGUINAL_SUPERFICIAL", "POPLITEAL"),
          "S25",
          "S26");
    }
  }

  /**
   * Adds a paired region and its territorial pathways; a group base prefixed {@code =} names a
   * midline group.
   */
  private static void region(
      Anatomy.Builder b,
      String base,
      Side side,
      String name,
      BodyPart part,
      String territory,
      List<String> groups,
      String... sources) {
    String rid = id(base, side);
    b.putRegion(
        Region.builder()
            .id(rid)
            .name(name)
            .side(side)
            .part(part)
            .territory(id(territory, side))
            .addSources(sources)
            .build());
    for (String g : groups) {
      String gid = g.startsWith("=") ? g.substring(1) : id(g, side);
      b.addPathway(Pathway.of(rid, gid, TERRITORIAL, sources));
    }
  }

  // ------------------------------------------------------------------ efferents (§1)

  private static void efferents(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      efferent(b, id("CERVICAL_DEEP", s), id("TERMINUS", s), "S15", "S17");
      efferent(b, id("CERVICAL_SUPERFICIAL", s), id("CERVICAL_DEEP", s), "S15");
      efferent(b, id("SUBMANDIBULAR", s), id("CERVICAL_DEEP", s), "S15", "S18");
      efferent(b, id("PREAURICULAR", s), id("CERVICAL_DEEP", s), "S18", "S19");
      efferent(b, id("RETROAURICULAR", s), id("CERVICAL_DEEP", s), "S15");
      efferent(b, id("OCCIPITAL", s), id("CERVICAL_DEEP", s), "S15", "S18");
      efferent(b, id("AXILLARY", s), id("TERMINUS", s), "S11", "S14");
      efferent(b, id("CUBITAL", s), id("AXILLARY", s), "S20", "S22");
      efferent(b, id("PARASTERNAL", s), id("TERMINUS", s), "S15");
      efferent(b, id("INTERCOSTAL", s), id("TERMINUS", s), "S15");
      efferent(b, id("INGUINAL_SUPERFICIAL", s), id("INGUINAL_DEEP", s), "S24", "S25");
      efferent(b, id("INGUINAL_DEEP", s), "CISTERNA_CHYLI", "S24", "S25");
      efferent(b, id("POPLITEAL", s), id("INGUINAL_DEEP", s), "S26", "S25");
      efferent(b, id("POPLITEAL", s), id("INGUINAL_SUPERFICIAL", s), "S27");
    }
    for (Side s : PAIRED) {
      efferent(b, "SUBMENTAL", id("SUBMANDIBULAR", s), "S15", "S18");
    }
    efferent(b, "CISTERNA_CHYLI", "TERMINUS_L", "S14", "S23");
  }

  private static void efferent(Anatomy.Builder b, String from, String to, String... sources) {
    b.addPathway(Pathway.of(from, to, EFFERENT, sources));
  }

  // ------------------------------------------------------------------ collateral routes (§2, §5)

  private static void plexus(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      String[][] adjacent = {
        {"HAND", "FOREARM"},
        {"FOREARM", "ELBOW"},
        {"ELBOW", "UPPER_ARM_MEDIAL"},
        {"ELBOW", "UPPER_ARM_LATERAL"},
        {"UPPER_ARM_MEDIAL", "SHOULDER"},
        {"UPPER_ARM_LATERAL", "SHOULDER"},
        {"FOOT", "SHIN"},
        {"FOOT", "CALF"},
        {"CALF", "KNEE"},
        {"SHIN", "KNEE"},
        {"KNEE", "THIGH_MEDIAL"},
        {"KNEE", "THIGH_LATERAL"},
        {"KNEE", "THIGH_POSTERIOR"},
        {"THIGH_MEDIAL", "SUPRAPUBIC"},
        {"THIGH_LATERAL", "FLANK"},
        {"THIGH_POSTERIOR", "BUTTOCK"},
        {"BUTTOCK", "SACRAL"},
        {"BUTTOCK", "LOWER_BACK"},
        {"SUPRAPUBIC", "ABDOMEN"},
        {"LOWER_BACK", "FLANK"},
        {"ABDOMEN", "FLANK"},
      };
      for (String[] pair : adjacent) {
        b.addPathway(Pathway.of(id(pair[0], s), id(pair[1], s), PLEXUS, "S29", "S30", "S9"));
      }
      // The shoulder over to the side of the chest, where the axillo-inguinal anastomosis starts:
      // the arm's way to the groin when both axillae are compromised ("lateral upper arm toward
      // the shoulder and over to the anastomoses", reference §5.2; toward "the groin" [S34]).
      b.addPathway(
          Pathway.of(id("SHOULDER", s), id("LATERAL_CHEST", s), PLEXUS, "S29", "S30", "S7", "S34"));
      // The lower face down to the side of the neck, where the cervico-axillary route starts: the
      // face's way out when the submandibular, submental and cervical nodes give it none ("out of
      // the head and neck area and down" [S61]; through the skin plexus [S29][S30]).
      b.addPathway(Pathway.of(id("FACE_LOWER", s), id("NECK", s), PLEXUS, "S29", "S30", "S61"));
    }
  }

  private static void anastomoticPathways(Anatomy.Builder b) {
    for (Side s : PAIRED) {
      Side o = s.mirror();
      String otherAxilla = id("AXILLARY", o);
      String otherGroin = id("INGUINAL_SUPERFICIAL", o);
      String aia = id("AIA", s);
      b.addPathway(Pathway.anastomotic(id("CHEST", s), otherAxilla, "AAA", "S33", "S34", "S7"));
      b.addPathway(Pathway.anastomotic(id("BREAST", s), otherAxilla, "AAA", "S33"));
      b.addPathway(Pathway.anastomotic(id("SHOULDER", s), otherAxilla, "AAA", "S33", "S7"));
      b.addPathway(Pathway.anastomotic(id("SHOULDER", s), otherAxilla, "PAA", "S33", "S7"));
      b.addPathway(Pathway.anastomotic(id("UPPER_BACK", s), otherAxilla, "PAA", "S33", "S7"));
      b.addPathway(
          Pathway.anastomotic(
              id("LATERAL_CHEST", s), id("INGUINAL_SUPERFICIAL", s), aia, "S33", "S7"));
      b.addPathway(Pathway.anastomotic(id("BREAST", s), id("INGUINAL_SUPERFICIAL", s), aia, "S33"));
      b.addPathway(Pathway.anastomotic(id("FLANK", s), id("AXILLARY", s), aia, "S7", "S33"));
      b.addPathway(
          Pathway.anastomotic(id("THIGH_LATERAL", s), id("AXILLARY", s), aia, "S7", "S33"));
      b.addPathway(Pathway.anastomotic(id("SUPRAPUBIC", s), otherGroin, "AII", "S7", "S33"));
      b.addPathway(Pathway.anastomotic(id("ABDOMEN", s), otherGroin, "AII", "S7", "S33"));
      b.addPathway(Pathway.anastomotic(id("SACRAL", s), otherGroin, "PII", "S7", "S33"));
      b.addPathway(
          Pathway.anastomotic(
              id("NECK", s), id("AXILLARY", s), id("CERVICO_AXILLARY", s), "S61", "S7"));
    }
  }
}
