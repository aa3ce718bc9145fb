package io.github.lympha.fhir;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * A {@link PatientContext} from a FHIR R4 {@code Bundle} holding one {@code Patient} with its
 * {@code Condition}s and {@code Procedure}s: lymphoedema's body sites become the affected regions,
 * other conditions Lympha's conditions ({@link PatientCodes}), completed lymph node dissections and
 * radiotherapy compromised node groups. Broken input (no or two Patients, a Condition without a
 * code) fails with a {@link FhirMappingException}; what is valid but cannot be mapped is listed in
 * {@link PatientImport#unmapped()}.
 */
public final class PatientContexts {
  /** The code system of node-group compromises in a Procedure's code: REMOVED, IRRADIATED. */
  public static final String COMPROMISE_SYSTEM = FhirNames.BASE + "/CodeSystem/lympha-compromise";

  private PatientContexts() {}

  /** Reads a Bundle on the standard anatomy. */
  public static PatientImport read(Bundle bundle) {
    return read(bundle, Anatomy.standard());
  }

  /** Reads a Bundle on an anatomy. */
  public static PatientImport read(Bundle bundle, Anatomy anatomy) {
    return new Reader(bundle, anatomy).read();
  }

  private static final class Reader {
    private final Bundle bundle;
    private final Anatomy anatomy;
    private final List<String> errors = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();
    private final Set<Region> affected = new LinkedHashSet<>();
    private final List<PatientCondition> conditions = new ArrayList<>();
    private final List<CompromisedNodeGroup> compromised = new ArrayList<>();

    Reader(Bundle bundle, Anatomy anatomy) {
      this.bundle = bundle;
      this.anatomy = anatomy;
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
      if (!errors.isEmpty()) {
        throw new FhirMappingException(errors);
      }
      PatientContext.Builder b =
          PatientContext.builder()
              .addAllAffected(affected)
              .addAllConditions(conditions)
              .addAllCompromised(compromised);
      if (patient.getIdElement().hasIdPart()) {
        b.label("Patient/" + patient.getIdElement().getIdPart());
      }
      try {
        return new PatientImport(b.build(), ImmutableList.copyOf(unmapped));
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw FhirMappingException.of("Bundle: " + e.getMessage());
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
                + " ICD-10) for Lympha to read it");
        return;
      }
      if (c.hasClinicalStatus()) {
        String s = c.getClinicalStatus().getCodingFirstRep().getCode();
        if (!"active".equals(s) && !"recurrence".equals(s) && !"relapse".equals(s)) {
          unmapped.add(who + ": " + path + ".clinicalStatus: " + s + ", not active; left out");
          return;
        }
      }
      if (c.hasVerificationStatus()) {
        String s = c.getVerificationStatus().getCodingFirstRep().getCode();
        if ("refuted".equals(s) || "entered-in-error".equals(s)) {
          unmapped.add(who + ": " + path + ".verificationStatus: " + s + "; left out");
          return;
        }
      }
      Optional<PatientCodes.Mapped> mapped = Optional.empty();
      for (Coding coding : c.getCode().getCoding()) {
        mapped = PatientCodes.find(coding.getSystem(), coding.getCode());
        if (mapped.isPresent()) {
          break;
        }
      }
      if (mapped.isEmpty()) {
        unmapped.add(
            who
                + ": "
                + path
                + ".code: no code Lympha maps ("
                + codes(c.getCode())
                + "); see docs/fhir.md for the codes it reads");
        return;
      }
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
      if (c.hasStage()) {
        unmapped.add(who + ": " + path + ".stage: Lympha's patient context holds no stage yet");
      }
      if (c.hasOnset()) {
        unmapped.add(who + ": " + path + ".onset[x]: Lympha's patient context holds no onset");
      }
      PatientCodes.Mapped m = mapped.get();
      if (m.meaning() == PatientCodes.Meaning.LYMPHOEDEMA) {
        if (regions.isEmpty()) {
          unmapped.add(
              who
                  + ": "
                  + path
                  + ".bodySite: lymphoedema without a region Lympha knows; no"
                  + " affected region read");
        }
        affected.addAll(regions);
      } else {
        conditions.add(PatientCondition.of(m.condition().orElseThrow(), regions));
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
