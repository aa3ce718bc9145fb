package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.validation.ValidationReport;
import org.immutables.value.Value;

/**
 * One of the best or worst rows of a {@link BatchReport}: the variant, the patient it was evaluated
 * for, its metrics, its report and the value it takes on each axis.
 */
@Value.Immutable
@LymphaStyle
public interface RankedVariant {
  /** The variant. */
  Variant variant();

  /** The patient's position in the batch's list of patients (zero-based). */
  int patient();

  /** The patient's label, as in the CSV's {@code patient} column. */
  String patientLabel();

  /** The variant's metrics for the patient. */
  Metrics metrics();

  /** The variant's report for the patient. */
  ValidationReport report();

  /**
   * The description of the edit each axis of the family applied, in the order of the axes; empty
   * for a family without axes.
   */
  ImmutableList<String> parameters();
}
