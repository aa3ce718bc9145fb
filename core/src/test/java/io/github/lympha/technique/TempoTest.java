package io.github.lympha.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TempoTest {
  @Test
  void standardTempoIsAboutOneSecondPerCycle() {
    assertThat(Tempo.standard().secondsPerCycle()).isEqualTo(1.0);
    assertThat(Tempo.standard().describe()).isEqualTo("1 s per cycle");
  }

  @Test
  void multipliesCyclesIntoADuration() {
    assertThat(Tempo.standard().times(7)).isEqualTo(Duration.ofSeconds(7));
    assertThat(Tempo.ofSeconds(6).times(3)).isEqualTo(Duration.ofSeconds(18));
    assertThat(Tempo.ofSeconds(1.5).times(5)).isEqualTo(Duration.ofMillis(7500));
    assertThat(Tempo.ofSeconds(2).times(0)).isEqualTo(Duration.ZERO);
  }

  @Test
  void rejectsNegativeCycleCounts() {
    assertThatThrownBy(() -> Tempo.standard().times(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void acceptsTheRangeBounds() {
    assertThat(Tempo.ofSeconds(Tempo.MIN_SECONDS).secondsPerCycle()).isEqualTo(0.2);
    assertThat(Tempo.ofSeconds(Tempo.MAX_SECONDS).secondsPerCycle()).isEqualTo(60.0);
  }

  @Test
  void rejectsTemposOutOfRangeNamingTheValue() {
    assertThatThrownBy(() -> Tempo.ofSeconds(0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tempo: 0.1 s per cycle")
        .hasMessageContaining("expected 0.2 to 60.0 s");
    assertThatThrownBy(() -> Tempo.ofSeconds(61)).hasMessageContaining("61.0 s per cycle");
    assertThatThrownBy(() -> Tempo.ofSeconds(Double.POSITIVE_INFINITY))
        .hasMessageContaining("Infinity");
    assertThatThrownBy(() -> Tempo.ofSeconds(0)).hasMessageContaining("0.0 s per cycle");
  }

  @Test
  void equalsBySecondsPerCycle() {
    new EqualsTester()
        .addEqualityGroup(Tempo.standard(), Tempo.ofSeconds(1))
        .addEqualityGroup(Tempo.ofSeconds(6))
        .addEqualityGroup(Tempo.ofSeconds(0.5))
        .testEquals();
  }
}
