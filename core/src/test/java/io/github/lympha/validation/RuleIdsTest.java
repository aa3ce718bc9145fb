package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleIdsTest {
  @Test
  void theSetOfAllIdsHoldsEveryConstantAndOnlyWellFormedIds() throws IllegalAccessException {
    List<String> constants = new ArrayList<>();
    for (Field f : RuleIds.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        constants.add((String) f.get(null));
      }
    }
    assertThat(constants).hasSizeGreaterThan(20);
    assertThat(RuleIds.ALL).containsExactlyInAnyOrderElementsOf(constants);
    assertThat(RuleIds.ALL).allMatch(Finding::isRuleId);
  }

  @Test
  void everyStandardRuleHasAKnownId() {
    assertThat(Validator.standard().rules()).allMatch(r -> RuleIds.ALL.contains(r.id()));
  }
}
