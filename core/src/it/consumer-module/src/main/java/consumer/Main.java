package consumer;

import io.github.lympha.anatomy.Anatomy;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;

/** An app that uses lympha-core as a JPMS module. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Module lympha = Anatomy.class.getModule();
    ModuleDescriptor descriptor = lympha.getDescriptor();
    LymphaChecks.check(lympha.isNamed(), "lympha-core is on the module path");
    LymphaChecks.check(
        descriptor != null
            && descriptor.name().equals("io.github.lympha")
            && !descriptor.isAutomatic(),
        "lympha-core is the explicit module io.github.lympha: %s",
        descriptor);
    Set<String> exported =
        descriptor.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet());
    LymphaChecks.check(
        exported.contains("io.github.lympha.anatomy"), "the anatomy is exported: %s", exported);
    LymphaChecks.check(
        !exported.contains("io.github.lympha.style"),
        "the Immutables style stays internal: %s",
        exported);
    LymphaChecks.run();
    System.out.println("consumer-module: lympha-core works as the module io.github.lympha");
  }
}
