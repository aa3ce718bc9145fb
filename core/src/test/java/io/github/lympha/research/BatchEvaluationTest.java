package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class BatchEvaluationTest {
  private final PatientContext intact = ResearchFixtures.intactLeftLeg();
  private final PatientContext dissected = ResearchFixtures.leftInguinalDissection();
  private final Validator validator = Validator.standard();

  /**
   * 36 variants of the small protocol: enough rows to check the mapping from variant to row, few
   * enough validations to keep the test (and PIT, which runs it for many mutants) quick.
   */
  private Family family() {
    Protocol small = ResearchFixtures.small();
    return Family.of(small)
        .vary(Axis.repetitions(4, 6))
        .vary(Axis.pressureLevels(PressureLevel.LIGHT, PressureLevel.FIRM))
        .vary(Axis.dropEachStep(small).orUnchanged());
  }

  @Test
  void hasStableColumnsWithEveryRuleIdSorted() {
    BatchEvaluation batch = BatchEvaluation.of(validator, intact);
    List<String> ids = new ArrayList<>();
    validator.rules().forEach(r -> ids.add(r.id()));
    ids.sort(null);
    assertThat(batch.ruleIds()).isEqualTo(ids);
    assertThat(batch.columns().subList(0, 4))
        .containsExactly("variant", "base", "patient", "description");
    assertThat(batch.columns()).endsWith("other_rules");
    assertThat(batch.columns()).containsSequence(ids);
  }

  @Test
  void writesOneRowPerVariantAndPatientThatParsesBackToTheSameValues() throws Exception {
    BatchEvaluation batch = BatchEvaluation.of(validator, List.of(intact, dissected));
    StringWriter out = new StringWriter();
    List<Long> progress = new ArrayList<>();
    BatchSummary summary = batch.run(family(), out, (done, total) -> progress.add(done));
    long variants = family().stream().count();
    assertThat(summary.variants()).isEqualTo(variants);
    assertThat(summary.rows()).isEqualTo(2 * variants);
    assertThat(progress).last().isEqualTo(variants);
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))) {
      assertThat(parser.getHeaderNames()).isEqualTo(batch.columns());
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize((int) summary.rows());
      List<Variant> all = family().toList();
      for (int i = 0; i < 6; i++) {
        Variant v = all.get(i * 7 % all.size());
        CSVRecord row = records.get(2 * (i * 7 % all.size()) + 1);
        assertThat(row.get("variant")).isEqualTo(Long.toString(v.index()));
        assertThat(row.get("description")).isEqualTo(v.description());
        assertThat(row.get("patient")).isEqualTo(dissected.label().orElseThrow());
        Metrics m = Metrics.of(v.protocol(), dissected);
        assertThat(row.get("steps")).isEqualTo(Integer.toString(m.steps()));
        assertThat(row.get("strokes")).isEqualTo(Long.toString(m.totalStrokes()));
        assertThat(Double.parseDouble(row.get("duration_s")))
            .isEqualTo(m.estimatedDuration().toMillis() / 1000.0);
        assertThat(row.get("route_prepared")).isEqualTo(Boolean.toString(m.routePrepared()));
        ValidationReport report = validator.validate(v.protocol(), dissected);
        assertThat(row.get("verdict")).isEqualTo(BatchEvaluation.verdict(report));
        for (Map.Entry<String, Integer> e : report.countsByRule().entrySet()) {
          assertThat(row.get(e.getKey())).isEqualTo(Integer.toString(e.getValue()));
        }
      }
    }
    assertThat(summary.verdicts().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(summary.rows());
    assertThat(summary.verdictsByPatient().keySet())
        .containsExactly(intact.label().orElseThrow(), dissected.label().orElseThrow());
    for (java.util.Map<String, Long> perPatient : summary.verdictsByPatient().values()) {
      assertThat(perPatient.keySet())
          .containsExactly(
              BatchEvaluation.VALID, BatchEvaluation.WARNINGS, BatchEvaluation.INVALID);
      assertThat(perPatient.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(variants);
    }
    assertThat(summary.toText()).contains("verdict").contains("most frequent rules");
  }

  @Test
  void theUnchangedPlannedBaseIsValidForItsPatient() throws Exception {
    StringWriter out = new StringWriter();
    BatchSummary summary =
        BatchEvaluation.of(validator, intact).run(Family.of(ResearchFixtures.plannedLeg()), out);
    assertThat(summary.verdicts().get(BatchEvaluation.INVALID)).isZero();
  }

  @Test
  void namesUnlabelledPatientsByPositionAndNeedsAtLeastOne() throws Exception {
    PatientContext unlabelled =
        PatientContext.builder().addAffected(ResearchFixtures.ANATOMY.region("FOOT_L")).build();
    BatchEvaluation batch = BatchEvaluation.of(validator, List.of(intact, unlabelled));
    assertThat(batch.toString())
        .isEqualTo("BatchEvaluation{2 patients, " + batch.ruleIds().size() + " rules}");
    BatchSummary summary = batch.run(Family.of(ResearchFixtures.small()), new StringWriter());
    assertThat(summary.verdictsByPatient().keySet())
        .containsExactly(intact.label().orElseThrow(), "patient 2");
    assertThatThrownBy(() -> BatchEvaluation.of(validator, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A batch needs at least one patient context");
  }
}
