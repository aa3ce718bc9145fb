package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/**
 * A check of a protocol against one rule of thumb. Rules are pluggable: add your own with {@link
 * Validator.Builder#addRule(Rule)}.
 *
 * <p>A rule reads everything from the {@link ValidationContext} and returns its findings; it must
 * not throw for a well-formed protocol and context (if it does, the validator reports a {@code
 * RULE_FAILED} error instead of its findings). Findings carry the rule's {@link #id()}; a finding
 * the rule softens on purpose (e.g. a warning that becomes an info when the patient context
 * justifies the step) carries a lower severity than {@link #defaultSeverity()}.
 *
 * <pre>{@code
 * Rule noFirmStrokes = new Rule() {
 *   public String id() { return "NO_FIRM_STROKES"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public String summary() { return "Our clinic never uses firm pressure."; }
 *   public ImmutableList<String> sources() { return ImmutableList.of(); }
 *   public List<Finding> check(ValidationContext context) { ... }
 * };
 * }</pre>
 */
public interface Rule {
  /** The stable id, upper case with underscores, e.g. {@code PRESSURE_TOO_HIGH}. */
  String id();

  /** The severity of the rule's ordinary findings. */
  Severity defaultSeverity();

  /** What the rule checks, in one line. */
  String summary();

  /** The source keys of the domain reference the rule rests on; empty for structural checks. */
  ImmutableList<String> sources();

  /** Other ids the rule answers to in {@link Validator.Builder#disable} and severity overrides. */
  default ImmutableSet<String> aliases() {
    return ImmutableSet.of();
  }

  /** Checks the protocol in the context and returns the findings, in any order. */
  List<Finding> check(ValidationContext context);

  /** The rule's descriptor at its default severity. */
  default RuleDescriptor descriptor() {
    return RuleDescriptor.of(this, defaultSeverity());
  }
}
