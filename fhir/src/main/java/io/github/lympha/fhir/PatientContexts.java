package io.github.lympha.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * A {@link PatientContext} from a FHIR R4 {@code Bundle} holding one {@code Patient} with its
 * {@code Condition}s and {@code Procedure}s: lymphoedema's body sites become the affected regions
 * (an affected area when its cause or ISL stage is known), other conditions Lympha's conditions
 * ({@link PatientCodes}) with their status, NYHA class, fever, metastasis and a recorded clearance,
 * completed lymph node dissections and radiotherapy compromised node groups. Broken input (no or
 * two Patients, a Condition without a code, a malformed Lympha extension) fails with a {@link
 * FhirMappingException}; what is valid but cannot be mapped is listed in {@link
 * PatientImport#unmapped()}. docs/fhir.md describes every mapping.
 *
 * <p>{@link #write(PatientContext)} goes the other way with the same codes: it writes what the
 * import reads back, and lists in {@link PatientExport#notWritten()} what FHIR and the verified
 * codes cannot hold (tissue state, an area's cause, trimester, palliative care, treatment day, the
 * setting).
 */
public final class PatientContexts {
  /** The code system of node-group compromises in a Procedure's code: REMOVED, IRRADIATED. */
  public static final String COMPROMISE_SYSTEM = FhirNames.BASE + "/CodeSystem/lympha-compromise";

  /** The extension on a Condition refining an active status: ACUTE, CHRONIC or CONTROLLED. */
  public static final String CONDITION_STATUS = FhirNames.extension("condition-status");

  /** The extension on a Condition recording a physician's clearance (an Annotation). */
  public static final String CONDITION_CLEARANCE = FhirNames.extension("condition-clearance");

  /** HL7's Condition clinical-status code system. */
  static final String CLINICAL_STATUS = "http://terminology.hl7.org/CodeSystem/condition-clinical";

  /** The codes of HL7's Condition clinical-status code system. */
  static final ImmutableList<String> KNOWN_CLINICAL =
      ImmutableList.of("active", "recurrence", "relapse", "inactive", "remission", "resolved");

  /** The LOINC code of body temperature (FHIR R4 profile bodytemp). */
  static final String BODY_TEMPERATURE = "8310-5";

  private PatientContexts() {}

  /** Reads a Bundle on the standard anatomy, with no setting recorded. */
  public static PatientImport read(Bundle bundle) {
    return read(bundle, Anatomy.standard());
  }

  /** Reads a Bundle on an anatomy, with no setting recorded (it reads as a therapist's). */
  public static PatientImport read(Bundle bundle, Anatomy anatomy) {
    return new Reader(bundle, anatomy, Optional.empty()).read();
  }

  /**
   * Reads a Bundle on an anatomy for a setting. Who carries the protocol out is not a fact of the
   * patient's record, so the caller says it.
   */
  public static PatientImport read(Bundle bundle, Anatomy anatomy, Setting setting) {
    return new Reader(bundle, anatomy, Optional.of(setting)).read();
  }

  /** The verification status the writer gives every Condition: what a clinician established. */
  static final String VERIFICATION_STATUS =
      "http://terminology.hl7.org/CodeSystem/condition-ver-status";

  /** A label the writer can carry: {@code Patient/} and a FHIR id, written as the Patient's id. */
  private static final Pattern PATIENT_LABEL = Pattern.compile("Patient/([A-Za-z0-9\\-.]{1,64})");

  /** A FHIR id: the only Patient ids the import makes a label of. */
  private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

  /**
   * Writes a patient context on the standard anatomy as a FHIR R4 collection Bundle; see {@link
   * #write(PatientContext, Anatomy)}.
   */
  public static PatientExport write(PatientContext context) {
    return write(context, Anatomy.standard());
  }

  /**
   * Writes a patient context as a FHIR R4 collection Bundle that {@link #read(Bundle, Anatomy)}
   * reads back: one Patient, a lymphoedema Condition for the affected regions and one per affected
   * area with an ISL stage, a Condition per condition (and a fever Condition for an infection's
   * fever), a completed Procedure per compromised node group, each with a narrative. What no FHIR
   * element, verified code or Lympha extension carries is listed in {@link
   * PatientExport#notWritten()} (docs/fhir.md). Fails if a region or node group of the context is
   * not the anatomy's, naming it.
   */
  public static PatientExport write(PatientContext context, Anatomy anatomy) {
    for (Region r : context.affectedRegions()) {
      checkArgument(
          anatomy.findRegion(r.id()).filter(r::equals).isPresent(),
          "Region %s is not a region of the anatomy; the Bundle could not be read back",
          r.id());
    }
    for (PatientCondition c : context.conditions()) {
      for (Region r : c.regions()) {
        checkArgument(
            anatomy.findRegion(r.id()).filter(r::equals).isPresent(),
            "Region %s of %s is not a region of the anatomy; the Bundle could not be read back",
            r.id(),
            c.condition().code());
      }
    }
    for (NodeGroup g : context.compromisedGroups()) {
      checkArgument(
          anatomy.findNodeGroup(g.id()).filter(g::equals).isPresent(),
          "Node group %s is not a node group of the anatomy; the Bundle could not be read back",
          g.id());
    }
    return new Writer().write(context);
  }

  private static final class Writer {
    private final Bundle bundle = new Bundle();
    private final List<String> notWritten = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Reference> subjects = new ArrayList<>();
    private int conditions;
    private int procedures;

    PatientExport write(PatientContext context) {
      bundle.setType(Bundle.BundleType.COLLECTION);
      patient(context);
      context
          .setting()
          .ifPresent(
              s ->
                  notWritten.add(
                      "setting: "
                          + s.code()
                          + ": who carries the protocol out is not a fact of the patient's"
                          + " record; pass it to read(bundle, anatomy, setting)"));
      if (context.tissue() != TissueState.NORMAL) {
        notWritten.add(
            "tissue: "
                + context.tissue().name()
                + ": no FHIR element or verified code carries the tissue state");
      }
      Set<Region> plain = new LinkedHashSet<>(context.affected());
      List<AffectedArea> staged = new ArrayList<>();
      for (int i = 0; i < context.areas().size(); i++) {
        AffectedArea a = context.areas().get(i);
        String where = "areas[" + i + "]";
        a.cause()
            .ifPresent(
                c ->
                    notWritten.add(
                        where
                            + ".cause: "
                            + c.code()
                            + ": no verified code says this cause of lymphoedema and no other"));
        a.tissue()
            .ifPresent(
                t ->
                    notWritten.add(
                        where
                            + ".tissue: "
                            + t.name()
                            + ": no FHIR element or verified code carries the tissue state"));
        if (a.stage().isPresent()) {
          staged.add(a);
        } else {
          plain.addAll(a.regions());
        }
      }
      if (!plain.isEmpty()) {
        lymphoedema(plain, Optional.empty());
      }
      for (AffectedArea a : staged) {
        lymphoedema(a.regions(), a.stage());
      }
      for (int i = 0; i < context.conditions().size(); i++) {
        condition(context.conditions().get(i), "conditions[" + i + "]");
      }
      for (CompromisedNodeGroup c : context.compromised()) {
        procedure(c);
      }
      identify();
      return new PatientExport(bundle, ImmutableList.copyOf(notWritten));
    }

    private void patient(PatientContext context) {
      Patient p = new Patient();
      Optional<String> id = Optional.empty();
      if (context.label().isPresent()) {
        Matcher m = PATIENT_LABEL.matcher(context.label().get());
        if (m.matches()) {
          id = Optional.of(m.group(1));
        } else {
          notWritten.add(
              "label: \""
                  + context.label().get()
                  + "\": only a label Patient/<id> is written, as the Patient's id (from which"
                  + " the import reads the label)");
        }
      }
      id.ifPresent(p::setId);
      Narratives.set(p, "Patient" + id.map(i -> " " + i).orElse("") + ", as Lympha recorded it");
      add(p, "Patient");
    }

    private void add(Resource r, String name) {
      bundle.addEntry().setResource(r);
      names.add(name);
    }

    /** A reference to the Patient, its URL set once the Bundle is complete. */
    private Reference subject() {
      Reference r = new Reference();
      subjects.add(r);
      return r;
    }

    /**
     * Sets the entries' fullUrls: name-based UUIDs of what the Bundle says (its JSON before the
     * URLs are set) and of each entry, so that the same facts give the same text and different
     * facts different URLs.
     */
    private void identify() {
      String content = FhirJson.write(bundle);
      for (int i = 0; i < names.size(); i++) {
        bundle
            .getEntry()
            .get(i)
            .setFullUrl(
                "urn:uuid:"
                    + UUID.nameUUIDFromBytes(
                        (content + "\n" + names.get(i)).getBytes(StandardCharsets.UTF_8)));
      }
      for (Reference r : subjects) {
        r.setReference(bundle.getEntry().get(0).getFullUrl());
      }
    }

    private Condition newCondition(String narrative) {
      conditions++;
      Condition c = new Condition();
      c.setId("condition-" + conditions);
      c.setVerificationStatus(
          new CodeableConcept(new Coding(VERIFICATION_STATUS, "confirmed", "Confirmed")));
      c.setSubject(subject());
      Narratives.set(c, narrative);
      return c;
    }

    private static CodeableConcept clinical(String code) {
      String display = Character.toUpperCase(code.charAt(0)) + code.substring(1);
      return new CodeableConcept(new Coding(CLINICAL_STATUS, code, display));
    }

    private void lymphoedema(Set<Region> regions, Optional<IslStage> stage) {
      String code = PatientCodes.snomedFor(PatientCodes.Meaning.LYMPHOEDEMA);
      String display = PatientCodes.snomed().get(code).display();
      StringBuilder text = new StringBuilder("Lymphoedema (SNOMED CT " + code + ")");
      stage.ifPresent(s -> text.append(", ").append(s.label()));
      text.append(", affected regions: ").append(names(regions));
      Condition c = newCondition(text.toString());
      c.setClinicalStatus(clinical("active"));
      c.setCode(new CodeableConcept(new Coding(FhirNames.SNOMED, code, display)));
      for (Region r : regions) {
        c.addBodySite(PlanDefinitions.siteConcept(r));
      }
      stage.ifPresent(
          s ->
              c.addStage()
                  .setSummary(
                      new CodeableConcept(
                          new Coding(FhirNames.ISL_STAGE_SYSTEM, s.code(), s.label()))));
      add(c, "Condition/" + c.getIdElement().getIdPart());
    }

    private void condition(PatientCondition pc, String where) {
      io.github.lympha.patient.Condition lc = pc.condition();
      boolean metastatic = pc.metastatic().orElse(false);
      pc.metastatic()
          .filter(m -> !m)
          .ifPresent(
              m ->
                  notWritten.add(
                      where
                          + ".metastatic: false: no verified code says a malignancy is not"
                          + " metastatic"));
      pc.treatmentDay()
          .ifPresent(
              d ->
                  notWritten.add(
                      where
                          + ".treatmentDay: "
                          + d
                          + ": no FHIR element carries it without a reference date"));
      pc.palliative()
          .ifPresent(
              v ->
                  notWritten.add(
                      where + ".palliative: " + v + ": no verified code for palliative care"));
      pc.trimester()
          .ifPresent(
              t ->
                  notWritten.add(
                      where + ".trimester: " + t + ": no verified code for a trimester"));
      if (pc.fever().isPresent() && lc != io.github.lympha.patient.Condition.ACUTE_INFECTION) {
        notWritten.add(
            where
                + ".fever: "
                + pc.fever().get()
                + ": fever is written as a fever Condition, which qualifies an acute infection"
                + " only");
      }
      StringBuilder text = new StringBuilder(lc.label());
      CodeableConcept code = new CodeableConcept();
      Optional<String> snomed = PatientCodes.snomedFor(lc, metastatic);
      snomed.ifPresent(
          k ->
              code.addCoding(
                  new Coding(FhirNames.SNOMED, k, PatientCodes.snomed().get(k).display())));
      code.addCoding(new Coding(FhirNames.CONDITION_SYSTEM, lc.code(), lc.label()));
      code.setText(lc.label());
      if (metastatic) {
        text.append(", metastatic");
      }
      Condition c = newCondition("");
      Optional<ConditionStatus> status = pc.status();
      if (status.equals(Optional.of(ConditionStatus.IN_REMISSION))) {
        c.setClinicalStatus(clinical("remission"));
      } else if (status.equals(Optional.of(ConditionStatus.RESOLVED))) {
        c.setClinicalStatus(clinical("resolved"));
      } else {
        c.setClinicalStatus(clinical("active"));
        status.ifPresent(
            s ->
                c.addExtension(
                    CONDITION_STATUS,
                    new Coding(FhirNames.CONDITION_STATUS_SYSTEM, s.code(), s.label())));
      }
      status.ifPresent(s -> text.append(", ").append(s.label()));
      pc.clearance()
          .ifPresent(
              k -> {
                // FHIR strings carry no surrounding whitespace (HAPI's parser drops it).
                Annotation a = new Annotation().setText(k.scope().strip());
                a.setAuthor(new StringType(k.by().strip()));
                c.addExtension(CONDITION_CLEARANCE, a);
                text.append("; cleared ").append(k.describe());
              });
      c.setCode(code);
      for (Region r : pc.regions()) {
        c.addBodySite(PlanDefinitions.siteConcept(r));
      }
      if (!pc.regions().isEmpty()) {
        text.append("; located in: ").append(names(pc.regions()));
      }
      pc.nyhaClass()
          .ifPresent(
              n -> {
                String k = PatientCodes.nyhaCode(n);
                c.addStage()
                    .setSummary(
                        new CodeableConcept(
                            new Coding(FhirNames.SNOMED, k, PatientCodes.nyhaCodes().get(k))));
                text.append("; NYHA class ").append(n);
              });
      Narratives.set(c, text.toString());
      add(c, "Condition/" + c.getIdElement().getIdPart());
      if (lc == io.github.lympha.patient.Condition.ACUTE_INFECTION && pc.fever().isPresent()) {
        fever(pc.fever().get());
      }
    }

    private void fever(boolean present) {
      String code = PatientCodes.snomedFor(PatientCodes.Meaning.FEVER);
      Condition c =
          newCondition(
              "Fever (SNOMED CT "
                  + code
                  + "), "
                  + (present ? "present" : "resolved")
                  + ": qualifies the acute infection");
      c.setClinicalStatus(clinical(present ? "active" : "resolved"));
      c.setCode(
          new CodeableConcept(
              new Coding(FhirNames.SNOMED, code, PatientCodes.snomed().get(code).display())));
      add(c, "Condition/" + c.getIdElement().getIdPart());
    }

    private void procedure(CompromisedNodeGroup g) {
      procedures++;
      Procedure p = new Procedure();
      p.setId("procedure-" + procedures);
      p.setStatus(Procedure.ProcedureStatus.COMPLETED);
      p.setCode(
          new CodeableConcept(
              new Coding(COMPROMISE_SYSTEM, g.reason().name(), g.reason().label())));
      p.setSubject(subject());
      p.addBodySite(PlanDefinitions.siteConcept(g.group()));
      Narratives.set(p, "Node group " + g.group().name() + ": " + g.reason().label());
      add(p, "Procedure/" + p.getIdElement().getIdPart());
    }

    private static String names(Set<Region> regions) {
      List<String> out = new ArrayList<>();
      for (Region r : regions) {
        out.add(r.name() + " (" + r.id() + ")");
      }
      return String.join(", ", out);
    }
  }

  /** What one or more FHIR Conditions say about one Lympha condition. */
  private static final class Found {
    final String who;
    final Set<Region> regions = new LinkedHashSet<>();
    Optional<ConditionStatus> status = Optional.empty();
    OptionalInt nyha = OptionalInt.empty();
    Optional<Boolean> fever = Optional.empty();
    boolean metastatic;
    Optional<Clearance> clearance = Optional.empty();

    Found(String who) {
      this.who = who;
    }
  }

  private static final class Reader {
    private final Bundle bundle;
    private final Anatomy anatomy;
    private final Optional<Setting> setting;
    private final List<String> errors = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private final Set<Region> affected = new LinkedHashSet<>();
    private final List<AffectedArea> areas = new ArrayList<>();
    private final Set<Region> seenRegions = new LinkedHashSet<>();
    private final Map<io.github.lympha.patient.Condition, Found> conditions = new LinkedHashMap<>();
    private final List<Runnable> afterConditions = new ArrayList<>();
    private final List<CompromisedNodeGroup> compromised = new ArrayList<>();

    Reader(Bundle bundle, Anatomy anatomy, Optional<Setting> setting) {
      this.bundle = bundle;
      this.anatomy = anatomy;
      this.setting = setting;
    }

    private static String name(Resource r) {
      return r.getIdElement().hasIdPart()
          ? r.fhirType() + "/" + r.getIdElement().getIdPart()
          : r.fhirType();
    }

    PatientImport read() {
      List<Integer> patients = new ArrayList<>();
      List<Bundle.BundleEntryComponent> entries = bundle.getEntry();
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).getResource() instanceof Patient) {
          patients.add(i);
        }
      }
      if (patients.size() != 1) {
        throw FhirMappingException.of(
            String.format(
                "Bundle: Bundle.entry.resource.ofType(Patient): expected exactly one Patient, found"
                    + " %s%s",
                patients.size(),
                patients.isEmpty()
                    ? ""
                    : " (at Bundle.entry"
                        + patients.toString().replace(", ", "], Bundle.entry[")
                        + ")"));
      }
      Patient patient = (Patient) entries.get(patients.get(0)).getResource();
      for (int i = 0; i < entries.size(); i++) {
        Resource r = entries.get(i).getResource();
        String path = "Bundle.entry[" + i + "].resource";
        if (r == null) {
          errors.add("Bundle: " + path + ": missing; every entry needs a resource");
        } else if (r instanceof Condition) {
          condition((Condition) r, path);
        } else if (r instanceof Procedure) {
          procedure((Procedure) r, path);
        } else if (r instanceof Observation) {
          observation((Observation) r, path);
        } else if (!(r instanceof Patient)) {
          unmapped.add(
              name(r)
                  + ": "
                  + path
                  + ": a "
                  + r.fhirType()
                  + " carries no fact Lympha's patient"
                  + " context holds; left out");
        }
      }
      afterConditions.forEach(Runnable::run);
      if (!errors.isEmpty()) {
        throw new FhirMappingException(errors);
      }
      PatientContext.Builder b =
          PatientContext.builder()
              .addAllAffected(affected)
              .addAllAreas(areas)
              .addAllCompromised(compromised);
      for (Map.Entry<io.github.lympha.patient.Condition, Found> e : conditions.entrySet()) {
        b.addConditions(build(e.getKey(), e.getValue()));
      }
      setting.ifPresent(b::setting);
      // A Patient without an id of its own takes its entry's fullUrl (urn:uuid:…) when parsed.
      if (patient.getIdElement().hasIdPart()
          && FHIR_ID.matcher(patient.getIdElement().getIdPart()).matches()) {
        b.label("Patient/" + patient.getIdElement().getIdPart());
      }
      try {
        return new PatientImport(b.build(), ImmutableList.copyOf(unmapped));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw FhirMappingException.of("Bundle: " + e.getMessage());
      }
    }

    private PatientCondition build(io.github.lympha.patient.Condition c, Found f) {
      PatientCondition.Builder b = PatientCondition.builder().condition(c).addAllRegions(f.regions);
      f.status.ifPresent(b::status);
      f.nyha.ifPresent(b::nyhaClass);
      f.fever.ifPresent(b::fever);
      if (f.metastatic) {
        b.metastatic(true);
      }
      f.clearance.ifPresent(b::clearance);
      try {
        return b.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw FhirMappingException.of(f.who + ": " + e.getMessage());
      }
    }

    private void condition(Condition c, String path) {
      String who = name(c);
      if (!c.hasCode() || !c.getCode().hasCoding()) {
        errors.add(
            who
                + ": "
                + path
                + ".code: missing; a Condition needs a coded code (SNOMED CT or"
                + " WHO ICD-10) for Lympha to read it");
        return;
      }
      if (c.hasVerificationStatus()) {
        String s = c.getVerificationStatus().getCodingFirstRep().getCode();
        if ("refuted".equals(s) || "entered-in-error".equals(s)) {
          unmapped.add(who + ": " + path + ".verificationStatus: " + s + "; left out");
          return;
        }
        if ("unconfirmed".equals(s) || "provisional".equals(s) || "differential".equals(s)) {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ".verificationStatus: "
                  + s
                  + "; read as if confirmed, so that what it would rule out is not missed");
        }
      }
      if (c.hasClinicalStatus()
          && !KNOWN_CLINICAL.contains(c.getClinicalStatus().getCodingFirstRep().getCode())) {
        unmapped.add(
            who
                + ": "
                + path
                + ".clinicalStatus: unknown status ("
                + codes(c.getClinicalStatus())
                + "); expected one of "
                + String.join(", ", KNOWN_CLINICAL)
                + " in "
                + CLINICAL_STATUS
                + "; left out");
        return;
      }
      Optional<ConditionStatus> status = clinicalStatus(c, who, path);
      Optional<PatientCodes.Mapped> mapped = Optional.empty();
      for (Coding coding : c.getCode().getCoding()) {
        mapped = PatientCodes.find(coding.getSystem(), coding.getCode());
        if (mapped.isPresent()) {
          break;
        }
      }
      if (mapped.isEmpty()) {
        boolean cm =
            c.getCode().getCoding().stream()
                .anyMatch(k -> PatientCodes.ICD10_CM_SYSTEM.equals(k.getSystem()));
        unmapped.add(
            who
                + ": "
                + path
                + ".code: no code Lympha maps ("
                + codes(c.getCode())
                + ")"
                + (cm
                    ? "; ICD-10-CM is not WHO ICD-10: code it in " + PatientCodes.ICD10_SYSTEM
                    : "")
                + "; see docs/fhir.md for the codes it reads");
        return;
      }
      PatientCodes.Mapped m = mapped.get();
      List<Region> regions = regions(c, who, path);
      if (c.hasOnset()) {
        unmapped.add(who + ": " + path + ".onset[x]: Lympha's patient context holds no onset");
      }
      Optional<IslStage> isl = Optional.empty();
      OptionalInt nyha = OptionalInt.empty();
      for (int k = 0; k < c.getStage().size(); k++) {
        String sp = path + ".stage[" + k + "].summary";
        CodeableConcept summary = c.getStage().get(k).getSummary();
        Optional<IslStage> i = islStage(summary, who, sp);
        OptionalInt n = nyha(summary);
        if (i.isPresent() && m.meaning() == PatientCodes.Meaning.LYMPHOEDEMA) {
          isl = i;
        } else if (n.isPresent() && isHeartFailure(m)) {
          nyha = n;
        } else {
          unmapped.add(
              who
                  + ": "
                  + sp
                  + ": no stage Lympha reads for this condition ("
                  + codes(summary)
                  + "); it reads an ISL stage ("
                  + FhirNames.ISL_STAGE_SYSTEM
                  + ") of lymphoedema and a SNOMED CT NYHA class of heart failure");
        }
      }
      Optional<ConditionStatus> refined = statusExtension(c, who, path, status);
      Optional<Clearance> clearance = clearance(c, who, path);
      switch (m.meaning()) {
        case LYMPHOEDEMA:
          lymphoedema(who, path, regions, m.cause(), isl, status, clearance);
          break;
        case FEVER:
          fever(who, path, status);
          break;
        default:
          io.github.lympha.patient.Condition lc = m.condition().orElseThrow();
          Found f = conditions.get(lc);
          if (f == null) {
            f = new Found(who);
            conditions.put(lc, f);
            f.status = refined;
            f.nyha = nyha;
            f.clearance = clearance;
          } else {
            merge(f, who, path, refined, nyha, clearance);
          }
          f.regions.addAll(regions);
          f.metastatic |= m.metastatic();
      }
    }

    private Optional<ConditionStatus> clinicalStatus(Condition c, String who, String path) {
      String s = c.hasClinicalStatus() ? c.getClinicalStatus().getCodingFirstRep().getCode() : "";
      if ("remission".equals(s)) {
        return Optional.of(ConditionStatus.IN_REMISSION);
      }
      if ("resolved".equals(s)) {
        return Optional.of(ConditionStatus.RESOLVED);
      }
      if ("inactive".equals(s)) {
        unmapped.add(
            who
                + ": "
                + path
                + ".clinicalStatus: inactive says neither remission nor resolved; read without"
                + " a status, as present");
      }
      return Optional.empty();
    }

    private Optional<ConditionStatus> statusExtension(
        Condition c, String who, String path, Optional<ConditionStatus> clinical) {
      Optional<ConditionStatus> result = clinical;
      for (int k = 0; k < c.getExtension().size(); k++) {
        Extension e = c.getExtension().get(k);
        String ep = path + ".extension[" + k + "]";
        if (!e.getUrl().startsWith(FhirNames.BASE + "/")) {
          continue;
        }
        if (CONDITION_CLEARANCE.equals(e.getUrl())) {
          continue;
        }
        if (!CONDITION_STATUS.equals(e.getUrl())) {
          errors.add(
              who
                  + ": "
                  + ep
                  + ": unknown Lympha extension "
                  + e.getUrl()
                  + "; a Condition takes "
                  + CONDITION_STATUS
                  + " and "
                  + CONDITION_CLEARANCE);
          continue;
        }
        if (!(e.getValue() instanceof Coding)
            || !FhirNames.CONDITION_STATUS_SYSTEM.equals(((Coding) e.getValue()).getSystem())) {
          errors.add(
              who
                  + ": "
                  + ep
                  + ".value[x]: expected a Coding in "
                  + FhirNames.CONDITION_STATUS_SYSTEM);
          continue;
        }
        String code = ((Coding) e.getValue()).getCode();
        Optional<ConditionStatus> s = Optional.empty();
        for (ConditionStatus cs : ConditionStatus.values()) {
          if (cs.code().equals(code)) {
            s = Optional.of(cs);
          }
        }
        if (s.isEmpty()) {
          errors.add(
              who
                  + ": "
                  + ep
                  + ".valueCoding: unknown condition status \""
                  + code
                  + "\"; expected one of ACUTE, CHRONIC, CONTROLLED, IN_REMISSION, RESOLVED");
        } else if (clinical.isPresent() && clinical.get() != s.get()) {
          unmapped.add(
              who
                  + ": "
                  + ep
                  + ": status "
                  + code
                  + " contradicts clinicalStatus; kept "
                  + clinical.get().code()
                  + " from clinicalStatus");
        } else {
          result = s;
        }
      }
      return result;
    }

    private Optional<Clearance> clearance(Condition c, String who, String path) {
      Optional<Clearance> result = Optional.empty();
      for (int k = 0; k < c.getExtension().size(); k++) {
        Extension e = c.getExtension().get(k);
        if (!CONDITION_CLEARANCE.equals(e.getUrl())) {
          continue;
        }
        String ep = path + ".extension[" + k + "]";
        if (!(e.getValue() instanceof Annotation)) {
          errors.add(who + ": " + ep + ".value[x]: expected an Annotation (valueAnnotation)");
          continue;
        }
        Annotation a = (Annotation) e.getValue();
        if (!(a.getAuthor() instanceof StringType) || a.getAuthorStringType().isEmpty()) {
          errors.add(
              who
                  + ": "
                  + ep
                  + ".valueAnnotation.authorString: missing; say who gave the clearance");
          continue;
        }
        if (!a.hasText() || a.getText().isBlank()) {
          errors.add(
              who + ": " + ep + ".valueAnnotation.text: missing; say what the clearance covers");
          continue;
        }
        result = Optional.of(Clearance.of(a.getAuthorStringType().getValue(), a.getText()));
      }
      return result;
    }

    private void merge(
        Found f,
        String who,
        String path,
        Optional<ConditionStatus> status,
        OptionalInt nyha,
        Optional<Clearance> clearance) {
      if (status.isPresent() && !status.equals(f.status)) {
        if (f.status.isEmpty()) {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ": the same Lympha condition as "
                  + f.who
                  + ", which is present; its status "
                  + status.get().code()
                  + " is not kept");
        } else {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ": the same Lympha condition as "
                  + f.who
                  + "; kept its status "
                  + f.status.get().code()
                  + ", not "
                  + status.get().code());
        }
      } else if (status.isEmpty() && f.status.isPresent()) {
        // A present (active) record outweighs a resolved or remitted one of the same condition.
        f.status = Optional.empty();
      }
      if (nyha.isPresent() && f.nyha.isPresent() && nyha.getAsInt() != f.nyha.getAsInt()) {
        unmapped.add(
            who + ": " + path + ".stage: NYHA class differs from " + f.who + "'s; kept the higher");
        f.nyha = OptionalInt.of(Math.max(nyha.getAsInt(), f.nyha.getAsInt()));
      } else if (nyha.isPresent()) {
        f.nyha = nyha;
      }
      if (clearance.isPresent()) {
        if (f.clearance.isPresent() && !f.clearance.equals(clearance)) {
          unmapped.add(who + ": " + path + ": a second clearance; kept the one of " + f.who);
        } else {
          f.clearance = clearance;
        }
      }
    }

    private void fever(String who, String path, Optional<ConditionStatus> status) {
      if (status.isEmpty()) {
        Found f = conditions.get(io.github.lympha.patient.Condition.ACUTE_INFECTION);
        if (f == null) {
          f = new Found(who);
          conditions.put(io.github.lympha.patient.Condition.ACUTE_INFECTION, f);
        }
        f.fever = Optional.of(true);
        return;
      }
      // A resolved or remitted fever says the infection is without fever, once all are read.
      afterConditions.add(
          () -> {
            Found f = conditions.get(io.github.lympha.patient.Condition.ACUTE_INFECTION);
            if (f == null) {
              unmapped.add(
                  who
                      + ": "
                      + path
                      + ".clinicalStatus: a fever no longer present, without an acute infection"
                      + " to qualify; left out");
            } else if (f.fever.isEmpty()) {
              f.fever = Optional.of(false);
            }
          });
    }

    private void lymphoedema(
        String who,
        String path,
        List<Region> regions,
        Optional<OedemaCause> cause,
        Optional<IslStage> stage,
        Optional<ConditionStatus> status,
        Optional<Clearance> clearance) {
      if (status.isPresent()) {
        unmapped.add(
            who
                + ": "
                + path
                + ".clinicalStatus: lymphoedema "
                + status.get().label()
                + "; no affected region read");
        return;
      }
      if (clearance.isPresent()) {
        unmapped.add(
            who
                + ": "
                + path
                + ".extension: a clearance for lymphoedema itself; Lympha holds clearances of"
                + " conditions that speak against MLD");
      }
      List<Region> fresh = new ArrayList<>();
      for (Region r : regions) {
        if (seenRegions.add(r)) {
          fresh.add(r);
        } else {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ".bodySite: region "
                  + r.id()
                  + " is already affected; read once");
        }
      }
      if (regions.isEmpty()) {
        unmapped.add(
            who
                + ": "
                + path
                + ".bodySite: lymphoedema without a region Lympha knows; no"
                + " affected region read");
      }
      if (fresh.isEmpty()) {
        return;
      }
      if (cause.isPresent() || stage.isPresent()) {
        AffectedArea.Builder a = AffectedArea.builder().addAllRegions(fresh);
        cause.ifPresent(a::cause);
        stage.ifPresent(a::stage);
        areas.add(a.build());
      } else {
        affected.addAll(fresh);
      }
    }

    private List<Region> regions(Condition c, String who, String path) {
      List<Region> regions = new ArrayList<>();
      for (int k = 0; k < c.getBodySite().size(); k++) {
        String bp = path + ".bodySite[" + k + "]";
        Optional<Region> r = lymphaCode(c.getBodySite().get(k)).flatMap(anatomy::findRegion);
        if (r.isPresent()) {
          regions.add(r.get());
        } else {
          unmapped.add(
              who
                  + ": "
                  + bp
                  + ": no region of Lympha's anatomy ("
                  + codes(c.getBodySite().get(k))
                  + "); code body sites in "
                  + FhirNames.ANATOMY_SYSTEM);
        }
      }
      return regions;
    }

    private Optional<IslStage> islStage(CodeableConcept summary, String who, String path) {
      for (Coding k : summary.getCoding()) {
        if (FhirNames.ISL_STAGE_SYSTEM.equals(k.getSystem())) {
          for (IslStage s : IslStage.values()) {
            if (s.code().equals(k.getCode())) {
              return Optional.of(s);
            }
          }
          errors.add(
              who
                  + ": "
                  + path
                  + ": unknown ISL stage \""
                  + k.getCode()
                  + "\"; expected one of STAGE_0, STAGE_I, STAGE_II, STAGE_III");
        }
      }
      return Optional.empty();
    }

    private static OptionalInt nyha(CodeableConcept summary) {
      for (Coding k : summary.getCoding()) {
        OptionalInt n = PatientCodes.nyhaClass(k.getSystem(), k.getCode());
        if (n.isPresent()) {
          return n;
        }
      }
      return OptionalInt.empty();
    }

    private static boolean isHeartFailure(PatientCodes.Mapped m) {
      return m.condition().map(io.github.lympha.patient.Condition::isHeartFailure).orElse(false);
    }

    private void observation(Observation o, String path) {
      String who = name(o);
      boolean temperature =
          o.getCode().getCoding().stream()
              .anyMatch(
                  k ->
                      FhirNames.LOINC.equals(k.getSystem())
                          && BODY_TEMPERATURE.equals(k.getCode()));
      if (temperature) {
        unmapped.add(
            who
                + ": "
                + path
                + ": a body temperature (LOINC 8310-5); Lympha does not judge fever from a"
                + " measurement, record fever as a Condition (SNOMED CT 386661006)");
      } else {
        unmapped.add(
            who
                + ": "
                + path
                + ": an Observation ("
                + codes(o.getCode())
                + ") carries no fact Lympha's patient context holds; left out");
      }
    }

    private void procedure(Procedure p, String path) {
      String who = name(p);
      if (p.getStatus() != Procedure.ProcedureStatus.COMPLETED) {
        unmapped.add(
            who
                + ": "
                + path
                + ".status: "
                + (p.hasStatus() ? p.getStatus().toCode() : "missing")
                + ", not completed; left out");
        return;
      }
      Optional<Compromise> kind = Optional.empty();
      for (Coding coding : p.getCode().getCoding()) {
        if (COMPROMISE_SYSTEM.equals(coding.getSystem())) {
          for (Compromise c : Compromise.values()) {
            if (c.name().equals(coding.getCode())) {
              kind = Optional.of(c);
            }
          }
        }
      }
      if (kind.isEmpty()) {
        unmapped.add(
            who
                + ": "
                + path
                + ".code: no code Lympha maps ("
                + codes(p.getCode())
                + "); code a lymph node dissection REMOVED and radiotherapy IRRADIATED in "
                + COMPROMISE_SYSTEM);
        return;
      }
      if (!p.hasBodySite()) {
        unmapped.add(who + ": " + path + ".bodySite: missing; which node group was treated?");
      }
      for (int k = 0; k < p.getBodySite().size(); k++) {
        Optional<NodeGroup> g = nodeGroup(p.getBodySite().get(k));
        if (g.isPresent()) {
          compromised.add(CompromisedNodeGroup.of(g.get(), kind.get()));
        } else {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ".bodySite["
                  + k
                  + "]: no node group of Lympha's anatomy ("
                  + codes(p.getBodySite().get(k))
                  + ")");
        }
      }
    }

    /** A node group by its Lympha id, or by its SNOMED CT code with a laterality coding. */
    private Optional<NodeGroup> nodeGroup(CodeableConcept cc) {
      Optional<NodeGroup> byId = lymphaCode(cc).flatMap(anatomy::findNodeGroup);
      if (byId.isPresent()) {
        return byId;
      }
      Optional<Side> side = Optional.empty();
      for (Coding c : cc.getCoding()) {
        if (FhirNames.SNOMED.equals(c.getSystem()) && PatientCodes.LEFT.equals(c.getCode())) {
          side = Optional.of(Side.LEFT);
        } else if (FhirNames.SNOMED.equals(c.getSystem())
            && PatientCodes.RIGHT.equals(c.getCode())) {
          side = Optional.of(Side.RIGHT);
        }
      }
      for (Coding c : cc.getCoding()) {
        for (NodeGroup g : anatomy.nodeGroups()) {
          boolean coded =
              g.codings().stream()
                  .anyMatch(
                      k ->
                          FhirNames.system(k.system()).equals(c.getSystem())
                              && k.code().equals(c.getCode()));
          if (coded && side.map(s -> s == g.side()).orElse(g.side() == Side.MIDLINE)) {
            return Optional.of(g);
          }
        }
      }
      return Optional.empty();
    }

    private static Optional<String> lymphaCode(CodeableConcept cc) {
      return cc.getCoding().stream()
          .filter(c -> FhirNames.ANATOMY_SYSTEM.equals(c.getSystem()) && c.hasCode())
          .map(Coding::getCode)
          .findFirst();
    }

    private static String codes(CodeableConcept cc) {
      List<String> out = new ArrayList<>();
      for (Coding c : cc.getCoding()) {
        out.add(c.getSystem() + "|" + c.getCode());
      }
      return out.isEmpty() ? "text only: " + cc.getText() : String.join(", ", out);
    }
  }
}
