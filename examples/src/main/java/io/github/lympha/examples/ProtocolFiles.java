package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.format.ProtocolFormatException;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Tempo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a protocol and a patient context as files, reads them back, and shows what a bad file
 * gives: the examples of {@code docs/format.md}. Lympha models protocols; it gives no medical
 * advice.
 */
public final class ProtocolFiles {
  private ProtocolFiles() {}

  /**
   * A short protocol for the left leg after inguinal dissection, after reference §5.4: open the
   * terminus, clear the deep abdomen, prepare the left axilla, then reroute the flank and the
   * lateral thigh over the axillo-inguinal anastomosis to the left axilla [S7][S33].
   */
  public static Protocol protocol() {
    return ProtocolBuilder.create(
            "leg-reroute-example", "Left leg after inguinal dissection (short)")
        .version("1.2")
        .author("Lympha docs")
        .description(
            "Terminus, abdomen and left axilla first; then the lateral thigh over the flank.")
        .treating("THIGH_LATERAL_L")
        .sources("S7", "S33", "S40")
        .tags("leg", "reroute")
        .phase(
            "Open the terminus",
            p ->
                p.nodes("TERMINUS_L")
                    .stationaryCircles()
                    .times(10)
                    .hands("Fingers hooked over the left clavicle")
                    .nodes("TERMINUS_R")
                    .stationaryCircles()
                    .times(10))
        .phase("Deep abdomen", p -> p.nodes("CISTERNA_CHYLI").abdominalBreathing().times(5))
        .phase("Left axilla", p -> p.nodes("AXILLARY_L").stationaryCircles().times(10))
        .phase(
            "Reroute over the flank",
            p ->
                p.repeat(3)
                    .region("FLANK_L")
                    .rotary()
                    .toward("AXILLARY_L")
                    .via("AIA_L")
                    .pressure(Pressure.of(PressureLevel.LIGHT, 28))
                    .region("THIGH_LATERAL_L")
                    .pump()
                    .toward("AXILLARY_L")
                    .via("AIA_L")
                    .tempo(Tempo.ofSeconds(1.5))
                    .note("Never toward the dissected groin."))
        .phase("Back to the axilla", p -> p.nodes("AXILLARY_L").stationaryCircles().times(5))
        .build();
  }

  /** The patient the protocol is meant for. */
  public static PatientContext patient() {
    Anatomy anatomy = Anatomy.standard();
    return PatientContext.builder()
        .label("left leg, inguinal nodes removed")
        .addAffected(anatomy.region("THIGH_LATERAL_L"))
        .addCompromised(
            CompromisedNodeGroup.of(
                anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
        .build();
  }

  /** Writes both files to a directory and reads them back; prints what it does. */
  public static void run(Path dir, PrintStream out) throws IOException {
    Protocol protocol = protocol();
    // tag::write[]
    ProtocolFormat yaml = ProtocolFormat.yaml();
    Path file = dir.resolve("leg-reroute-example.yaml");
    yaml.write(protocol, file); // canonical, UTF-8, byte-stable
    Protocol again = yaml.read(file); // equal to protocol
    String json = ProtocolFormat.json().write(again);
    // end::write[]
    out.println(again.equals(protocol) ? "read back equal" : "read back different");
    out.print(json);

    // tag::patient[]
    PatientContextFormat patients = PatientContextFormat.yaml();
    Path patientFile = dir.resolve("patient.yaml");
    patients.write(patient(), patientFile);
    PatientContext patient = patients.read(patientFile);
    // end::patient[]
    out.println(
        patient.equals(patient()) ? "patient read back equal" : "patient read back different");

    Path broken = dir.resolve("broken.yaml");
    Files.writeString(
        broken,
        Files.readString(file)
            .replace("stroke: PUMP", "stroke: pumping")
            .replace("repetitions: 10", "repetitions: 0"));
    // tag::errors[]
    try {
      ProtocolFormat.yaml().read(broken);
    } catch (ProtocolFormatException e) {
      for (ProtocolFormatException.Problem problem : e.problems()) {
        out.println(problem.pointer() + " " + problem.line() + ":" + problem.column());
        out.println("  " + problem.message());
      }
    }
    // end::errors[]
  }

  /** Runs the example in a temporary directory. */
  public static void main(String[] args) throws IOException {
    Path dir = Files.createTempDirectory("lympha-files");
    run(dir, System.out);
  }
}
