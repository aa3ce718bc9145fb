package io.github.lympha.patient;

/** The state of the tissue in the affected area, where it changes the rules. */
public enum TissueState {
  /** Soft, pitting or normal tissue: light pressure only. */
  NORMAL,
  /** Fibrotic (hardened) tissue: some schools allow firmer pressure [S8][S38]. */
  FIBROTIC
}
