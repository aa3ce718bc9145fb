package io.github.lympha.research;

import io.github.lympha.protocol.Step;

/** Short texts for steps in descriptions and diffs. */
final class StepText {
  private StepText() {}

  /** e.g. {@code THIGH_MEDIAL_L PUMP → INGUINAL_SUPERFICIAL_L}, with {@code via AIA_L}. */
  static String brief(Step step) {
    StringBuilder b =
        new StringBuilder(step.site().id())
            .append(' ')
            .append(step.stroke().code())
            .append(" → ")
            .append(step.toward().id());
    step.via().ifPresent(v -> b.append(" via ").append(v.id()));
    return b.toString();
  }
}
