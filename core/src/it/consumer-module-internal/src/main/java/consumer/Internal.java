package consumer;

/** Refers to the unexported io.github.lympha.style package; javac must refuse it. */
@io.github.lympha.style.LymphaStyle
final class Internal {
  private Internal() {}
}
