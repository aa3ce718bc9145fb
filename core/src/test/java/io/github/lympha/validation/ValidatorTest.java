package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.afterInguinalDissection;
import static io.github.lympha.validation.Fixtures.ankleSwelling;
import static io.github.lympha.validation.Fixtures.seedLeg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  /** A rule of a clinic's own: no step may use more than 10 repetitions. */
  static class AtMostTen implements Rule {
    @Override
    public String id() {
      return "CLINIC_AT_MOST_TEN";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.WARNING;
    }

    @Override
    public String summary() {
      return "Our clinic uses at most 10 repetitions per spot.";
    }

    @Override
    public ImmutableList<String> sources() {
      return ImmutableList.of();
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      return context.steps().stream()
          .filter(s -> s.step().repetitions() > 10)
          .map(
              s ->
                  Finding.builder()
                      .ruleId(id())
                      .severity(defaultSeverity())
                      .message("More than 10 repetitions.")
                      .location(s.location())
                      .build())
          .collect(ImmutableList.toImmutableList());
    }
  }

  /** A rule with a bug. */
  static final class Broken implements Rule {
    @Override
    public String id() {
      return "BROKEN";
    }

    @Override
    public Severity defaultSeverity() {
      return Severity.INFO;
    }

    @Override
    public String summary() {
      return "Throws.";
    }

    @Override
    public ImmutableList<String> sources() {
      return ImmutableList.of();
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      throw new IllegalStateException("boom");
    }
  }

  /** The seed protocol with every step repeated {@code repetitions} times. */
  private static Protocol seedLegRepeating(int repetitions) {
    List<Sequence> sequences = new ArrayList<>();
    for (Sequence seq : seedLeg().sequences()) {
      sequences.add(
          seq.withSteps(
              seq.steps().stream()
                  .map(s -> s.withRepetitions(repetitions))
                  .collect(Collectors.toList())));
    }
    return seedLeg().withSequences(sequences);
  }

  @Test
  void reusesStructuralFindingsForAVariantButChecksHowItsStepsAreDoneAfresh() {
    Validator v = Validator.builder().addRule(new AtMostTen()).build();
    ValidationReport base = v.validate(seedLeg(), ankleSwelling());

    ValidationReport variant = v.validate(seedLegRepeating(20), ankleSwelling());

    assertThat(variant)
        .isEqualTo(
            Validator.builder()
                .addRule(new AtMostTen())
                .build()
                .validate(seedLegRepeating(20), ankleSwelling()));
    assertThat(variant.findings(RuleIds.MANY_REPETITIONS)).hasSize(seedLeg().stepCount());
    assertThat(variant.findings("CLINIC_AT_MOST_TEN")).hasSize(seedLeg().stepCount());
    assertThat(base.findings(RuleIds.MANY_REPETITIONS)).isEmpty();
    assertThat(variant.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .isNotEmpty()
        .isEqualTo(base.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP));
    assertThat(variant.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED))
        .isNotEmpty()
        .isEqualTo(base.findings(RuleIds.REGIONAL_NODES_NOT_PREPARED));
  }

  @Test
  void remembersAsManyStructuresAsToldAndNoneWhenToldZero() {
    Validator two = Validator.builder().rememberedStructures(2).build();
    Validator none = Validator.builder().rememberedStructures(0).build();

    for (int reps = 1; reps <= 3; reps++) {
      for (Protocol p : List.of(seedLegRepeating(reps), seedLegRepeating(reps).withId("other"))) {
        assertThat(none.validate(p, ankleSwelling())).isEqualTo(two.validate(p, ankleSwelling()));
        assertThat(two.rememberedNow()).isBetween(1, 2);
      }
    }
    assertThat(none.rememberedNow()).isZero();
    assertThatThrownBy(() -> Validator.builder().rememberedStructures(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rememberedStructures: -1");
    assertThat(
            Validator.builder()
                .rememberedStructures(Validator.MAX_REMEMBERED_STRUCTURES)
                .build()
                .validate(seedLeg(), ankleSwelling()))
        .isEqualTo(Validator.standard().validate(seedLeg(), ankleSwelling()));
    assertThatThrownBy(
            () -> Validator.builder().rememberedStructures(Validator.MAX_REMEMBERED_STRUCTURES + 1))
        .hasMessageContaining("expected 0 to " + Validator.MAX_REMEMBERED_STRUCTURES);
  }

  /** A structural rule that counts its runs and finds nothing. */
  static final class CountingStructuralRule extends StructuralRule {
    final AtomicInteger runs = new AtomicInteger();

    CountingStructuralRule() {
      super("COUNTING", Severity.INFO, "Counts its runs.");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      runs.incrementAndGet();
      return List.of();
    }
  }

  @Test
  void runsAStructuralRuleOncePerStructureItRemembers() {
    CountingStructuralRule counting = new CountingStructuralRule();
    Validator v = Validator.builder().addRule(counting).build();

    v.validate(seedLeg(), ankleSwelling());
    v.validate(seedLegRepeating(20), ankleSwelling());
    assertThat(counting.runs).hasValue(1);

    v.validate(seedLeg(), afterInguinalDissection());
    v.validate(seedLeg().withId("another-id"), ankleSwelling());
    assertThat(counting.runs).hasValue(3);

    Validator forgetful = Validator.builder().addRule(counting).rememberedStructures(0).build();
    forgetful.validate(seedLeg(), ankleSwelling());
    forgetful.validate(seedLeg(), ankleSwelling());
    assertThat(counting.runs).hasValue(5);
  }

  @Test
  void reportsOnlyTheFailureOfARuleThatBreaksHalfwayThroughItsFindings() {
    Rule halfway =
        new AtMostTen() {
          @Override
          public List<Finding> check(ValidationContext context) {
            Finding first = super.check(context).get(0);
            return new AbstractList<Finding>() {
              @Override
              public Finding get(int index) {
                if (index > 0) {
                  throw new IllegalStateException("second finding");
                }
                return first;
              }

              @Override
              public int size() {
                return 2;
              }
            };
          }
        };

    ValidationReport report =
        Validator.builder()
            .addRule(halfway)
            .build()
            .validate(seedLegRepeating(12), ankleSwelling());

    assertThat(report.findings("CLINIC_AT_MOST_TEN")).isEmpty();
    assertThat(report.findings(RuleIds.RULE_FAILED))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("CLINIC_AT_MOST_TEN", "second finding"));
  }

  @Test
  void rejectsAddedRulesWithAnInvalidOrReservedId() {
    Rule lowerCase =
        new AtMostTen() {
          @Override
          public String id() {
            return "clinic at most ten";
          }
        };
    Rule reserved =
        new AtMostTen() {
          @Override
          public String id() {
            return RuleIds.RULE_FAILED;
          }
        };

    assertThatThrownBy(() -> Validator.builder().addRule(lowerCase).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid rule id: \"clinic at most ten\"");
    assertThatThrownBy(() -> Validator.builder().addRule(reserved).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
  }

  @Test
  void runsAnAddedRuleOnEveryValidationEvenOfTheSameProtocol() {
    AtomicInteger calls = new AtomicInteger();
    Rule counting =
        new AtMostTen() {
          @Override
          public List<Finding> check(ValidationContext context) {
            calls.incrementAndGet();
            return super.check(context);
          }
        };
    Validator v = Validator.builder().addRule(counting).build();

    v.validate(seedLeg(), ankleSwelling());
    v.validate(seedLeg(), ankleSwelling());

    assertThat(calls).hasValue(2);
  }

  @Test
  void runsTheStandardRulesUnderTheStandardPolicy() {
    assertThat(Validator.standard().rules()).isEqualTo(RuleCatalogue.descriptors());
    assertThat(Validator.standard().policy()).isEqualTo(Policy.standard());
  }

  @Test
  void addsDisablesAndRetunesRules() {
    Validator v =
        Validator.builder()
            .addRule(new AtMostTen())
            .disable(RuleIds.UNNECESSARY_STEP)
            .severity(RuleIds.MANY_REPETITIONS, Severity.WARNING)
            .policy(Policy.strict())
            .build();

    assertThat(v.rules()).extracting(RuleDescriptor::id).contains("CLINIC_AT_MOST_TEN");
    assertThat(v.rules()).extracting(RuleDescriptor::id).doesNotContain(RuleIds.UNNECESSARY_STEP);
    assertThat(v.rules())
        .filteredOn(d -> d.id().equals(RuleIds.MANY_REPETITIONS))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.defaultSeverity()).isEqualTo(Severity.INFO);
            });
    ValidationReport report =
        v.validate(
            seedLeg()
                .withSequences(
                    List.of(
                        seedLeg()
                            .sequences()
                            .get(0)
                            .withSteps(List.of(Fixtures.nodes("TERMINUS_L").withRepetitions(12))))),
            ankleSwelling());
    assertThat(report.findings("CLINIC_AT_MOST_TEN")).hasSize(1);
    assertThat(report.findings(RuleIds.MANY_REPETITIONS))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(report.findings(RuleIds.UNNECESSARY_STEP)).isEmpty();
    assertThat(report.policyName()).isEqualTo("strict");
  }

  @Test
  void keepsSoftenedFindingsOneStepBelowARetunedRule() {
    Validator v =
        Validator.builder().severity(RuleIds.SKIPS_REGIONAL_NODE_GROUP, Severity.ERROR).build();

    assertThat(v.validate(seedLeg(), ankleSwelling()).findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(
            v.validate(seedLeg(), afterInguinalDissection())
                .findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void reportsARuleThatThrowsAsAnErrorInsteadOfThrowing() {
    ValidationReport report =
        Validator.builder().addRule(new Broken()).build().validate(seedLeg(), ankleSwelling());

    assertThat(report.findings(RuleIds.RULE_FAILED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.message()).contains("BROKEN").contains("boom");
            });
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void rejectsUnknownDisabledIdsNamingTheKnownOnes() {
    assertThatThrownBy(() -> Validator.builder().disable("NO_SUCH_RULE").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("disable(\"NO_SUCH_RULE\")")
        .hasMessageContaining(RuleIds.PRESSURE_TOO_HIGH);
    assertThatThrownBy(() -> Validator.builder().severity("NOPE", Severity.INFO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severity(\"NOPE\")");
  }

  @Test
  void rejectsTwoRulesWithTheSameIdOrAlias() {
    assertThatThrownBy(
            () -> Validator.builder().addRule(new AtMostTen()).addRule(new AtMostTen()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CLINIC_AT_MOST_TEN");
  }

  @Test
  void runsOnlyAddedRulesWithoutTheStandardOnes() {
    Validator v = Validator.builder().withoutStandardRules().addRule(new AtMostTen()).build();
    assertThat(v.rules()).extracting(RuleDescriptor::id).containsExactly("CLINIC_AT_MOST_TEN");
    assertThat(v.validate(seedLeg()).findings()).isEmpty();
  }

  @Test
  void findsRulesByIdOrAlias() {
    assertThat(RuleCatalogue.find(RuleIds.ANASTOMOSIS_NOT_PREPARED))
        .hasValueSatisfying(
            r ->
                assertThat(r.id())
                    .isEqualTo(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS));
    assertThat(RuleCatalogue.find("NOPE")).isEmpty();
  }

  @Test
  void everyStandardRuleCitesKnownSourcesAndHasAStableId() {
    for (RuleDescriptor d : RuleCatalogue.descriptors()) {
      assertThat(d.id()).matches("[A-Z][A-Z0-9_]*");
      assertThat(d.summary()).isNotBlank();
      for (String key : d.sources()) {
        assertThat(io.github.lympha.sources.Sources.find(key))
            .as("%s cites %s", d.id(), key)
            .isPresent();
      }
    }
    assertThat(RuleCatalogue.descriptors()).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
  }
}
