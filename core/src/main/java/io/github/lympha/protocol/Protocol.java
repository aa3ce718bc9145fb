package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.style.LymphaStyle;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An MLD protocol: metadata, the regions it is meant to treat, and its ordered {@link Sequence}s.
 *
 * <p>A protocol is checked against its {@link #anatomy()} (by default {@link Anatomy#standard()}):
 * every site, target node group and anastomosis must belong to it. Whether a target receives the
 * site's lymph is not checked here but judged by the validator, so that any protocol a person can
 * write can be held and checked. The anatomy is context, not content: it takes no part in {@code
 * equals}. Use {@link #builder()} for full control, or {@link ProtocolBuilder} to write a protocol
 * the way a therapist plans one.
 */
@Value.Immutable
@LymphaStyle
public abstract class Protocol {
  /** The most steps a protocol may hold, over all sequences. */
  public static final int MAX_STEPS = 100_000;

  /** The most sequences a protocol may hold. */
  public static final int MAX_SEQUENCES = 10_000;

  Protocol() {}

  /**
   * A stable id: lower-case letters, digits, dots, dashes and underscores, e.g. {@code leg-intact}.
   */
  public abstract String id();

  /** The title for people. */
  public abstract String title();

  /** The protocol's own version, e.g. {@code 1} or {@code 2.1}; "1" by default. */
  @Value.Default
  public String version() {
    return "1";
  }

  /** The regions the protocol is meant to treat (its intended use). */
  public abstract ImmutableSet<Region> treats();

  /** A longer description; empty by default. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The sequences (phases), in order. */
  public abstract ImmutableList<Sequence> sequences();

  /** Source keys of the domain reference (e.g. {@code S9}) or other citations. */
  public abstract ImmutableList<String> sources();

  /** Free tags for search and grouping. */
  public abstract ImmutableSet<String> tags();

  /** Who wrote the protocol. */
  public abstract Optional<String> author();

  /** The anatomy the protocol refers to; not part of equality. */
  @Value.Default
  @Value.Auxiliary
  public Anatomy anatomy() {
    return Anatomy.standard();
  }

  /** Every step with its location, in order of performance (each sequence listed once). */
  @Value.Lazy
  public ImmutableList<LocatedStep> locatedSteps() {
    ImmutableList.Builder<LocatedStep> all = ImmutableList.builder();
    int order = 0;
    for (int s = 0; s < sequences().size(); s++) {
      Sequence seq = sequences().get(s);
      for (int i = 0; i < seq.steps().size(); i++) {
        all.add(LocatedStep.of(seq.steps().get(i), Location.of(s, i, seq.name()), order++));
      }
    }
    return all.build();
  }

  /** Every step, in order (each sequence listed once). */
  public ImmutableList<Step> steps() {
    return locatedSteps().stream().map(LocatedStep::step).collect(ImmutableList.toImmutableList());
  }

  /** The number of steps over all sequences. */
  public int stepCount() {
    return locatedSteps().size();
  }

  /** Whether the protocol has no steps at all. */
  public boolean isEmpty() {
    return sequences().isEmpty();
  }

  /** The step at a location; fails naming the location if it is outside the protocol. */
  public Step step(Location location) {
    checkArgument(
        location.sequenceIndex() < sequences().size()
            && location.stepIndex() < sequences().get(location.sequenceIndex()).steps().size(),
        "No step at %s in protocol %s",
        location.pointer(),
        id());
    return sequences().get(location.sequenceIndex()).steps().get(location.stepIndex());
  }

  /** The estimated duration: tempo × repetitions × repeats, summed over all steps. */
  public Duration estimatedDuration() {
    return sequences().stream().map(Sequence::duration).reduce(Duration.ZERO, Duration::plus);
  }

  /** The total number of strokes: repetitions × repeats, summed over all steps. */
  public long totalStrokes() {
    long total = 0;
    for (Sequence s : sequences()) {
      long once = 0;
      for (Step st : s.steps()) {
        once += st.repetitions();
      }
      total += once * s.repeats();
    }
    return total;
  }

  /** A copy with this id. */
  public abstract Protocol withId(String id);

  /** A copy with this title. */
  public abstract Protocol withTitle(String title);

  /** A copy with this version. */
  public abstract Protocol withVersion(String version);

  /** A copy with this description. */
  public abstract Protocol withDescription(String description);

  /** A copy treating these regions. */
  public abstract Protocol withTreats(Iterable<? extends Region> regions);

  /** A copy with these sequences. */
  public abstract Protocol withSequences(Iterable<? extends Sequence> sequences);

  /** A copy with these sources. */
  public abstract Protocol withSources(Iterable<String> sources);

  /** A copy with these tags. */
  public abstract Protocol withTags(Iterable<String> tags);

  /** A copy with this author. */
  public abstract Protocol withAuthor(String author);

  /** A copy with this author, or none. */
  public abstract Protocol withAuthor(Optional<String> author);

  /** A copy checked against, and referring to, another anatomy. */
  public abstract Protocol withAnatomy(Anatomy anatomy);

  /** A builder for a protocol. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks ids, texts, limits, and that every step names sites of the anatomy. */
  @Value.Check
  protected void check() {
    checkId(id());
    checkArgument(!title().isBlank(), "Protocol %s: title must not be blank", id());
    for (String source : sources()) {
      checkArgument(!source.isBlank(), "Protocol %s: a source must not be blank", id());
    }
    for (String tag : tags()) {
      checkArgument(!tag.isBlank(), "Protocol %s: a tag must not be blank", id());
    }
    checkArgument(!version().isBlank(), "Protocol %s: version must not be blank", id());
    author()
        .ifPresent(
            a ->
                checkArgument(
                    !a.isBlank(), "Protocol %s: author must not be blank when present", id()));
    checkArgument(
        sequences().size() <= MAX_SEQUENCES,
        "Protocol %s has %s sequences; at most %s are allowed",
        id(),
        sequences().size(),
        MAX_SEQUENCES);
    Anatomy anatomy = anatomy();
    for (Region r : treats()) {
      checkArgument(
          anatomy.findRegion(r.id()).filter(r::equals).isPresent(),
          "Protocol %s treats region %s, which is not part of its anatomy",
          id(),
          r.id());
    }
    int count = 0;
    for (int s = 0; s < sequences().size(); s++) {
      Sequence seq = sequences().get(s);
      count += seq.steps().size();
      checkArgument(count <= MAX_STEPS, "Protocol %s has more than %s steps", id(), MAX_STEPS);
      for (int i = 0; i < seq.steps().size(); i++) {
        int si = s;
        int ii = i;
        checkStep(
            anatomy,
            seq.steps().get(i),
            DeferredText.of(() -> "/sequences/" + si + "/steps/" + ii));
      }
    }
  }

  /** Checks a protocol id; shared with {@link ProtocolBuilder} so that it fails at the call. */
  static void checkId(String id) {
    checkArgument(
        isId(id),
        "Invalid protocol id: \"%s\"; use lower-case letters, digits, '.', '-' and '_' (at most"
            + " 100), like \"leg-intact\"",
        id);
  }

  /**
   * Whether an id matches {@code [a-z0-9][a-z0-9._-]{0,99}}; a loop rather than a regular
   * expression, since every protocol and every copy of one is checked.
   */
  static boolean isId(String id) {
    int n = id.length();
    if (n < 1 || n > 100 || !isLowerOrDigit(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = id.charAt(i);
      if (!isLowerOrDigit(c) && c != '.' && c != '_' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /**
   * Checks that a step's site, target and anastomosis are part of the anatomy. Whether the target
   * receives the site's lymph, or the anastomosis fits the step, is clinical judgement: the
   * validator reports it as a finding, so that any protocol a person can write can be built and
   * checked.
   */
  private void checkStep(Anatomy anatomy, Step step, Object where) {
    Site site = step.site();
    checkArgument(
        anatomy.findSite(site.id()).filter(site::equals).isPresent(),
        "%s: site %s is not part of the protocol's anatomy",
        where,
        site.id());
    checkArgument(
        anatomy.findSite(step.toward().id()).filter(step.toward()::equals).isPresent(),
        "%s: node group %s is not part of the protocol's anatomy",
        where,
        step.toward().id());
    step.via()
        .ifPresent(
            a -> {
              checkArgument(
                  anatomy.findAnastomosis(a.id()).filter(a::equals).isPresent(),
                  "%s: anastomosis %s is not part of the protocol's anatomy",
                  where,
                  a.id());
            });
  }

  /** Builds {@link Protocol}s. */
  public static final class Builder extends ImmutableProtocol.Builder {}
}
