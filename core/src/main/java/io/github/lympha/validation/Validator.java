package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Checks MLD protocols against published rules of thumb and reports what it finds. It gives no
 * medical advice: its findings are not diagnoses, and every protocol must still be checked by a
 * qualified lymphoedema therapist or physician.
 *
 * <p>The validator is total and pure: for every protocol the model accepts and every patient
 * context it returns a report and never throws, and the same input always gives the same report. It
 * is thread-safe; it keeps the drainage facts of recent patients (a bounded cache), so validating
 * many protocols for one patient pays for the patient's anatomy only once, and the findings of its
 * structural rules (order, direction, scope, contraindications) for recent protocol structures, so
 * variants that change only how steps are done (pressure, repetitions, tempo) pay for those rules
 * once ({@link Builder#rememberedStructures(int)}). Rules are pluggable:
 *
 * <pre>{@code
 * Validator validator = Validator.builder()
 *     .addRule(myRule)
 *     .disable(RuleIds.UNNECESSARY_STEP)
 *     .severity(RuleIds.MANY_REPETITIONS, Severity.WARNING)
 *     .policy(Policy.strict())
 *     .build();
 * ValidationReport report = validator.validate(protocol, patient);
 * }</pre>
 */
public final class Validator {
  /** How many protocol structures a validator remembers unless told otherwise. */
  public static final int DEFAULT_REMEMBERED_STRUCTURES = 32;

  /** The most protocol structures a validator may be told to remember. */
  public static final int MAX_REMEMBERED_STRUCTURES = 4096;

  private static final Validator STANDARD = builder().build();

  private final ImmutableList<Rule> rules;
  private final ImmutableMap<String, Severity> severities;
  private final Policy policy;
  // Patient-level drainage facts (they depend on the anatomy and the compromised node groups, not
  // on the protocol), kept between validations so that each call pays only for its steps.
  private final Drainage.Cache drainages = new Drainage.Cache();
  // Whether each rule (by index) reads the protocol's structure only; such rules' findings are
  // remembered per structure, one list per rule (empty for the others).
  private final boolean[] structural;
  private final @Nullable BoundedMemo<Structure, ImmutableList<ImmutableList<Finding>>> remembered;

  private Validator(
      ImmutableList<Rule> rules,
      ImmutableMap<String, Severity> severities,
      Policy policy,
      int rememberedStructures) {
    this.rules = rules;
    this.severities = severities;
    this.policy = policy;
    this.structural = new boolean[rules.size()];
    boolean any = false;
    for (int i = 0; i < rules.size(); i++) {
      structural[i] =
          rules.get(i) instanceof StandardRule
              && ((StandardRule) rules.get(i)).readsStructureOnly();
      any |= structural[i];
    }
    this.remembered =
        any && rememberedStructures > 0 ? new BoundedMemo<>(rememberedStructures) : null;
  }

  /** The standard rules under the standard policy. */
  public static Validator standard() {
    return STANDARD;
  }

  /** A builder starting from the standard rules and the standard policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks a protocol for a patient. Never throws for a protocol the model accepts. */
  public ValidationReport validate(Protocol protocol, PatientContext patient) {
    ValidationContext context = ValidationContext.of(protocol, patient, policy, drainages);
    List<Finding> all = new ArrayList<>();
    BoundedMemo<Structure, ImmutableList<ImmutableList<Finding>>> memo = remembered;
    if (memo == null) {
      for (Rule rule : rules) {
        all.addAll(check(rule, context));
      }
    } else {
      checkRemembering(memo, new Structure(protocol, patient, policy), context, all);
    }
    return ValidationReport.of(protocol, patient, policy, all);
  }

  /**
   * Runs the rules into {@code all}, taking the structural rules' findings from the memo when it
   * knows the structure, and teaching them to it when it does not.
   */
  private void checkRemembering(
      BoundedMemo<Structure, ImmutableList<ImmutableList<Finding>>> memo,
      Structure structure,
      ValidationContext context,
      List<Finding> all) {
    ImmutableList<ImmutableList<Finding>> known = memo.get(structure);
    ImmutableList.Builder<ImmutableList<Finding>> learnt =
        known == null ? ImmutableList.builder() : null;
    for (int i = 0; i < rules.size(); i++) {
      List<Finding> found =
          known != null && structural[i] ? known.get(i) : check(rules.get(i), context);
      all.addAll(found);
      if (learnt != null) {
        learnt.add(structural[i] ? ImmutableList.copyOf(found) : ImmutableList.of());
      }
    }
    if (learnt != null) {
      memo.remember(structure, learnt.build());
    }
  }

  /** One rule's findings at the severity configured for it; a failure becomes one finding. */
  private List<Finding> check(Rule rule, ValidationContext context) {
    Severity configured = Objects.requireNonNull(severities.get(rule.id()));
    int shift = configured.ordinal() - rule.defaultSeverity().ordinal();
    List<Finding> found = new ArrayList<>();
    try {
      for (Finding f : rule.check(context)) {
        found.add(shift == 0 ? f : f.withSeverity(f.severity().shift(shift)));
      }
    } catch (RuntimeException e) {
      found.clear();
      found.add(failed(rule, e));
    }
    return found;
  }

  /** Checks a protocol's anatomical soundness alone, for no particular patient. */
  public ValidationReport validate(Protocol protocol) {
    return validate(protocol, PatientContext.none());
  }

  private static Finding failed(Rule rule, RuntimeException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return Finding.builder()
        .ruleId(RuleIds.RULE_FAILED)
        .severity(Severity.ERROR)
        .message(
            "The rule "
                + rule.id()
                + " could not check this protocol ("
                + e.getClass().getSimpleName()
                + ": "
                + why
                + "), so the report is incomplete.")
        .fix("Report this to the rule's author; disable the rule to validate without it.")
        .build();
  }

  /** How many structures the validator remembers findings for now. */
  int rememberedNow() {
    BoundedMemo<?, ?> memo = remembered;
    return memo == null ? 0 : memo.size();
  }

  /** The rules this validator runs, in order, with the severities it gives them. */
  public ImmutableList<RuleDescriptor> rules() {
    return rules.stream()
        .map(r -> RuleDescriptor.of(r, Objects.requireNonNull(severities.get(r.id()))))
        .collect(ImmutableList.toImmutableList());
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  @Override
  public String toString() {
    return "Validator{" + rules.size() + " rules, policy " + policy.name() + "}";
  }

  /**
   * Builds a {@link Validator}: the standard rules (unless {@link #withoutStandardRules()}), plus
   * added ones, minus disabled ones, with overridden severities and a policy. Ids are checked when
   * {@link #build()} is called, so rules may be added after they are named.
   */
  public static final class Builder {
    private boolean standardRules = true;
    private final List<Rule> added = new ArrayList<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private Policy policy = Policy.standard();
    private int rememberedStructures = DEFAULT_REMEMBERED_STRUCTURES;

    private Builder() {}

    /** Adds a rule after the standard ones. */
    public Builder addRule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Leaves out the standard rules; only added rules run. */
    public Builder withoutStandardRules() {
      standardRules = false;
      return this;
    }

    /** Leaves out the rule with this id or alias. */
    public Builder disable(String ruleId) {
      disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
      return this;
    }

    /**
     * Gives the rule with this id or alias another severity. Its ordinary findings get {@code
     * severity}; findings the rule softens on purpose move by as many steps, so they stay below the
     * ordinary ones (e.g. a WARNING rule set to ERROR turns its softened INFO findings into
     * WARNINGs).
     */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(
          Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
      return this;
    }

    /** The policy; {@link Policy#standard()} unless set. */
    public Builder policy(Policy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How many protocol structures the validator remembers the findings of its structural rules
     * for; {@value #DEFAULT_REMEMBERED_STRUCTURES} unless set, 0 to remember none (every validation
     * then runs every rule, e.g. to measure its full cost). At most {@value
     * #MAX_REMEMBERED_STRUCTURES}.
     */
    public Builder rememberedStructures(int count) {
      checkArgument(
          count >= 0 && count <= MAX_REMEMBERED_STRUCTURES,
          "Invalid rememberedStructures: %s; expected 0 to %s",
          count,
          MAX_REMEMBERED_STRUCTURES);
      this.rememberedStructures = count;
      return this;
    }

    /**
     * Builds the validator. Fails when two rules share an id or alias, or when a disabled or
     * overridden id names no rule.
     */
    public Validator build() {
      List<Rule> all = new ArrayList<>();
      if (standardRules) {
        all.addAll(RuleCatalogue.standardRules());
      }
      all.addAll(added);
      Map<String, Rule> byName = new LinkedHashMap<>();
      for (Rule r : all) {
        checkArgument(
            r.id().matches("[A-Z][A-Z0-9_]*"),
            "Invalid rule id: \"%s\"; expected upper-case letters, digits and underscores",
            r.id());
        checkArgument(
            !r.id().equals(RuleIds.RULE_FAILED), "The rule id %s is reserved", RuleIds.RULE_FAILED);
        Set<String> names = new LinkedHashSet<>(r.aliases());
        names.add(r.id());
        for (String name : names) {
          Rule before = byName.putIfAbsent(name, r);
          checkArgument(
              before == null || before == r,
              "Two rules answer to the id %s: %s and %s",
              name,
              before == null ? "" : before.getClass().getName(),
              r.getClass().getName());
        }
      }
      Set<Rule> off = new LinkedHashSet<>();
      for (String id : disabled) {
        off.add(resolve(byName, id, "disable"));
      }
      Map<String, Severity> configured = new LinkedHashMap<>();
      for (Rule r : all) {
        configured.put(r.id(), r.defaultSeverity());
      }
      severities.forEach((id, s) -> configured.put(resolve(byName, id, "severity").id(), s));
      ImmutableList<Rule> rules =
          all.stream().filter(r -> !off.contains(r)).collect(ImmutableList.toImmutableList());
      return new Validator(rules, ImmutableMap.copyOf(configured), policy, rememberedStructures);
    }

    private static Rule resolve(Map<String, Rule> byName, String id, String call) {
      Rule r = byName.get(id);
      checkArgument(
          r != null,
          "%s(\"%s\"): no rule has this id or alias; known ids: %s",
          call,
          id,
          new TreeSet<>(byName.keySet()));
      return r;
    }
  }
}
