package io.github.lympha.protocol;

import java.util.function.Supplier;

/**
 * A message argument computed only when a failed check formats its message. Guava's {@code
 * checkArgument(cond, template, args...)} evaluates its arguments on every call, so an argument
 * that walks the anatomy or concatenates strings would cost on every step that passes; passing a
 * {@code DeferredText} moves that cost to the failure.
 */
final class DeferredText {
  private final Supplier<String> text;

  private DeferredText(Supplier<String> text) {
    this.text = text;
  }

  /** An argument whose text is computed by {@code text} when it is formatted. */
  static Object of(Supplier<String> text) {
    return new DeferredText(text);
  }

  @Override
  public String toString() {
    return text.get();
  }
}
