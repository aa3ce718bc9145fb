package io.github.lympha.examples;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.Edit;
import io.github.lympha.research.Family;
import io.github.lympha.research.Metrics;
import io.github.lympha.research.ProtocolDiff;
import io.github.lympha.research.Variant;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A tour of the research toolkit without the validator: a family of variants of the intact-leg
 * protocol, a reproducible sample of it, the diff of one variant against the base, and metrics.
 */
public final class VariantsTour {
  private VariantsTour() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    // tag::family[]
    Protocol base = Catalogue.byId("leg-intact-inguinal").orElseThrow();
    Family family =
        Family.of(base)
            .vary(Axis.repetitions(3, 10))
            .vary(Axis.pressureLevels(PressureLevel.values()))
            .vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP, Stroke.SKIN_STRETCH).orUnchanged())
            .vary(Axis.dropEachStep(base).orUnchanged())
            .vary(Axis.optional(Edit.mirror()));
    out.println(family.size() + " variants");
    for (Variant v : family.sample(3, 42).toList()) {
      out.println(v.index() + ": " + v.description());
    }
    // end::family[]
    out.println();
    // tag::diff[]
    Protocol variant =
        Edit.moveStep(4, 1, 4, 0)
            .andThen(Edit.dropStep(7, 3))
            .andThen(Edit.repetitions(7).where("thigh", s -> s.site().id().startsWith("THIGH")))
            .apply(base)
            .orElseThrow();
    out.print(ProtocolDiff.between(base, variant).toText());
    // end::diff[]
    out.println();
    // tag::metrics[]
    PatientContext patient = Catalogue.patientFor("leg-intact-inguinal");
    Metrics m = Metrics.of(base, patient);
    out.println(
        String.format(
            Locale.ROOT,
            "%d steps, %d strokes, %d s, %d watershed crossings, route prepared: %s,"
                + " %.0f%% of the strokes on the affected leg",
            m.steps(),
            m.totalStrokes(),
            m.estimatedDuration().toSeconds(),
            m.watershedCrossings(),
            m.routePrepared(),
            100 * m.affectedShare()));
    // end::metrics[]
  }
}
