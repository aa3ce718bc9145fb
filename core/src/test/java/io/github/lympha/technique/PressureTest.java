package io.github.lympha.technique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class PressureTest {
  @Test
  void convertsKilopascalsToMillimetresOfMercury() {
    Pressure p = Pressure.ofKPa(4);
    assertThat(p.mmHg()).hasValueSatisfying(v -> assertThat(v).isCloseTo(30.0, within(0.05)));
    assertThat(p.kPa()).hasValueSatisfying(v -> assertThat(v).isCloseTo(4.0, within(1e-9)));
    assertThat(Pressure.ofMmHg(30).kPa())
        .hasValueSatisfying(v -> assertThat(v).isCloseTo(4.0, within(0.001)));
  }

  @Test
  void levelOnlyPressureHasNoNumericValue() {
    Pressure light = Pressure.light();
    assertThat(light.level()).contains(PressureLevel.LIGHT);
    assertThat(light.mmHg()).isEmpty();
    assertThat(light.kPa()).isEmpty();
    assertThat(light).isEqualTo(Pressure.of(PressureLevel.LIGHT));
  }

  @Test
  void rejectsNegativeMillimetresNamingTheValue() {
    assertThatThrownBy(() -> Pressure.ofMmHg(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pressure")
        .hasMessageContaining("-1.0 mmHg");
  }

  @Test
  void rejectsAbsurdMillimetresNamingTheValue() {
    assertThatThrownBy(() -> Pressure.ofMmHg(300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300.0 mmHg")
        .hasMessageContaining("expected 0 to 200.0 mmHg");
    assertThatThrownBy(() -> Pressure.of(PressureLevel.FIRM, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN mmHg");
  }

  @Test
  void rejectsOutOfRangeKilopascalsNamingTheKilopascals() {
    assertThatThrownBy(() -> Pressure.ofKPa(-2.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-2.5 kPa");
    assertThatThrownBy(() -> Pressure.ofKPa(30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("30.0 kPa")
        .hasMessageContaining("expected 0 to 26.7 kPa");
  }

  @Test
  void acceptsTheRangeBounds() {
    assertThat(Pressure.ofMmHg(0).mmHg()).contains(0.0);
    assertThat(Pressure.ofMmHg(Pressure.MAX_MM_HG).mmHg()).contains(200.0);
  }

  @Test
  void negativeZeroIsTheSamePressureAsZero() {
    assertThat(Pressure.ofMmHg(-0.0)).isEqualTo(Pressure.ofMmHg(0));
  }

  @Test
  void withMmHgKeepsTheLevelAndChecksTheValue() {
    Pressure p = Pressure.of(PressureLevel.LIGHT).withMmHg(28);
    assertThat(p.level()).contains(PressureLevel.LIGHT);
    assertThat(p.mmHg()).contains(28.0);
    assertThatThrownBy(() -> p.withMmHg(-3)).hasMessageContaining("-3.0 mmHg");
  }

  @Test
  void describesItselfForPeople() {
    assertThat(Pressure.light().describe()).isEqualTo("light");
    assertThat(Pressure.ofMmHg(28).describe()).isEqualTo("28 mmHg");
    assertThat(Pressure.ofMmHg(28.25).describe()).isEqualTo("28.3 mmHg");
    assertThat(Pressure.of(PressureLevel.VERY_LIGHT, 12).describe())
        .isEqualTo("very light, 12 mmHg");
  }

  @Test
  void equalsByLevelAndValue() {
    new EqualsTester()
        .addEqualityGroup(Pressure.light(), Pressure.of(PressureLevel.LIGHT))
        .addEqualityGroup(Pressure.of(PressureLevel.FIRM))
        .addEqualityGroup(Pressure.ofMmHg(30), Pressure.ofMmHg(30.0))
        .addEqualityGroup(Pressure.of(PressureLevel.LIGHT, 30))
        .addEqualityGroup(Pressure.ofMmHg(31))
        .testEquals();
  }
}
