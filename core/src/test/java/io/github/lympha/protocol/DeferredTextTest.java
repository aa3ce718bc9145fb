package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTextTest {
  @Test
  void isNotComputedWhenTheCheckPasses() {
    AtomicInteger calls = new AtomicInteger();
    checkArgument(true, "%s", DeferredText.of(() -> "text " + calls.incrementAndGet()));
    assertThat(calls).hasValue(0);
  }

  @Test
  void isComputedIntoTheMessageWhenTheCheckFails() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                checkArgument(
                    false, "at %s", DeferredText.of(() -> "text " + calls.incrementAndGet())))
        .hasMessage("at text 1");
    assertThat(calls).hasValue(1);
  }
}
