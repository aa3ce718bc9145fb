package io.github.lympha.patient;

import com.google.common.collect.ImmutableList;

/**
 * Conditions that contraindicate MLD, with the class and scope the reference gives them (§6) and
 * their sources. Where sources disagree the class is {@link ContraindicationClass#DEBATED} and the
 * validator's policy decides.
 */
public enum Condition {
  /** Acute infection, cellulitis or erysipelas; fever. */
  ACUTE_INFECTION(
      "acute infection (cellulitis, erysipelas, fever)",
      ContraindicationClass.ABSOLUTE,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S44",
      "S45"),
  /** Acute deep vein thrombosis or thrombophlebitis. */
  ACUTE_DVT(
      "acute deep vein thrombosis or thrombophlebitis",
      ContraindicationClass.ABSOLUTE,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S44"),
  /** Decompensated or uncontrolled heart failure; cardiac oedema. */
  DECOMPENSATED_HEART_FAILURE(
      "decompensated heart failure or cardiac oedema",
      ContraindicationClass.ABSOLUTE,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S45",
      "S46"),
  /** Oedema whose cause has not been diagnosed. */
  OEDEMA_OF_UNKNOWN_CAUSE(
      "oedema of unknown cause", ContraindicationClass.ABSOLUTE, Scope.WHOLE_BODY, "S45"),
  /** Controlled heart failure together with lymphoedema: caution and clearance. */
  CONTROLLED_HEART_FAILURE(
      "controlled heart failure",
      ContraindicationClass.RELATIVE,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S45",
      "S46"),
  /** Bronchial asthma (possible vagal stimulation). */
  BRONCHIAL_ASTHMA(
      "bronchial asthma", ContraindicationClass.RELATIVE, Scope.WHOLE_BODY, "S43", "S44", "S45"),
  /** Hypotension (below 100/60). */
  HYPOTENSION(
      "hypotension (below 100/60)", ContraindicationClass.RELATIVE, Scope.WHOLE_BODY, "S45", "S47"),
  /** Skin metastases: bypass the area. */
  SKIN_METASTASES("skin metastases", ContraindicationClass.RELATIVE, Scope.LOCAL, "S44"),
  /** Active, untreated malignancy: sources disagree. */
  ACTIVE_MALIGNANCY(
      "active malignancy",
      ContraindicationClass.DEBATED,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S44",
      "S45"),
  /** Acute or severe renal failure: sources disagree. */
  RENAL_FAILURE(
      "renal failure", ContraindicationClass.DEBATED, Scope.WHOLE_BODY, "S43", "S45", "S46"),
  /** Hyperthyroidism: absolute for the neck. */
  HYPERTHYROIDISM("hyperthyroidism", ContraindicationClass.ABSOLUTE, Scope.NECK, "S45", "S47"),
  /** Carotid sinus hypersensitivity: absolute for the neck. */
  CAROTID_SINUS_HYPERSENSITIVITY(
      "carotid sinus hypersensitivity", ContraindicationClass.ABSOLUTE, Scope.NECK, "S45", "S47"),
  /** Cardiac arrhythmia: absolute for the neck. */
  ARRHYTHMIA("cardiac arrhythmia", ContraindicationClass.ABSOLUTE, Scope.NECK, "S45", "S47"),
  /** Age over 60 (arteriosclerosis): relative for the neck. */
  AGE_OVER_60(
      "age over 60 (arteriosclerosis)", ContraindicationClass.RELATIVE, Scope.NECK, "S45", "S47"),
  /** Pregnancy: absolute for deep abdominal work. */
  PREGNANCY("pregnancy", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45", "S43"),
  /** Menstruation: absolute for deep abdominal work. */
  MENSTRUATION("menstruation", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45"),
  /** Ileus: absolute for deep abdominal work. */
  ILEUS("ileus", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45"),
  /** Diverticulosis: absolute for deep abdominal work. */
  DIVERTICULOSIS("diverticulosis", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45"),
  /** Aortic aneurysm: absolute for deep abdominal work. */
  AORTIC_ANEURYSM("aortic aneurysm", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45"),
  /** Recent abdominal surgery: absolute for deep abdominal work. */
  RECENT_ABDOMINAL_SURGERY(
      "recent abdominal surgery", ContraindicationClass.ABSOLUTE, Scope.ABDOMEN, "S45"),
  /**
   * Heart failure whose class follows its recorded status and NYHA class: decompensated (acute, or
   * NYHA III–IV) is absolute, controlled (or NYHA I–II) relative. With neither recorded it counts
   * as absolute, the class of the case that cannot be excluded.
   */
  HEART_FAILURE(
      "heart failure",
      ContraindicationClass.ABSOLUTE,
      Scope.WHOLE_BODY,
      "S42",
      "S43",
      "S45",
      "S46",
      "S47",
      "S56");

  private final String label;
  private final ContraindicationClass defaultClass;
  private final Scope scope;
  private final ImmutableList<String> sources;

  Condition(String label, ContraindicationClass defaultClass, Scope scope, String... sources) {
    this.label = label;
    this.defaultClass = defaultClass;
    this.scope = scope;
    this.sources = ImmutableList.copyOf(sources);
  }

  /** The stable code used in files: the constant's name. */
  public String code() {
    return name();
  }

  /** The words for people. */
  public String label() {
    return label;
  }

  /** The class the reference gives; {@code DEBATED} where sources disagree. */
  public ContraindicationClass defaultClass() {
    return defaultClass;
  }

  /** Where it applies. */
  public Scope scope() {
    return scope;
  }

  /** Source keys. */
  public ImmutableList<String> sources() {
    return sources;
  }

  /** Whether this is one of the heart-failure conditions. */
  public boolean isHeartFailure() {
    return this == HEART_FAILURE
        || this == DECOMPENSATED_HEART_FAILURE
        || this == CONTROLLED_HEART_FAILURE;
  }

  /** Whether this is a malignancy (active malignancy or skin metastases). */
  public boolean isMalignancy() {
    return this == ACTIVE_MALIGNANCY || this == SKIN_METASTASES;
  }
}
