package io.github.lympha.patient;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Region;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A condition the patient has, with the regions it is located in for {@link Scope#LOCAL} conditions
 * (e.g. the skin metastases' regions; an infection confined to one leg).
 */
@Value.Immutable
@LymphaStyle
public interface PatientCondition {
  /** The condition. */
  @Value.Parameter
  Condition condition();

  /** Where it is located; empty when it concerns the whole body or its own fixed scope. */
  @Value.Parameter
  ImmutableSet<Region> regions();

  /** A condition without a location. */
  static PatientCondition of(Condition condition) {
    return ImmutablePatientCondition.of(condition, ImmutableSet.of());
  }

  /** A condition located in these regions. */
  static PatientCondition of(Condition condition, Iterable<? extends Region> regions) {
    return ImmutablePatientCondition.of(condition, ImmutableSet.copyOf(regions));
  }
}
