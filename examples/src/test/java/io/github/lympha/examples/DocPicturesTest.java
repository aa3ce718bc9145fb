package io.github.lympha.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.BodyMap;
import io.github.lympha.research.Axis;
import io.github.lympha.research.BatchEvaluation;
import io.github.lympha.research.BatchReport;
import io.github.lympha.research.Family;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The body maps the README and docs/rendering.md show are the library's real output: each committed
 * SVG equals what BodyMap draws today. Refresh them with {@code -Dlympha.docs.update=true}.
 */
class DocPicturesTest {
  private static final Path IMAGES = Path.of("..", "docs", "images");

  @Test
  void committedBodyMapsAreCurrent() throws IOException {
    boolean update = Boolean.getBoolean("lympha.docs.update");
    for (String id :
        new String[] {Catalogue.SEED_CLINIC_LEG, Catalogue.ARM_AFTER_AXILLARY_DISSECTION}) {
      Protocol protocol = Catalogue.byId(id).orElseThrow();
      PatientContext patient = Catalogue.patientFor(id);
      String svg =
          BodyMap.of(protocol)
              .withPatient(patient)
              .withReport(Validator.standard().validate(protocol, patient))
              .svg();
      Path file = IMAGES.resolve(id + "-body-map.svg");
      if (update) {
        Files.createDirectories(IMAGES);
        Files.writeString(file, svg);
      }
      assertThat(file).as("run with -Dlympha.docs.update=true to refresh").exists();
      assertThat(Files.readString(file))
          .as("%s is stale; run with -Dlympha.docs.update=true", file)
          .isEqualTo(svg);
    }
  }

  /**
   * The chart docs/rendering.md shows: mean duration along the repetitions of a real batch (the leg
   * protocol, repetitions 3..10 × four pressure levels, for the leg after inguinal dissection).
   */
  @Test
  void committedBatchReportChartIsCurrent() throws IOException {
    boolean update = Boolean.getBoolean("lympha.docs.update");
    Protocol base = Catalogue.legIntactInguinal();
    Family family =
        Family.of(base)
            .vary(Axis.repetitions(3, 10))
            .vary(Axis.pressureLevels(PressureLevel.values()));
    BatchEvaluation batch =
        BatchEvaluation.of(
            Validator.standard(), Catalogue.patientFor("leg-after-inguinal-dissection"));
    BatchReport.Collector collector = BatchReport.collector(batch, family);
    batch.run(family, Writer.nullWriter(), (done, total) -> {}, collector);
    BatchReport report = collector.report();
    for (String[] chart :
        new String[][] {
          {"batch-report-duration.svg", report.chart(0, BatchReport.Measure.DURATION_S).svg()},
          {"batch-report-rules.svg", report.ruleChart(1).svg()}
        }) {
      Path file = IMAGES.resolve(chart[0]);
      if (update) {
        Files.createDirectories(IMAGES);
        Files.writeString(file, chart[1]);
      }
      assertThat(file).as("run with -Dlympha.docs.update=true to refresh").exists();
      assertThat(Files.readString(file))
          .as("%s is stale; run with -Dlympha.docs.update=true", file)
          .isEqualTo(chart[1]);
    }
  }
}
