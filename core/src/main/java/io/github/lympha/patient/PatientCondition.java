package io.github.lympha.patient;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Region;
import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A condition the patient has, with the regions it is located in for {@link Scope#LOCAL} conditions
 * (e.g. the skin metastases' regions; an infection confined to one leg), its status, the qualifiers
 * the sources distinguish, and a recorded clearance. Every qualifier is optional: absent means not
 * known, and the validator says so where it matters.
 *
 * <pre>{@code
 * PatientCondition cellulitis = PatientCondition.builder()
 *     .condition(Condition.ACUTE_INFECTION)
 *     .status(ConditionStatus.ACUTE)
 *     .fever(false)
 *     .treatmentDay(4)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@LymphaStyle
public interface PatientCondition {
  /** The highest treatment day accepted: ten years. */
  int MAX_TREATMENT_DAY = 3650;

  /** The condition. */
  @Value.Parameter
  Condition condition();

  /** Where it is located; empty when it concerns the whole body or its own fixed scope. */
  @Value.Parameter
  ImmutableSet<Region> regions();

  /** Where the condition stands, if recorded. */
  Optional<ConditionStatus> status();

  /** The NYHA class (1 to 4) of heart failure, if recorded. */
  OptionalInt nyhaClass();

  /** Whether the patient has fever, if recorded. */
  Optional<Boolean> fever();

  /**
   * The day of treatment the patient is on (1 on the day treatment began, e.g. the first day of
   * antibiotics), if the condition is being treated and that is recorded.
   */
  OptionalInt treatmentDay();

  /** Whether a malignancy is metastatic, if recorded. */
  Optional<Boolean> metastatic();

  /** Whether the care is palliative, if recorded. */
  Optional<Boolean> palliative();

  /** The trimester (1 to 3) of a pregnancy, if recorded. */
  OptionalInt trimester();

  /** A physician's clearance for MLD despite this condition, if recorded. */
  Optional<Clearance> clearance();

  /** A condition without a location. */
  static PatientCondition of(Condition condition) {
    return ImmutablePatientCondition.of(condition, ImmutableSet.of());
  }

  /** A condition located in these regions. */
  static PatientCondition of(Condition condition, Iterable<? extends Region> regions) {
    return ImmutablePatientCondition.of(condition, ImmutableSet.copyOf(regions));
  }

  /** A copy located in these regions, with every other value kept. */
  default PatientCondition withRegions(Iterable<? extends Region> regions) {
    return ImmutablePatientCondition.copyOf(this).withRegions(regions);
  }

  /** A copy with this clearance, with every other value kept. */
  default PatientCondition withClearance(Clearance clearance) {
    return ImmutablePatientCondition.copyOf(this).withClearance(clearance);
  }

  /** A copy with this status, with every other value kept. */
  default PatientCondition withStatus(ConditionStatus status) {
    return ImmutablePatientCondition.copyOf(this).withStatus(status);
  }

  /** A builder for a patient condition. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks each qualifier's range and that it belongs to the condition. */
  @Value.Check
  default void check() {
    Condition c = condition();
    nyhaClass()
        .ifPresent(
            n -> {
              checkArgument(
                  n >= 1 && n <= 4, "Invalid value for nyhaClass: %s; expected 1 to 4", n);
              checkArgument(
                  c.isHeartFailure(), "nyhaClass applies to heart failure, not to %s", c.code());
            });
    trimester()
        .ifPresent(
            t -> {
              checkArgument(
                  t >= 1 && t <= 3, "Invalid value for trimester: %s; expected 1 to 3", t);
              checkArgument(
                  c == Condition.PREGNANCY, "trimester applies to PREGNANCY, not to %s", c.code());
            });
    treatmentDay()
        .ifPresent(
            d ->
                checkArgument(
                    d >= 1 && d <= MAX_TREATMENT_DAY,
                    "Invalid value for treatmentDay: %s; expected 1 to %s",
                    d,
                    MAX_TREATMENT_DAY));
    metastatic()
        .ifPresent(
            m ->
                checkArgument(
                    c.isMalignancy(), "metastatic applies to a malignancy, not to %s", c.code()));
  }

  /** Builds {@link PatientCondition}s. */
  final class Builder extends ImmutablePatientCondition.Builder {}
}
