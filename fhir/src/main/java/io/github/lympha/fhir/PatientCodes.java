package io.github.lympha.fhir;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.OedemaCause;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The one place that maps clinical codes onto Lympha's patient model: SNOMED CT and WHO ICD-10
 * codes of conditions onto {@link Condition}s and lymphoedema (with its cause where the code says
 * it), SNOMED CT NYHA classes and laterality qualifiers. Every code carries its display and the
 * source it was checked against; docs/fhir.md lists them all (a test keeps the two equal).
 */
public final class PatientCodes {
  /** What a code means for a patient context. */
  public enum Meaning {
    /** Lymphoedema: the condition's body sites are the affected regions. */
    LYMPHOEDEMA,
    /** One of Lympha's conditions (contraindications and precautions). */
    CONDITION,
    /** Fever: the fever qualifier of {@link Condition#ACUTE_INFECTION} (reference §6). */
    FEVER
  }

  /** A mapped code: its meaning, display, what it says about the patient, and its source. */
  public static final class Mapped {
    private final Meaning meaning;
    private final String display;
    private final Optional<Condition> condition;
    private final Optional<OedemaCause> cause;
    private final boolean metastatic;
    private final String source;

    Mapped(
        Meaning meaning,
        String display,
        Optional<Condition> condition,
        Optional<OedemaCause> cause,
        boolean metastatic,
        String source) {
      this.meaning = meaning;
      this.display = display;
      this.condition = condition;
      this.cause = cause;
      this.metastatic = metastatic;
      this.source = source;
    }

    /** What the code means. */
    public Meaning meaning() {
      return meaning;
    }

    /** The code's display in the source it was checked against. */
    public String display() {
      return display;
    }

    /** The condition, when the meaning is {@link Meaning#CONDITION}. */
    public Optional<Condition> condition() {
      return condition;
    }

    /** The cause of the swelling the code names, for some lymphoedema codes. */
    public Optional<OedemaCause> cause() {
      return cause;
    }

    /** Whether the code names a metastatic malignancy. */
    public boolean metastatic() {
      return metastatic;
    }

    /** Where the code and its display were checked. */
    public String source() {
      return source;
    }
  }

  /** The system URI of WHO ICD-10 in FHIR (ICD-10-CM is {@code …/icd-10-cm}, not mapped). */
  public static final String ICD10_SYSTEM = FhirNames.ICD10;

  /** The system URI of ICD-10-CM, which Lympha does not map (its codes differ from WHO's). */
  public static final String ICD10_CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";

  /**
   * WHO ICD-10 2019, three-character categories: the names of the WHO browser
   * (icd.who.int/browse10/2019/en) as exported, version 2019, by biopragmatics/obo-db-ingest
   * export/icd10/2019/icd10.obo (commit 5613ff7e).
   */
  static final String WHO_ICD10 =
      "WHO ICD-10 2019: github.com/biopragmatics/obo-db-ingest export/icd10/2019/icd10.obo"
          + " (from icd.who.int/browse10/2019/en)";

  /** The WHO ICD-10 2019 browser's page of block Q80-Q89 (subcategory Q82.0). */
  static final String WHO_ICD10_Q80 =
      "WHO ICD-10 2019 browser: icd.who.int/browse10/2019/en/GetConcept?ConceptId=Q80-Q89";

  /**
   * HL7 International Patient Summary IG, ValueSet problems-snomed-ct-ips-free-set 1.1.0, an
   * expansion over SNOMED CT International 2022-07-31 with displays: github.com/HL7/fhir-ips
   * input/fsh/valuesets/ProblemsSnomedCtIpsFreeSet.fsh (commit 57c3299f).
   */
  static final String IPS_FREE_SET =
      "HL7 IPS ValueSet problems-snomed-ct-ips-free-set 1.1.0 (SNOMED CT 2022-07-31):"
          + " github.com/HL7/fhir-ips input/fsh/valuesets/ProblemsSnomedCtIpsFreeSet.fsh";

  /** DICOM PS3.16 CID 247 "Laterality Left-Right Only", as a FHIR ValueSet. */
  static final String DICOM_CID_247 =
      "DICOM PS3.16 CID 247 Laterality Left-Right Only: github.com/bvdh/dicom-terminology-in-fhir"
          + " input/fsh/ValueSet-dicom-cid-247-LateralityLeftRightOnly.fsh";

  /** DICOM PS3.16 CID 3736 "NYHA Classification", as a FHIR ValueSet. */
  static final String DICOM_CID_3736 =
      "DICOM PS3.16 CID 3736 NYHA Classification: github.com/bvdh/dicom-terminology-in-fhir"
          + " input/fsh/ValueSet-dicom-cid-3736-NYHAClassification.fsh";

  private static final ImmutableMap<String, Mapped> ICD10 =
      ImmutableMap.<String, Mapped>builder()
          .put(
              "Q82.0",
              lymphoedema("Hereditary lymphoedema", OedemaCause.PRIMARY_LYMPHOEDEMA, WHO_ICD10_Q80))
          .put("L03", condition("Cellulitis", Condition.ACUTE_INFECTION, WHO_ICD10))
          .put("A46", condition("Erysipelas", Condition.ACUTE_INFECTION, WHO_ICD10))
          .put("R50", fever("Fever of other and unknown origin", WHO_ICD10))
          .put("I80", condition("Phlebitis and thrombophlebitis", Condition.ACUTE_DVT, WHO_ICD10))
          .put("I50", condition("Heart failure", Condition.HEART_FAILURE, WHO_ICD10))
          .put("J45", condition("Asthma", Condition.BRONCHIAL_ASTHMA, WHO_ICD10))
          .put("I95", condition("Hypotension", Condition.HYPOTENSION, WHO_ICD10))
          .put("N18", condition("Chronic kidney disease", Condition.RENAL_FAILURE, WHO_ICD10))
          .put("N19", condition("Unspecified kidney failure", Condition.RENAL_FAILURE, WHO_ICD10))
          .put(
              "E05",
              condition("Thyrotoxicosis [hyperthyroidism]", Condition.HYPERTHYROIDISM, WHO_ICD10))
          .put("I49", condition("Other cardiac arrhythmias", Condition.ARRHYTHMIA, WHO_ICD10))
          .put("Z33", condition("Pregnant state, incidental", Condition.PREGNANCY, WHO_ICD10))
          .put(
              "K56",
              condition(
                  "Paralytic ileus and intestinal obstruction without hernia",
                  Condition.ILEUS,
                  WHO_ICD10))
          .put(
              "K57",
              condition("Diverticular disease of intestine", Condition.DIVERTICULOSIS, WHO_ICD10))
          .put(
              "I71",
              condition("Aortic aneurysm and dissection", Condition.AORTIC_ANEURYSM, WHO_ICD10))
          .build();

  private static final ImmutableMap<String, Mapped> SNOMED =
      ImmutableMap.<String, Mapped>builder()
          .put("234097001", lymphoedema("Lymphedema", null, IPS_FREE_SET))
          .put(
              "33129002",
              lymphoedema(
                  "Postmastectomy lymphedema syndrome",
                  OedemaCause.SECONDARY_LYMPHOEDEMA,
                  IPS_FREE_SET))
          .put("128045006", condition("Cellulitis", Condition.ACUTE_INFECTION, IPS_FREE_SET))
          .put("44653001", condition("Erysipelas", Condition.ACUTE_INFECTION, IPS_FREE_SET))
          .put("386661006", fever("Fever", IPS_FREE_SET))
          .put("128053003", condition("Deep venous thrombosis", Condition.ACUTE_DVT, IPS_FREE_SET))
          .put("84114007", condition("Heart failure", Condition.HEART_FAILURE, IPS_FREE_SET))
          .put(
              "42343007",
              condition("Congestive heart failure", Condition.HEART_FAILURE, IPS_FREE_SET))
          .put("195967001", condition("Asthma", Condition.BRONCHIAL_ASTHMA, IPS_FREE_SET))
          .put("45007003", condition("Low blood pressure", Condition.HYPOTENSION, IPS_FREE_SET))
          .put("34486009", condition("Hyperthyroidism", Condition.HYPERTHYROIDISM, IPS_FREE_SET))
          .put("698247007", condition("Cardiac arrhythmia", Condition.ARRHYTHMIA, IPS_FREE_SET))
          .put(
              "42399005",
              condition("Renal failure syndrome", Condition.RENAL_FAILURE, IPS_FREE_SET))
          .put("77386006", condition("Pregnancy", Condition.PREGNANCY, IPS_FREE_SET))
          .put("55525008", condition("Paralytic ileus", Condition.ILEUS, IPS_FREE_SET))
          .put(
              "397881000",
              condition("Diverticular disease", Condition.DIVERTICULOSIS, IPS_FREE_SET))
          .put("67362008", condition("Aortic aneurysm", Condition.AORTIC_ANEURYSM, IPS_FREE_SET))
          .put(
              "363346000",
              condition("Malignant neoplastic disease", Condition.ACTIVE_MALIGNANCY, IPS_FREE_SET))
          .put(
              "128462008",
              metastatic(
                  "Metastatic malignant neoplasm", Condition.ACTIVE_MALIGNANCY, IPS_FREE_SET))
          .put(
              "94579000",
              metastatic(
                  "Metastatic malignant neoplasm to skin", Condition.SKIN_METASTASES, IPS_FREE_SET))
          .build();

  /** SNOMED CT NYHA classes (a heart-failure Condition's stage), class by code. */
  private static final ImmutableMap<String, Integer> NYHA =
      ImmutableMap.of("420300004", 1, "421704003", 2, "420913000", 3, "422293003", 4);

  /** The displays of the NYHA classes in DICOM CID 3736. */
  private static final ImmutableMap<String, String> NYHA_DISPLAY =
      ImmutableMap.of(
          "420300004", "NYHA Class I",
          "421704003", "NYHA Class II",
          "420913000", "NYHA Class III",
          "422293003", "NYHA Class IV");

  /** SNOMED CT laterality qualifier Left (DICOM CID 247). */
  static final String LEFT = "7771000";

  /** SNOMED CT laterality qualifier Right (DICOM CID 247). */
  static final String RIGHT = "24028007";

  private PatientCodes() {}

  private static Mapped lymphoedema(
      String display, @org.jspecify.annotations.Nullable OedemaCause cause, String source) {
    return new Mapped(
        Meaning.LYMPHOEDEMA, display, Optional.empty(), Optional.ofNullable(cause), false, source);
  }

  private static Mapped condition(String display, Condition c, String source) {
    return new Mapped(Meaning.CONDITION, display, Optional.of(c), Optional.empty(), false, source);
  }

  private static Mapped metastatic(String display, Condition c, String source) {
    return new Mapped(Meaning.CONDITION, display, Optional.of(c), Optional.empty(), true, source);
  }

  private static Mapped fever(String display, String source) {
    return new Mapped(
        Meaning.FEVER,
        display,
        Optional.of(Condition.ACUTE_INFECTION),
        Optional.empty(),
        false,
        source);
  }

  /**
   * The meaning of a code in a system: a WHO ICD-10 code by itself or by its three-character
   * category ({@code I80.2} → {@code I80}), a SNOMED CT concept id exactly. ICD-10-CM codes and
   * other systems map to nothing.
   */
  public static Optional<Mapped> find(String system, String code) {
    if (ICD10_SYSTEM.equals(system)) {
      Mapped m = ICD10.get(code);
      if (m == null && code.length() > 3) {
        m = ICD10.get(code.substring(0, 3));
      }
      return Optional.ofNullable(m);
    }
    if (FhirNames.SNOMED.equals(system)) {
      return Optional.ofNullable(SNOMED.get(code));
    }
    if (FhirNames.CONDITION_SYSTEM.equals(system)) {
      for (Condition c : Condition.values()) {
        if (c.code().equals(code)) {
          return Optional.of(
              new Mapped(
                  Meaning.CONDITION,
                  c.label(),
                  Optional.of(c),
                  Optional.empty(),
                  false,
                  "Lympha: " + FhirNames.CONDITION_SYSTEM));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The SNOMED CT code the writer adds for a condition: the one code of this table that maps to
   * exactly this condition with this metastatic flag, so that code and condition say the same in
   * both directions. Empty where no code or several codes map to it (cellulitis and erysipelas are
   * both an acute infection: neither says the other).
   */
  static Optional<String> snomedFor(Condition condition, boolean metastatic) {
    List<String> found = new ArrayList<>();
    SNOMED.forEach(
        (code, m) -> {
          if (m.meaning() == Meaning.CONDITION
              && m.condition().equals(Optional.of(condition))
              && m.metastatic() == metastatic) {
            found.add(code);
          }
        });
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The one SNOMED CT code of a meaning with no cause: lymphoedema, fever; fails if not one. */
  static String snomedFor(Meaning meaning) {
    List<String> found = new ArrayList<>();
    SNOMED.forEach(
        (code, m) -> {
          if (m.meaning() == meaning && m.cause().isEmpty()) {
            found.add(code);
          }
        });
    if (found.size() != 1) {
      throw new IllegalStateException("Expected one SNOMED CT code of " + meaning + ": " + found);
    }
    return found.get(0);
  }

  /** The SNOMED CT code of a NYHA class (1 to 4). */
  static String nyhaCode(int nyhaClass) {
    for (Map.Entry<String, Integer> e : NYHA.entrySet()) {
      if (e.getValue() == nyhaClass) {
        return e.getKey();
      }
    }
    throw new IllegalArgumentException("Invalid value for nyhaClass: " + nyhaClass);
  }

  /** The NYHA class (1 to 4) a SNOMED CT code names, if it names one. */
  public static OptionalInt nyhaClass(String system, String code) {
    Integer n = FhirNames.SNOMED.equals(system) ? NYHA.get(code) : null;
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** Every WHO ICD-10 code mapped, for the docs table. */
  public static ImmutableMap<String, Mapped> icd10() {
    return ICD10;
  }

  /** Every SNOMED CT condition code mapped, for the docs table. */
  public static ImmutableMap<String, Mapped> snomed() {
    return SNOMED;
  }

  /** The SNOMED CT laterality codes and their displays (DICOM CID 247). */
  public static ImmutableMap<String, String> lateralityCodes() {
    return ImmutableMap.of(LEFT, "Left", RIGHT, "Right");
  }

  /** The SNOMED CT NYHA class codes and their displays (DICOM CID 3736). */
  public static ImmutableMap<String, String> nyhaCodes() {
    return NYHA_DISPLAY;
  }
}
