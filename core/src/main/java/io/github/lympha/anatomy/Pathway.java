package io.github.lympha.anatomy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An edge of the drainage graph: lymph can flow from one site to another, physiologically or by a
 * collateral reroute. Ends are named by site id and resolved when the {@link Anatomy} is built.
 */
@Value.Immutable(prehash = true)
@LymphaStyle
public interface Pathway {
  /** The id of the upstream site. */
  String from();

  /** The id of the downstream site. */
  String to();

  /** What kind of pathway this is. */
  PathwayKind kind();

  /** The id of the anastomosis this pathway runs through; present exactly for ANASTOMOTIC. */
  Optional<String> via();

  /** Source keys. */
  ImmutableList<String> sources();

  /** A builder for a pathway. */
  static Builder builder() {
    return new Builder();
  }

  /** Creates a pathway that is not anastomotic. */
  static Pathway of(String from, String to, PathwayKind kind, String... sources) {
    return builder().from(from).to(to).kind(kind).addSources(sources).build();
  }

  /** Creates an anastomotic pathway through {@code via}. */
  static Pathway anastomotic(String from, String to, String via, String... sources) {
    return builder()
        .from(from)
        .to(to)
        .kind(PathwayKind.ANASTOMOTIC)
        .via(via)
        .addSources(sources)
        .build();
  }

  /** Checks the ends and that only anastomotic pathways name an anastomosis. */
  @Value.Check
  default void check() {
    checkArgument(!from().equals(to()), "Pathway from %s to itself", from());
    checkArgument(
        via().isPresent() == (kind() == PathwayKind.ANASTOMOTIC),
        "Pathway %s -> %s of kind %s: an anastomosis (via) is required for ANASTOMOTIC pathways"
            + " and allowed for no other kind",
        from(),
        to(),
        kind());
    checkArgument(!sources().isEmpty(), "Pathway %s -> %s needs a source key", from(), to());
  }

  /** Builds {@link Pathway}s. */
  final class Builder extends ImmutablePathway.Builder {}
}
