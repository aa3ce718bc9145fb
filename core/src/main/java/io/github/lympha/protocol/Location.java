package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * Where a step sits in a protocol: the zero-based index of its sequence and of the step within it,
 * and the sequence's name. Ordered by position.
 */
@Value.Immutable
@LymphaStyle
public abstract class Location implements Comparable<Location> {
  Location() {}

  /** Zero-based index of the sequence. */
  @Value.Parameter
  public abstract int sequenceIndex();

  /** Zero-based index of the step within its sequence. */
  @Value.Parameter
  public abstract int stepIndex();

  /** The sequence's name. */
  @Value.Parameter
  public abstract String sequenceName();

  /** A location. */
  public static Location of(int sequenceIndex, int stepIndex, String sequenceName) {
    return ImmutableLocation.of(sequenceIndex, stepIndex, sequenceName);
  }

  /** The JSON pointer of the step in the file format, e.g. {@code /sequences/1/steps/3}. */
  public String pointer() {
    return "/sequences/" + sequenceIndex() + "/steps/" + stepIndex();
  }

  /** For people, one-based: {@code phase 2 "Drain the thigh", step 4}. */
  public String describe() {
    return "phase "
        + (sequenceIndex() + 1)
        + " \""
        + sequenceName()
        + "\", step "
        + (stepIndex() + 1);
  }

  @Override
  public int compareTo(Location other) {
    int c = Integer.compare(sequenceIndex(), other.sequenceIndex());
    return c != 0 ? c : Integer.compare(stepIndex(), other.stepIndex());
  }

  /** Checks the indexes. */
  @Value.Check
  protected void check() {
    checkArgument(sequenceIndex() >= 0, "Invalid sequence index: %s", sequenceIndex());
    checkArgument(stepIndex() >= 0, "Invalid step index: %s", stepIndex());
  }
}
