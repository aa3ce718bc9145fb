package io.github.lympha.protocol;

import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.Region;
import io.github.lympha.technique.Stroke;
import java.util.List;

/**
 * A limb that {@link ProtocolBuilder#drainLimb(io.github.lympha.anatomy.Side, Limb)} drains segment
 * by segment, with the stroke it uses on each segment (reference §3 and §5.3 [S1][S2][S9]):
 *
 * <ul>
 *   <li>{@link #LEG}: pump strokes on the thigh and the shin, stationary circles at the knee, scoop
 *       strokes on the calf, stationary circles at the foot and ankle;
 *   <li>{@link #ARM}: pump strokes on the upper arm, stationary circles at the elbow, scoop strokes
 *       on the forearm, stationary circles at the hand.
 * </ul>
 */
public enum Limb {
  /** The arm: upper arm, elbow, forearm, hand. */
  ARM("arm", BodyArea.ARM),
  /** The leg: thigh, knee, calf and shin, foot. */
  LEG("leg", BodyArea.LEG);

  private final String label;
  private final BodyArea area;

  Limb(String label, BodyArea area) {
    this.label = label;
    this.area = area;
  }

  /** The word for people, e.g. "leg". */
  public String label() {
    return label;
  }

  /** The body area of the limb's regions. */
  public BodyArea area() {
    return area;
  }

  /**
   * The stroke {@code drainLimb} uses on a region of this limb: pump on the thigh, shin and upper
   * arm; scoop on the calf and forearm; stationary circles at the knee, foot, elbow and hand. A
   * region the table does not know (in an anatomy of your own) gets the first of these that suits
   * it, or a plain skin stretch.
   */
  public Stroke strokeFor(Region region) {
    Stroke preferred = preferredStroke(region);
    if (preferred.suits(region)) {
      return preferred;
    }
    for (Stroke s : List.of(Stroke.PUMP, Stroke.SCOOP, Stroke.STATIONARY_CIRCLE)) {
      if (s.suits(region)) {
        return s;
      }
    }
    return Stroke.SKIN_STRETCH;
  }

  private static Stroke preferredStroke(Region region) {
    BodyPart part = region.part();
    switch (part) {
      case THIGH:
      case UPPER_ARM:
        return Stroke.PUMP;
      case LOWER_LEG:
        // The shin (front of the lower leg) takes pump strokes, the calf scoop strokes [S9].
        return region.id().startsWith("SHIN") ? Stroke.PUMP : Stroke.SCOOP;
      case FOREARM:
        return Stroke.SCOOP;
      default:
        return Stroke.STATIONARY_CIRCLE;
    }
  }
}
