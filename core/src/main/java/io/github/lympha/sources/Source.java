package io.github.lympha.sources;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/** A source of the domain reference: its key, evidence tier, title and where to find it. */
@Value.Immutable
@LymphaStyle
public interface Source {
  /** The key, e.g. {@code S24}. */
  @Value.Parameter
  String key();

  /** How much weight the source carries. */
  @Value.Parameter
  Tier tier();

  /** Title and publisher. */
  @Value.Parameter
  String title();

  /** A URL, DOI or other locator. */
  @Value.Parameter
  String locator();

  /** A source. */
  static Source of(String key, Tier tier, String title, String locator) {
    return ImmutableSource.of(key, tier, title, locator);
  }

  /** A one-line citation: {@code [S24] Lymph nodes of inguinal region … (tier A) <locator>}. */
  default String cite() {
    return "[" + key() + "] " + title() + " (tier " + tier() + ") " + locator();
  }

  /** Checks the key and title. */
  @Value.Check
  default void check() {
    checkArgument(key().matches("[A-Z][A-Za-z0-9_-]*"), "Invalid source key: \"%s\"", key());
    checkArgument(!title().isBlank(), "Source %s: title must not be blank", key());
  }

  /** How much weight a source carries (reference, preamble). */
  enum Tier {
    /** Textbook, consensus paper or anatomy reference. */
    A,
    /** Professional or clinical web page. */
    B,
    /** Consumer or blog page. */
    C
  }
}
