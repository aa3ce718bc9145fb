package io.github.lympha.format;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.List;

/** Hand-built protocols and patients that use every field of the format. */
final class Samples {
  static final Anatomy ANATOMY = Anatomy.standard();

  private Samples() {}

  /** A two-phase protocol for the left leg after inguinal dissection, with every field set. */
  static Protocol fullProtocol() {
    return Protocol.builder()
        .id("leg-after-dissection.example")
        .title("Left leg after inguinal dissection")
        .version("2.1")
        .author("Lympha tests")
        .description("Reroutes the left leg to the left axilla.\nFor tests of the file format.")
        .addTreats(ANATOMY.region("THIGH_MEDIAL_L"), ANATOMY.region("CALF_L"))
        .addTags("leg", "after-dissection")
        .addSources("S7", "S33")
        .addSequences(
            Sequence.builder()
                .name("Open the terminus")
                .addSteps(
                    Step.builder()
                        .site(ANATOMY.nodeGroup("TERMINUS_L"))
                        .stroke(Stroke.STATIONARY_CIRCLE)
                        .toward(ANATOMY.nodeGroup("TERMINUS_L"))
                        .pressure(Pressure.of(PressureLevel.VERY_LIGHT))
                        .repetitions(10)
                        .hands("Flat fingers in the left supraclavicular fossa")
                        .build(),
                    Step.builder()
                        .site(ANATOMY.nodeGroup("AXILLARY_L"))
                        .stroke(Stroke.STATIONARY_CIRCLE)
                        .toward(ANATOMY.nodeGroup("AXILLARY_L"))
                        .build())
                .build(),
            Sequence.builder()
                .name("Reroute the thigh")
                .repeats(3)
                .addSteps(
                    Step.builder()
                        .site(ANATOMY.region("FLANK_L"))
                        .stroke(Stroke.ROTARY)
                        .toward(ANATOMY.nodeGroup("AXILLARY_L"))
                        .via(ANATOMY.anastomosis("AIA_L"))
                        .pressure(Pressure.of(PressureLevel.LIGHT, 28))
                        .tempo(Tempo.ofSeconds(1.5))
                        .repetitions(7)
                        .note("Over the axillo-inguinal anastomosis")
                        .build(),
                    Step.builder()
                        .site(ANATOMY.region("THIGH_LATERAL_L"))
                        .stroke(Stroke.PUMP)
                        .toward(ANATOMY.nodeGroup("AXILLARY_L"))
                        .via(ANATOMY.anastomosis("AIA_L"))
                        .pressure(Pressure.ofMmHg(22.5))
                        .build())
                .build())
        .build();
  }

  /** The smallest protocol: only the required fields. */
  static Protocol minimalProtocol() {
    return Protocol.builder()
        .id("minimal")
        .title("Minimal")
        .addSequences(
            Sequence.of(
                "Neck",
                List.of(
                    Step.builder()
                        .site(ANATOMY.region("NECK_L"))
                        .stroke(Stroke.STATIONARY_CIRCLE)
                        .toward(ANATOMY.nodeGroup("TERMINUS_L"))
                        .build())))
        .build();
  }

  /** A patient after left inguinal dissection, with every field set. */
  static PatientContext fullPatient() {
    return PatientContext.builder()
        .label("left leg lymphoedema after inguinal dissection")
        .addAffected(ANATOMY.region("THIGH_MEDIAL_L"), ANATOMY.region("CALF_L"))
        .addCompromised(
            CompromisedNodeGroup.of(
                ANATOMY.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
            CompromisedNodeGroup.of(ANATOMY.nodeGroup("INGUINAL_DEEP_L"), Compromise.IRRADIATED))
        .addConditions(
            PatientCondition.of(Condition.SKIN_METASTASES, List.of(ANATOMY.region("SHIN_L"))),
            PatientCondition.of(Condition.BRONCHIAL_ASTHMA))
        .tissue(TissueState.FIBROTIC)
        .build();
  }
}
