package io.github.lympha.cli;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.Syntax;
import io.github.lympha.protocol.Protocol;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lympha catalogue}: the reference protocols, listed with their sources and intended
 * patient, or one shown as a protocol or patient file.
 */
@Command(
    name = "catalogue",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description =
        "Lists the reference protocols: the id and the title, then on a second line the sources"
            + " and the patient the protocol is meant for.",
    subcommands = CatalogueCommand.Show.class)
final class CatalogueCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    List<Protocol> all = Catalogue.all();
    int width = all.stream().map(Protocol::id).mapToInt(String::length).max().orElse(0);
    PrintWriter out = spec.commandLine().getOut();
    String indent = " ".repeat(width + 2);
    for (Protocol p : all) {
      out.println(String.format(Locale.ROOT, "%-" + width + "s  %s", p.id(), p.title()));
      out.println(
          indent
              + "sources "
              + String.join(", ", p.sources())
              + "; for: "
              + Catalogue.patientFor(p.id()).label().orElse("(no label)"));
    }
    out.flush();
    return LymphaCli.OK;
  }

  /** {@code lympha catalogue show}: one reference protocol as a protocol file. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      versionProvider = LymphaCli.Version.class,
      description = {
        "Prints a reference protocol as a protocol file (JSON by default), byte for byte what the"
            + " writer API produces, so that other commands can read it; with --patient, the"
            + " patient file of the patient it is meant for."
      })
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        paramLabel = "ID",
        description = "The protocol's id, as `lympha catalogue` lists it.")
    String id;

    @ArgGroup(exclusive = true)
    SyntaxOption syntax = new SyntaxOption();

    @Option(
        names = "--patient",
        description = "Print the patient file the protocol is meant for instead of the protocol.")
    boolean patient;

    /** --json or --yaml. */
    static final class SyntaxOption {
      @Option(names = "--json", description = "Print JSON (the default).")
      boolean json;

      @Option(names = "--yaml", description = "Print YAML.")
      boolean yaml;
    }

    @Override
    public Integer call() {
      Optional<Protocol> protocol = Catalogue.byId(id);
      if (protocol.isEmpty()) {
        List<String> ids = Catalogue.ids();
        Optional<String> near = nearest(id.toLowerCase(Locale.ROOT), ids);
        spec.commandLine()
            .getErr()
            .println(
                "lympha: no reference protocol \""
                    + id
                    + "\""
                    + near.map(n -> "; did you mean " + n + "? The").orElse("; the")
                    + " catalogue holds "
                    + ids.stream().collect(Collectors.joining(", ")));
        spec.commandLine().getErr().flush();
        return LymphaCli.UNREADABLE;
      }
      Syntax chosen = syntax.yaml ? Syntax.YAML : Syntax.JSON;
      String text =
          patient
              ? PatientContextFormat.of(chosen).write(Catalogue.patientFor(id))
              : ProtocolFormat.of(chosen).write(protocol.get());
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return LymphaCli.OK;
    }

    /**
     * The id meant: the closest by edit distance if it is close, else the first that holds every
     * word of the input ({@code seed-leg} → {@code seed-clinic-leg}).
     */
    static Optional<String> nearest(String input, List<String> ids) {
      Optional<String> closest =
          ids.stream()
              .min(Comparator.comparingInt(known -> distance(known, input)))
              .filter(known -> distance(known, input) <= Math.max(2, input.length() / 3));
      if (closest.isPresent()) {
        return closest;
      }
      List<String> words = List.of(input.split("[-_. ]+"));
      return ids.stream()
          .filter(known -> words.stream().allMatch(w -> !w.isEmpty() && known.contains(w)))
          .findFirst();
    }

    /** Levenshtein distance, for suggesting the id meant. */
    static int distance(String a, String b) {
      int[] prev = new int[b.length() + 1];
      int[] cur = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        prev[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        cur[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        }
        int[] t = prev;
        prev = cur;
        cur = t;
      }
      return prev[b.length()];
    }
  }
}
