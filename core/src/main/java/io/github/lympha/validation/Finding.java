package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Location;
import io.github.lympha.style.LymphaStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One thing a rule noticed about a protocol: which rule, how much it matters, what it is in words a
 * person understands, where it is (a step's {@link Location}, or the protocol as a whole), the
 * anatomy sites it concerns, a suggested fix where there is one, and the sources of the rule.
 *
 * <p>A finding compares a protocol with published rules of thumb. It is not a diagnosis and not
 * medical advice.
 */
@Value.Immutable
@LymphaStyle
public abstract class Finding {
  /**
   * The report order: protocol-level findings first, then by location, then most severe first, then
   * by rule id, sites and message (sites before the message, so that ordering rarely needs to build
   * a finding's words).
   */
  public static final Comparator<Finding> ORDER =
      Comparator.<Finding, Optional<Location>>comparing(
              Finding::location,
              (a, b) ->
                  a.isPresent() && b.isPresent()
                      ? a.get().compareTo(b.get())
                      : Boolean.compare(a.isPresent(), b.isPresent()))
          .thenComparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::sites, Finding::compareIds)
          .thenComparing(Finding::message);

  Finding() {}

  /** Compares lists of ids element by element, a shorter prefix first. */
  private static int compareIds(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /** The id of the rule that produced it, e.g. {@code SKIPS_REGIONAL_NODE_GROUP}. */
  @Value.Parameter
  public abstract String ruleId();

  /** How much it matters. */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * The words of the finding, built when first read: what {@link #message()} and {@link #fix()}
   * return.
   */
  @Value.Parameter
  @Value.Auxiliary
  abstract FindingText text();

  /** What was noticed, for a person. */
  public String message() {
    return text().message();
  }

  /**
   * The step it concerns; empty when it concerns the protocol (or the patient context) as a whole.
   */
  @Value.Parameter
  public abstract Optional<Location> location();

  /** The ids of the anatomy sites it concerns, e.g. {@code KNEE_L}, {@code AXILLARY_L}. */
  @Value.Parameter
  public abstract ImmutableList<String> sites();

  /** A suggested change, for a person, if the rule has one. */
  public Optional<String> fix() {
    return text().fix();
  }

  /** The source keys of the domain reference the rule rests on, e.g. {@code S25}. */
  @Value.Parameter
  public abstract ImmutableList<String> sources();

  /** A copy with another severity. */
  public abstract Finding withSeverity(Severity severity);

  /** Whether the finding makes a report invalid. */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * One line for people: severity, rule id and where, e.g. {@code WARNING SKIPS_… at phase 2 …}.
   */
  public String headline() {
    String where =
        location()
            .map(l -> l.describe() + " (" + l.pointer() + ")")
            .orElse("the protocol as a whole");
    return severity().name() + " " + ruleId() + " at " + where;
  }

  /** A builder for a finding. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the rule id, message, fix and sources. */
  @Value.Check
  protected void check() {
    checkArgument(
        RuleIds.ALL.contains(ruleId()) || isRuleId(ruleId()),
        "Invalid rule id: \"%s\"; expected upper-case letters, digits and underscores, like"
            + " PRESSURE_TOO_HIGH",
        ruleId());
    if (text().isEager()) {
      checkArgument(!message().isBlank(), "Finding %s: message must not be blank", ruleId());
      fix()
          .ifPresent(
              f ->
                  checkArgument(
                      !f.isBlank(), "Finding %s: fix must not be blank when present", ruleId()));
    }
    for (String s : sources()) {
      checkArgument(!s.isBlank(), "Finding %s: a source key must not be blank", ruleId());
    }
  }

  /**
   * Whether an id matches {@code [A-Z][A-Z0-9_]*}; a loop rather than a regular expression, since
   * every finding is checked.
   */
  static boolean isRuleId(String id) {
    if (id.isEmpty() || !isUpper(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isUpper(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Equal when rule, severity, words, location, sites and sources are. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Finding)) {
      return false;
    }
    Finding f = (Finding) o;
    return ruleId().equals(f.ruleId())
        && severity() == f.severity()
        && location().equals(f.location())
        && sites().equals(f.sites())
        && sources().equals(f.sources())
        && message().equals(f.message())
        && fix().equals(f.fix());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId(), severity(), message(), location(), sites(), fix(), sources());
  }

  @Override
  public String toString() {
    return "Finding{ruleId="
        + ruleId()
        + ", severity="
        + severity()
        + ", message="
        + message()
        + ", location="
        + location()
        + ", sites="
        + sites()
        + ", fix="
        + fix()
        + ", sources="
        + sources()
        + "}";
  }

  /** Builds {@link Finding}s. */
  public static final class Builder extends ImmutableFinding.Builder {
    private @Nullable String message;
    private Optional<String> fix = Optional.empty();

    /** What was noticed, for a person; required. */
    public Builder message(String message) {
      this.message = checkNotNull(message, "message");
      return this;
    }

    /** A suggested change, for a person. */
    public Builder fix(String fix) {
      return fix(Optional.of(fix));
    }

    /** A suggested change, or none. */
    public Builder fix(Optional<String> fix) {
      this.fix = checkNotNull(fix, "fix");
      return this;
    }

    /**
     * Builds the finding.
     *
     * @throws IllegalStateException if the rule id, severity or message is missing
     * @throws IllegalArgumentException if a value is invalid
     */
    @Override
    public Finding build() {
      String m = message;
      checkState(m != null, "Cannot build a Finding without a message; set message(...)");
      text(FindingText.of(m, fix));
      return super.build();
    }
  }
}
