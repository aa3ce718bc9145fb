package io.github.lympha.technique;

import static io.github.lympha.anatomy.BodyPart.ABDOMEN;
import static io.github.lympha.anatomy.BodyPart.AXILLA;
import static io.github.lympha.anatomy.BodyPart.BACK;
import static io.github.lympha.anatomy.BodyPart.BREAST;
import static io.github.lympha.anatomy.BodyPart.BUTTOCK;
import static io.github.lympha.anatomy.BodyPart.CHEST;
import static io.github.lympha.anatomy.BodyPart.ELBOW;
import static io.github.lympha.anatomy.BodyPart.FACE;
import static io.github.lympha.anatomy.BodyPart.FLANK;
import static io.github.lympha.anatomy.BodyPart.FOOT;
import static io.github.lympha.anatomy.BodyPart.FOREARM;
import static io.github.lympha.anatomy.BodyPart.GROIN;
import static io.github.lympha.anatomy.BodyPart.HAND;
import static io.github.lympha.anatomy.BodyPart.KNEE;
import static io.github.lympha.anatomy.BodyPart.LOWER_BACK;
import static io.github.lympha.anatomy.BodyPart.LOWER_LEG;
import static io.github.lympha.anatomy.BodyPart.NECK;
import static io.github.lympha.anatomy.BodyPart.PELVIS;
import static io.github.lympha.anatomy.BodyPart.SCALP;
import static io.github.lympha.anatomy.BodyPart.SHOULDER;
import static io.github.lympha.anatomy.BodyPart.THIGH;
import static io.github.lympha.anatomy.BodyPart.UPPER_ARM;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.Site;
import java.util.EnumSet;

/**
 * The kinds of MLD stroke, each with a stable code (its name, used verbatim in files), a short
 * description, the body parts it suits and its sources (reference §3).
 */
public enum Stroke {
  /**
   * Fingers or flat hand making circles in place, pressure in the half pointing toward the nodes.
   */
  STATIONARY_CIRCLE(
      "stationary circles",
      "Fingers or the whole hand flat, making circles in place; pressure in the half of the"
          + " circle that points toward the nodes.",
      true,
      EnumSet.of(NECK, FACE, SCALP, AXILLA, GROIN, ELBOW, KNEE, HAND, FOOT),
      "S1",
      "S2",
      "S9"),
  /** Palm down, the hand rolls from wrist to fingertips, pushing proximally. */
  PUMP(
      "pump strokes",
      "Palm down; the hand rolls from wrist to fingertips, pushing proximally.",
      false,
      EnumSet.of(THIGH, UPPER_ARM, LOWER_LEG, KNEE),
      "S1",
      "S2",
      "S9"),
  /** Palm up, the wrist turning as it goes; pressure turns toward proximal. */
  SCOOP(
      "scoop strokes",
      "Palm up, the wrist turning as it goes; the pressure phase turns toward proximal.",
      false,
      EnumSet.of(LOWER_LEG, FOREARM, UPPER_ARM, THIGH),
      "S1",
      "S2",
      "S9"),
  /** Flat hand, wrist going up and down, moving forward in spirals over large flat areas. */
  ROTARY(
      "rotary strokes",
      "Flat hand, the wrist going up and down, moving forward in spirals over large flat areas.",
      false,
      EnumSet.of(CHEST, BREAST, BACK, FLANK, ABDOMEN, LOWER_BACK, BUTTOCK, PELVIS, SHOULDER),
      "S1",
      "S2"),
  /** Small circles with the thumb on hands, feet and fingers. */
  THUMB_CIRCLE(
      "thumb circles", "Small circles with the thumb.", false, EnumSet.of(HAND, FOOT), "S3"),
  /** Slow, light stroking toward the nodes, about 6 s per stroke, opening or closing a session. */
  EFFLEURAGE(
      "effleurage",
      "Slow, light stroking toward the nodes, about 6 s per stroke, ending before the node group;"
          + " for the introduction and the close of a session.",
      true,
      EnumSet.allOf(BodyPart.class),
      "S4",
      "S9"),
  /** Leduc "call-up" (appel): pressure over and near the node group, used first, proximally. */
  LEDUC_CALL_UP(
      "call-up strokes (Leduc)",
      "Pressure over and near the node group and proximal segments, to call fluid; used first.",
      true,
      EnumSet.of(NECK, AXILLA, GROIN, ELBOW, KNEE, UPPER_ARM, THIGH, CHEST, ABDOMEN),
      "S10",
      "S5"),
  /** Leduc "reabsorption" (résorption): wave-like strokes over the oedema, moving centrally. */
  LEDUC_REABSORPTION(
      "reabsorption strokes (Leduc)",
      "Wave-like strokes over the oedematous segment, moving centrally.",
      false,
      EnumSet.of(UPPER_ARM, ELBOW, FOREARM, HAND, THIGH, KNEE, LOWER_LEG, FOOT, FACE),
      "S10",
      "S5"),
  /** Plain skin stretch toward the nodes, as self-care guides describe it. */
  SKIN_STRETCH(
      "gentle skin stretches",
      "The flat hand stretches the skin toward the nodes and lets it spring back, as self-care"
          + " guides describe it.",
      true,
      EnumSet.allOf(BodyPart.class),
      "S6",
      "S36",
      "S39"),
  /** Diaphragmatic breathing with gentle deep abdominal work over the cisterna chyli. */
  ABDOMINAL_BREATHING(
      "diaphragmatic breathing with deep abdominal work",
      "Slow diaphragmatic breathing with the hands resting on the abdomen, gently following the"
          + " breath toward the cisterna chyli (abdominal clearing).",
      true,
      EnumSet.of(ABDOMEN),
      "S40",
      "S17",
      "S33");

  private final String label;
  private final String description;
  private final boolean suitsNodeGroups;
  private final ImmutableSet<BodyPart> suitedParts;
  private final ImmutableList<String> sources;

  Stroke(
      String label,
      String description,
      boolean suitsNodeGroups,
      EnumSet<BodyPart> suitedParts,
      String... sources) {
    this.label = label;
    this.description = description;
    this.suitsNodeGroups = suitsNodeGroups;
    this.suitedParts = Sets.immutableEnumSet(suitedParts);
    this.sources = ImmutableList.copyOf(sources);
  }

  /** The stable code used in files: the constant's name, e.g. {@code STATIONARY_CIRCLE}. */
  public String code() {
    return name();
  }

  /** A plural label for people, e.g. "stationary circles". */
  public String label() {
    return label;
  }

  /** What the hands do. */
  public String description() {
    return description;
  }

  /** The body parts this stroke suits. */
  public ImmutableSet<BodyPart> suitedParts() {
    return suitedParts;
  }

  /** Source keys of the reference. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /**
   * Whether this stroke suits a site: a region whose part it suits, or a node group when it is a
   * stroke used over node areas and suits the group's part (or works any part).
   */
  public boolean suits(Site site) {
    if (site.isNodeGroup()) {
      return suitsNodeGroups
          && (suitedParts.contains(site.part())
              || this == STATIONARY_CIRCLE
              || this == SKIN_STRETCH
              || this == EFFLEURAGE
              || this == LEDUC_CALL_UP);
    }
    return suitedParts.contains(site.part());
  }
}
