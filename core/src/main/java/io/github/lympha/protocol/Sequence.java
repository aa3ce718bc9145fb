package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * A named phase of a protocol, e.g. "Open the terminus" or "Drain the thigh": ordered steps,
 * performed {@link #repeats()} times in a row.
 */
@Value.Immutable
@LymphaStyle
public interface Sequence {
  /** The most times a sequence may be repeated. */
  int MAX_REPEATS = 1000;

  /** The name of the phase. */
  String name();

  /** The steps, in order; at least one. */
  ImmutableList<Step> steps();

  /** How many times the whole sequence is performed; 1 by default. */
  @Value.Default
  default int repeats() {
    return 1;
  }

  /** How long the sequence takes, all repeats included. */
  default Duration duration() {
    Duration once = steps().stream().map(Step::duration).reduce(Duration.ZERO, Duration::plus);
    return once.multipliedBy(repeats());
  }

  /** A copy with another name. */
  Sequence withName(String name);

  /** A copy with these steps. */
  Sequence withSteps(Iterable<? extends Step> steps);

  /** A copy performed this many times. */
  Sequence withRepeats(int repeats);

  /** A sequence of these steps, performed once. */
  static Sequence of(String name, Iterable<Step> steps) {
    return builder().name(name).addAllSteps(steps).build();
  }

  /** A builder for a sequence. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the name, steps and repeats. */
  @Value.Check
  default void check() {
    checkArgument(!name().isBlank(), "A sequence name must not be blank");
    checkArgument(
        name().length() <= Step.MAX_TEXT,
        "Sequence name is too long: %s characters",
        name().length());
    checkArgument(!steps().isEmpty(), "Sequence \"%s\" has no steps; add at least one", name());
    checkArgument(
        repeats() >= 1 && repeats() <= MAX_REPEATS,
        "Invalid value for repeats of sequence \"%s\": %s; expected 1 to %s",
        name(),
        repeats(),
        MAX_REPEATS);
  }

  /** Builds {@link Sequence}s. */
  final class Builder extends ImmutableSequence.Builder {}
}
