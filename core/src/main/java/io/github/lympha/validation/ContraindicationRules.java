package io.github.lympha.validation;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.Scope;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import java.util.ArrayList;
import java.util.List;

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
    String note = DISAGREEMENTS.get(condition);
    if (condition.defaultClass() != ContraindicationClass.DEBATED || note == null) {
      return "";
    }
    ContraindicationClass chosen = policy.classOf(condition);
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
        if (!appliesToWholeProtocol(c) || policy.classOf(condition) != cls) {
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
                defaultSeverity(),
                () ->
                    "The patient context records "
                        + condition.label()
                        + ", which counts as "
                        + article(cls)
                        + " contraindication to MLD."
                        + meaning
                        + disagreement(condition, policy)
                        + local,
                List.<Site>of(),
                condition.sources()));
      }
      return findings;
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
          ContraindicationClass cls = policy.classOf(c.condition());
          Severity severity =
              cls == ContraindicationClass.ABSOLUTE ? defaultSeverity() : defaultSeverity().lower();
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
                          + disagreement(c.condition(), policy),
                  step.site(),
                  c.condition().sources()));
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
}
