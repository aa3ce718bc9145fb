package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.style.Printable;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Validator} found in a protocol for a patient: the findings in a fixed order
 * (protocol-level first, then by location, then most severe first, then by rule id), whether the
 * protocol is valid (no errors), counts, and a text rendering.
 *
 * <p>The report compares the protocol with published rules of thumb. It gives no medical advice,
 * and its findings are not diagnoses.
 */
public final class ValidationReport {
  /** The sentence every text rendering carries. */
  public static final String DISCLAIMER =
      "Lympha checks protocols against published rules of thumb. It gives no medical advice;"
          + " findings are not diagnoses.";

  private static final int WIDTH = 100;

  private final String protocolId;
  private final String protocolTitle;
  private final String protocolVersion;
  private final Optional<String> patientLabel;
  private final String policyName;
  private final ImmutableList<Finding> findings;

  private ValidationReport(
      String protocolId,
      String protocolTitle,
      String protocolVersion,
      Optional<String> patientLabel,
      String policyName,
      ImmutableList<Finding> findings) {
    this.protocolId = protocolId;
    this.protocolTitle = protocolTitle;
    this.protocolVersion = protocolVersion;
    this.patientLabel = patientLabel;
    this.policyName = policyName;
    this.findings = findings;
  }

  /** A report on a protocol for a patient under a policy; the findings are put in report order. */
  public static ValidationReport of(
      Protocol protocol, PatientContext patient, Policy policy, Collection<Finding> findings) {
    return new ValidationReport(
        protocol.id(),
        protocol.title(),
        protocol.version(),
        patient.label(),
        policy.name(),
        ImmutableList.sortedCopyOf(Finding.ORDER, findings));
  }

  /** The id of the protocol checked. */
  public String protocolId() {
    return protocolId;
  }

  /** The title of the protocol checked. */
  public String protocolTitle() {
    return protocolTitle;
  }

  /** The version of the protocol checked. */
  public String protocolVersion() {
    return protocolVersion;
  }

  /** The patient context's label, if it has one. */
  public Optional<String> patientLabel() {
    return patientLabel;
  }

  /** The name of the policy in force. */
  public String policyName() {
    return policyName;
  }

  /** Every finding, in report order. */
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /** The findings of one rule, in report order. */
  public ImmutableList<Finding> findings(String ruleId) {
    return findings.stream()
        .filter(f -> f.ruleId().equals(ruleId))
        .collect(ImmutableList.toImmutableList());
  }

  /** The findings of one severity, in report order. */
  public ImmutableList<Finding> findings(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /** Whether no finding is an error. */
  public boolean isValid() {
    return findings.stream().noneMatch(Finding::isError);
  }

  /** How many findings have this severity. */
  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** How many findings each severity has, every severity listed, most severe first. */
  public ImmutableMap<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return Maps.immutableEnumMap(counts);
  }

  /** How many findings each rule produced, by rule id in alphabetical order. */
  public ImmutableSortedMap<String, Integer> countsByRule() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Finding f : findings) {
      counts.merge(f.ruleId(), 1, Integer::sum);
    }
    return ImmutableSortedMap.copyOf(counts);
  }

  /** The verdict in words, e.g. {@code valid: 0 errors, 2 warnings, 5 infos}. */
  public String summary() {
    return (isValid() ? "valid" : "not valid")
        + ": "
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + plural(count(Severity.INFO), "info");
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * The report as plain text for people: a header (protocol, patient, policy, verdict and the
   * disclaimer), then each finding with its message, fix, sites and sources, wrapped at 100
   * characters.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Validation of ")
        .append(protocolId)
        .append(" (version ")
        .append(protocolVersion)
        .append("): ")
        .append(protocolTitle)
        .append('\n');
    out.append("Patient context: ").append(patientLabel.orElse("(no label)")).append('\n');
    out.append("Policy: ").append(policyName).append('\n');
    out.append("Result: ").append(summary()).append('\n');
    out.append(DISCLAIMER.replace(". ", ".\n")).append('\n');
    for (Finding f : findings) {
      out.append('\n').append(f.headline()).append('\n');
      wrap(out, "  ", f.message());
      f.fix().ifPresent(fix -> wrap(out, "  ", "Fix: " + fix));
      if (!f.sites().isEmpty()) {
        wrap(out, "  ", "Sites: " + String.join(", ", f.sites()));
      }
      if (!f.sources().isEmpty()) {
        wrap(out, "  ", "Sources: " + String.join(", ", f.sources()));
      }
    }
    // The protocol's and the patient's texts reach a terminal: no control character goes raw.
    return Printable.escapeKeepingLines(out.toString());
  }

  private static void wrap(StringBuilder out, String indent, String text) {
    StringBuilder line = new StringBuilder(indent);
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(indent).append("  ");
      } else if (line.length() > indent.length()) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ValidationReport)) {
      return false;
    }
    ValidationReport other = (ValidationReport) o;
    return protocolId.equals(other.protocolId)
        && protocolTitle.equals(other.protocolTitle)
        && protocolVersion.equals(other.protocolVersion)
        && patientLabel.equals(other.patientLabel)
        && policyName.equals(other.policyName)
        && findings.equals(other.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        protocolId, protocolTitle, protocolVersion, patientLabel, policyName, findings);
  }

  @Override
  public String toString() {
    return "ValidationReport{" + protocolId + ", " + summary() + "}";
  }
}
