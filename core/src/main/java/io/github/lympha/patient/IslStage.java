package io.github.lympha.patient;

/**
 * The lymphoedema stage of the International Society of Lymphology, 0 to III [S57]. Stage III
 * brings fibrosis and trophic skin changes; the pressure rule treats an area at stage III as
 * fibrotic unless its tissue is recorded otherwise.
 */
public enum IslStage {
  /** Stage 0: latent or subclinical; impaired transport, no visible swelling. */
  STAGE_0("ISL stage 0 (latent)"),
  /** Stage I: protein-rich fluid that subsides with elevation; pitting may occur. */
  STAGE_I("ISL stage I"),
  /** Stage II: elevation alone rarely reduces the swelling; pitting, then fibrosis. */
  STAGE_II("ISL stage II"),
  /** Stage III: lymphostatic elephantiasis; trophic skin changes, fat deposition, fibrosis. */
  STAGE_III("ISL stage III");

  private final String label;

  IslStage(String label) {
    this.label = label;
  }

  /** The stable code used in files: the constant's name. */
  public String code() {
    return name();
  }

  /** The words for people. */
  public String label() {
    return label;
  }
}
