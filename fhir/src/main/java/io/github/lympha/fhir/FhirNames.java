package io.github.lympha.fhir;

import io.github.lympha.anatomy.Coding;

/** The canonical URLs of Lympha's FHIR conformance resources and the systems it uses. */
public final class FhirNames {
  /** The base of every Lympha canonical URL. */
  public static final String BASE = "https://lympha.github.io/fhir";

  /** The profile every PlanDefinition Lympha writes claims. */
  public static final String PROTOCOL_PROFILE = BASE + "/StructureDefinition/lympha-protocol";

  /** The identifier system of Lympha protocol ids. */
  public static final String PROTOCOL_ID_SYSTEM = BASE + "/protocol-id";

  /** The code system of strokes and pressure levels. */
  public static final String TECHNIQUE_SYSTEM = BASE + "/CodeSystem/lympha-technique";

  /** The code system of the standard anatomy's sites and anastomoses (their ids). */
  public static final String ANATOMY_SYSTEM = BASE + "/CodeSystem/lympha-anatomy";

  /** The code system of ISL lymphoedema stages: a Condition's stage summary. */
  public static final String ISL_STAGE_SYSTEM = BASE + "/CodeSystem/lympha-isl-stage";

  /** The code system of condition statuses (Lympha's ConditionStatus constants). */
  public static final String CONDITION_STATUS_SYSTEM = BASE + "/CodeSystem/lympha-condition-status";

  /**
   * The code system of Lympha's conditions (the Condition constants): a Condition's code where no
   * verified SNOMED CT or ICD-10 code says the same.
   */
  public static final String CONDITION_SYSTEM = BASE + "/CodeSystem/lympha-condition";

  /** HL7's PlanDefinition type code system. */
  public static final String PLAN_TYPE_SYSTEM =
      "http://terminology.hl7.org/CodeSystem/plan-definition-type";

  /** SNOMED CT. */
  public static final String SNOMED = "http://snomed.info/sct";

  /** Uberon. */
  public static final String UBERON = "http://purl.obolibrary.org/obo/uberon.owl";

  /** The Foundational Model of Anatomy. */
  public static final String FMA = "http://purl.org/sig/ont/fma";

  /** LOINC. */
  public static final String LOINC = "http://loinc.org";

  /** ICD-10 (WHO). */
  public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";

  /** UCUM, for quantities. */
  public static final String UCUM = "http://unitsofmeasure.org";

  private FhirNames() {}

  /** The URL of a Lympha extension by its short name, e.g. {@code step-stroke}. */
  public static String extension(String name) {
    return BASE + "/StructureDefinition/" + name;
  }

  /** The FHIR system URL of a Lympha anatomy coding system. */
  static String system(Coding.CodeSystem system) {
    switch (system) {
      case SNOMED_CT:
        return SNOMED;
      case UBERON:
        return UBERON;
      case FMA:
        return FMA;
      default:
        throw new IllegalArgumentException("Unknown code system " + system);
    }
  }
}
