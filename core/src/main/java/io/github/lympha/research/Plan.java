package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Route;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The outcome of {@link Planner#plan}: a protocol, or none with the reason, and notes that say what
 * was left out and why, where lymph is rerouted, and what needs clearance.
 */
@Value.Immutable
@LymphaStyle
public interface Plan {
  /** The planned protocol; empty when no sound protocol exists for the patient. */
  Optional<Protocol> protocol();

  /** What a person should know about the plan, or why there is none, in order. */
  ImmutableList<String> notes();

  /** The route chosen for each drained region, by region id, in order of planning. */
  ImmutableMap<String, Route> routes();

  /** Whether a protocol was planned. */
  default boolean isPlanned() {
    return protocol().isPresent();
  }

  /** The notes, one per line. */
  default String explanation() {
    return String.join("\n", notes());
  }

  /** A builder for a plan. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Plan}s. */
  final class Builder extends ImmutablePlan.Builder {}
}
