package io.github.lympha.cli;

import io.github.lympha.fhir.FhirJson;
import io.github.lympha.fhir.PatientContexts;
import io.github.lympha.fhir.PatientExport;
import io.github.lympha.fhir.PlanDefinitions;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.Syntax;
import io.github.lympha.style.Printable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code lympha convert}: a protocol or patient file in the other syntax, in canonical form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Reads a protocol or patient file, checks it, and prints it in JSON or YAML in canonical"
          + " form (fixed field order, sorted sets), ready to be read again; or as FHIR R4 JSON"
          + " (fhir-json): a protocol as a PlanDefinition, a patient as a Bundle. FHIR input (a PlanDefinition, a patient"
          + " Bundle) is recognised by its content."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "FILE",
      description = "A protocol or patient file (.json, .yaml or .yml), or FHIR R4 JSON.")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SYNTAX",
      converter = TargetConverter.class,
      completionCandidates = Targets.class,
      description = "The syntax to write: ${COMPLETION-CANDIDATES}.")
  Target to;

  /** What to write: a Lympha syntax, or FHIR R4 JSON when {@code syntax} is empty. */
  static final class Target {
    final Optional<Syntax> syntax;

    Target(Optional<Syntax> syntax) {
      this.syntax = syntax;
    }
  }

  /** {@code json}, {@code yaml}, or {@code fhir-json}. */
  static final class TargetConverter implements ITypeConverter<Target> {
    @Override
    public Target convert(String value) {
      if (value.equalsIgnoreCase("fhir-json")) {
        return new Target(Optional.empty());
      }
      try {
        return new Target(Optional.of(new Choices.SyntaxConverter().convert(value)));
      } catch (TypeConversionException e) {
        throw new TypeConversionException("expected json, yaml or fhir-json, not '" + value + "'");
      }
    }
  }

  /** The target names for help texts. */
  static final class Targets implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      List<String> names = new java.util.ArrayList<>();
      for (String s : new Choices.Syntaxes()) {
        names.add(s.toLowerCase(Locale.ROOT));
      }
      names.add("fhir-json");
      return names.iterator();
    }
  }

  @Override
  public Integer call() {
    Optional<Inputs.Document> document = inputs.document(file);
    if (document.isEmpty()) {
      return LymphaCli.UNREADABLE;
    }
    Inputs.Document d = document.get();
    String text;
    if (to.syntax.isEmpty() && d.protocol.isPresent()) {
      text = FhirJson.write(PlanDefinitions.from(d.protocol.get()));
    } else if (to.syntax.isEmpty()) {
      PatientExport export = PatientContexts.write(d.patient.orElseThrow());
      for (String line : export.notWritten()) {
        spec.commandLine()
            .getErr()
            .println(Printable.escape("lympha: " + file + ": not written: " + line));
      }
      text = FhirJson.write(export.bundle());
    } else if (d.protocol.isPresent()) {
      text = ProtocolFormat.of(to.syntax.get()).write(d.protocol.get());
    } else {
      text = PatientContextFormat.of(to.syntax.get()).write(d.patient.orElseThrow());
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return LymphaCli.OK;
  }
}
