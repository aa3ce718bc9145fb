package io.github.lympha.cli;

import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.Syntax;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.render.Instructions;
import io.github.lympha.research.Detail;
import io.github.lympha.research.Plan;
import io.github.lympha.research.PlanOptions;
import io.github.lympha.research.Planner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lympha plan}: plans a protocol for a patient file and prints it. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Plans a protocol for the patient in a patient file and prints it; the planner's notes (what"
          + " was left out and why, reroutes, clearances) go to standard error.",
      "When no sound protocol exists, prints why and exits with 1."
    })
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Option(
      names = "--patient",
      required = true,
      paramLabel = "PATIENT_FILE",
      description = "The patient context file (.json, .yaml or .yml).")
  Path patientFile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "How to print the protocol: text (instructions), json or yaml. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--detail",
      paramLabel = "DETAIL",
      defaultValue = "STANDARD",
      description = "How much to plan: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  Detail detail;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Syntax> syntax = Optional.empty();
    if (!format.equalsIgnoreCase("text")) {
      try {
        syntax = Optional.of(new Choices.SyntaxConverter().convert(format));
      } catch (RuntimeException e) {
        err.println("lympha: --format: expected text, json or yaml, not '" + format + "'");
        err.flush();
        return LymphaCli.UNREADABLE;
      }
    }
    Optional<PatientContext> patient = inputs.patient(patientFile);
    if (patient.isEmpty()) {
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    Plan plan = Planner.standard().plan(patient.get(), PlanOptions.defaults().withDetail(detail));
    for (String note : plan.notes()) {
      err.println("note: " + note);
    }
    err.flush();
    if (plan.protocol().isEmpty()) {
      err.println("lympha: no protocol was planned for " + patientFile);
      err.flush();
      return LymphaCli.FINDINGS;
    }
    out.print(
        syntax.isPresent()
            ? ProtocolFormat.of(syntax.get()).write(plan.protocol().get())
            : Instructions.text(plan.protocol().get()));
    out.flush();
    return LymphaCli.OK;
  }
}
