package io.github.lympha.anatomy;

/**
 * A part of the body where a region or node group lies, with its area and its distance in segments
 * from the trunk.
 *
 * <p>The distance orders a chain from proximal to distal: neck before face and scalp; upper arm,
 * elbow, forearm, hand; thigh, knee, lower leg, foot (reference §4, [S9][S40][S41]). Trunk parts
 * have distance 0.
 */
public enum BodyPart {
  /** Neck, incl. the supraclavicular fossa. */
  NECK(BodyArea.HEAD_NECK, 1),
  /** Face: forehead, temples, eyelids, cheeks, nose, lips, chin. */
  FACE(BodyArea.HEAD_NECK, 2),
  /** Scalp. */
  SCALP(BodyArea.HEAD_NECK, 2),
  /** Shoulder cap and the skin over the scapula's spine. */
  SHOULDER(BodyArea.TRUNK, 0),
  /** Armpit. */
  AXILLA(BodyArea.TRUNK, 0),
  /** Anterior chest wall. */
  CHEST(BodyArea.TRUNK, 0),
  /** Breast. */
  BREAST(BodyArea.TRUNK, 0),
  /** Upper back. */
  BACK(BodyArea.TRUNK, 0),
  /** Side of the trunk. */
  FLANK(BodyArea.TRUNK, 0),
  /** Abdomen (skin of the lower anterior trunk and the deep abdomen). */
  ABDOMEN(BodyArea.TRUNK, 0),
  /** Lumbar back. */
  LOWER_BACK(BodyArea.TRUNK, 0),
  /** Buttock. */
  BUTTOCK(BodyArea.TRUNK, 0),
  /** Suprapubic and sacral areas. */
  PELVIS(BodyArea.TRUNK, 0),
  /** Groin (femoral triangle). */
  GROIN(BodyArea.TRUNK, 0),
  /** Upper arm. */
  UPPER_ARM(BodyArea.ARM, 1),
  /** Elbow. */
  ELBOW(BodyArea.ARM, 2),
  /** Forearm. */
  FOREARM(BodyArea.ARM, 3),
  /** Hand and fingers. */
  HAND(BodyArea.ARM, 4),
  /** Thigh. */
  THIGH(BodyArea.LEG, 1),
  /** Knee, incl. the popliteal fossa. */
  KNEE(BodyArea.LEG, 2),
  /** Calf and shin. */
  LOWER_LEG(BodyArea.LEG, 3),
  /** Foot, ankle and toes. */
  FOOT(BodyArea.LEG, 4);

  private final BodyArea area;
  private final int distance;

  BodyPart(BodyArea area, int distance) {
    this.area = area;
    this.distance = distance;
  }

  /** The area this part belongs to. */
  public BodyArea area() {
    return area;
  }

  /**
   * Segments from the trunk along this part's chain (0 on the trunk); a smaller distance is more
   * proximal.
   */
  public int distance() {
    return distance;
  }

  /** Whether this part is a segment of a limb. */
  public boolean isLimb() {
    return area == BodyArea.ARM || area == BodyArea.LEG;
  }
}
