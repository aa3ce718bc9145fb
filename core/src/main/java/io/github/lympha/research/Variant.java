package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A protocol generated from a base protocol, with a readable account of how it differs from it. The
 * protocol keeps the base's id; {@link #index()} tells variants of one family apart.
 */
@Value.Immutable
@LymphaStyle
public interface Variant {
  /** The varied protocol. */
  @Value.Parameter
  Protocol protocol();

  /** The id of the base protocol. */
  @Value.Parameter
  String baseId();

  /** The position of the variant in its family's full enumeration (zero-based). */
  @Value.Parameter
  long index();

  /** What was changed, one entry per edit, in the order applied; empty for the base itself. */
  @Value.Parameter
  ImmutableList<String> changes();

  /** The changes joined by {@code "; "}, or {@code "unchanged"} for the base itself. */
  default String description() {
    return changes().isEmpty() ? "unchanged" : String.join("; ", changes());
  }

  /** A variant. */
  static Variant of(Protocol protocol, String baseId, long index, Iterable<String> changes) {
    return ImmutableVariant.of(protocol, baseId, index, ImmutableList.copyOf(changes));
  }
}
