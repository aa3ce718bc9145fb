package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundedMemoTest {
  @Test
  void remembersAValueAndKeepsTheFirstOfTwoForOneKey() {
    BoundedMemo<String, String> memo = new BoundedMemo<>(4);
    String first = new String("first");

    assertThat(memo.get("k")).isNull();
    assertThat(memo.remember("k", first)).isSameAs(first);
    assertThat(memo.remember("k", "second")).isSameAs(first);
    assertThat(memo.get("k")).isSameAs(first);
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void emptiesItselfRatherThanGrowPastItsSize() {
    BoundedMemo<Integer, Integer> memo = new BoundedMemo<>(3);

    for (int i = 0; i < 3; i++) {
      memo.remember(i, i);
    }
    assertThat(memo.size()).isEqualTo(3);
    memo.remember(3, 3);

    assertThat(memo.size()).isEqualTo(1);
    assertThat(memo.get(0)).isNull();
    assertThat(memo.get(3)).isEqualTo(3);
  }

  @Test
  void rejectsASizeBelowOne() {
    assertThatThrownBy(() -> new BoundedMemo<String, String>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
