package io.github.lympha.bench;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Protocols the benchmarks share: the catalogue's largest and synthetic ones of any length. */
final class Fixtures {
  /** The phase of {@link Catalogue#legIntactInguinal()} where the work on the leg begins. */
  static final String FIRST_LEG_PHASE = "Inguinal nodes";

  private Fixtures() {}

  /** The catalogue protocol with the most steps. */
  static Protocol largestCatalogueProtocol() {
    return Catalogue.all().stream()
        .max(Comparator.comparingInt(p -> p.locatedSteps().size()))
        .orElseThrow();
  }

  /**
   * A protocol of exactly {@code steps} steps made from the sound left-leg protocol ({@link
   * Catalogue#legIntactInguinal()}): its opening phases (neck, terminus, deep abdomen) once, then
   * its leg phases (groin, thigh, knee, calf and shin, foot, effleurage) over and over, the last
   * phase cut short to hit the count. Every step drains toward a node group the anatomy reaches, so
   * the protocol is valid input of realistic shape at any length.
   */
  static Protocol syntheticLeg(int steps) {
    Protocol base = Catalogue.legIntactInguinal();
    ImmutableList<Sequence> all = base.sequences();
    int firstLeg = 0;
    while (!all.get(firstLeg).name().equals(FIRST_LEG_PHASE)) {
      firstLeg++;
    }
    List<Sequence> out = new ArrayList<>();
    int count = 0;
    for (int i = 0; i < firstLeg && count < steps; i++) {
      count += add(out, all.get(i), steps - count, "");
    }
    for (int round = 1; count < steps; round++) {
      for (int i = firstLeg; i < all.size() && count < steps; i++) {
        count += add(out, all.get(i), steps - count, " (" + round + ")");
      }
    }
    Protocol p =
        base.withId(base.id() + "-x" + steps)
            .withTitle(base.title() + ", " + steps + " steps")
            .withSequences(out);
    Preconditions.checkState(p.locatedSteps().size() == steps, "built %s", p.locatedSteps().size());
    return p;
  }

  private static int add(List<Sequence> out, Sequence s, int room, String suffix) {
    List<Step> steps = s.steps().size() <= room ? s.steps() : s.steps().subList(0, room);
    out.add(
        Sequence.builder().name(s.name() + suffix).addAllSteps(steps).repeats(s.repeats()).build());
    return steps.size();
  }
}
