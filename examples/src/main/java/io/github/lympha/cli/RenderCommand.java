package io.github.lympha.cli;

import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import java.nio.file.Path;
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
    description = "Prints a protocol as step-by-step instructions, as plain text or Markdown.")
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "PROTOCOL_FILE",
      description = "The protocol file (.json, .yaml or .yml).")
  Path protocolFile;

  @Option(names = "--markdown", description = "Print Markdown instead of plain text.")
  boolean markdown;

  @Override
  public Integer call() {
    Optional<Protocol> protocol = inputs.protocol(protocolFile);
    if (protocol.isEmpty()) {
      return LymphaCli.UNREADABLE;
    }
    spec.commandLine()
        .getOut()
        .print(
            markdown ? Instructions.markdown(protocol.get()) : Instructions.text(protocol.get()));
    spec.commandLine().getOut().flush();
    return LymphaCli.OK;
  }
}
