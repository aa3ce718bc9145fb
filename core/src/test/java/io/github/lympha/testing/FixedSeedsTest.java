package io.github.lympha.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.junit.jupiter.api.Test;

class FixedSeedsTest {
  @Test
  void derivesTheSameSeedForTheSamePropertyEveryTime() {
    long seed = FixedSeeds.seedFor("20261126", "a.B#c");
    assertThat(FixedSeeds.seedFor("20261126", "a.B#c")).isEqualTo(seed);
    assertThat(FixedSeeds.seedFor("20261126", "a.B#d")).isNotEqualTo(seed);
    assertThat(FixedSeeds.seedFor("20261127", "a.B#c")).isNotEqualTo(seed);
  }

  @Test
  void rejectsABaseSeedThatIsNotANumber() {
    assertThatThrownBy(() -> FixedSeeds.seedFor("tuesday", "a.B#c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("-Dlympha.jqwik.seed must be a decimal number or \"random\", not \"tuesday\"");
  }

  @Test
  void everyClassWithPropertiesUsesFixedSeeds() {
    List<JavaClass> withProperties =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("io.github.lympha")
                .stream()
                .filter(
                    c -> c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(Property.class)))
                .collect(Collectors.toList());
    assertThat(withProperties).isNotEmpty();
    assertThat(withProperties)
        .as("classes with @Property methods but without @AddLifecycleHook(FixedSeeds.class)")
        .filteredOn(
            c -> {
              AddLifecycleHook hook = c.reflect().getAnnotation(AddLifecycleHook.class);
              return hook == null || hook.value() != FixedSeeds.class;
            })
        .extracting(JavaClass::getName)
        .isEmpty();
  }
}
