package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import org.junit.jupiter.api.Test;

/** The planner on the catalogue's patient after a neck dissection on both sides [S61]. */
class PlannerAfterNeckDissectionTest {
  @Test
  void reroutesTheNeckAndLowerFaceToTheAxillaeAndValidatesClean() {
    PatientContext patient = Catalogue.patientFor("head-neck-after-cancer");
    Plan plan = Planner.standard().plan(patient);
    Protocol p = plan.protocol().orElseThrow(() -> new AssertionError(plan.explanation()));
    ValidationReport report = Validator.standard().validate(p, patient);
    assertThat(report.findings(Severity.ERROR)).as(report.toText()).isEmpty();
    assertThat(report.findings(Severity.WARNING)).as(report.toText()).isEmpty();
    assertThat(p.steps())
        .filteredOn(s -> s.site().id().startsWith("NECK_") || s.site().id().startsWith("FACE_"))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.toward().id())
                    .isEqualTo("AXILLARY" + s.site().id().substring(s.site().id().length() - 2)));
    assertThat(p.steps()).noneMatch(s -> s.toward().id().startsWith("CERVICAL"));
    assertThat(p.steps())
        .filteredOn(s -> s.site().id().equals("NECK_L"))
        .allSatisfy(s -> assertThat(s.via().orElseThrow().id()).isEqualTo("CERVICO_AXILLARY_L"));
    assertThat(p.sources())
        .as("the route's own sources, not those of a trunk reroute the plan does not do")
        .contains("S61", "S29", "S30")
        .doesNotContain("S7", "S33", "S34");
  }
}
