package io.github.lympha.validation;

import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A finding's words for a person — its message and its fix — built the first time they are read. A
 * report with many findings costs little until a person (or a writer) reads them; once built, the
 * words are kept. Thread-safe: a race builds the same text twice and keeps one.
 */
final class FindingText {
  private final Supplier<String> message;
  private final Supplier<Optional<String>> fix;
  private final boolean eager;
  private volatile @Nullable String builtMessage;
  private volatile @Nullable Optional<String> builtFix;

  private FindingText(Supplier<String> message, Supplier<Optional<String>> fix, boolean eager) {
    this.message = message;
    this.fix = fix;
    this.eager = eager;
  }

  /** Words given as they are (a rule of an app's own, a finding built by hand). */
  static FindingText of(String message, Optional<String> fix) {
    FindingText t = new FindingText(() -> message, () -> fix, true);
    t.builtMessage = message;
    t.builtFix = fix;
    return t;
  }

  /** Words built on first use. */
  static FindingText lazy(Supplier<String> message, Supplier<Optional<String>> fix) {
    return new FindingText(message, fix, false);
  }

  /** Whether the words were given rather than built on demand, so they can be checked at once. */
  boolean isEager() {
    return eager;
  }

  String message() {
    String m = builtMessage;
    if (m == null) {
      m = message.get();
      builtMessage = m;
    }
    return m;
  }

  Optional<String> fix() {
    Optional<String> f = builtFix;
    if (f == null) {
      f = fix.get();
      builtFix = f;
    }
    return f;
  }
}
