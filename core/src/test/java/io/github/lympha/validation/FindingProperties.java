package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.testing.FixedSeeds;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/** Laws of findings' own checks. */
@AddLifecycleHook(FixedSeeds.class)
class FindingProperties {
  /** The hand-written rule id check accepts exactly what the documented pattern accepts. */
  @Property(tries = 1000)
  void ruleIdCheckMatchesThePattern(@ForAll("ids") String id) {
    assertThat(Finding.isRuleId(id)).isEqualTo(id.matches("[A-Z][A-Z0-9_]*"));
  }

  @Provide
  Arbitrary<String> ids() {
    Arbitrary<String> near =
        Arbitraries.strings().withChars("AZaz09_-@[`{ /:ÄÉ").ofMinLength(0).ofMaxLength(6);
    Arbitrary<String> valid =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .ofLength(1)
            .flatMap(
                first ->
                    Arbitraries.strings()
                        .withCharRange('A', 'Z')
                        .withCharRange('0', '9')
                        .withChars('_')
                        .ofMaxLength(8)
                        .map(rest -> first + rest));
    return Arbitraries.oneOf(near, valid, Arbitraries.strings().ofMaxLength(5));
  }
}
