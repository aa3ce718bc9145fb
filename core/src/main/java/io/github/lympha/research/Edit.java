package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.protocol.Mirroring;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One change to a protocol, with a readable description: the building block of {@link Axis axes}
 * and {@link Family families} of variants.
 *
 * <p>Edits never throw while they are applied. An edit that cannot apply — a location that does not
 * exist (perhaps because an earlier edit removed it), or a result that breaks an invariant of the
 * model, such as a mirrored step whose target is unreachable — yields no protocol, and a family
 * skips that variant. Removing the only step of a sequence removes the sequence as well, since a
 * sequence cannot be empty. Values given to the factories are checked when the edit is created, so
 * a bad sweep fails at once with a message naming the value.
 *
 * <pre>{@code
 * Edit lighter = Edit.pressure(Pressure.of(PressureLevel.VERY_LIGHT));
 * Optional<Protocol> variant = lighter.andThen(Edit.repetitions(7)).apply(base);
 * }</pre>
 */
public abstract class Edit {
  private static final Edit IDENTITY =
      new Edit("unchanged") {
        @Override
        boolean applyTo(Draft draft) {
          return true;
        }

        @Override
        boolean isIdentity() {
          return true;
        }
      };

  private final String description;

  Edit(String description) {
    checkArgument(!description.isBlank(), "An edit needs a description");
    this.description = description;
  }

  /** What the edit changes, for a person, e.g. {@code repetitions 7 (all steps)}. */
  public final String description() {
    return description;
  }

  /** Applies the edit to the draft; false when it cannot apply (the variant is skipped). */
  abstract boolean applyTo(Draft draft);

  /** Whether the edit leaves every protocol as it is. */
  boolean isIdentity() {
    return false;
  }

  /** Applies the edit, catching invariant failures of the model as "cannot apply". */
  final boolean applySafely(Draft draft) {
    try {
      return applyTo(draft);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return false;
    }
  }

  /**
   * The protocol with this edit applied, or empty when the edit cannot apply to it or the result
   * would break an invariant of the model.
   */
  public final Optional<Protocol> apply(Protocol protocol) {
    Draft draft = new Draft(protocol);
    return applySafely(draft) ? draft.build() : Optional.empty();
  }

  /** This edit, then {@code next}. */
  public final Edit andThen(Edit next) {
    if (isIdentity()) {
      return next;
    }
    if (next.isIdentity()) {
      return this;
    }
    Edit first = this;
    return new Edit(description + "; " + next.description()) {
      @Override
      boolean applyTo(Draft draft) {
        return first.applySafely(draft) && next.applySafely(draft);
      }
    };
  }

  @Override
  public String toString() {
    return "Edit{" + description + "}";
  }

  // ------------------------------------------------------------------ factories

  /** The edit that changes nothing, described as "unchanged". */
  public static Edit identity() {
    return IDENTITY;
  }

  /**
   * Any function from protocol to protocol, with a description. A function that throws {@link
   * IllegalArgumentException} (e.g. from a model invariant) makes the variant skipped.
   */
  public static Edit of(String description, UnaryOperator<Protocol> function) {
    Objects.requireNonNull(function, "function");
    return new Edit(description) {
      @Override
      boolean applyTo(Draft draft) {
        Optional<Protocol> current = draft.build();
        if (current.isEmpty()) {
          return false;
        }
        draft.reset(Objects.requireNonNull(function.apply(current.get()), description));
        return true;
      }
    };
  }

  /** Sets the repetitions of every step (narrow it with {@link StepEdit#where}). */
  public static StepEdit repetitions(int repetitions) {
    checkArgument(
        repetitions >= 1 && repetitions <= Step.MAX_REPETITIONS,
        "Invalid value for repetitions: %s; expected 1 to %s",
        repetitions,
        Step.MAX_REPETITIONS);
    return StepEdit.everyStep("repetitions " + repetitions, s -> s.withRepetitions(repetitions));
  }

  /** Sets the pressure of every step. */
  public static StepEdit pressure(Pressure pressure) {
    Objects.requireNonNull(pressure, "pressure");
    return StepEdit.everyStep("pressure " + pressure.describe(), s -> s.withPressure(pressure));
  }

  /** Sets the tempo of every step. */
  public static StepEdit tempo(Tempo tempo) {
    Objects.requireNonNull(tempo, "tempo");
    return StepEdit.everyStep("tempo " + tempo.describe(), s -> s.withTempo(tempo));
  }

  /** Replaces one stroke kind by another wherever it is used. */
  public static StepEdit swapStroke(Stroke from, Stroke to) {
    checkArgument(from != to, "Swapping stroke %s for itself changes nothing", from);
    return StepEdit.everyStep(
        "stroke " + from.code() + " → " + to.code(),
        s -> s.stroke() == from ? s.withStroke(to) : s);
  }

  /** Sets how many times a sequence is performed. */
  public static Edit repeats(int sequenceIndex, int repeats) {
    checkIndex("sequenceIndex", sequenceIndex);
    checkArgument(
        repeats >= 1 && repeats <= Sequence.MAX_REPEATS,
        "Invalid value for repeats: %s; expected 1 to %s",
        repeats,
        Sequence.MAX_REPEATS);
    return new Edit("repeats of phase " + (sequenceIndex + 1) + ": " + repeats) {
      @Override
      boolean applyTo(Draft draft) {
        if (sequenceIndex >= draft.sequences().size()) {
          return false;
        }
        List<Sequence> seqs = draft.edit();
        seqs.set(sequenceIndex, seqs.get(sequenceIndex).withRepeats(repeats));
        return true;
      }
    };
  }

  /**
   * Removes a step (indexes zero-based); when it is the only step of its sequence, the sequence is
   * removed too.
   */
  public static Edit dropStep(int sequenceIndex, int stepIndex) {
    checkIndex("sequenceIndex", sequenceIndex);
    checkIndex("stepIndex", stepIndex);
    return new Edit("drop " + where(sequenceIndex, stepIndex)) {
      @Override
      boolean applyTo(Draft draft) {
        if (!exists(draft, sequenceIndex, stepIndex)) {
          return false;
        }
        List<Sequence> seqs = draft.edit();
        List<Step> steps = new ArrayList<>(seqs.get(sequenceIndex).steps());
        steps.remove(stepIndex);
        replaceOrRemove(seqs, sequenceIndex, steps);
        return true;
      }
    };
  }

  /** Performs a step twice in a row. */
  public static Edit duplicateStep(int sequenceIndex, int stepIndex) {
    checkIndex("sequenceIndex", sequenceIndex);
    checkIndex("stepIndex", stepIndex);
    return new Edit("duplicate " + where(sequenceIndex, stepIndex)) {
      @Override
      boolean applyTo(Draft draft) {
        if (!exists(draft, sequenceIndex, stepIndex)) {
          return false;
        }
        List<Sequence> seqs = draft.edit();
        Sequence seq = seqs.get(sequenceIndex);
        List<Step> steps = new ArrayList<>(seq.steps());
        steps.add(stepIndex, steps.get(stepIndex));
        seqs.set(sequenceIndex, seq.withSteps(steps));
        return true;
      }
    };
  }

  /**
   * Moves a step to another position, in the same or another sequence; {@code toStep} is the index
   * in the target sequence after the step was taken out. A source sequence left empty is removed.
   */
  public static Edit moveStep(int fromSequence, int fromStep, int toSequence, int toStep) {
    checkIndex("fromSequence", fromSequence);
    checkIndex("fromStep", fromStep);
    checkIndex("toSequence", toSequence);
    checkIndex("toStep", toStep);
    checkArgument(
        fromSequence != toSequence || fromStep != toStep,
        "Moving %s to where it is changes nothing",
        where(fromSequence, fromStep));
    String target = fromSequence == toSequence ? "step " + (toStep + 1) : where(toSequence, toStep);
    return new Edit("move " + where(fromSequence, fromStep) + " to " + target) {
      @Override
      boolean applyTo(Draft draft) {
        List<Sequence> current = draft.sequences();
        if (!exists(draft, fromSequence, fromStep) || toSequence >= current.size()) {
          return false;
        }
        if (fromSequence == toSequence) {
          List<Step> steps = new ArrayList<>(current.get(fromSequence).steps());
          if (toStep >= steps.size()) {
            return false;
          }
          steps.add(toStep, steps.remove(fromStep));
          List<Sequence> seqs = draft.edit();
          seqs.set(fromSequence, seqs.get(fromSequence).withSteps(steps));
          return true;
        }
        List<Step> target = new ArrayList<>(current.get(toSequence).steps());
        if (toStep > target.size()) {
          return false;
        }
        List<Step> source = new ArrayList<>(current.get(fromSequence).steps());
        target.add(toStep, source.remove(fromStep));
        List<Sequence> seqs = draft.edit();
        seqs.set(toSequence, seqs.get(toSequence).withSteps(target));
        replaceOrRemove(seqs, fromSequence, source);
        return true;
      }
    };
  }

  /**
   * Inserts a step before the step at {@code stepIndex} (or at the end when it equals the size).
   */
  public static Edit insertStep(int sequenceIndex, int stepIndex, Step step) {
    checkIndex("sequenceIndex", sequenceIndex);
    checkIndex("stepIndex", stepIndex);
    Objects.requireNonNull(step, "step");
    return new Edit("insert at " + where(sequenceIndex, stepIndex) + ": " + StepText.brief(step)) {
      @Override
      boolean applyTo(Draft draft) {
        List<Sequence> current = draft.sequences();
        if (sequenceIndex >= current.size()
            || stepIndex > current.get(sequenceIndex).steps().size()) {
          return false;
        }
        List<Sequence> seqs = draft.edit();
        Sequence seq = seqs.get(sequenceIndex);
        List<Step> steps = new ArrayList<>(seq.steps());
        steps.add(stepIndex, step);
        seqs.set(sequenceIndex, seq.withSteps(steps));
        return true;
      }
    };
  }

  /** Reverses the order of the steps of one sequence. */
  public static Edit reverseSequence(int sequenceIndex) {
    checkIndex("sequenceIndex", sequenceIndex);
    return new Edit("reverse phase " + (sequenceIndex + 1)) {
      @Override
      boolean applyTo(Draft draft) {
        if (sequenceIndex >= draft.sequences().size()) {
          return false;
        }
        List<Sequence> seqs = draft.edit();
        Sequence seq = seqs.get(sequenceIndex);
        seqs.set(sequenceIndex, seq.withSteps(seq.steps().reverse()));
        return true;
      }
    };
  }

  /** Reverses the order of the sequences (phases). */
  public static Edit reversePhases() {
    return new Edit("reverse the order of the phases") {
      @Override
      boolean applyTo(Draft draft) {
        Collections.reverse(draft.edit());
        return true;
      }
    };
  }

  /** Removes a whole sequence. */
  public static Edit dropSequence(int sequenceIndex) {
    checkIndex("sequenceIndex", sequenceIndex);
    return new Edit("drop phase " + (sequenceIndex + 1)) {
      @Override
      boolean applyTo(Draft draft) {
        if (sequenceIndex >= draft.sequences().size()) {
          return false;
        }
        draft.edit().remove(sequenceIndex);
        return true;
      }
    };
  }

  /**
   * Mirrors left and right with {@link Mirroring}: every site, target node group and anastomosis
   * becomes its mirror in the protocol's anatomy ({@link Anatomy#mirror}), and so do the treated
   * regions; a physiological target past a midline station (the thoracic duct's left terminus) is
   * kept. Free texts (hands, notes) are kept as they are. A protocol whose mirror has no pathway in
   * its anatomy cannot be mirrored (the variant is skipped).
   */
  public static Edit mirror() {
    return MIRROR;
  }

  private static final Edit MIRROR =
      new Edit("mirror left ↔ right") {
        @Override
        boolean applyTo(Draft draft) {
          Anatomy anatomy = draft.origin().anatomy();
          List<Sequence> seqs = draft.edit();
          for (int i = 0; i < seqs.size(); i++) {
            Sequence seq = seqs.get(i);
            List<Step> steps = new ArrayList<>(seq.steps().size());
            for (Step s : seq.steps()) {
              steps.add(Mirroring.mirror(anatomy, s));
            }
            seqs.set(i, seq.withSteps(steps));
          }
          ImmutableSet.Builder<Region> treats = ImmutableSet.builder();
          for (Region r : draft.treats()) {
            treats.add(anatomy.mirror(r));
          }
          draft.treats(treats.build());
          return true;
        }
      };

  // ------------------------------------------------------------------ helpers

  static String where(int sequenceIndex, int stepIndex) {
    return "phase " + (sequenceIndex + 1) + " step " + (stepIndex + 1);
  }

  private static void checkIndex(String name, int index) {
    checkArgument(index >= 0, "Invalid value for %s: %s; expected 0 or more", name, index);
  }

  private static boolean exists(Draft draft, int sequenceIndex, int stepIndex) {
    List<Sequence> seqs = draft.sequences();
    return sequenceIndex < seqs.size() && stepIndex < seqs.get(sequenceIndex).steps().size();
  }

  private static void replaceOrRemove(List<Sequence> seqs, int index, List<Step> steps) {
    if (steps.isEmpty()) {
      seqs.remove(index);
    } else {
      seqs.set(index, seqs.get(index).withSteps(steps));
    }
  }
}
