package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contraindication class of a recorded condition, decided from its status and qualifiers
 * (reference §6) and then by the policy: febrile or freshly treated infection is absolute, an
 * improving one relative; decompensated heart failure absolute, controlled relative; acute renal
 * failure debated, chronic relative; a resolved condition, or a malignancy in remission, none.
 */
final class ConditionAssessment {
  /** The class; empty when the condition no longer speaks against MLD. */
  final Optional<ContraindicationClass> cls;

  /** What the status and qualifiers say, as sentences starting with a space; may be empty. */
  final String why;

  /** The condition's sources and those of the qualifiers. */
  final ImmutableList<String> sources;

  private ConditionAssessment(
      Optional<ContraindicationClass> cls, String why, ImmutableList<String> sources) {
    this.cls = cls;
    this.why = why;
    this.sources = sources;
  }

  /** Whether the assessed class is {@code c}. */
  boolean is(ContraindicationClass c) {
    return cls.isPresent() && cls.get() == c;
  }

  static ConditionAssessment of(PatientCondition c, Policy policy) {
    Condition condition = c.condition();
    List<String> sources = new ArrayList<>(condition.sources());
    Optional<ConditionStatus> status = c.status();
    if (status.isPresent() && status.get() == ConditionStatus.RESOLVED) {
      return new ConditionAssessment(Optional.empty(), "", ImmutableList.copyOf(sources));
    }
    StringBuilder why = new StringBuilder();
    ContraindicationClass cls;
    switch (condition) {
      case ACUTE_INFECTION:
        cls = infection(c, policy, why);
        break;
      case HEART_FAILURE:
      case CONTROLLED_HEART_FAILURE:
        cls = heartFailure(c, why);
        addOnce(sources, "S47", "S56");
        break;
      case RENAL_FAILURE:
        cls = renal(c, why);
        break;
      case ACTIVE_MALIGNANCY:
      case SKIN_METASTASES:
        if (status.isPresent() && status.get() == ConditionStatus.IN_REMISSION) {
          return new ConditionAssessment(Optional.empty(), "", ImmutableList.copyOf(sources));
        }
        cls = condition.defaultClass();
        malignancy(c, why);
        break;
      default:
        cls = condition.defaultClass();
        status.ifPresent(s -> why.append(" It is recorded as ").append(s.label()).append('.'));
    }
    ContraindicationClass override = policy.contraindicationClasses().get(condition);
    if (override != null && override != cls) {
      if (condition.defaultClass() != ContraindicationClass.DEBATED) {
        why.append(" The policy \"")
            .append(policy.name())
            .append("\" counts ")
            .append(condition.label())
            .append(" as ")
            .append(ContraindicationRules.article(override))
            .append(" contraindication.");
      }
      cls = override;
    }
    return new ConditionAssessment(Optional.of(cls), why.toString(), ImmutableList.copyOf(sources));
  }

  private static void addOnce(List<String> sources, String... keys) {
    for (String k : keys) {
      if (!sources.contains(k)) {
        sources.add(k);
      }
    }
  }

  private static ContraindicationClass infection(
      PatientCondition c, Policy policy, StringBuilder why) {
    int days = policy.infectionTreatmentDays();
    OptionalInt day = c.treatmentDay();
    Optional<Boolean> fever = c.fever();
    String period =
        " The sources resume MLD after about 2–3 days of antibiotics with improvement (some"
            + " therapists wait 7–10 days); the policy \""
            + policy.name()
            + "\" waits "
            + days
            + (days == 1 ? " day." : " days.");
    if (fever.isPresent() && fever.get()) {
      why.append(" It is recorded with fever.");
      return ContraindicationClass.ABSOLUTE;
    }
    if (day.isEmpty()) {
      why.append(" No treatment day is recorded.").append(period);
      return ContraindicationClass.ABSOLUTE;
    }
    why.append(" It is recorded on day ").append(day.getAsInt()).append(" of treatment");
    if (day.getAsInt() <= days) {
      why.append('.').append(period);
      return ContraindicationClass.ABSOLUTE;
    }
    if (fever.isEmpty()) {
      why.append(", but whether the patient has fever is not recorded.")
          .append(period)
          .append(" Record the fever to show the improvement.");
      return ContraindicationClass.ABSOLUTE;
    }
    why.append(" without fever, after the period.").append(period);
    return ContraindicationClass.RELATIVE;
  }

  private static ContraindicationClass heartFailure(PatientCondition c, StringBuilder why) {
    OptionalInt nyha = c.nyhaClass();
    Optional<ConditionStatus> status = c.status();
    String statusWords = status.map(s -> " (recorded as " + s.label() + ")").orElse("");
    if (nyha.isPresent() && nyha.getAsInt() >= 3) {
      why.append(" NYHA class ")
          .append(roman(nyha.getAsInt()))
          .append(" is recorded")
          .append(statusWords)
          .append(": decompensated heart failure is classified under NYHA III and IV [S56][S47].");
      return ContraindicationClass.ABSOLUTE;
    }
    if (c.condition() == Condition.CONTROLLED_HEART_FAILURE) {
      return ContraindicationClass.RELATIVE;
    }
    if (status.isPresent() && status.get() == ConditionStatus.ACUTE) {
      why.append(" It is recorded as acute (decompensated).");
      return ContraindicationClass.ABSOLUTE;
    }
    if (status.isPresent() || nyha.isPresent()) {
      why.append(" It is recorded as ")
          .append(
              status.isPresent()
                  ? status.get().label()
                  : "NYHA class " + roman(nyha.getAsInt()) + ", below the decompensated III–IV")
          .append(": with controlled heart failure the sources ask for caution and medical")
          .append(" clearance.");
      return ContraindicationClass.RELATIVE;
    }
    why.append(
        " Neither its status nor its NYHA class is recorded, so decompensated heart failure (an"
            + " absolute contraindication) cannot be excluded; record them.");
    return ContraindicationClass.ABSOLUTE;
  }

  private static ContraindicationClass renal(PatientCondition c, StringBuilder why) {
    Optional<ConditionStatus> status = c.status();
    if (status.isEmpty()) {
      why.append(" Whether it is acute or chronic is not recorded.");
      return ContraindicationClass.DEBATED;
    }
    ConditionStatus s = status.get();
    if (s == ConditionStatus.ACUTE) {
      why.append(
          " It is recorded as acute: [S45] counts acute or severe renal failure as absolute, while"
              + " [S43][S46] ask for caution and the physician's check.");
      return ContraindicationClass.DEBATED;
    }
    why.append(" It is recorded as ")
        .append(s.label())
        .append(
            ": [S45]'s absolute class names acute or severe renal failure; for the rest [S43][S46]"
                + " ask for caution, close monitoring and the physician's check.");
    return ContraindicationClass.RELATIVE;
  }

  private static void malignancy(PatientCondition c, StringBuilder why) {
    c.status().ifPresent(s -> why.append(" It is recorded as ").append(s.label()).append('.'));
    if (c.treatmentDay().isPresent()) {
      why.append(" It is under treatment (day ")
          .append(c.treatmentDay().getAsInt())
          .append("): [S44] calls it absolute only while untreated.");
    } else if (c.status().isPresent() && c.status().get() == ConditionStatus.ACUTE) {
      why.append(" No treatment is recorded: [S44] calls it absolute while untreated.");
    }
    if (c.metastatic().isPresent()) {
      why.append(
          c.metastatic().get()
              ? " It is recorded as metastatic: [S45] lists metastatic disease as relative, with"
                  + " written clearance."
              : " It is recorded as not metastatic.");
    }
    if (c.palliative().isPresent() && c.palliative().get()) {
      why.append(
          " The care is recorded as palliative; the sources cited here do not distinguish"
              + " palliative care.");
    }
  }

  static String roman(int n) {
    switch (n) {
      case 1:
        return "I";
      case 2:
        return "II";
      case 3:
        return "III";
      default:
        return "IV";
    }
  }
}
