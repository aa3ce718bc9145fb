package io.github.lympha.fhir;

import static io.github.lympha.fhir.FhirNames.BASE;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Site;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;

/**
 * The conformance resources that say what Lympha's FHIR content means: a {@code
 * StructureDefinition} per extension, the {@code CodeSystem}s of strokes and pressure levels and of
 * the standard anatomy's ids, and the profile of a Lympha protocol {@code PlanDefinition}. Load
 * them into a validator so that it checks Lympha's extensions and codes.
 */
public final class Conformance {
  private static final String EXTENSION_BASE = "http://hl7.org/fhir/StructureDefinition/Extension";

  private Conformance() {}

  /** Every conformance resource, in a stable order: code systems, extensions, the profile. */
  public static ImmutableList<MetadataResource> resources() {
    ImmutableList.Builder<MetadataResource> all = ImmutableList.builder();
    all.add(
        techniqueCodeSystem(),
        anatomyCodeSystem(),
        compromiseCodeSystem(),
        islStageCodeSystem(),
        conditionStatusCodeSystem(),
        conditionCodeSystem());
    String pd = "PlanDefinition";
    String action = "PlanDefinition.action";
    all.add(
        extension(
            "protocol-treats", "ProtocolTreats", pd, "Coding", "A region the protocol treats"),
        extension(
            "sequence-repeats",
            "SequenceRepeats",
            action,
            "positiveInt",
            "How many times the sequence is performed in a row"),
        extension(
            "step-site",
            "StepSite",
            action,
            "CodeableConcept",
            "The site the hands work: a region of skin or a node group (its Lympha id, and for node"
                + " groups their SNOMED CT, Uberon and FMA codes)"),
        extension("step-stroke", "StepStroke", action, "Coding", "The MLD stroke"),
        extension(
            "step-pressure-level",
            "StepPressureLevel",
            action,
            "Coding",
            "The qualitative pressure level"),
        extension(
            "step-pressure",
            "StepPressure",
            action,
            "Quantity",
            "The pressure in mmHg (UCUM mm[Hg])"),
        extension(
            "step-tempo",
            "StepTempo",
            action,
            "Quantity",
            "Seconds per working-and-resting cycle (UCUM s)"),
        extension(
            "step-repetitions",
            "StepRepetitions",
            action,
            "positiveInt",
            "How many times the stroke is repeated on the spot"),
        extension(
            "step-toward",
            "StepToward",
            action,
            "CodeableConcept",
            "The node group the skin is stretched toward"),
        extension(
            "step-via",
            "StepVia",
            action,
            "Coding",
            "The anastomosis the stretch follows across a watershed"),
        extension("step-hands", "StepHands", action, "string", "Where to place the hands"),
        extension("step-note", "StepNote", action, "string", "A free-text note for a person"),
        extension(
            "finding-rule",
            "FindingRule",
            "OperationOutcome.issue",
            "code",
            "The id of the Lympha rule that produced the finding (docs/rules.md)"),
        extension(
            "condition-status",
            "ConditionStatus",
            "Condition",
            "Coding",
            "Where an active condition stands, as Lympha distinguishes it: ACUTE, CHRONIC or"
                + " CONTROLLED (code system lympha-condition-status); FHIR's clinicalStatus says"
                + " active only"),
        extension(
            "condition-clearance",
            "ConditionClearance",
            "Condition",
            "Annotation",
            "A physician's clearance for MLD despite this condition: authorString is who gave it,"
                + " text what it covers; both are required"));
    all.add(protocolProfile());
    return all.build();
  }

  /** The code system of strokes and pressure levels, their codes the enum constants' names. */
  public static CodeSystem techniqueCodeSystem() {
    CodeSystem cs =
        codeSystem(
            FhirNames.TECHNIQUE_SYSTEM,
            "LymphaTechnique",
            "Lympha MLD strokes and pressure levels");
    StringBuilder text = new StringBuilder("Lympha MLD strokes and pressure levels\n");
    for (Stroke s : Stroke.values()) {
      cs.addConcept().setCode(s.code()).setDisplay(s.label()).setDefinition(s.description());
      text.append("\n").append(s.code()).append(": ").append(s.label());
    }
    for (PressureLevel p : PressureLevel.values()) {
      cs.addConcept()
          .setCode(p.name())
          .setDisplay(p.label())
          .setDefinition("Pressure level: " + p.label());
      text.append("\n").append(p.name()).append(": ").append(p.label()).append(" pressure");
    }
    Narratives.set(cs, text.toString());
    return cs;
  }

  /** The code system of why a node group is compromised: a Procedure's code. */
  public static CodeSystem compromiseCodeSystem() {
    return enumCodeSystem(
        PatientContexts.COMPROMISE_SYSTEM,
        "LymphaCompromise",
        "Lympha node-group compromises: what a procedure did to a node group",
        "Lympha node-group compromises",
        io.github.lympha.patient.Compromise.values(),
        io.github.lympha.patient.Compromise::name,
        io.github.lympha.patient.Compromise::label,
        label -> "The node group was " + label + ".");
  }

  /** The code system of the ISL lymphoedema stages [S57], codes the IslStage constants' names. */
  public static CodeSystem islStageCodeSystem() {
    return enumCodeSystem(
        FhirNames.ISL_STAGE_SYSTEM,
        "LymphaIslStage",
        "Lympha ISL lymphoedema stages (International Society of Lymphology)",
        "Lympha ISL lymphoedema stages",
        io.github.lympha.patient.IslStage.values(),
        io.github.lympha.patient.IslStage::code,
        io.github.lympha.patient.IslStage::label,
        label ->
            "The lymphoedema stage of the International Society of Lymphology: " + label + ".");
  }

  /** The code system of condition statuses, codes the ConditionStatus constants' names. */
  public static CodeSystem conditionStatusCodeSystem() {
    return enumCodeSystem(
        FhirNames.CONDITION_STATUS_SYSTEM,
        "LymphaConditionStatus",
        "Lympha condition statuses: where a condition stands",
        "Lympha condition statuses",
        io.github.lympha.patient.ConditionStatus.values(),
        io.github.lympha.patient.ConditionStatus::code,
        io.github.lympha.patient.ConditionStatus::label,
        label -> "The condition is " + label + ".");
  }

  /** The code system of Lympha's conditions, codes the Condition constants' names. */
  public static CodeSystem conditionCodeSystem() {
    return enumCodeSystem(
        FhirNames.CONDITION_SYSTEM,
        "LymphaCondition",
        "Lympha conditions: conditions that speak against MLD or call for caution",
        "Lympha conditions",
        io.github.lympha.patient.Condition.values(),
        io.github.lympha.patient.Condition::code,
        io.github.lympha.patient.Condition::label,
        label -> "The patient has " + label + ", as a clinician recorded it.");
  }

  /** A code system of an enum's constants: code, display (its label) and definition of each. */
  private static <E> CodeSystem enumCodeSystem(
      String url,
      String name,
      String title,
      String heading,
      E[] values,
      Function<E, String> code,
      Function<E, String> label,
      Function<String, String> definition) {
    CodeSystem cs = codeSystem(url, name, title);
    StringBuilder text = new StringBuilder(heading + "\n");
    for (E e : values) {
      cs.addConcept()
          .setCode(code.apply(e))
          .setDisplay(label.apply(e))
          .setDefinition(definition.apply(label.apply(e)));
      text.append("\n").append(code.apply(e)).append(": ").append(label.apply(e));
    }
    Narratives.set(cs, text.toString());
    return cs;
  }

  /** The code system of the standard anatomy: every site's and anastomosis's id. */
  public static CodeSystem anatomyCodeSystem() {
    Anatomy anatomy = Anatomy.standard();
    CodeSystem cs =
        codeSystem(
            FhirNames.ANATOMY_SYSTEM,
            "LymphaAnatomy",
            "Lympha standard anatomy: regions, node groups and anastomoses");
    StringBuilder text = new StringBuilder("Lympha standard anatomy\n");
    Set<String> seen = new HashSet<>();
    for (Site s : anatomy.sites()) {
      if (seen.add(s.id())) {
        cs.addConcept()
            .setCode(s.id())
            .setDisplay(s.name())
            .setDefinition((s.isNodeGroup() ? "Node group: " : "Region: ") + s.name());
        text.append("\n").append(s.id()).append(": ").append(s.name());
      }
    }
    for (Anastomosis a : anatomy.anastomoses()) {
      if (seen.add(a.id())) {
        cs.addConcept().setCode(a.id()).setDisplay(a.name()).setDefinition(a.description());
        text.append("\n").append(a.id()).append(": ").append(a.name());
      }
    }
    Narratives.set(cs, text.toString());
    return cs;
  }

  private static CodeSystem codeSystem(String url, String name, String title) {
    CodeSystem cs = new CodeSystem();
    cs.setId(name.replace("Lympha", "lympha-").toLowerCase(java.util.Locale.ROOT));
    cs.setUrl(url);
    cs.setName(name);
    cs.setTitle(title);
    cs.setStatus(PublicationStatus.ACTIVE);
    cs.setExperimental(false);
    cs.setPublisher("The Lympha maintainers");
    cs.setDescription(title + ". Lympha models protocols; it gives no medical advice.");
    cs.setCaseSensitive(true);
    cs.setContent(CodeSystem.CodeSystemContentMode.COMPLETE);
    return cs;
  }

  private static StructureDefinition extension(
      String id, String name, String context, String type, String definition) {
    StructureDefinition sd = new StructureDefinition();
    sd.setId(id);
    sd.setUrl(FhirNames.extension(id));
    sd.setName(name);
    sd.setTitle(name);
    sd.setStatus(PublicationStatus.ACTIVE);
    sd.setExperimental(false);
    sd.setPublisher("The Lympha maintainers");
    sd.setDescription(definition + ".");
    sd.setFhirVersion(org.hl7.fhir.r4.model.Enumerations.FHIRVersion._4_0_1);
    sd.setKind(StructureDefinition.StructureDefinitionKind.COMPLEXTYPE);
    sd.setAbstract(false);
    sd.addContext()
        .setType(StructureDefinition.ExtensionContextType.ELEMENT)
        .setExpression(context);
    sd.setType("Extension");
    sd.setBaseDefinition(EXTENSION_BASE);
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    StructureDefinition.StructureDefinitionDifferentialComponent diff = sd.getDifferential();
    element(diff, "Extension").setShort(definition).setDefinition(definition + ".");
    element(diff, "Extension.extension").setMax("0");
    ElementDefinition url = element(diff, "Extension.url");
    url.setFixed(new UriType(FhirNames.extension(id)));
    ElementDefinition value = element(diff, "Extension.value[x]").setMin(1);
    value.addType().setCode(type);
    Narratives.set(
        sd, "Lympha extension " + name + " on " + context + " (" + type + "): " + definition + ".");
    return sd;
  }

  private static ElementDefinition element(
      StructureDefinition.StructureDefinitionDifferentialComponent diff, String path) {
    ElementDefinition e = diff.addElement();
    e.setId(path);
    e.setPath(path);
    return e;
  }

  /** The profile of a Lympha protocol PlanDefinition: an identifier, a title, its type. */
  public static StructureDefinition protocolProfile() {
    StructureDefinition sd = new StructureDefinition();
    sd.setId("lympha-protocol");
    sd.setUrl(FhirNames.PROTOCOL_PROFILE);
    sd.setName("LymphaProtocol");
    sd.setTitle("Lympha MLD protocol");
    sd.setStatus(PublicationStatus.ACTIVE);
    sd.setExperimental(false);
    sd.setPublisher("The Lympha maintainers");
    sd.setDescription(
        "A manual lymphatic drainage protocol written by Lympha: sequences as actions, steps as"
            + " nested actions with Lympha's step extensions.");
    sd.setFhirVersion(org.hl7.fhir.r4.model.Enumerations.FHIRVersion._4_0_1);
    sd.setKind(StructureDefinition.StructureDefinitionKind.RESOURCE);
    sd.setAbstract(false);
    sd.setType("PlanDefinition");
    sd.setBaseDefinition("http://hl7.org/fhir/StructureDefinition/PlanDefinition");
    sd.setDerivation(StructureDefinition.TypeDerivationRule.CONSTRAINT);
    StructureDefinition.StructureDefinitionDifferentialComponent diff = sd.getDifferential();
    element(diff, "PlanDefinition");
    element(diff, "PlanDefinition.identifier")
        .setMin(1)
        .setShort("The Lympha protocol id (system " + FhirNames.PROTOCOL_ID_SYSTEM + ")");
    element(diff, "PlanDefinition.title").setMin(1);
    ElementDefinition type = element(diff, "PlanDefinition.type").setMin(1);
    type.setPattern(
        new CodeableConcept(new Coding(FhirNames.PLAN_TYPE_SYSTEM, "clinical-protocol", null)));
    Narratives.set(
        sd,
        "Lympha MLD protocol: a PlanDefinition of type clinical-protocol with a"
            + " Lympha protocol identifier and a title; sequences as actions, steps as nested"
            + " actions. Base: "
            + BASE);
    return sd;
  }
}
