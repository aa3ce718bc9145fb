package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The "did you mean" suggestions of the readers' error messages, by example. */
class SuggestionsTest {
  private static final List<String> STROKES =
      List.of("STATIONARY_CIRCLE", "PUMP", "SCOOP", "ROTARY", "SKIN_STRETCH", "EFFLEURAGE");

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "'', '', 0",
    "'', ABC, 3",
    "ABC, '', 3",
    "ABC, ABC, 0",
    "ABC, ABD, 1",
    "ABC, AC, 1",
    "AC, ABC, 1",
    "TITEL, TITLE, 1",
    "ABCD, BADC, 2",
    "KITTEN, SITTING, 3",
    "CA, ABC, 3",
  })
  void countsEditsWithAdjacentTranspositionsAsOne(String a, String b, int distance) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
    assertThat(Suggestions.distance(b, a)).isEqualTo(distance);
  }

  @Test
  void suggestsMisspellingsWithinAThirdOfTheLengthIgnoringCaseDashesAndSpaces() {
    assertThat(Suggestions.close("skin-strech", STROKES, 3)).containsExactly("SKIN_STRETCH");
    assertThat(Suggestions.close("stationary circle", STROKES, 3))
        .containsExactly("STATIONARY_CIRCLE");
    assertThat(Suggestions.close("rotray", STROKES, 3)).containsExactly("ROTARY");
    // One edit is always allowed, even for a name shorter than three characters.
    assertThat(Suggestions.close("P", List.of("Q", "PP", "QQ"), 5)).containsExactly("Q", "PP");
    // Six characters allow two edits, five allow one.
    assertThat(Suggestions.close("scxxop", List.of("SCOOP"), 3)).containsExactly("SCOOP");
    assertThat(Suggestions.close("sxxop", List.of("SCOOP"), 3)).isEmpty();
    assertThat(Suggestions.close("banana", STROKES, 3)).isEmpty();
  }

  @Test
  void suggestsByPrefixFromThreeCharacters() {
    assertThat(Suggestions.close("pumping", STROKES, 3)).containsExactly("PUMP");
    assertThat(Suggestions.close("effl", STROKES, 3)).containsExactly("EFFLEURAGE");
    assertThat(Suggestions.close("sco", List.of("SCOOPING"), 3)).containsExactly("SCOOPING");
    assertThat(Suggestions.close("sc", List.of("SCOOPING"), 3)).isEmpty();
  }

  @Test
  void ordersByDistanceThenCandidateOrderAndKeepsAtMostMax() {
    List<String> candidates = List.of("ABXX", "ABCX", "ABCE", "ABCD");
    assertThat(Suggestions.close("ABCD", candidates, 5)).containsExactly("ABCD", "ABCX", "ABCE");
    assertThat(Suggestions.close("ABCD", candidates, 2)).containsExactly("ABCD", "ABCX");
    // A prefix match counts as one edit, after an exact match.
    assertThat(Suggestions.close("PUMP", List.of("PUMPKIN", "PUMP", "PUMA"), 5))
        .containsExactly("PUMP", "PUMPKIN", "PUMA");
  }

  @Test
  void refusesToCompareInputsLongerThanAnyName() {
    String long64 = "PUMP" + "X".repeat(60);
    assertThat(Suggestions.close(long64, List.of(long64), 3)).containsExactly(long64);
    assertThat(Suggestions.close(long64 + "X", List.of(long64 + "X"), 3)).isEmpty();
  }

  @Test
  void nearestGivesExamplesWhateverTheDistance() {
    assertThat(Suggestions.nearest("AAAA", List.of("ZZZZ", "AAZZ", "AAAZ"), 2))
        .containsExactly("AAAZ", "AAZZ");
    assertThat(Suggestions.nearest("rotary", STROKES, 1)).containsExactly("ROTARY");
    assertThat(Suggestions.nearest("x", List.of("BB", "A", "CC"), 3))
        .containsExactly("A", "BB", "CC");
    assertThat(Suggestions.nearest("ROTARY" + "Z".repeat(100), List.of("SCOOP", "ROTARY"), 1))
        .containsExactly("ROTARY");
  }

  @Test
  void joinsTheProblemTheSuggestionAndWhatIsExpected() {
    assertThat(
            Suggestions.message(
                "unknown stroke \"pumping\"",
                List.of("PUMP"),
                false,
                "expected one of PUMP, SCOOP"))
        .isEqualTo("unknown stroke \"pumping\"; did you mean PUMP? Expected one of PUMP, SCOOP");
    assertThat(Suggestions.message("unknown key \"titel\"", List.of("title", "tile"), true, ""))
        .isEqualTo("unknown key \"titel\"; did you mean \"title\" or \"tile\"?");
    assertThat(Suggestions.message("unknown stroke \"x\"", List.of(), false, "expected PUMP"))
        .isEqualTo("unknown stroke \"x\"; expected PUMP");
    assertThat(Suggestions.message("unknown stroke \"x\"", List.of(), false, ""))
        .isEqualTo("unknown stroke \"x\"");
  }

  @Test
  void listsWithCommasAndAFinalOr() {
    assertThat(Suggestions.or(List.of())).isEmpty();
    assertThat(Suggestions.or(List.of("A"))).isEqualTo("A");
    assertThat(Suggestions.or(List.of("A", "B"))).isEqualTo("A or B");
    assertThat(Suggestions.or(List.of("A", "B", "C"))).isEqualTo("A, B or C");
  }
}
