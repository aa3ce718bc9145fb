package io.github.lympha.examples;

import com.google.common.collect.ImmutableList;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.Rule;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationContext;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the catalogue's seed protocol for the patient it was written for and for a patient
 * after inguinal dissection, configures a validator of one's own, and compares the standard and the
 * strict policy over the catalogue. Lympha checks protocols against published rules of thumb; it
 * gives no medical advice, and its findings are not diagnoses.
 */
public final class ValidateAProtocol {
  private ValidateAProtocol() {}

  /** The seed protocol checked for the patient it was written for: a left ankle swelling. */
  public static ValidationReport seedForItsPatient() {
    // tag::validate[]
    Protocol seed = Catalogue.seedLeg();
    PatientContext ankle = Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG);
    ValidationReport report = Validator.standard().validate(seed, ankle);
    // end::validate[]
    return report;
  }

  /** The seed protocol checked for a patient after left inguinal dissection. */
  public static ValidationReport seedAfterInguinalDissection() {
    return Validator.standard()
        .validate(
            Catalogue.seedLeg(), Catalogue.patientFor(Catalogue.LEG_AFTER_INGUINAL_DISSECTION));
  }

  // tag::rule[]
  /** A clinic's own rule: a protocol must fit the booked session. */
  static final class FitsTheSession implements Rule {
    private final Duration booked;

    FitsTheSession(Duration booked) {
      this.booked = booked;
    }

    @Override
    public String id() {
      return "CLINIC_FITS_THE_SESSION";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "The protocol's stroke time fits the booked session.";
    }

    @Override
    public ImmutableList<String> sources() {
      return ImmutableList.of(); // a house rule, not a rule of the domain reference
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Duration needed = context.protocol().estimatedDuration();
      if (needed.compareTo(booked) <= 0) {
        return List.of();
      }
      return List.of(
          Finding.builder()
              .ruleId(id())
              .severity(defaultSeverity())
              .message(
                  "The strokes alone take "
                      + needed.toMinutes()
                      + " min; the session is "
                      + booked.toMinutes()
                      + " min.")
              .fix("Shorten the protocol or book a longer session.")
              .build());
    }
  }

  // end::rule[]

  /** A validator configured the way a clinic might want it. */
  public static Validator clinicValidator() {
    // tag::configure[]
    Validator validator =
        Validator.builder()
            .addRule(new FitsTheSession(Duration.ofMinutes(30)))
            .disable(RuleIds.UNNECESSARY_STEP)
            .severity(RuleIds.MANY_REPETITIONS, Severity.WARNING)
            .policy(Policy.strict())
            .build();
    // end::configure[]
    return validator;
  }

  /**
   * The catalogue protocols for their own patients, who also have an active malignancy, under the
   * standard and the strict policy: one line per protocol.
   */
  public static String comparePolicies() {
    // tag::compare[]
    StringBuilder table = new StringBuilder("| protocol | standard | strict |\n|---|---|---|\n");
    Validator standard = Validator.standard();
    Validator strict = Validator.builder().policy(Policy.strict()).build();
    for (Protocol p : Catalogue.all()) {
      PatientContext own = Catalogue.patientFor(p.id());
      List<PatientCondition> conditions = new ArrayList<>(own.conditions());
      // A malignancy already recorded (in remission, say) is replaced by an active one.
      conditions.removeIf(c -> c.condition() == Condition.ACTIVE_MALIGNANCY);
      conditions.add(PatientCondition.of(Condition.ACTIVE_MALIGNANCY));
      PatientContext patient = own.withConditions(conditions);
      table
          .append("| `")
          .append(p.id())
          .append("` | ")
          .append(standard.validate(p, patient).summary())
          .append(" | ")
          .append(strict.validate(p, patient).summary())
          .append(" |\n");
    }
    // end::compare[]
    return table.toString();
  }

  /** Prints both reports on the seed, the clinic validator's verdict and the policy comparison. */
  public static void main(String[] args) {
    System.out.println(seedForItsPatient().toText());
    System.out.println(seedAfterInguinalDissection().toText());
    System.out.println(
        clinicValidator()
            .validate(Catalogue.seedLeg(), Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG))
            .summary());
    System.out.println();
    System.out.print(comparePolicies());
  }
}
