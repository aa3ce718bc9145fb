package io.github.lympha.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.technique.Stroke;
import org.junit.jupiter.api.Test;

class LocationTest {
  @Test
  void pointsIntoTheFileFormatAndDescribesItselfOneBased() {
    Location l = Location.of(0, 3, "Drain the thigh");
    assertThat(l.pointer()).isEqualTo("/sequences/0/steps/3");
    assertThat(l.describe()).isEqualTo("phase 1 \"Drain the thigh\", step 4");
  }

  @Test
  void ordersBySequenceThenStep() {
    assertThat(Location.of(0, 5, "a")).isLessThan(Location.of(1, 0, "b"));
    assertThat(Location.of(1, 0, "b")).isLessThan(Location.of(1, 2, "b"));
  }

  @Test
  void rejectsNegativeIndexes() {
    assertThatThrownBy(() -> Location.of(-1, 0, "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid sequence index: -1");
    assertThatThrownBy(() -> Location.of(0, -2, "a")).hasMessage("Invalid step index: -2");
  }

  @Test
  void equalsByIndexesAndName() {
    Anatomy anatomy = Anatomy.standard();
    Step step =
        Step.builder()
            .site(anatomy.nodeGroup("TERMINUS_L"))
            .stroke(Stroke.STATIONARY_CIRCLE)
            .toward(anatomy.nodeGroup("TERMINUS_L"))
            .build();
    new EqualsTester()
        .addEqualityGroup(Location.of(0, 1, "a"), Location.of(0, 1, "a"))
        .addEqualityGroup(Location.of(0, 1, "b"))
        .addEqualityGroup(Location.of(1, 1, "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            LocatedStep.of(step, Location.of(0, 0, "a"), 0),
            LocatedStep.of(step, Location.of(0, 0, "a"), 0))
        .addEqualityGroup(LocatedStep.of(step, Location.of(0, 0, "a"), 1))
        .testEquals();
  }
}
