package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.BatchReport.Measure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import io.github.lympha.validation.Validator;
import java.io.StringWriter;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws of the batch report over sampled families of planned protocols: its extremes are the top
 * rows of the whole batch, and its points partition the rows of every axis.
 */
class BatchReportProperties {
  private static final Validator VALIDATOR = Validator.standard();
  private static final List<PatientContext> PATIENTS =
      List.of(ResearchFixtures.intactLeftLeg(), ResearchFixtures.leftInguinalDissection());

  private static Family family(Protocol base, long n, long seed) {
    return Family.of(base)
        .vary(Axis.repetitions(3, 8))
        .vary(Axis.pressureLevels(PressureLevel.values()))
        .vary(Axis.strokes(Stroke.PUMP, Stroke.SCOOP).orUnchanged())
        .vary(Axis.dropEachStep(base).orUnchanged())
        .sample(n, seed);
  }

  private static BatchReport report(Family family, int k) {
    BatchEvaluation batch = BatchEvaluation.of(VALIDATOR, PATIENTS);
    BatchReport.Collector collector = BatchReport.collector(batch, family, k);
    batch.run(family, new StringWriter(), (d, t) -> {}, collector);
    return collector.report();
  }

  private static List<String> keys(List<RankedVariant> rows) {
    return rows.stream().map(r -> r.variant().index() + "/" + r.patient()).toList();
  }

  private static List<String> top(
      List<RankedVariant> rows, Comparator<RankedVariant> order, int k) {
    return keys(rows.stream().sorted(order).limit(k).toList());
  }

  @Test
  void theExtremesAreTheTopRowsOfTheWholeBatch() {
    Laws.check(
        25,
        Generators.plannedProtocols(),
        Gens.integers(1, 30).map(Integer::longValue),
        Gens.integers(0, 1000).map(Integer::longValue),
        Gens.integers(1, 6),
        (Protocol base, Long n, Long seed, Integer k) -> {
          Family family = family(base, n, seed);
          BatchReport report = report(family, k);
          List<RankedVariant> rows = ResearchFixtures.allRows(family, VALIDATOR, PATIENTS);
          assertThat(report.rows()).isEqualTo(rows.size());
          assertThat(keys(report.best())).isEqualTo(top(rows, BatchReport.BEST_FIRST, k));
          assertThat(keys(report.worst())).isEqualTo(top(rows, BatchReport.WORST_FIRST, k));
        });
  }

  @Test
  void thePointsOfEachAxisPartitionTheRows() {
    Laws.check(
        25,
        Generators.plannedProtocols(),
        Gens.integers(1, 40).map(Integer::longValue),
        Gens.integers(0, 1000).map(Integer::longValue),
        (Protocol base, Long n, Long seed) -> {
          Family family = family(base, n, seed);
          BatchReport report = report(family, BatchReport.DEFAULT_EXTREMES);
          assertThat(report.verdicts().values().stream().mapToLong(Long::longValue).sum())
              .isEqualTo(report.rows());
          for (int axis = 0; axis < report.axes().size(); axis++) {
            List<AxisPoint> points = report.points(axis);
            assertThat(points).hasSizeLessThanOrEqualTo(BatchReport.MAX_POINTS);
            assertThat(points.stream().mapToLong(AxisPoint::rows).sum())
                .as("axis %s", axis)
                .isEqualTo(report.rows());
            for (int i = 1; i < points.size(); i++) {
              assertThat(points.get(i).first()).isGreaterThan(points.get(i - 1).last());
            }
            for (AxisPoint p : points) {
              assertThat(p.verdicts().values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(p.rows());
              for (Measure m : Measure.values()) {
                assertThat(p.mean(m))
                    .as("%s at %s", m, p.label())
                    .isBetween(p.minimum(m), p.maximum(m));
              }
            }
          }
        });
  }
}
