package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * What a rule is, without the code that checks it: id, severities, summary, sources and aliases.
 * {@link RuleCatalogue#descriptors()} and {@link Validator#rules()} list them, e.g. for
 * documentation or a settings screen.
 */
@Value.Immutable
@LymphaStyle
public interface RuleDescriptor {
  /** The stable id. */
  String id();

  /** The severity the rule's ordinary findings have by default. */
  Severity defaultSeverity();

  /** The severity a validator gives them (differs from the default when overridden). */
  Severity severity();

  /** What the rule checks, in one line. */
  String summary();

  /** Source keys of the domain reference. */
  ImmutableList<String> sources();

  /** Other ids the rule answers to. */
  ImmutableSet<String> aliases();

  /** The descriptor of a rule at this severity. */
  static RuleDescriptor of(Rule rule, Severity severity) {
    return ImmutableRuleDescriptor.builder()
        .id(rule.id())
        .defaultSeverity(rule.defaultSeverity())
        .severity(severity)
        .summary(rule.summary())
        .addAllSources(rule.sources())
        .addAllAliases(rule.aliases())
        .build();
  }
}
