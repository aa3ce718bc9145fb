package io.github.lympha.examples;

import io.github.lympha.anatomy.Region;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.render.Instructions;
import java.util.stream.Collectors;

/**
 * Prints the reference catalogue as a Markdown table (id, title, treats, steps, estimated duration,
 * sources), then the seed protocol's instructions. Lympha models protocols; it gives no medical
 * advice.
 */
public final class CatalogueTable {
  private CatalogueTable() {}

  /** Prints the table and the seed. */
  public static void main(String[] args) {
    // tag::table[]
    System.out.println("| id | title | treats | steps | estimated duration | sources |");
    System.out.println("|---|---|---|---|---|---|");
    for (Protocol p : Catalogue.all()) {
      System.out.printf(
          "| `%s` | %s | %s | %d | %s | %s |%n",
          p.id(),
          p.title(),
          p.treats().stream().map(Region::id).collect(Collectors.joining(", ")),
          p.stepCount(),
          Instructions.duration(p.estimatedDuration()),
          String.join(", ", p.sources()));
    }
    // end::table[]
    System.out.println();
    System.out.println(Instructions.markdown(Catalogue.seedLeg()));
  }
}
