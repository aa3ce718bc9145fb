package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors protocols left ↔ right: every site, target, anastomosis and treated region becomes its
 * counterpart on the other side ({@link Anatomy#mirror(Site)}); midline sites stay.
 *
 * <p>A physiological stretch stays physiological and a reroute stays a reroute. Anatomy is not
 * quite symmetric: the thoracic duct takes the lymph of both legs and the abdomen to the
 * <em>left</em> venous angle only ({@code CISTERNA_CHYLI → TERMINUS_L}). So a step whose target
 * lies downstream of a midline station (e.g. the left thigh toward {@code TERMINUS_L}) keeps its
 * target: its mirror drains to the same terminus. Steps on a terminus itself are mirrored like any
 * other site. Free text (names, hands, notes) is kept as is.
 *
 * <pre>{@code
 * Protocol rightLeg = Mirroring.mirror(leftLeg);
 * }</pre>
 */
public final class Mirroring {
  private Mirroring() {}

  /**
   * The protocol with every step mirrored in its own anatomy. Fails naming the step when a mirrored
   * step's target cannot be reached from its mirrored site in that anatomy.
   */
  public static Protocol mirror(Protocol protocol) {
    Anatomy anatomy = protocol.anatomy();
    List<Sequence> sequences = new ArrayList<>();
    for (int s = 0; s < protocol.sequences().size(); s++) {
      Sequence seq = protocol.sequences().get(s);
      List<Step> steps = new ArrayList<>();
      for (int i = 0; i < seq.steps().size(); i++) {
        steps.add(mirror(anatomy, seq.steps().get(i), "/sequences/" + s + "/steps/" + i));
      }
      sequences.add(seq.withSteps(steps));
    }
    List<Region> treats = new ArrayList<>();
    for (Region r : protocol.treats()) {
      treats.add(anatomy.mirror(r));
    }
    return protocol.withTreats(treats).withSequences(sequences);
  }

  /** A step mirrored in an anatomy (see the class description for targets past the midline). */
  public static Step mirror(Anatomy anatomy, Step step) {
    return mirror(anatomy, step, "step");
  }

  private static Step mirror(Anatomy anatomy, Step step, String where) {
    Site site = anatomy.mirror(step.site());
    NodeGroup toward = anatomy.mirror(step.toward());
    boolean physiological =
        step.site().equals(step.toward()) || anatomy.drainsTo(step.site(), step.toward());
    if (physiological) {
      // A physiological stretch stays physiological: past a midline station (the thoracic duct)
      // both sides share the target.
      if (!site.equals(toward) && !anatomy.drainsTo(site, toward)) {
        checkArgument(
            sharedDownstream(anatomy, step.site(), step.toward())
                && anatomy.drainsTo(site, step.toward()),
            "%s: the mirror of %s toward %s, %s toward %s, does not drain physiologically in this"
                + " anatomy",
            where,
            step.site().id(),
            step.toward().id(),
            site.id(),
            toward.id());
        toward = step.toward();
      }
    }
    Step mirrored = step.withSite(site).withToward(toward);
    return mirrored.withVia(step.via().map(anatomy::mirror));
  }

  /** Whether the target lies downstream of a midline station the site drains into. */
  private static boolean sharedDownstream(Anatomy anatomy, Site site, NodeGroup toward) {
    for (Site s : anatomy.physiologicalDownstream(site)) {
      if (s.side() == Side.MIDLINE && (s.equals(toward) || anatomy.drainsTo(s, toward))) {
        return true;
      }
    }
    return false;
  }
}
