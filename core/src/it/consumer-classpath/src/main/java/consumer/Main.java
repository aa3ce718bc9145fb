package consumer;

/** An app that uses lympha-core from the class path, as most apps do. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LymphaChecks.check(
        !io.github.lympha.anatomy.Anatomy.class.getModule().isNamed(),
        "lympha-core is on the class path");
    LymphaChecks.run();
    System.out.println("consumer-classpath: lympha-core works on the class path");
  }
}
