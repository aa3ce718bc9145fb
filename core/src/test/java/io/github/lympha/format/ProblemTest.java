package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.format.ProtocolFormatException.Problem;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A format problem's checks, and the exception's count of its problems. */
class ProblemTest {
  @Test
  void positionsCountFromOneAndPointersStartWithASlash() {
    assertThatThrownBy(() -> Problem.of("", 0, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid line: 0; lines count from 1");
    assertThatThrownBy(() -> Problem.of("", 1, 0, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid column: 0; columns count from 1");
    assertThatThrownBy(() -> Problem.of("a/b", 1, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid JSON pointer: \"a/b\"; expected \"\" or one starting with /");
    assertThatThrownBy(() -> Problem.of("/a", 1, 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A problem needs a message");
    assertThat(Problem.of("/a", 1, 1, "m").describe()).isEqualTo("/a (line 1, column 1): m");
    assertThat(Problem.of("", 2, 3, "m").describe()).isEqualTo("line 2, column 3: m");
  }

  @Test
  void anExceptionNeedsAProblemAndCountsThem() {
    assertThatThrownBy(
            () -> new ProtocolFormatException("protocol", Optional.empty(), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A format exception needs at least one problem");
    Problem a = Problem.of("/a", 1, 2, "first");
    Problem b = Problem.of("/b", 3, 4, "second");
    String nl = System.lineSeparator();
    ProtocolFormatException one =
        new ProtocolFormatException("protocol", Optional.of("p.json"), List.of(a), false);
    assertThat(one.getMessage())
        .isEqualTo("Cannot read the protocol from p.json: 1 problem" + nl + "  " + a.describe());
    assertThat(one.source()).contains("p.json");
    assertThat(one.isTruncated()).isFalse();
    ProtocolFormatException two =
        new ProtocolFormatException("patient context", Optional.empty(), List.of(a, b), true);
    assertThat(two.getMessage())
        .isEqualTo(
            "Cannot read the patient context: 2 problems (reading stopped there; there may be"
                + " more)"
                + nl
                + "  "
                + a.describe()
                + nl
                + "  "
                + b.describe());
    assertThat(two.source()).isEmpty();
    assertThat(two.what()).isEqualTo("patient context");
    assertThat(two.problems()).containsExactly(a, b);
    assertThat(two.isTruncated()).isTrue();
  }
}
