package io.github.lympha.patient;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Region;
import io.github.lympha.style.LymphaStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A swollen area (a region, or the regions of a limb) with what is known about it: the cause of the
 * swelling, its ISL stage and the state of its tissue. What is absent is not known; the rules act
 * on that too (a cause not recorded is noted, a stage III area counts as fibrotic unless its tissue
 * is recorded).
 *
 * <pre>{@code
 * AffectedArea leftLeg = AffectedArea.builder()
 *     .addRegions(anatomy.region("CALF_L"), anatomy.region("FOOT_L"))
 *     .cause(OedemaCause.SECONDARY_LYMPHOEDEMA)
 *     .stage(IslStage.STAGE_II)
 *     .tissue(TissueState.FIBROTIC)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@LymphaStyle
public interface AffectedArea {
  /** The regions of the area, at least one. */
  ImmutableSet<Region> regions();

  /** The cause of the swelling, if recorded. */
  Optional<OedemaCause> cause();

  /** The ISL stage, if recorded. */
  Optional<IslStage> stage();

  /** The state of the tissue, if recorded. */
  Optional<TissueState> tissue();

  /** An area of these regions with nothing else known. */
  static AffectedArea of(Iterable<? extends Region> regions) {
    return builder().addAllRegions(regions).build();
  }

  /** An area of these regions with a recorded cause. */
  static AffectedArea of(Iterable<? extends Region> regions, OedemaCause cause) {
    return builder().addAllRegions(regions).cause(cause).build();
  }

  /** A builder for an affected area. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The tissue state the rules use: the recorded one, else fibrotic at ISL stage III (fibrosis and
   * trophic skin changes [S57]), else not known.
   */
  default Optional<TissueState> effectiveTissue() {
    if (tissue().isPresent()) {
      return tissue();
    }
    return stage().filter(s -> s == IslStage.STAGE_III).map(s -> TissueState.FIBROTIC);
  }

  /** Checks the area has a region. */
  @Value.Check
  default void check() {
    checkArgument(!regions().isEmpty(), "An affected area needs at least one region");
  }

  /** Builds {@link AffectedArea}s. */
  final class Builder extends ImmutableAffectedArea.Builder {}
}
