package io.github.lympha.bench;

import io.github.lympha.anatomy.Anatomy;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained size of the standard anatomy: the whole object graph reachable from {@link
 * Anatomy#standard()}, and from a fresh copy built with {@code toBuilder().build()}, as measured by
 * JOL on this JVM (compressed oops and object alignment as the JVM runs them). Shared objects
 * (interned strings, enum constants) are counted once per graph.
 */
public final class AnatomyFootprint {
  private AnatomyFootprint() {}

  /** Prints the sizes. */
  public static void main(String[] args) {
    Anatomy standard = Anatomy.standard();
    report("Anatomy.standard()", GraphLayout.parseInstance(standard));
    report(
        "Anatomy.standard().toBuilder().build()",
        GraphLayout.parseInstance(standard.toBuilder().build()));
  }

  private static void report(String what, GraphLayout layout) {
    System.out.printf(
        "%s: %,d bytes retained in %,d objects%n", what, layout.totalSize(), layout.totalCount());
  }
}
