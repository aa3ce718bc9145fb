package io.github.lympha.research;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.protocol.Step;

/** Left ↔ right mirroring of steps in an anatomy. */
final class Mirroring {
  private Mirroring() {}

  /** The step with its site, target and anastomosis mirrored; texts are kept. */
  static Step mirror(Anatomy anatomy, Step step) {
    return Step.builder()
        .site(anatomy.mirror(step.site()))
        .stroke(step.stroke())
        .toward(anatomy.mirror(step.toward()))
        .via(step.via().map(anatomy::mirror))
        .pressure(step.pressure())
        .tempo(step.tempo())
        .repetitions(step.repetitions())
        .hands(step.hands())
        .note(step.note())
        .build();
  }
}
