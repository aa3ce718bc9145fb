package io.github.lympha.cli;

import io.github.lympha.format.AtomicWrite;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.BodyMap;
import io.github.lympha.render.Handout;
import io.github.lympha.render.Instructions;
import io.github.lympha.style.Printable;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lympha render}: a protocol as step-by-step instructions for people. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Prints a protocol as step-by-step instructions, as plain text or Markdown.",
      "With --svg or --html it writes the body map (SVG) or the printable handout (HTML) instead,"
          + " with the validator's findings on the steps (for the --patient if given)."
    })
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "PROTOCOL_FILE",
      description = "The protocol file (.json, .yaml or .yml).")
  Path protocolFile;

  @Option(names = "--markdown", description = "Print Markdown instead of plain text.")
  boolean markdown;

  @Option(
      names = "--svg",
      paramLabel = "OUT",
      description = "Write the body map, a standalone SVG, to this file.")
  Path svgFile;

  @Option(
      names = "--html",
      paramLabel = "OUT",
      description = "Write the handout, one self-contained HTML page, to this file.")
  Path htmlFile;

  @Option(
      names = "--patient",
      paramLabel = "PATIENT_FILE",
      description = "A patient file: its affected regions and compromised node groups are drawn.")
  Path patientFile;

  @Override
  public Integer call() {
    Optional<Protocol> protocol = inputs.protocol(protocolFile);
    if (protocol.isEmpty()) {
      return LymphaCli.UNREADABLE;
    }
    PrintWriter err = spec.commandLine().getErr();
    if (svgFile != null || htmlFile != null) {
      return pictures(protocol.get(), err);
    }
    if (patientFile != null) {
      err.println("lympha: --patient is used with --svg or --html only");
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    spec.commandLine()
        .getOut()
        .print(
            markdown ? Instructions.markdown(protocol.get()) : Instructions.text(protocol.get()));
    spec.commandLine().getOut().flush();
    return LymphaCli.OK;
  }

  private int pictures(Protocol protocol, PrintWriter err) {
    Optional<PatientContext> patient =
        patientFile == null ? Optional.of(PatientContext.none()) : inputs.patient(patientFile);
    if (patient.isEmpty()) {
      return LymphaCli.UNREADABLE;
    }
    for (Path target : targets()) {
      if (inputs.refuseToOverwrite(target, "the picture", "output")) {
        err.flush();
        return LymphaCli.UNREADABLE;
      }
    }
    if (svgFile != null && htmlFile != null && Inputs.sameFile(svgFile, htmlFile)) {
      err.println(
          Printable.escape(
              "lympha: refusing to write the handout to "
                  + htmlFile
                  + ": it is the --svg file; choose another --html file"));
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    ValidationReport report = Validator.standard().validate(protocol, patient.get());
    PrintWriter out = spec.commandLine().getOut();
    try {
      if (svgFile != null) {
        AtomicWrite.text(
            svgFile, BodyMap.of(protocol).withPatient(patient.get()).withReport(report).svg());
        out.println(Printable.escape("Wrote the body map to " + svgFile));
      }
      if (htmlFile != null) {
        AtomicWrite.text(htmlFile, Handout.html(protocol, patient.get(), Optional.of(report)));
        out.println(Printable.escape("Wrote the handout to " + htmlFile));
      }
    } catch (IOException e) {
      err.println(Printable.escape("lympha: cannot write: " + e.getMessage()));
      err.flush();
      return LymphaCli.UNREADABLE;
    } catch (IllegalArgumentException e) {
      err.println("lympha: cannot draw the protocol: " + e.getMessage());
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    out.println(report.summary());
    out.flush();
    return LymphaCli.OK;
  }

  private List<Path> targets() {
    List<Path> targets = new ArrayList<>();
    if (svgFile != null) {
      targets.add(svgFile);
    }
    if (htmlFile != null) {
      targets.add(htmlFile);
    }
    return targets;
  }
}
