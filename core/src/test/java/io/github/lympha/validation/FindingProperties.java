package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Laws of findings' own checks. */
class FindingProperties {
  /** The hand-written rule id check accepts exactly what the documented pattern accepts. */
  @Test
  void ruleIdCheckMatchesThePattern() {
    Laws.check(
        1000,
        ids(),
        (String id) -> {
          assertThat(Finding.isRuleId(id)).isEqualTo(id.matches("[A-Z][A-Z0-9_]*"));
        });
  }

  private static Gen<String> ids() {
    Gen<String> near = Gens.strings("AZaz09_-@[`{ /:ÄÉ", 0, 6);
    Gen<String> valid =
        Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 1)
            .zip(Gens.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_", 0, 8), String::concat);
    return Gens.oneOf(near, valid, Gens.anyStrings(5));
  }
}
