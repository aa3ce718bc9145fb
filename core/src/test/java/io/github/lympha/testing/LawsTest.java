package io.github.lympha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LawsTest {
  @Test
  void derivesTheSameSeedForTheSameLawEveryTime() {
    long seed = Laws.seedFor(20261126L, "a.B#c");
    assertThat(Laws.seedFor(20261126L, "a.B#c")).isEqualTo(seed);
    assertThat(Laws.seedFor(20261126L, "a.B#d")).isNotEqualTo(seed);
    assertThat(Laws.seedFor(20261127L, "a.B#c")).isNotEqualTo(seed);
  }

  @Test
  void readsABaseSeedOrRandomAndRejectsAnythingElse() {
    assertThat(Laws.base(" 42 ")).isEqualTo(42L);
    assertThat(Laws.base("Random")).isNotNull();
    assertThatThrownBy(() -> Laws.base("tuesday"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("-Dlympha.seed must be a decimal number or \"random\", not \"tuesday\"");
  }

  @Test
  void aFailingLawReportsAShrunkCounterexampleTheSeedAndHowToReproduceIt() {
    String id =
        LawsTest.class.getName()
            + "#"
            + "aFailingLawReportsAShrunkCounterexampleTheSeedAndHowToReproduceIt";
    long seed =
        Laws.seedFor(Long.parseLong(System.getProperty(Laws.SEED_PROPERTY, Laws.DEFAULT_BASE)), id);
    Throwable thrown =
        catchThrowable(
            () ->
                Laws.check(
                    200, Gens.integers(0, 1_000_000), i -> assertThat(i).isLessThan(500_000)));
    assertThat(thrown).isInstanceOf(AssertionError.class);
    String message = thrown.getMessage();
    assertThat(message).contains("Property falsified after", "Seed was " + seed);
    assertThat(message)
        .contains(
            "reproduce with mvn -pl core test"
                + " -Dtest='LawsTest#aFailingLawReportsAShrunkCounterexampleTheSeedAndHowToReproduceIt'"
                + " -Dlympha.seed=");
    String smallest =
        message.lines().dropWhile(l -> !l.startsWith("Smallest")).skip(1).findFirst().orElseThrow();
    assertThat(Integer.parseInt(smallest.trim())).isGreaterThanOrEqualTo(500_000);
  }

  @Test
  void theSameSeedDrawsTheSameValues() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();
    for (List<List<Integer>> run : List.of(first, second)) {
      drawInto(run);
    }
    // The engine skips a draw it has seen, so a run may check a few values fewer than asked.
    assertThat(first).hasSizeBetween(45, 50).isEqualTo(second);
  }

  /** Both runs call from the same method, so they get the same seed. */
  private static void drawInto(List<List<Integer>> out) {
    Laws.check(50, Gens.lists(Gens.integers(0, 1_000_000), 1, 5), out::add);
  }

  @Test
  void forEveryVisitsEveryValueAndNamesTheOneThatFails() {
    List<Integer> seen = new ArrayList<>();
    Laws.forEvery(List.of(1, 2, 3), seen::add);
    assertThat(seen).containsExactly(1, 2, 3);

    assertThatThrownBy(
            () -> Laws.forEvery(List.of("a", "b", "c"), s -> assertThat(s).isNotEqualTo("b")))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("Law falsified for value 2 of 3: b");
    assertThatThrownBy(() -> Laws.forEvery(List.of(), s -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The engine is used through this package only: elsewhere the tests may name its generator type
   * and nothing else, so that moving to another engine is a change here plus one import.
   */
  @Test
  void onlyTheTestSupportPackageUsesTheEngine() {
    JavaClasses tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("io.github.lympha");
    List<String> offending =
        tests.stream()
            .filter(c -> !c.getPackageName().equals(Laws.class.getPackageName()))
            .flatMap(
                c ->
                    c.getDirectDependenciesFromSelf().stream()
                        .map(d -> d.getTargetClass())
                        .filter(t -> t.getPackageName().startsWith("org.quicktheories"))
                        .filter(t -> !t.getName().equals("org.quicktheories.core.Gen"))
                        .map(t -> c.getName() + " -> " + t.getName()))
            .distinct()
            .collect(Collectors.toList());
    assertThat(offending).isEmpty();
    assertThat(tests.stream().filter(c -> c.getSimpleName().endsWith("Properties")))
        .extracting(JavaClass::getSimpleName)
        .hasSizeGreaterThanOrEqualTo(8);
  }
}
