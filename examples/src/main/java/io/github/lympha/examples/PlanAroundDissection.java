package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.research.Detail;
import io.github.lympha.research.Plan;
import io.github.lympha.research.PlanOptions;
import io.github.lympha.research.Planner;
import java.io.PrintStream;

/**
 * Plans a protocol for a left forearm and hand after a left axillary dissection, prints the
 * planner's notes and an outline of the plan (phase by phase: site → target, via anastomosis), then
 * shows the explanation the planner gives when no route exists.
 */
public final class PlanAroundDissection {
  private PlanAroundDissection() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    // tag::plan[]
    Anatomy anatomy = Anatomy.standard();
    PatientContext patient =
        PatientContext.builder()
            .label("left arm after axillary dissection")
            .addAffected(anatomy.region("FOREARM_L"), anatomy.region("HAND_L"))
            .addCompromised(
                CompromisedNodeGroup.of(anatomy.nodeGroup("AXILLARY_L"), Compromise.REMOVED))
            .build();
    Plan plan = Planner.standard().plan(patient, PlanOptions.defaults().withDetail(Detail.BRIEF));
    plan.notes().forEach(note -> out.println("note: " + note));
    Protocol protocol = plan.protocol().orElseThrow();
    // end::plan[]
    out.println();
    outline(protocol, out);
    out.println();
    // tag::refusal[]
    PatientContext blocked =
        patient.withCompromised(
            java.util.List.of(
                CompromisedNodeGroup.of(anatomy.nodeGroup("AXILLARY_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(anatomy.nodeGroup("AXILLARY_R"), Compromise.REMOVED),
                CompromisedNodeGroup.of(
                    anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.IRRADIATED)));
    Plan none = Planner.standard().plan(blocked);
    out.println(none.isPlanned() + ": " + none.explanation());
    // end::refusal[]
  }

  /** Prints each phase with its steps as {@code SITE STROKE → TARGET (via ANASTOMOSIS)}. */
  static void outline(Protocol protocol, PrintStream out) {
    out.println(protocol.id() + ": " + protocol.title());
    for (Sequence s : protocol.sequences()) {
      out.println("  " + s.name());
      for (Step step : s.steps()) {
        String target =
            step.isNodeGroupStep()
                ? ""
                : " → "
                    + step.toward().id()
                    + step.via().map(v -> " (via " + v.id() + ")").orElse("");
        out.println("    " + step.site().id() + " " + step.stroke().code() + target);
      }
    }
  }
}
