package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Location;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The shared parts of Lympha's own rules: identity, and a terse way to make findings. */
abstract class StandardRule implements Rule {
  private final String id;
  private final Severity severity;
  private final String summary;
  private final ImmutableList<String> sources;

  StandardRule(String id, Severity severity, String summary, String... sources) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
    this.sources = ImmutableList.copyOf(sources);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final ImmutableList<String> sources() {
    return sources;
  }

  @Override
  public ImmutableSet<String> aliases() {
    return ImmutableSet.of();
  }

  @Override
  public abstract List<Finding> check(ValidationContext context);

  /**
   * Whether the rule's findings depend on nothing but the protocol's {@link Structure}, the patient
   * context and the policy, so that a validator may reuse them for another protocol of the same
   * structure. False unless a rule overrides it; a rule that reads how a step is done (pressure,
   * repetitions, tempo, hands, note) or the protocol's texts must not.
   */
  boolean readsStructureOnly() {
    return false;
  }

  @Override
  public String toString() {
    return id;
  }

  /** A finding at a step, at the default severity, citing the rule's sources. */
  final Finding.Builder at(LocatedStep step) {
    return at(Optional.of(step.location()));
  }

  /** A finding about the protocol as a whole. */
  final Finding.Builder whole() {
    return at(Optional.empty());
  }

  private Finding.Builder at(Optional<Location> location) {
    Finding.Builder b = Finding.builder();
    b.ruleId(id).location(location);
    return b;
  }

  /** Finishes a finding: severity, message, sites and the rule's sources. */
  final Finding make(
      Finding.Builder b, Severity severity, String message, Collection<? extends Site> sites) {
    return make(b, severity, message, sites, sources);
  }

  /** Finishes a finding with its own sources. */
  static Finding make(
      Finding.Builder b,
      Severity severity,
      String message,
      Collection<? extends Site> sites,
      Collection<String> sources) {
    b.severity(severity).message(message);
    if (sites.size() == 1) {
      b.addSites(sites.iterator().next().id());
    } else {
      b.addAllSites(sites.stream().map(Site::id).distinct().collect(Collectors.toList()));
    }
    return b.addAllSources(sources).build();
  }

  /**
   * A finding at a step about its site, with a fix: what the technique rules report for each step
   * they flag, made without a builder, since a family of variants makes many of them.
   */
  final Finding atSite(
      LocatedStep step, Severity severity, String message, String fix, List<String> sources) {
    return ImmutableFinding.of(
        id,
        severity,
        message,
        Optional.of(step.location()),
        ImmutableList.of(step.step().site().id()),
        Optional.of(fix),
        sources);
  }

  /** "the left knee (phase 2 "Leg", step 3)". */
  static String describe(LocatedStep step) {
    return step.location().describe();
  }

  /** Sites named for a sentence: "the a, the b and the c". */
  static String names(Collection<? extends Site> sites) {
    return join(sites, "and");
  }

  /** Sites named as alternatives: "the a or the b". */
  static String namesOr(Collection<? extends Site> sites) {
    return join(sites, "or");
  }

  private static String join(Collection<? extends Site> sites, String conjunction) {
    List<String> n =
        sites.stream().map(s -> "the " + s.name()).distinct().collect(Collectors.toList());
    if (n.size() <= 1) {
      return String.join("", n);
    }
    return String.join(", ", n.subList(0, n.size() - 1))
        + " "
        + conjunction
        + " "
        + n.get(n.size() - 1);
  }

  /** "the left knee" for a site. */
  static String the(Site site) {
    return "the " + site.name();
  }

  /** "step N" in one-based numbering for the order of a step. */
  static String stepAt(ValidationContext context, int order) {
    return context.steps().get(order).location().describe();
  }
}
