package io.github.lympha.cli;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.Syntax;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lympha convert}: a protocol or patient file in the other syntax, in canonical form. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Reads a protocol or patient file, checks it, and prints it in JSON or YAML in canonical"
          + " form (fixed field order, sorted sets), ready to be read again."
    })
final class ConvertCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "FILE",
      description = "A protocol or patient file (.json, .yaml or .yml).")
  Path file;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "SYNTAX",
      converter = Choices.SyntaxConverter.class,
      completionCandidates = Choices.Syntaxes.class,
      description = "The syntax to write: ${COMPLETION-CANDIDATES}.")
  Syntax to;

  @Override
  public Integer call() {
    Optional<Inputs.Document> document = inputs.document(file);
    if (document.isEmpty()) {
      return LymphaCli.UNREADABLE;
    }
    Inputs.Document d = document.get();
    String text =
        d.protocol.isPresent()
            ? ProtocolFormat.of(to).write(d.protocol.get())
            : PatientContextFormat.of(to).write(d.patient.orElseThrow());
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return LymphaCli.OK;
  }
}
