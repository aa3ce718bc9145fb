package io.github.lympha.cli;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** {@code lympha validate}: checks a protocol, for a patient or alone, and prints the findings. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Checks a protocol against the anatomy and, with --patient, against a patient's situation,"
          + " and prints the findings: each with its rule, severity, step, message, sources and"
          + " fix. Exits with 1 when there are errors."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "PROTOCOL_FILE",
      description = "The protocol file (.json, .yaml or .yml).")
  Path protocolFile;

  @Option(
      names = "--patient",
      paramLabel = "PATIENT_FILE",
      description = "A patient file to check the protocol against; without it, no patient.")
  Path patientFile;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = "default",
      converter = Choices.PolicyConverter.class,
      completionCandidates = Choices.Policies.class,
      description = "The validator's policy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Policy policy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Choices.OutputConverter.class,
      completionCandidates = Choices.Outputs.class,
      description =
          "How to print the report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Choices.Output format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<Protocol> protocol = inputs.protocol(protocolFile);
    Optional<PatientContext> patient =
        patientFile == null ? Optional.of(PatientContext.none()) : inputs.patient(patientFile);
    if (protocol.isEmpty() || patient.isEmpty()) {
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    ValidationReport report =
        Validator.builder().policy(policy).build().validate(protocol.get(), patient.get());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Choices.Output.JSON ? json(report) : report.toText());
    out.flush();
    return report.isValid() ? LymphaCli.OK : LymphaCli.FINDINGS;
  }

  /** The report as JSON: {@code valid} and the {@code findings}, for scripts. */
  static String json(ValidationReport report) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(PRETTY, text)) {
      g.writeStartObject();
      g.writeStringProperty("protocol", report.protocolId());
      g.writeStringProperty("policy", report.policyName());
      g.writeBooleanProperty("valid", report.isValid());
      g.writeName("findings");
      g.writeStartArray();
      for (Finding f : report.findings()) {
        g.writeStartObject();
        g.writeStringProperty("rule", f.ruleId());
        g.writeStringProperty("severity", f.severity().name());
        g.writeName("location");
        Optional<Location> location = f.location();
        if (location.isPresent()) {
          g.writeString(location.get().pointer());
        } else {
          g.writeNull();
        }
        g.writeStringProperty("message", f.message());
        g.writeName("sources");
        g.writeStartArray();
        for (String s : f.sources()) {
          g.writeString(s);
        }
        g.writeEndArray();
        if (f.fix().isPresent()) {
          g.writeStringProperty("fix", f.fix().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return text + "\n";
  }

  /** Two-space indentation, {@code "name": value}, {@code \n} line ends, like Lympha's files. */
  private static final ObjectWriteContext PRETTY =
      new ObjectWriteContext.Base() {
        @Override
        public PrettyPrinter getPrettyPrinter() {
          DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
          return new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                      .withObjectEmptySeparator("")
                      .withArrayEmptySeparator(""))
              .withObjectIndenter(indenter)
              .withArrayIndenter(indenter);
        }
      };
}
