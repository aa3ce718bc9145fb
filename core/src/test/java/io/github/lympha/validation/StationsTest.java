package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.protocol.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The groin and the side of the neck are one station each in every protocol text; a textbook leg
 * protocol that names the groin once draws no warning.
 */
class StationsTest {
  /** Földi's leg sequence, reference §5.3 [S9][S40], as a therapist writes it. */
  static final String TEXTBOOK_LEG =
      """
      lympha: "1"
      kind: protocol
      id: leg-textbook
      title: Left leg, intact inguinal nodes (Földi sequence)
      treats: [THIGH_MEDIAL_L, KNEE_L, CALF_L, FOOT_L]
      sources: [S9, S40]
      sequences:
        - name: Terminus and neck
          steps:
            - {site: TERMINUS_L, stroke: STATIONARY_CIRCLE, toward: TERMINUS_L}
            - {site: TERMINUS_R, stroke: STATIONARY_CIRCLE, toward: TERMINUS_R}
            - {site: NECK_L, stroke: STATIONARY_CIRCLE, toward: TERMINUS_L}
            - {site: NECK_R, stroke: STATIONARY_CIRCLE, toward: TERMINUS_R}
        - name: Abdomen
          steps:
            - {site: CISTERNA_CHYLI, stroke: ABDOMINAL_BREATHING, toward: CISTERNA_CHYLI}
        - name: Groin
          steps:
            - {site: INGUINAL_L, stroke: STATIONARY_CIRCLE, toward: INGUINAL_L}
        - name: Thigh
          steps:
            - {site: THIGH_MEDIAL_L, stroke: PUMP, toward: INGUINAL_L}
            - {site: THIGH_LATERAL_L, stroke: PUMP, toward: INGUINAL_L}
        - name: Knee
          steps:
            - {site: POPLITEAL_L, stroke: STATIONARY_CIRCLE, toward: INGUINAL_L}
            - {site: KNEE_L, stroke: STATIONARY_CIRCLE, toward: INGUINAL_L}
        - name: Calf and shin
          steps:
            - {site: CALF_L, stroke: SCOOP, toward: POPLITEAL_L}
            - {site: SHIN_L, stroke: PUMP, toward: INGUINAL_L}
        - name: Foot
          steps:
            - {site: FOOT_L, stroke: STATIONARY_CIRCLE, toward: INGUINAL_L}
        - name: Final effleurage
          steps:
            - {site: FOOT_L, stroke: EFFLEURAGE, toward: INGUINAL_L}
      """;

  static final String INTACT =
      """
      lympha: "1"
      kind: patient
      label: left leg lymphoedema, intact nodes
      affected: [FOOT_L, CALF_L]
      """;

  private static List<Finding> warningsAndErrors(ValidationReport r) {
    return r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
  }

  @Test
  void theTextbookLegProtocolForIntactNodesHasNoWarnings() {
    Protocol leg = ProtocolFormat.yaml().read(TEXTBOOK_LEG);
    PatientContext patient = PatientContextFormat.yaml().read(INTACT);

    ValidationReport r = Fixtures.validator().validate(leg, patient);

    assertThat(warningsAndErrors(r)).as(r.toText()).isEmpty();
  }

  @Test
  void aStationIdResolvesToTheGroupThatReceivesTheSitesLymphAndIsWrittenAsThatGroup() {
    Protocol leg = ProtocolFormat.yaml().read(TEXTBOOK_LEG);
    List<Step> steps = leg.steps();
    assertThat(steps.get(5).site().id()).isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(steps.get(5).toward().id()).isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(steps.get(6).toward().id()).isEqualTo("INGUINAL_SUPERFICIAL_L");
    assertThat(steps.get(8).site().id()).isEqualTo("POPLITEAL_L");
    assertThat(steps.get(8).toward().id()).isEqualTo("INGUINAL_DEEP_L");

    String written = ProtocolFormat.yaml().write(leg);
    assertThat(written).doesNotContain("INGUINAL_L").contains("INGUINAL_DEEP_L");
    assertThat(ProtocolFormat.yaml().read(written)).isEqualTo(leg);
  }

  /** The members of a station may be worked in either order: it is one place. */
  @Test
  void workingTheGroupsOfTheGroinInEitherOrderIsNotDistalBeforeProximal() {
    for (List<String> groin :
        List.of(
            List.of("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L"),
            List.of("INGUINAL_DEEP_L", "INGUINAL_SUPERFICIAL_L"),
            List.of("INGUINAL_SUPERFICIAL_L"),
            List.of("INGUINAL_DEEP_L"))) {
      Protocol p =
          ProtocolBuilder.create("groin", "Groin")
              .treating("THIGH_MEDIAL_L")
              .openTerminus()
              .phase("Neck", ph -> ph.region("NECK_L").stationaryCircles().toward("TERMINUS_L"))
              .phase("Abdomen", ph -> ph.nodes("CISTERNA_CHYLI").abdominalBreathing())
              .phase(
                  "Groin",
                  ph -> {
                    for (String g : groin) {
                      ph.nodes(g).stationaryCircles();
                    }
                  })
              .phase(
                  "Knee and thigh",
                  ph -> ph.nodes("POPLITEAL_L").stationaryCircles().region("THIGH_MEDIAL_L").pump())
              .build();
      ValidationReport r =
          Fixtures.validator()
              .validate(p, PatientContext.builder().addAllAffected(p.treats()).build());
      assertThat(r.findings(RuleIds.DISTAL_BEFORE_PROXIMAL))
          .as(groin + "\n" + r.toText())
          .isEmpty();
      assertThat(r.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED))
          .as(groin + "\n" + r.toText())
          .isEmpty();
    }
  }

  @Test
  void theBuilderTakesStationIds() {
    Protocol p =
        ProtocolBuilder.create("groin", "Groin")
            .phase(
                "Groin",
                ph ->
                    ph.nodes("INGUINAL_R")
                        .stationaryCircles()
                        .nodes("POPLITEAL_R")
                        .stationaryCircles()
                        .toward("INGUINAL_R")
                        .region("THIGH_MEDIAL_R")
                        .pump()
                        .toward("INGUINAL_R"))
            .build();
    assertThat(p.steps())
        .extracting(s -> s.site().id() + "->" + s.toward().id())
        .containsExactly(
            "INGUINAL_SUPERFICIAL_R->INGUINAL_SUPERFICIAL_R",
            "POPLITEAL_R->INGUINAL_DEEP_R",
            "THIGH_MEDIAL_R->INGUINAL_SUPERFICIAL_R");
  }
}
