package io.github.lympha.examples;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints the reference catalogue as a Markdown table (id, title, the patient each protocol is meant
 * for, steps, estimated duration, sources) and the patient files (affected regions, compromised
 * node groups, conditions), then the seed protocol's instructions. Lympha models protocols; it
 * gives no medical advice.
 */
public final class CatalogueTable {
  private CatalogueTable() {}

  private static String list(Stream<String> values) {
    String joined = values.collect(Collectors.joining(", "));
    return joined.isEmpty() ? "—" : joined;
  }

  /** Prints the tables and the seed. */
  public static void main(String[] args) {
    // tag::table[]
    System.out.println("| id | title | meant for | steps | estimated duration | sources |");
    System.out.println("|---|---|---|---|---|---|");
    for (Protocol p : Catalogue.all()) {
      PatientContext patient = Catalogue.patientFor(p.id());
      System.out.printf(
          "| `%s` | %s | %s | %d | %s | %s |%n",
          p.id(),
          p.title(),
          patient.label().orElse("—"),
          p.stepCount(),
          Instructions.duration(p.estimatedDuration()),
          String.join(", ", p.sources()));
    }
    // end::table[]
    System.out.println();
    System.out.println("| id | affected | compromised | conditions |");
    System.out.println("|---|---|---|---|");
    for (Protocol p : Catalogue.all()) {
      PatientContext patient = Catalogue.patientFor(p.id());
      System.out.printf(
          "| `%s` | %s | %s | %s |%n",
          p.id(),
          list(patient.affectedRegions().stream().map(r -> "`" + r.id() + "`")),
          list(
              patient.compromised().stream()
                  .map(
                      c ->
                          "`"
                              + c.group().id()
                              + "` "
                              + c.reason().name().toLowerCase(Locale.ROOT))),
          list(patient.conditions().stream().map(c -> "`" + c.condition().name() + "`")));
    }
    System.out.println();
    System.out.println(Instructions.markdown(Catalogue.seedLeg()));
  }
}
