package io.github.lympha.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import io.github.lympha.research.Plan;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Reference;

/**
 * A planner's {@link Plan} as a FHIR R4 {@code CarePlan} that instantiates the protocol's
 * PlanDefinition for a patient. It is a proposal (status draft, intent proposal): Lympha gives no
 * medical advice, and a therapist decides.
 */
public final class CarePlans {
  private CarePlans() {}

  /**
   * The CarePlan of a plan for a patient, e.g. {@code Patient/123}; fails with the planner's
   * explanation when the plan holds no protocol.
   */
  public static CarePlan from(Plan plan, String patientReference) {
    checkArgument(
        plan.isPlanned(),
        "No protocol was planned, so there is no CarePlan: %s",
        plan.explanation());
    checkArgument(
        patientReference.startsWith("Patient/") && patientReference.length() > "Patient/".length(),
        "Invalid patient reference: \"%s\"; expected Patient/<id>",
        patientReference);
    Protocol protocol = plan.protocol().orElseThrow();
    CarePlan cp = new CarePlan();
    Narratives.set(
        cp,
        "Proposed for "
            + patientReference
            + " (a proposal for a therapist to check)\n\n"
            + Instructions.text(protocol)
            + (plan.notes().isEmpty() ? "" : "\nNotes:\n" + plan.explanation()));
    cp.setStatus(CarePlan.CarePlanStatus.DRAFT);
    cp.setIntent(CarePlan.CarePlanIntent.PROPOSAL);
    cp.setTitle(protocol.title());
    cp.addInstantiatesCanonical(PlanDefinitions.from(protocol).getUrl() + "|" + protocol.version());
    cp.setSubject(new Reference(patientReference));
    for (String note : plan.notes()) {
      cp.addNote(new Annotation().setText(note));
    }
    return cp;
  }
}
