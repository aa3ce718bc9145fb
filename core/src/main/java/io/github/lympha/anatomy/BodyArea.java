package io.github.lympha.anatomy;

/**
 * The coarse areas of the body: the chains along which MLD works from proximal to distal (reference
 * §4), and the scopes of region-scoped contraindications (reference §6).
 */
public enum BodyArea {
  /** Head, face, scalp and neck. */
  HEAD_NECK,
  /** Chest, back, flanks, abdomen and pelvis. */
  TRUNK,
  /** Upper limb. */
  ARM,
  /** Lower limb. */
  LEG
}
