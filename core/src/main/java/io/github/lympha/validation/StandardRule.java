package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Location;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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

  /** A finding at a step; {@link #make} finishes it. */
  final Draft at(LocatedStep step) {
    return new Draft(Optional.of(step.location()));
  }

  /** A finding about the protocol as a whole; {@link #make} finishes it. */
  final Draft whole() {
    return new Draft(Optional.empty());
  }

  /**
   * Finishes a finding about one site, citing the rule's sources. The message (like the draft's
   * fix) is built only when someone reads it: a report with many findings costs little until then.
   */
  final Finding make(Draft d, Severity severity, Supplier<String> message, Site site) {
    return make(d, severity, message, site, sources);
  }

  /** Finishes a finding about one site with its own sources. */
  final Finding make(
      Draft d, Severity severity, Supplier<String> message, Site site, Collection<String> sources) {
    return ImmutableFinding.of(
        id, severity, d.text(message), d.location, ImmutableList.of(site.id()), sources);
  }

  /** Finishes a finding: severity, message, sites and the rule's sources. */
  final Finding make(
      Draft d, Severity severity, Supplier<String> message, Collection<? extends Site> sites) {
    return make(d, severity, message, sites, sources);
  }

  /**
   * Finishes a finding with its own sources. It is made in one call, not with a {@link
   * Finding.Builder}, since a family of variants makes many findings.
   */
  final Finding make(
      Draft d,
      Severity severity,
      Supplier<String> message,
      Collection<? extends Site> sites,
      Collection<String> sources) {
    ImmutableList<String> ids;
    if (sites.size() == 1) {
      ids = ImmutableList.of(sites.iterator().next().id());
    } else {
      ImmutableList.Builder<String> b = ImmutableList.builderWithExpectedSize(sites.size());
      Set<String> seen = new HashSet<>();
      for (Site s : sites) {
        if (seen.add(s.id())) {
          b.add(s.id());
        }
      }
      ids = b.build();
    }
    return ImmutableFinding.of(id, severity, d.text(message), d.location, ids, sources);
  }

  /** Where a finding is and how to fix it, before {@link #make} adds what it says. */
  static final class Draft {
    private final Optional<Location> location;
    private @Nullable Supplier<String> fix;

    private Draft(Optional<Location> location) {
      this.location = location;
    }

    /** The suggested change, built when first read. */
    Draft fix(Supplier<String> fix) {
      this.fix = fix;
      return this;
    }

    /** The suggested change, as it is. */
    Draft fix(String fix) {
      return fix(() -> fix);
    }

    FindingText text(Supplier<String> message) {
      Supplier<String> f = fix;
      return FindingText.lazy(message, f == null ? Optional::empty : () -> Optional.of(f.get()));
    }
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
