package io.github.lympha.cli;

import io.github.lympha.format.AtomicWrite;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.BatchEvaluation;
import io.github.lympha.research.BatchReport;
import io.github.lympha.research.BatchSummary;
import io.github.lympha.research.Family;
import io.github.lympha.style.Printable;
import io.github.lympha.validation.Policy;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lympha variants}: generates a family of variants, validates and measures them, writes CSV
 * and, with {@code --html}, a report with charts.
 */
@Command(
    name = "variants",
    mixinStandardHelpOptions = true,
    versionProvider = LymphaCli.Version.class,
    description = {
      "Generates variants of a protocol (the product of the sweeps), validates and measures each"
          + " for every patient, writes one CSV row per variant and patient, and prints a summary.",
      "Sweeps: " + Sweeps.FORMS + "."
    })
final class VariantsCommand implements Callable<Integer> {
  /** Whether standard error is a terminal; tests replace it. */
  static volatile BooleanSupplier terminal = () -> System.console() != null;

  /** The clock of the progress line, in nanoseconds; tests replace it. */
  static volatile LongSupplier clock = System::nanoTime;

  @Spec CommandSpec spec;

  @Mixin Inputs inputs;

  @Parameters(
      paramLabel = "PROTOCOL_FILE",
      description = "The base protocol (.json, .yaml or .yml).")
  Path protocolFile;

  @Option(
      names = "--sweep",
      paramLabel = "SWEEP",
      description = "An axis of variants; repeat for a product.")
  List<String> sweeps = new ArrayList<>();

  @Option(
      names = "--patient",
      paramLabel = "PATIENT_FILE",
      description =
          "A patient context to validate for; repeat for several. Default: the regions the protocol"
              + " treats, with intact nodes.")
  List<Path> patientFiles = new ArrayList<>();

  @Option(
      names = "--csv",
      required = true,
      paramLabel = "OUT",
      description =
          "Where to write the CSV; - for standard output (the summary then goes to"
              + " standard error).")
  Path csv;

  @Option(
      names = "--html",
      paramLabel = "REPORT",
      description =
          "Also write a self-contained HTML report: charts along each sweep, the best and worst"
              + " variants with their body maps, the CSV's columns explained.")
  Optional<Path> html;

  @Option(
      names = "--quiet",
      description = "Show no progress on standard error (shown only on a terminal, after 1 s).")
  boolean quiet;

  @Option(
      names = "--sample",
      paramLabel = "N",
      description = "Evaluate a random sample of N variants.")
  Optional<Long> sample;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "0",
      description = "The sample's seed. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "" + Family.DEFAULT_LIMIT,
      description = "Refuse families larger than this. Default: ${DEFAULT-VALUE}.")
  long limit;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = "default",
      converter = Choices.PolicyConverter.class,
      completionCandidates = Choices.Policies.class,
      description = "The validator's policy: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Policy policy;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Protocol> base = inputs.protocol(protocolFile);
    if (base.isEmpty()) {
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    List<PatientContext> patients = new ArrayList<>();
    for (Path file : patientFiles) {
      Optional<PatientContext> p = inputs.patient(file);
      if (p.isEmpty()) {
        err.flush();
        return LymphaCli.UNREADABLE;
      }
      patients.add(p.get());
    }
    if (patients.isEmpty()) {
      patients.add(
          PatientContext.builder()
              .label("treated regions, intact nodes")
              .addAllAffected(base.get().treats())
              .build());
    }
    Validator validator;
    Family family = Family.of(base.get());
    try {
      validator = Validator.builder().policy(policy).build();
      for (String s : sweeps) {
        Axis axis = Sweeps.parse(s, base.get());
        family = family.vary(axis);
      }
      if (sample.isPresent()) {
        family = family.sample(sample.get(), seed);
      }
      family = family.withLimit(limit);
    } catch (IllegalArgumentException e) {
      err.println("lympha: " + e.getMessage());
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    if (family.size() > family.limit()) {
      err.println(
          "lympha: "
              + String.format(Locale.ROOT, "%,d", family.size())
              + " variants are more than the limit of "
              + String.format(Locale.ROOT, "%,d", family.limit())
              + "; draw a sample with --sample N --seed S, or raise --limit");
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    boolean csvToStdout = csv.toString().equals(Inputs.STDIN);
    if (html.isPresent() && html.get().toString().equals(Inputs.STDIN)) {
      err.println(
          "lympha: the report cannot go to standard output (-): name a file for --html, e.g."
              + " --html report.html");
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    if (!csvToStdout && inputs.refuseToOverwrite(csv, "the CSV", "--csv")) {
      err.flush();
      return LymphaCli.UNREADABLE;
    }
    if (html.isPresent()) {
      if (inputs.refuseToOverwrite(html.get(), "the report", "--html")) {
        err.flush();
        return LymphaCli.UNREADABLE;
      }
      if (!csvToStdout && Inputs.sameFile(html.get(), csv)) {
        err.println(
            Printable.escape(
                "lympha: refusing to write the report to "
                    + html.get()
                    + ": it is the --csv file; choose another --html file"));
        err.flush();
        return LymphaCli.UNREADABLE;
      }
    }
    BatchEvaluation batch = BatchEvaluation.of(validator, patients);
    long total = family.size();
    ProgressLine progress = new ProgressLine(err, !quiet && terminal.getAsBoolean(), clock);
    Family sweep = family;
    Optional<BatchReport.Collector> collector = html.map(h -> BatchReport.collector(batch, sweep));
    int last = patients.size() - 1;
    long[] done = {0};
    BatchEvaluation.Listener listener =
        (v, p, m, r) -> {
          collector.ifPresent(c -> c.evaluated(v, p, m, r));
          if (p == last) {
            progress.update(++done[0], total);
          }
        };
    BatchSummary[] summary = new BatchSummary[1];
    // With the CSV on standard output, what the command says goes to standard error.
    PrintWriter says = csvToStdout ? err : out;
    if (csvToStdout) {
      summary[0] = batch.run(sweep, out, (d, t) -> {}, listener);
      out.flush();
      progress.finish();
    } else {
      try {
        // Atomic: a failure or a kill mid-way leaves any earlier CSV as it was.
        AtomicWrite.text(csv, w -> summary[0] = batch.run(sweep, w, (d, t) -> {}, listener));
      } catch (IOException | UncheckedIOException e) {
        progress.finish();
        return cannotWrite(err, csv, e);
      }
      progress.finish();
      says.println(Printable.escape("Wrote " + csv + " (" + batch.columns().size() + " columns)"));
    }
    if (collector.isPresent()) {
      Path report = html.get();
      try {
        AtomicWrite.text(report, collector.get().report().html());
      } catch (IOException | UncheckedIOException e) {
        out.flush();
        return cannotWrite(err, report, e);
      }
      says.println(Printable.escape("Wrote " + report + " (the report)"));
    }
    says.print(summary[0].toText());
    says.flush();
    out.flush();
    return LymphaCli.OK;
  }

  private static int cannotWrite(PrintWriter err, Path file, Exception e) {
    // The CSV writer wraps write errors; say what the system said, not the wrapper's name.
    Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
    err.println(Printable.escape("lympha: cannot write " + file + ": " + cause.getMessage()));
    err.flush();
    return LymphaCli.UNREADABLE;
  }
}
