package io.github.lympha.research;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import io.github.lympha.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/** Patients and protocols the research tests share. */
final class ResearchFixtures {
  static final Anatomy ANATOMY = Anatomy.standard();

  private ResearchFixtures() {}

  /** Every row of a batch (variants × patients), evaluated without a batch or its listeners. */
  static List<RankedVariant> allRows(
      Family family, Validator validator, List<PatientContext> patients) {
    List<RankedVariant> rows = new ArrayList<>();
    for (Variant v : family.toList()) {
      for (int p = 0; p < patients.size(); p++) {
        rows.add(
            ImmutableRankedVariant.builder()
                .variant(v)
                .patient(p)
                .patientLabel(patients.get(p).label().orElseThrow())
                .metrics(Metrics.of(v.protocol(), patients.get(p)))
                .report(validator.validate(v.protocol(), patients.get(p)))
                .addAllParameters(v.changes())
                .build());
      }
    }
    return rows;
  }

  static PatientContext intactLeftLeg() {
    return PatientContext.builder()
        .label("left foot swelling, intact nodes")
        .addAffected(ANATOMY.region("FOOT_L"))
        .build();
  }

  static PatientContext leftAxillaryDissection() {
    return PatientContext.builder()
        .label("left arm after axillary dissection")
        .addAffected(ANATOMY.region("FOREARM_L"), ANATOMY.region("HAND_L"))
        .addCompromised(
            CompromisedNodeGroup.of(ANATOMY.nodeGroup("AXILLARY_L"), Compromise.REMOVED))
        .build();
  }

  static PatientContext leftInguinalDissection() {
    return PatientContext.builder()
        .label("left leg after inguinal dissection")
        .addAffected(ANATOMY.region("CALF_L"), ANATOMY.region("FOOT_L"))
        .addCompromised(
            CompromisedNodeGroup.of(
                ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(ANATOMY.nodeGroup("INGUINAL_DEEP_L"), Compromise.REMOVED))
        .build();
  }

  static PatientContext leftFace() {
    return PatientContext.builder()
        .label("left face after surgery")
        .addAffected(ANATOMY.region("FACE_UPPER_L"), ANATOMY.region("FACE_LOWER_L"))
        .build();
  }

  /** The planner's standard protocol for the intact left leg (25 steps, 5 phases). */
  static Protocol plannedLeg() {
    return Planner.standard().plan(intactLeftLeg()).protocol().orElseThrow();
  }

  /** A small protocol: terminus, groin, thigh (3 sequences of 2, 1 and 2 steps). */
  static Protocol small() {
    Step terminusL = nodes("TERMINUS_L");
    Step terminusR = nodes("TERMINUS_R");
    Step groin = nodes("INGUINAL_SUPERFICIAL_L");
    Step thigh =
        Step.builder()
            .site(ANATOMY.region("THIGH_MEDIAL_L"))
            .stroke(Stroke.PUMP)
            .toward(ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"))
            .build();
    Step thighLateral = thigh.withSite(ANATOMY.region("THIGH_LATERAL_L"));
    return Protocol.builder()
        .id("small")
        .title("Small")
        .addTreats(ANATOMY.region("THIGH_MEDIAL_L"))
        .addSequences(
            Sequence.of("Open the terminus", List.of(terminusL, terminusR)),
            Sequence.of("Groin", List.of(groin)),
            Sequence.of("Thigh", List.of(thigh, thighLateral)))
        .build();
  }

  static Step nodes(String id) {
    return Step.builder()
        .site(ANATOMY.nodeGroup(id))
        .stroke(Stroke.STATIONARY_CIRCLE)
        .toward(ANATOMY.nodeGroup(id))
        .build();
  }
}
