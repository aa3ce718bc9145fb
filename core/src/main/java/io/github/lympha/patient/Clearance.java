package io.github.lympha.patient;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.lympha.style.LymphaStyle;
import org.immutables.value.Value;

/**
 * A clearance for MLD that a physician gave despite a condition, as recorded: by whom and for what.
 * It turns a relative contraindication's warning into an info; it never lifts an absolute one
 * [S46].
 */
@Value.Immutable
@LymphaStyle
public interface Clearance {
  /** Who gave it, e.g. "Dr. Weber, cardiology". */
  @Value.Parameter
  String by();

  /** What it covers, e.g. "MLD of the left leg, twice a week". */
  @Value.Parameter
  String scope();

  /** A clearance by someone for something. */
  static Clearance of(String by, String scope) {
    return ImmutableClearance.of(by, scope);
  }

  /** "by Dr. Weber, cardiology, for MLD of the left leg". */
  default String describe() {
    return "by " + by() + ", for " + scope();
  }

  /** Checks both texts are present. */
  @Value.Check
  default void check() {
    checkArgument(!by().isBlank(), "A clearance must say who gave it: by is blank");
    checkArgument(!scope().isBlank(), "A clearance must say what it covers: scope is blank");
  }
}
