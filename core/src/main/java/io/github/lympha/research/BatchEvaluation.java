package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a {@link Family} of variants through a validator and the {@link Metrics} for one or more
 * patients, and writes one CSV row per variant and patient: a table to open in R, pandas or a
 * spreadsheet.
 *
 * <p>The columns are stable: {@link #columns()} lists them — the variant, its metrics, the verdict,
 * counts per severity, then one count column per rule id of the validator, sorted, and {@code
 * other_rules} for findings of rules the validator does not list. Each variant is validated once
 * per patient; routes around the patient's compromised node groups are computed once per batch, not
 * per variant.
 *
 * <pre>{@code
 * BatchEvaluation batch = BatchEvaluation.of(Validator.standard(), List.of(intact, afterSurgery));
 * try (Writer out = Files.newBufferedWriter(Path.of("variants.csv"))) {
 *   BatchSummary summary = batch.run(family, out);
 *   System.out.println(summary.toText());
 * }
 * }</pre>
 */
public final class BatchEvaluation {
  /** Called as a batch runs: variants done so far and the family's size (an upper bound). */
  @FunctionalInterface
  public interface Progress {
    /** Reports progress. */
    void update(long done, long total);
  }

  /**
   * Called once per CSV row as a batch runs, after the row is written: the variant, the patient's
   * position in the batch's list, its metrics and its report. A {@link BatchReport.Collector} is
   * one.
   */
  @FunctionalInterface
  public interface Listener {
    /** Receives one evaluated row. */
    void evaluated(Variant variant, int patient, Metrics metrics, ValidationReport report);
  }

  /** How often progress is reported, in variants. */
  public static final int PROGRESS_EVERY = 1000;

  /** The columns before the rule columns, each with what it holds. */
  private static final ImmutableMap<String, String> LEADING =
      ImmutableMap.<String, String>builder()
          .put("variant", "the variant's index in its family's enumeration (zero-based)")
          .put("base", "the base protocol's id")
          .put("patient", "the patient context's label (or \"patient N\")")
          .put("description", "how the variant differs from the base (\"unchanged\" for the base)")
          .put("steps", "the number of steps")
          .put("strokes", "the number of strokes over all steps and repeats")
          .put("duration_s", "the estimated duration in seconds (tempo × repetitions × repeats)")
          .put(
              "watershed_crossings",
              "the number of steps whose stroke drains a region across a watershed")
          .put(
              "route_prepared",
              "true when every node group on each affected region's route is worked before the"
                  + " region")
          .put("affected_share", "the share of strokes worked on the affected regions, 0 to 1")
          .put("verdict", "INVALID (an error), WARNINGS (warnings, no error) or VALID (neither)")
          .put("errors", "the number of error findings")
          .put("warnings", "the number of warning findings")
          .put("infos", "the number of info findings")
          .build();

  static final ImmutableList<String> LEADING_COLUMNS = LEADING.keySet().asList();

  /** The last column's name: findings of rules without a column of their own. */
  static final String OTHER_RULES = "other_rules";

  /** The verdict column's value when a variant has an error. */
  public static final String INVALID = "INVALID";

  /** The verdict column's value when a variant has warnings but no error. */
  public static final String WARNINGS = "WARNINGS";

  /** The verdict column's value when a variant has neither errors nor warnings. */
  public static final String VALID = "VALID";

  private final Validator validator;
  private final ImmutableList<PatientContext> patients;
  private final ImmutableList<String> ruleIds;
  private final ImmutableList<String> columns;
  private final ImmutableMap<String, String> columnDescriptions;

  private BatchEvaluation(Validator validator, List<PatientContext> patients) {
    checkArgument(!patients.isEmpty(), "A batch needs at least one patient context");
    this.validator = validator;
    this.patients = ImmutableList.copyOf(patients);
    TreeSet<String> ids = new TreeSet<>();
    validator.rules().forEach(r -> ids.add(r.id()));
    this.ruleIds = ImmutableList.copyOf(ids);
    this.columns =
        ImmutableList.<String>builder()
            .addAll(LEADING_COLUMNS)
            .addAll(ruleIds)
            .add(OTHER_RULES)
            .build();
    ImmutableMap.Builder<String, String> described = ImmutableMap.builder();
    described.putAll(LEADING);
    TreeMap<String, String> summaries = new TreeMap<>();
    validator.rules().forEach(r -> summaries.putIfAbsent(r.id(), r.summary()));
    summaries.forEach(
        (id, summary) -> described.put(id, "findings of rule " + id + ": " + summary));
    described.put(
        OTHER_RULES, "findings of rules without a column of their own (e.g. a rule that failed)");
    this.columnDescriptions = described.build();
  }

  /**
   * A batch validating every variant for each of the patients with the validator and its policy.
   */
  public static BatchEvaluation of(Validator validator, List<PatientContext> patients) {
    return new BatchEvaluation(Objects.requireNonNull(validator, "validator"), patients);
  }

  /** A batch for one patient. */
  public static BatchEvaluation of(Validator validator, PatientContext patient) {
    return of(validator, List.of(patient));
  }

  /** The CSV columns, in order. */
  public ImmutableList<String> columns() {
    return columns;
  }

  /**
   * What each CSV column holds, in the order of {@link #columns()}: one description for every
   * column, rule columns described by their rule's summary.
   */
  public ImmutableMap<String, String> columnDescriptions() {
    return columnDescriptions;
  }

  /** The patient contexts, in the order given. */
  public ImmutableList<PatientContext> patients() {
    return patients;
  }

  /** The rule ids that have a column, sorted. */
  public ImmutableList<String> ruleIds() {
    return ruleIds;
  }

  /** Runs the family and writes the CSV (header first); the writer is left open. */
  public BatchSummary run(Family family, Writer csv) {
    return run(family, csv, (done, total) -> {});
  }

  /**
   * Runs the family, writes the CSV and reports progress every {@value #PROGRESS_EVERY} variants
   * and at the end.
   *
   * @throws IllegalStateException when the family is larger than its limit
   * @throws java.io.UncheckedIOException when the writer fails
   */
  public BatchSummary run(Family family, Writer csv, Progress progress) {
    return run(family, csv, progress, (v, p, m, r) -> {});
  }

  /**
   * Runs the family, writes the CSV, reports progress as {@link #run(Family, Writer, Progress)}
   * does and hands every row to the listener (e.g. a {@link BatchReport.Collector}).
   *
   * @throws IllegalStateException when the family is larger than its limit
   * @throws java.io.UncheckedIOException when the writer fails
   */
  public BatchSummary run(Family family, Writer csv, Progress progress, Listener listener) {
    Objects.requireNonNull(listener, "listener");
    CsvWriter out = new CsvWriter(csv, columns);
    long total = family.size();
    Map<PatientContext, Map<Region, Optional<Route>>> routes = new HashMap<>();
    Map<String, Long> verdicts = new LinkedHashMap<>();
    verdicts.put(VALID, 0L);
    verdicts.put(WARNINGS, 0L);
    verdicts.put(INVALID, 0L);
    Map<String, Long> byRule = new TreeMap<>();
    Map<String, Map<String, Long>> byPatient = new LinkedHashMap<>();
    for (int i = 0; i < patients.size(); i++) {
      Map<String, Long> counts = new LinkedHashMap<>();
      verdicts.keySet().forEach(k -> counts.put(k, 0L));
      byPatient.putIfAbsent(patientName(patients.get(i), i), counts);
    }
    long[] done = {0};
    long[] rows = {0};
    family.stream()
        .forEach(
            v -> {
              for (int i = 0; i < patients.size(); i++) {
                PatientContext patient = patients.get(i);
                Protocol p = v.protocol();
                Map<Region, Optional<Route>> known =
                    routes.computeIfAbsent(patient, k -> routesFor(p.anatomy(), k, p));
                Metrics m = Metrics.of(p, patient, known);
                ValidationReport report = validator.validate(p, patient);
                String verdict = verdict(report);
                verdicts.merge(verdict, 1L, Long::sum);
                Objects.requireNonNull(byPatient.get(patientName(patient, i)))
                    .merge(verdict, 1L, Long::sum);
                report.countsByRule().forEach((rule, n) -> byRule.merge(rule, (long) n, Long::sum));
                out.write(row(v, patientName(patient, i), m, report, verdict));
                rows[0]++;
                listener.evaluated(v, i, m, report);
              }
              done[0]++;
              if (done[0] % PROGRESS_EVERY == 0) {
                progress.update(done[0], total);
              }
            });
    progress.update(done[0], total);
    return BatchSummary.of(done[0], rows[0], verdicts, byPatient, byRule);
  }

  private static Map<Region, Optional<Route>> routesFor(
      Anatomy anatomy, PatientContext patient, Protocol protocol) {
    Map<Region, Optional<Route>> known = new HashMap<>();
    for (Region r :
        patient.affectedRegions().isEmpty() ? protocol.treats() : patient.affectedRegions()) {
      known.put(r, anatomy.route(r, patient.compromisedGroups()).route());
    }
    return known;
  }

  static String verdict(ValidationReport report) {
    if (!report.isValid()) {
      return INVALID;
    }
    return report.count(Severity.WARNING) > 0 ? WARNINGS : VALID;
  }

  private List<String> row(
      Variant v, String patient, Metrics m, ValidationReport report, String verdict) {
    List<String> row = new ArrayList<>(columns.size());
    row.add(Long.toString(v.index()));
    row.add(v.baseId());
    row.add(patient);
    row.add(v.description());
    row.add(Integer.toString(m.steps()));
    row.add(Long.toString(m.totalStrokes()));
    row.add(seconds(m));
    row.add(Integer.toString(m.watershedCrossings()));
    row.add(Boolean.toString(m.routePrepared()));
    row.add(String.format(Locale.ROOT, "%.4f", m.affectedShare()));
    row.add(verdict);
    row.add(Integer.toString(report.count(Severity.ERROR)));
    row.add(Integer.toString(report.count(Severity.WARNING)));
    row.add(Integer.toString(report.count(Severity.INFO)));
    Map<String, Integer> counts = report.countsByRule();
    int other = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!ruleIds.contains(e.getKey())) {
        other += e.getValue();
      }
    }
    for (String id : ruleIds) {
      row.add(Integer.toString(counts.getOrDefault(id, 0)));
    }
    row.add(Integer.toString(other));
    return row;
  }

  static String seconds(Metrics m) {
    return BigDecimal.valueOf(m.estimatedDuration().toNanos(), 9)
        .stripTrailingZeros()
        .toPlainString();
  }

  static String patientName(PatientContext patient, int index) {
    return patient.label().orElse("patient " + (index + 1));
  }

  @Override
  public String toString() {
    return "BatchEvaluation{" + patients.size() + " patients, " + ruleIds.size() + " rules}";
  }
}
