package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An edit applied to each step on its own (repetitions, pressure, tempo, stroke), to every step or
 * only to the steps {@link #where(String, Predicate) a predicate selects}. Sequences in which no
 * step changes are shared with the base protocol, not copied.
 *
 * <pre>{@code
 * StepEdit legOnly = Edit.repetitions(7)
 *     .where("leg", s -> s.site().part().area() == BodyArea.LEG);
 * }</pre>
 */
public final class StepEdit extends Edit {
  private final UnaryOperator<Step> change;
  private final Predicate<? super Step> which;

  private StepEdit(String description, UnaryOperator<Step> change, Predicate<? super Step> which) {
    super(description);
    this.change = change;
    this.which = which;
  }

  static StepEdit everyStep(String what, UnaryOperator<Step> change) {
    return new StepEdit(what + " (all steps)", change, s -> true);
  }

  /**
   * The same change restricted to the steps the predicate selects; {@code label} names them in the
   * description, e.g. {@code repetitions 7 (leg)}.
   */
  public StepEdit where(String label, Predicate<? super Step> which) {
    checkArgument(!label.isBlank(), "A step selection needs a label for the description");
    Objects.requireNonNull(which, "which");
    String base = description();
    String what = base.substring(0, base.lastIndexOf(" ("));
    Predicate<? super Step> before = this.which;
    return new StepEdit(what + " (" + label + ")", change, s -> before.test(s) && which.test(s));
  }

  @Override
  boolean applyTo(Draft draft) {
    List<Sequence> seqs = draft.sequences();
    for (int i = 0; i < seqs.size(); i++) {
      Sequence seq = seqs.get(i);
      List<Step> steps = seq.steps();
      Step[] changed = null;
      for (int j = 0; j < steps.size(); j++) {
        Step step = steps.get(j);
        if (!which.test(step)) {
          continue;
        }
        Step after = change.apply(step);
        if (after != step && !after.equals(step)) {
          if (changed == null) {
            changed = steps.toArray(new Step[0]);
          }
          changed[j] = after;
        }
      }
      if (changed != null) {
        List<Sequence> edit = draft.edit();
        edit.set(i, seq.withSteps(Arrays.asList(changed)));
        seqs = edit;
      }
    }
    return true;
  }
}
