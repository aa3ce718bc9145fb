package io.github.lympha.examples;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.BatchEvaluation;
import io.github.lympha.research.BatchSummary;
import io.github.lympha.research.Edit;
import io.github.lympha.research.Family;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A researcher's script: generates every variant of the intact-leg protocol along six axes (10,368
 * variants), validates and measures each for two patients — the leg with intact nodes and the same
 * leg after an inguinal dissection — writes one CSV row per variant and patient, and prints a
 * summary table.
 *
 * <p>Usage: {@code ResearchScript [CSV_FILE] [MAX_VARIANTS]}; the CSV goes to {@code
 * target/variants.csv} by default, and MAX_VARIANTS draws a seeded sample instead of the whole
 * family.
 */
public final class ResearchScript {
  private ResearchScript() {}

  /** Runs the script. */
  public static void main(String[] args) throws IOException {
    Path csv = Path.of(args.length > 0 ? args[0] : "target/variants.csv");
    long max = args.length > 1 ? Long.parseLong(args[1]) : Long.MAX_VALUE;
    run(csv, max, System.out);
  }

  /** The family the script evaluates: 8 × 4 × 3 × 3 × 18 × 2 = 10,368 variants. */
  public static Family family() {
    // tag::family[]
    Protocol base = Catalogue.byId("leg-intact-inguinal").orElseThrow();
    return Family.of(base)
        .vary(Axis.repetitions(3, 10))
        .vary(Axis.pressureLevels(PressureLevel.values()))
        .vary(Axis.tempos(0.5, 1.5, 0.5))
        .vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP, Stroke.SKIN_STRETCH).orUnchanged())
        .vary(Axis.dropEachStep(base).orUnchanged())
        .vary(Axis.optional(Edit.mirror()));
    // end::family[]
  }

  /** Evaluates the family (or a seeded sample of at most {@code max}), writing the CSV. */
  public static BatchSummary run(Path csv, long max, PrintStream out) throws IOException {
    // tag::batch[]
    Family family = family();
    if (family.size() > max) {
      family = family.sample(max, 2026);
    }
    List<PatientContext> patients =
        List.of(
            Catalogue.patientFor("leg-intact-inguinal"),
            Catalogue.patientFor("leg-after-inguinal-dissection"));
    BatchEvaluation batch = BatchEvaluation.of(Validator.standard(), patients);
    Path parent = csv.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BatchSummary summary;
    try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      summary = batch.run(family, w);
    }
    out.println("Wrote " + csv);
    out.print(summary.toText());
    // end::batch[]
    out.println(
        String.format(
            Locale.ROOT,
            "(%d columns: %s …)",
            batch.columns().size(),
            batch.columns().subList(0, 5)));
    return summary;
  }
}
