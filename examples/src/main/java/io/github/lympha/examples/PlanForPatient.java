package io.github.lympha.examples;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.render.Instructions;
import io.github.lympha.research.Plan;
import io.github.lympha.research.Planner;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * An app's use of the planner: reads a patient file (JSON or YAML), plans a protocol for the
 * patient and prints it as step-by-step instructions, with the planner's notes.
 *
 * <p>Usage: {@code PlanForPatient PATIENT_FILE [--markdown]}.
 */
public final class PlanForPatient {
  private PlanForPatient() {}

  /** Runs the example; exits with 1 when no protocol could be planned, 2 on a bad file. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: PlanForPatient PATIENT_FILE [--markdown]");
      System.exit(2);
    }
    boolean markdown = args.length > 1 && args[1].equals("--markdown");
    try {
      System.exit(run(Path.of(args[0]), markdown, System.out));
    } catch (ProtocolFormatException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  /** Plans for the patient in the file and prints the result; returns 0, or 1 without a plan. */
  public static int run(Path patientFile, boolean markdown, PrintStream out) throws IOException {
    // tag::plan[]
    String name = patientFile.getFileName().toString().toLowerCase(Locale.ROOT);
    PatientContextFormat format =
        name.endsWith(".json") ? PatientContextFormat.json() : PatientContextFormat.yaml();
    PatientContext patient = format.read(patientFile);
    Plan plan = Planner.standard().plan(patient);
    plan.notes().forEach(note -> out.println("Note: " + note));
    if (plan.protocol().isEmpty()) {
      return 1;
    }
    out.println();
    out.print(
        markdown
            ? Instructions.markdown(plan.protocol().get())
            : Instructions.text(plan.protocol().get()));
    // end::plan[]
    return 0;
  }
}
