package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Location;
import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two protocols, found by {@link ProtocolDiff}: a step or sequence that was
 * added, removed, moved or changed, where it was and where it is, and what changed.
 */
@Value.Immutable
@LymphaStyle
public interface Change {
  /** What kind of difference. */
  enum Kind {
    /** Only in the second protocol. */
    ADDED,
    /** Only in the first protocol. */
    REMOVED,
    /** In both, at another position. */
    MOVED,
    /** In both, at the matching position, with other parameters. */
    CHANGED
  }

  /** Whether a whole sequence or one step differs. */
  enum Level {
    /** A sequence (phase). */
    SEQUENCE,
    /** A step. */
    STEP
  }

  /** The kind of difference. */
  Kind kind();

  /** Whether it concerns a sequence or a step. */
  Level level();

  /**
   * Where it was in the first protocol (absent for additions). For a sequence the step index is 0.
   */
  Optional<Location> before();

  /** Where it is in the second protocol (absent for removals). */
  Optional<Location> after();

  /**
   * What it is: the step ({@code THIGH_MEDIAL_L PUMP → INGUINAL_SUPERFICIAL_L}) or sequence name.
   */
  String subject();

  /** For changes, each changed field as {@code field: old → new}, in a fixed order. */
  ImmutableList<FieldChange> fields();

  /** One changed field of a step or sequence. */
  @Value.Immutable
  @LymphaStyle
  interface FieldChange {
    /** The field, e.g. {@code repetitions}. */
    @Value.Parameter
    String field();

    /** Its value in the first protocol. */
    @Value.Parameter
    String before();

    /** Its value in the second protocol. */
    @Value.Parameter
    String after();

    /** A field change. */
    static FieldChange of(String field, String before, String after) {
      return ImmutableFieldChange.of(field, before, after);
    }

    /** The same field change seen the other way round. */
    default FieldChange inverse() {
      return of(field(), after(), before());
    }
  }

  /** The same difference seen from the second protocol: additions become removals and so on. */
  default Change inverse() {
    Kind k = kind() == Kind.ADDED ? Kind.REMOVED : kind() == Kind.REMOVED ? Kind.ADDED : kind();
    ImmutableList.Builder<FieldChange> inv = ImmutableList.builder();
    fields().forEach(f -> inv.add(f.inverse()));
    return builder()
        .kind(k)
        .level(level())
        .before(after())
        .after(before())
        .subject(subject())
        .addAllFields(inv.build())
        .build();
  }

  /**
   * The difference for a person, e.g. {@code moved step THIGH_MEDIAL_L PUMP → … from phase 2 step 1
   * to phase 2 step 3}.
   */
  default String describe() {
    String what = (level() == Level.SEQUENCE ? "phase \"" + subject() + "\"" : "step " + subject());
    switch (kind()) {
      case ADDED:
        return "added " + what + " at " + where(after().orElseThrow());
      case REMOVED:
        return "removed " + what + " from " + where(before().orElseThrow());
      case MOVED:
        return "moved "
            + what
            + " from "
            + where(before().orElseThrow())
            + " to "
            + where(after().orElseThrow())
            + fieldText(" and changed ");
      default:
        return "changed " + what + " at " + where(after().orElseThrow()) + fieldText(": ");
    }
  }

  private String where(Location l) {
    return level() == Level.SEQUENCE
        ? "phase " + (l.sequenceIndex() + 1)
        : Edit.where(l.sequenceIndex(), l.stepIndex());
  }

  private String fieldText(String lead) {
    if (fields().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(lead);
    for (int i = 0; i < fields().size(); i++) {
      FieldChange f = fields().get(i);
      b.append(i == 0 ? "" : ", ")
          .append(f.field())
          .append(' ')
          .append(f.before())
          .append(" → ")
          .append(f.after());
    }
    return b.toString();
  }

  /** A builder for a change. */
  static Builder builder() {
    return new Builder();
  }

  /** Checks the locations fit the kind. */
  @Value.Check
  default void check() {
    checkArgument(
        before().isPresent() == (kind() != Kind.ADDED),
        "A %s change %s a location in the first protocol",
        kind(),
        kind() == Kind.ADDED ? "must not have" : "needs");
    checkArgument(
        after().isPresent() == (kind() != Kind.REMOVED),
        "A %s change %s a location in the second protocol",
        kind(),
        kind() == Kind.REMOVED ? "must not have" : "needs");
  }

  /** Builds {@link Change}s. */
  final class Builder extends ImmutableChange.Builder {}
}
