package io.github.lympha.fhir;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.patient.Condition;
import java.util.Optional;

/**
 * The one place that maps clinical codes onto Lympha's patient model: SNOMED CT and ICD-10 codes of
 * conditions onto {@link Condition}s and lymphoedema, the FHIR laterality codes onto sides. Every
 * code is listed, with its source, in docs/fhir.md; extend the maps here.
 */
public final class PatientCodes {
  /** What a code means for a patient context. */
  public enum Meaning {
    /** Lymphoedema: the condition's body sites are the affected regions. */
    LYMPHOEDEMA,
    /** One of Lympha's conditions (contraindications and precautions). */
    CONDITION
  }

  /** A mapped code: its meaning, the condition for {@link Meaning#CONDITION}, and its source. */
  public static final class Mapped {
    private final Meaning meaning;
    private final Optional<Condition> condition;
    private final String source;

    Mapped(Meaning meaning, Optional<Condition> condition, String source) {
      this.meaning = meaning;
      this.condition = condition;
      this.source = source;
    }

    /** What the code means. */
    public Meaning meaning() {
      return meaning;
    }

    /** The condition, when the meaning is {@link Meaning#CONDITION}. */
    public Optional<Condition> condition() {
      return condition;
    }

    /** Where the code's meaning is taken from. */
    public String source() {
      return source;
    }
  }

  /** WHO ICD-10 (2019 version), by category or subcategory code. */
  static final String ICD10_SOURCE = "WHO ICD-10, 2019 version";

  /** SNOMED CT International Edition. */
  static final String SNOMED_SOURCE = "SNOMED CT International Edition";

  private static final ImmutableMap<String, Mapped> ICD10 =
      ImmutableMap.<String, Mapped>builder()
          .put("I89.0", lymphoedema(ICD10_SOURCE)) // Lymphoedema, not elsewhere classified
          .put("I97.2", lymphoedema(ICD10_SOURCE)) // Postmastectomy lymphoedema syndrome
          .put("Q82.0", lymphoedema(ICD10_SOURCE)) // Hereditary lymphoedema
          .put("L03", condition(Condition.ACUTE_INFECTION, ICD10_SOURCE)) // Cellulitis
          .put("A46", condition(Condition.ACUTE_INFECTION, ICD10_SOURCE)) // Erysipelas
          .put("I80", condition(Condition.ACUTE_DVT, ICD10_SOURCE)) // Phlebitis, thrombophlebitis
          .put("I50", condition(Condition.DECOMPENSATED_HEART_FAILURE, ICD10_SOURCE)) // HF
          .put("J45", condition(Condition.BRONCHIAL_ASTHMA, ICD10_SOURCE)) // Asthma
          .put("I95", condition(Condition.HYPOTENSION, ICD10_SOURCE)) // Hypotension
          .put("N18", condition(Condition.RENAL_FAILURE, ICD10_SOURCE)) // Chronic kidney disease
          .put(
              "N19", condition(Condition.RENAL_FAILURE, ICD10_SOURCE)) // Unspecified kidney failure
          .put("E05", condition(Condition.HYPERTHYROIDISM, ICD10_SOURCE)) // Thyrotoxicosis
          .put("I49", condition(Condition.ARRHYTHMIA, ICD10_SOURCE)) // Other arrhythmias
          .put("Z33", condition(Condition.PREGNANCY, ICD10_SOURCE)) // Pregnant state, incidental
          .put("K56", condition(Condition.ILEUS, ICD10_SOURCE)) // Paralytic ileus, obstruction
          .put("K57", condition(Condition.DIVERTICULOSIS, ICD10_SOURCE)) // Diverticular disease
          .put("I71", condition(Condition.AORTIC_ANEURYSM, ICD10_SOURCE)) // Aortic aneurysm
          .build();

  private static final ImmutableMap<String, Mapped> SNOMED =
      ImmutableMap.<String, Mapped>builder()
          .put("234097001", lymphoedema(SNOMED_SOURCE)) // Lymphoedema (disorder)
          .put("128045006", condition(Condition.ACUTE_INFECTION, SNOMED_SOURCE)) // Cellulitis
          .put("44653001", condition(Condition.ACUTE_INFECTION, SNOMED_SOURCE)) // Erysipelas
          .put("128053003", condition(Condition.ACUTE_DVT, SNOMED_SOURCE)) // Deep venous thrombosis
          .put("84114007", condition(Condition.DECOMPENSATED_HEART_FAILURE, SNOMED_SOURCE))
          .put("195967001", condition(Condition.BRONCHIAL_ASTHMA, SNOMED_SOURCE)) // Asthma
          .put("45007003", condition(Condition.HYPOTENSION, SNOMED_SOURCE)) // Low blood pressure
          .put("34486009", condition(Condition.HYPERTHYROIDISM, SNOMED_SOURCE)) // Hyperthyroidism
          .put("77386006", condition(Condition.PREGNANCY, SNOMED_SOURCE)) // Pregnancy
          .build();

  /** SNOMED CT laterality qualifiers: left 7771000, right 24028007. */
  static final String LEFT = "7771000";

  static final String RIGHT = "24028007";

  private PatientCodes() {}

  private static Mapped lymphoedema(String source) {
    return new Mapped(Meaning.LYMPHOEDEMA, Optional.empty(), source);
  }

  private static Mapped condition(Condition c, String source) {
    return new Mapped(Meaning.CONDITION, Optional.of(c), source);
  }

  /**
   * The meaning of a code in a system: an ICD-10 code by itself or by its three-character category
   * ({@code I80.2} → {@code I80}), a SNOMED CT concept id exactly.
   */
  public static Optional<Mapped> find(String system, String code) {
    if (FhirNames.ICD10.equals(system)) {
      Mapped m = ICD10.get(code);
      if (m == null && code.length() > 3) {
        m = ICD10.get(code.substring(0, 3));
      }
      return Optional.ofNullable(m);
    }
    if (FhirNames.SNOMED.equals(system)) {
      return Optional.ofNullable(SNOMED.get(code));
    }
    return Optional.empty();
  }

  /** Every ICD-10 code mapped, for the docs table. */
  public static ImmutableMap<String, Mapped> icd10() {
    return ICD10;
  }

  /** Every SNOMED CT code mapped, for the docs table. */
  public static ImmutableMap<String, Mapped> snomed() {
    return SNOMED;
  }
}
