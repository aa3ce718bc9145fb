package io.github.lympha.fhir;

import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;

/**
 * A validation report as a FHIR R4 {@code OperationOutcome}: each finding an issue with its
 * severity, code {@code business-rule}, the rule id (extension {@link #RULE}), its message and an
 * {@code expression} pointing at the PlanDefinition action of its step ({@link
 * PlanDefinitions#actionPath}).
 */
public final class OperationOutcomes {
  /** Extension on an issue: the id of the Lympha rule that found it. */
  public static final String RULE = FhirNames.extension("finding-rule");

  private OperationOutcomes() {}

  /** The OperationOutcome of a report; a report without findings gives one informational issue. */
  public static OperationOutcome from(ValidationReport report) {
    OperationOutcome oo = new OperationOutcome();
    Narratives.set(oo, report.toText());
    for (Finding f : report.findings()) {
      OperationOutcomeIssueComponent issue = oo.addIssue();
      issue.setSeverity(severity(f.severity()));
      issue.setCode(IssueType.BUSINESSRULE);
      issue.addExtension(RULE, new CodeType(f.ruleId()));
      issue.setDetails(new CodeableConcept().setText(f.message()));
      f.fix().ifPresent(issue::setDiagnostics);
      issue.addExpression(
          f.location()
              .map(l -> PlanDefinitions.actionPath(l.sequenceIndex(), l.stepIndex()))
              .orElse("PlanDefinition"));
    }
    if (report.findings().isEmpty()) {
      oo.addIssue()
          .setSeverity(IssueSeverity.INFORMATION)
          .setCode(IssueType.INFORMATIONAL)
          .setDetails(
              new CodeableConcept()
                  .setText("No findings for protocol " + report.protocolId() + "."));
    }
    return oo;
  }

  /** The FHIR issue severity of a Lympha severity. */
  public static IssueSeverity severity(Severity severity) {
    switch (severity) {
      case ERROR:
        return IssueSeverity.ERROR;
      case WARNING:
        return IssueSeverity.WARNING;
      default:
        return IssueSeverity.INFORMATION;
    }
  }
}
