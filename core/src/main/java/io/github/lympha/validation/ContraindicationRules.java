package io.github.lympha.validation;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.Scope;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules on the patient's conditions (reference §6). Whole-body conditions give one finding for
 * the protocol under the rule of their class; region-scoped ones flag only the steps in their
 * scope.
 */
final class ContraindicationRules {
  /** What the sources say where they disagree about a condition's class (reference §6). */
  private static final ImmutableMap<Condition, String> DISAGREEMENTS =
      ImmutableMap.of(
          Condition.ACTIVE_MALIGNANCY,
          "one source calls it absolute, for fear of spread [S42][S43]; the Dr. Vodder Akademie"
              + " calls it absolute only while untreated, allowed after therapy or with the"
              + " physician's agreement, and finds spread by MLD unsupported by current evidence"
              + " [S44]; another lists metastatic disease as relative, with written clearance"
              + " [S45]",
          Condition.RENAL_FAILURE,
          "absolute per [S45]; relative, or a caution, per [S43][S46]");

  private ContraindicationRules() {}

  static String article(ContraindicationClass c) {
    switch (c) {
      case ABSOLUTE:
        return "an absolute";
      case RELATIVE:
        return "a relative";
      default:
        return "a debated";
    }
  }

  /** The sentence on a debated condition, naming the policy's choice; empty for others. */
  static String disagreement(Condition condition, Policy policy) {
    return disagreement(condition, policy, policy.classOf(condition));
  }

  /**
   * The sentence on a debated condition, naming the class chosen ({@code chosen}, after its status
   * and the policy); empty for others.
   */
  static String disagreement(Condition condition, Policy policy, ContraindicationClass chosen) {
    String note = DISAGREEMENTS.get(condition);
    if (condition.defaultClass() != ContraindicationClass.DEBATED || note == null) {
      return "";
    }
    String choice =
        chosen == ContraindicationClass.DEBATED
            ? "leaves it debated"
            : "treats it as " + chosen.name().toLowerCase(java.util.Locale.ROOT);
    return " Sources disagree: " + note + ". The policy \"" + policy.name() + "\" " + choice + ".";
  }

  static String fix(ContraindicationClass c) {
    return c == ContraindicationClass.ABSOLUTE
        ? "Do not use the protocol until the condition is resolved and a physician has cleared MLD."
        : "Use the protocol only with a physician's clearance.";
  }

  /**
   * The severity of a finding of class {@code cls} whose ordinary severity is {@code severity}: a
   * recorded clearance lowers a relative contraindication by one step, never an absolute or a
   * debated one [S46].
   */
  static Severity cleared(Severity severity, ContraindicationClass cls, PatientCondition c) {
    return cls == ContraindicationClass.RELATIVE && c.clearance().isPresent()
        ? severity.lower()
        : severity;
  }

  /** The sentence on a recorded clearance; empty without one. */
  static String clearance(ContraindicationClass cls, PatientCondition c) {
    if (c.clearance().isEmpty()) {
      return "";
    }
    String who = " A clearance is recorded " + c.clearance().get().describe();
    switch (cls) {
      case RELATIVE:
        return who + ", which a relative contraindication needs.";
      case ABSOLUTE:
        return who
            + ", but a physician's clearance does not lift an absolute contraindication [S46].";
      default:
        return who + "; sources disagree on the class, so it stays a warning.";
    }
  }

  static boolean appliesToWholeProtocol(PatientCondition c) {
    Scope scope = c.condition().scope();
    return scope == Scope.WHOLE_BODY || (scope == Scope.LOCAL && c.regions().isEmpty());
  }

  /** A whole-body condition of one class. */
  static final class ByClass extends StructuralRule {
    private final ContraindicationClass cls;

    ByClass(String id, ContraindicationClass cls, Severity severity, String summary) {
      super(id, severity, summary, "S42", "S43", "S44", "S45", "S46", "S47");
      this.cls = cls;
    }

    static ByClass absolute() {
      return new ByClass(
          RuleIds.CONTRAINDICATION_ABSOLUTE,
          ContraindicationClass.ABSOLUTE,
          Severity.ERROR,
          "The patient context records a condition the sources (or the policy) count as an"
              + " absolute contraindication to MLD, such as acute infection or acute DVT.");
    }

    static ByClass relative() {
      return new ByClass(
          RuleIds.CONTRAINDICATION_RELATIVE,
          ContraindicationClass.RELATIVE,
          Severity.WARNING,
          "The patient context records a relative contraindication, such as bronchial asthma or"
              + " controlled heart failure: MLD needs caution and clearance.");
    }

    static ByClass debated() {
      return new ByClass(
          RuleIds.CONTRAINDICATION_DEBATED,
          ContraindicationClass.DEBATED,
          Severity.WARNING,
          "The patient context records a condition on which sources disagree (active malignancy,"
              + " renal failure) and the policy leaves it debated.");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      List<Finding> findings = new ArrayList<>();
      Policy policy = context.policy();
      for (PatientCondition c : context.conditions()) {
        Condition condition = c.condition();
        if (cls == ContraindicationClass.RELATIVE && condition == Condition.PREGNANCY) {
          pregnancy(c).ifPresent(findings::add);
        }
        if (!appliesToWholeProtocol(c)) {
          continue;
        }
        ConditionAssessment a = ConditionAssessment.of(c, policy);
        if (!a.is(cls)) {
          continue;
        }
        String local =
            condition.scope() == Scope.LOCAL
                ? " No regions are given for it, so it is taken to concern the whole protocol."
                : "";
        String meaning =
            cls == ContraindicationClass.ABSOLUTE
                ? " The protocol should not be used while it lasts."
                : " MLD needs caution and a physician's clearance.";
        findings.add(
            make(
                whole().fix(fix(cls)),
                cleared(defaultSeverity(), cls, c),
                () ->
                    "The patient context records "
                        + condition.label()
                        + ", which counts as "
                        + article(cls)
                        + " contraindication to MLD."
                        + a.why
                        + meaning
                        + disagreement(condition, policy, cls)
                        + clearance(cls, c)
                        + local,
                List.<Site>of(),
                a.sources));
      }
      return findings;
    }

    /**
     * The first trimester of a pregnancy, a relative contraindication to MLD as a whole [S46] (a
     * caution in [S43]), besides the absolute one for deep abdominal work; an info when the
     * trimester is not recorded.
     */
    private Optional<Finding> pregnancy(PatientCondition c) {
      if (c.status().isPresent() && c.status().get() == ConditionStatus.RESOLVED) {
        return Optional.empty();
      }
      List<String> sources = List.of("S46", "S43");
      if (c.trimester().isEmpty()) {
        return Optional.of(
            make(
                whole().fix("Record the trimester of the pregnancy."),
                defaultSeverity().lower(),
                () ->
                    "The patient context records a pregnancy without its trimester: [S46] counts"
                        + " the first three months of pregnancy as a relative contraindication to"
                        + " MLD (fear of miscarriage), and [S43] names a first-trimester caution.",
                List.<Site>of(),
                sources));
      }
      if (c.trimester().getAsInt() != 1) {
        return Optional.empty();
      }
      return Optional.of(
          make(
              whole().fix(fix(ContraindicationClass.RELATIVE)),
              cleared(defaultSeverity(), ContraindicationClass.RELATIVE, c),
              () ->
                  "The patient context records a pregnancy in its first trimester, which counts as"
                      + " a relative contraindication to MLD (fear of miscarriage) [S46]; [S43]"
                      + " names a first-trimester caution."
                      + clearance(ContraindicationClass.RELATIVE, c),
              List.<Site>of(),
              sources));
    }
  }

  /** A step works an area where a region-scoped contraindication applies. */
  static final class Regional extends StructuralRule {
    Regional() {
      super(
          RuleIds.REGIONAL_CONTRAINDICATION,
          Severity.ERROR,
          "A step works where a region-scoped contraindication applies: the neck (e.g."
              + " hyperthyroidism), deep abdominal work (e.g. pregnancy) or the regions of a local"
              + " condition (e.g. skin metastases); a warning for relative or debated ones.",
          "S45",
          "S47",
          "S43",
          "S44");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      List<PatientCondition> scoped = new ArrayList<>();
      for (PatientCondition c : context.conditions()) {
        if (!appliesToWholeProtocol(c)) {
          scoped.add(c);
        }
      }
      if (scoped.isEmpty()) {
        return List.of();
      }
      Policy policy = context.policy();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        for (PatientCondition c : scoped) {
          if (!applies(c, step)) {
            continue;
          }
          ConditionAssessment a = ConditionAssessment.of(c, policy);
          if (a.cls.isEmpty()) {
            continue;
          }
          ContraindicationClass cls = a.cls.get();
          Severity severity =
              cls == ContraindicationClass.ABSOLUTE
                  ? defaultSeverity()
                  : cleared(defaultSeverity().lower(), cls, c);
          findings.add(
              make(
                  at(ls)
                      .fix(
                          cls == ContraindicationClass.ABSOLUTE
                              ? "Leave this step out and bypass the area."
                              : "Leave this step out, or get a physician's clearance for it."),
                  severity,
                  () ->
                      "The patient context records "
                          + c.condition().label()
                          + ", which counts as "
                          + article(cls)
                          + " contraindication for "
                          + scopeWords(c.condition().scope())
                          + "; this step works "
                          + the(step.site())
                          + "."
                          + a.why
                          + disagreement(c.condition(), policy, cls)
                          + clearance(cls, c),
                  step.site(),
                  a.sources));
        }
      }
      return findings;
    }

    private static boolean applies(PatientCondition c, Step step) {
      switch (c.condition().scope()) {
        case NECK:
          return ValidationContext.isNeck(step.site());
        case ABDOMEN:
          return ValidationContext.isAbdominalClearing(step);
        case LOCAL:
          return c.regions().contains(step.site());
        default:
          return false;
      }
    }

    private static String scopeWords(Scope scope) {
      switch (scope) {
        case NECK:
          return "the neck only";
        case ABDOMEN:
          return "deep abdominal work only";
        default:
          return "the area it is located in";
      }
    }
  }

  /**
   * The cause of an affected area's swelling is recorded as unknown (an error: diagnose first), or
   * is not recorded while the patient is pregnant or has heart or kidney disease (a warning: have
   * it checked), or is not recorded at all (an info).
   */
  static final class OedemaCauseToCheck extends StructuralRule {
    OedemaCauseToCheck() {
      super(
          RuleIds.OEDEMA_CAUSE_TO_CHECK,
          Severity.ERROR,
          "An affected area's oedema is recorded as of unknown cause (diagnose first); a warning"
              + " when its cause is not recorded and the patient is pregnant or has heart failure or"
              + " renal failure, an info when it is simply not recorded.",
          "S45",
          "S43");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (context.affected().isEmpty()
          || context.patient().has(Condition.OEDEMA_OF_UNKNOWN_CAUSE)) {
        return List.of();
      }
      List<Finding> findings = new ArrayList<>();
      Set<Region> unrecorded = new LinkedHashSet<>(context.affected());
      for (AffectedArea a : context.affectedAreas()) {
        if (a.cause().isEmpty()) {
          continue;
        }
        unrecorded.removeAll(a.regions());
        if (a.cause().get() != OedemaCause.UNKNOWN) {
          continue;
        }
        findings.add(
            make(
                whole()
                    .fix(
                        "Have the cause of the swelling diagnosed before MLD, and record it in"
                            + " the patient context."),
                defaultSeverity(),
                () ->
                    "The patient context records the swelling of "
                        + names(a.regions())
                        + " as of unknown cause: oedema of unknown cause counts as an absolute"
                        + " contraindication to MLD until it is diagnosed.",
                a.regions(),
                List.of("S45")));
      }
      if (unrecorded.isEmpty()) {
        return findings;
      }
      List<String> reasons = new ArrayList<>();
      for (PatientCondition c : context.conditions()) {
        Condition condition = c.condition();
        if (c.status().isPresent() && c.status().get() == ConditionStatus.RESOLVED) {
          continue;
        }
        if (condition == Condition.PREGNANCY
            || condition.isHeartFailure()
            || condition == Condition.RENAL_FAILURE) {
          reasons.add(condition.label());
        }
      }
      if (reasons.isEmpty()) {
        findings.add(
            make(
                whole().fix("Record the cause of the swelling in the patient context."),
                defaultSeverity().lower().lower(),
                () ->
                    "The patient context does not record the cause of the swelling of "
                        + names(unrecorded)
                        + ": oedema of unknown cause counts as an absolute contraindication to MLD"
                        + " until it is diagnosed, so the cause should be known before MLD.",
                unrecorded,
                List.of("S45")));
      } else {
        findings.add(
            make(
                whole()
                    .fix(
                        "Have the cause of the swelling checked by a physician before MLD, and"
                            + " record it."),
                defaultSeverity().lower(),
                () ->
                    "The patient context records "
                        + String.join(" and ", reasons)
                        + " and does not record the cause of the swelling of "
                        + names(unrecorded)
                        + ". Swelling that comes with these conditions may not be lymphatic: MLD"
                        + " is not appropriate when heart failure is the sole"
                        + " reason for the swelling, combined oedema needs extra caution [S43], and"
                        + " oedema of unknown cause counts as an absolute contraindication [S45].",
                unrecorded,
                sources()));
      }
      return findings;
    }
  }
}
