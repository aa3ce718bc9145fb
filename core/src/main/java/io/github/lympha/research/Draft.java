package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Region;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A protocol being edited: the sequences and treated regions of an origin protocol, copied on first
 * write so that unchanged sequences and steps are shared with the origin. The protocol is built
 * (and checked against its anatomy) once, by {@link #build()}.
 */
final class Draft {
  private Protocol origin;
  private List<Sequence> sequences;
  private boolean copied;
  private ImmutableSet<Region> treats;
  private boolean dirty;

  Draft(Protocol origin) {
    reset(origin);
  }

  /** A copy that can be edited without changing this draft. */
  Draft copy() {
    Draft d = new Draft(origin);
    d.sequences = copied ? new ArrayList<>(sequences) : sequences;
    d.copied = copied;
    d.treats = treats;
    d.dirty = dirty;
    return d;
  }

  /** The protocol the draft started from (or was last reset to). */
  Protocol origin() {
    return origin;
  }

  /** The current sequences; read-only use. */
  List<Sequence> sequences() {
    return sequences;
  }

  /** The current sequences, copied on first call so they may be changed. */
  List<Sequence> edit() {
    if (!copied) {
      sequences = new ArrayList<>(sequences);
      copied = true;
    }
    dirty = true;
    return sequences;
  }

  ImmutableSet<Region> treats() {
    return treats;
  }

  void treats(ImmutableSet<Region> regions) {
    if (!regions.equals(treats)) {
      treats = regions;
      dirty = true;
    }
  }

  /** Starts over from another protocol. */
  void reset(Protocol protocol) {
    origin = protocol;
    sequences = protocol.sequences();
    copied = false;
    treats = protocol.treats();
    dirty = false;
  }

  /**
   * The edited protocol, or empty when it breaks an invariant of the model (e.g. a step whose
   * target cannot be reached from its site).
   */
  Optional<Protocol> build() {
    if (!dirty) {
      return Optional.of(origin);
    }
    try {
      Protocol p =
          treats.equals(origin.treats())
              ? origin.withSequences(sequences)
              : Protocol.builder()
                  .id(origin.id())
                  .title(origin.title())
                  .version(origin.version())
                  .addAllTreats(treats)
                  .description(origin.description())
                  .addAllSequences(sequences)
                  .addAllSources(origin.sources())
                  .addAllTags(origin.tags())
                  .author(origin.author())
                  .anatomy(origin.anatomy())
                  .build();
      return Optional.of(p);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The sequences as an immutable list, for tests and messages. */
  ImmutableList<Sequence> snapshot() {
    return ImmutableList.copyOf(sequences);
  }
}
