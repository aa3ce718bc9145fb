package io.github.lympha.examples;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.AtomicWrite;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.BodyMap;
import io.github.lympha.render.Handout;
import io.github.lympha.render.Instructions;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The flagship example, end to end: the drainage map and its routes (with and without a removed
 * node group), then the seed leg protocol built from the catalogue, stored as a JSON file, read
 * back, validated for two patients and rendered as instructions for a person.
 *
 * <p>Run it with {@code java -cp examples/target/lympha.jar io.github.lympha.examples.Flagship
 * [DIR]}; the protocol file is written to {@code DIR} (a new temporary folder by default).
 */
public final class Flagship {
  private Flagship() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("lympha-flagship");
    run(System.out, dir);
  }

  /** Runs the example, printing to {@code out} and writing the protocol file into {@code dir}. */
  public static void run(PrintStream out, Path dir) {
    Anatomy anatomy = Anatomy.standard();
    out.println("Lympha models protocols; it gives no medical advice.");
    out.println();
    printAnatomy(out, anatomy);

    // 1. Build: the seed protocol of a clinic's blog, exactly as written (flaws included).
    Protocol seed = Catalogue.seedLeg();

    // 2. Store: write it as a JSON file and read it back.
    Path file = dir.resolve(seed.id() + ".json");
    Protocol stored;
    try {
      Files.createDirectories(dir);
      ProtocolFormat.json().write(seed, file);
      stored = ProtocolFormat.json().read(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println("== The seed leg protocol, stored");
    out.println(
        "  wrote "
            + file
            + " ("
            + seed.stepCount()
            + " steps); read back equal: "
            + stored.equals(seed));
    out.println();

    // 3. Check it for two patients.
    Validator validator = Validator.standard();
    PatientContext ankle = Catalogue.patientFor(seed.id());
    PatientContext dissected =
        PatientContext.builder()
            .label("left leg after left inguinal dissection")
            .addAffected(anatomy.region("FOOT_L"), anatomy.region("THIGH_MEDIAL_L"))
            .addCompromised(
                CompromisedNodeGroup.of(
                    anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED),
                CompromisedNodeGroup.of(anatomy.nodeGroup("INGUINAL_DEEP_L"), Compromise.REMOVED))
            .build();
    List<ValidationReport> reports = new java.util.ArrayList<>();
    for (PatientContext patient : List.of(ankle, dissected)) {
      ValidationReport report = validator.validate(stored, patient);
      reports.add(report);
      out.println("== Validation for: " + patient.label().orElse("(no label)"));
      out.print(report.toText());
      out.println();
    }

    // 3b. Draw it on the body and write a printable handout, for each patient.
    out.println("== Body maps and handouts");
    String[] names = {"ankle", "dissected"};
    List<PatientContext> patients = List.of(ankle, dissected);
    for (int i = 0; i < patients.size(); i++) {
      Path svg = dir.resolve(seed.id() + "-" + names[i] + ".svg");
      Path html = dir.resolve(seed.id() + "-" + names[i] + ".html");
      try {
        AtomicWrite.text(
            svg, BodyMap.of(stored).withPatient(patients.get(i)).withReport(reports.get(i)).svg());
        AtomicWrite.text(
            html, Handout.html(stored, patients.get(i), java.util.Optional.of(reports.get(i))));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println("  wrote " + svg + " and " + html);
    }
    out.println();

    // 4. Render it for a person.
    out.println("== The seed leg protocol (Catalogue.seedLeg()), as instructions");
    out.println();
    out.print(Instructions.text(stored));
  }

  private static void printAnatomy(PrintStream out, Anatomy anatomy) {
    out.println("== Drainage map (" + anatomy + ")");
    for (NodeGroup group : anatomy.nodeGroups()) {
      String next =
          group.isTerminus()
              ? "venous angle (blood)"
              : String.join(", ", anatomy.nextStations(group).stream().map(NodeGroup::id).toList());
      out.printf("  %-22s -> %s%n", group.id(), next);
    }
    out.println();
    out.println("== Usual routes to the venous angles");
    for (String id : List.of("FOREARM_L", "CALF_R", "UPPER_ARM_MEDIAL_R", "FACE_UPPER_L")) {
      out.println("  " + anatomy.route(anatomy.region(id)).describe());
    }
    out.println();
    out.println("== Routes after a left axillary dissection (AXILLARY_L removed)");
    Set<NodeGroup> removed = Set.of(anatomy.nodeGroup("AXILLARY_L"));
    for (String id : List.of("FOREARM_L", "CHEST_L", "LATERAL_CHEST_L", "CALF_L")) {
      Region region = anatomy.region(id);
      RouteResult result = anatomy.route(region, removed);
      out.println("  " + id + ": " + result.explanation());
    }
    out.println();
  }
}
