package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.sources.Source;
import io.github.lympha.sources.Sources;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/rules.md complete: every rule, its severity, summary and sources with titles, the
 * sentence of the sources it rests on and why its severity follows from it.
 */
class RulesDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final String SOURCE_SAYS = "- Source says: ";
  private static final String WHY = "- Why this severity: ";
  private static final String STRUCTURAL = "none (a structural check";
  private static final Pattern KEY = Pattern.compile("\\[(S\\d+)]");

  private static String section(String doc, String id) {
    int start = doc.indexOf("\n### " + id + "\n");
    assertThat(start).as("docs/rules.md has a section \"### %s\"", id).isNotNegative();
    int end = doc.indexOf("\n### ", start + 1);
    return doc.substring(start, end < 0 ? doc.length() : end);
  }

  @Test
  void documentsEveryStandardRuleWithItsSeveritySummaryAndSources() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (RuleDescriptor rule : RuleCatalogue.descriptors()) {
      String section = section(doc, rule.id());
      assertThat(section).contains("- Default severity: **" + rule.defaultSeverity() + "**");
      assertThat(section).contains("- Checks: " + rule.summary());
      for (String key : rule.sources()) {
        Source s = Sources.lookup(key);
        assertThat(section).contains("[" + key + "] " + s.title());
      }
      for (String alias : rule.aliases()) {
        assertThat(section).contains("`" + alias + "`");
      }
      assertThat(doc)
          .contains(
              "| [`"
                  + rule.id()
                  + "`](#"
                  + rule.id().toLowerCase(java.util.Locale.ROOT)
                  + ") | "
                  + rule.defaultSeverity()
                  + " | ");
    }
  }

  /** The one line of a section that starts with a prefix. */
  private static String line(String section, String id, String prefix) {
    List<String> lines = new ArrayList<>();
    for (String l : section.split("\n", -1)) {
      if (l.startsWith(prefix)) {
        lines.add(l);
      }
    }
    assertThat(lines).as("%s has one line starting with \"%s\"", id, prefix).hasSize(1);
    return lines.get(0);
  }

  /** The source keys a line cites, e.g. [S9]. */
  private static List<String> keys(String line) {
    List<String> keys = new ArrayList<>();
    Matcher m = KEY.matcher(line);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static void assertSourceAndReason(
      String section, String id, Severity severity, List<String> ruleKeys) {
    String says = line(section, id, SOURCE_SAYS);
    String why = line(section, id, WHY);
    assertThat(section.indexOf(says))
        .as("%s: \"Source says\" follows the Sources list and precedes \"Why\"", id)
        .isGreaterThan(section.indexOf("- Sources:"))
        .isLessThan(section.indexOf(why));
    if (says.startsWith(SOURCE_SAYS + STRUCTURAL)) {
      assertThat(ruleKeys).as("%s says it rests on no source", id).isEmpty();
    } else {
      List<String> cited = keys(says);
      assertThat(cited)
          .as("%s: the source sentence cites one of the rule's keys", id)
          .containsAnyElementsOf(ruleKeys);
      for (String key : cited) {
        assertThat(Sources.find(key))
            .as("%s cites [%s], a key of the reference", id, key)
            .isPresent();
      }
    }
    for (String key : keys(why)) {
      assertThat(Sources.find(key))
          .as("%s cites [%s], a key of the reference", id, key)
          .isPresent();
    }
    assertThat(why).as("%s: the reason names its default severity", id).contains(severity.name());
  }

  @Test
  void givesEveryRuleTheSentenceOfItsSourcesAndTheReasonForItsSeverity() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (RuleDescriptor rule : RuleCatalogue.descriptors()) {
      assertSourceAndReason(
          section(doc, rule.id()), rule.id(), rule.defaultSeverity(), rule.sources());
    }
    assertSourceAndReason(
        section(doc, RuleIds.RULE_FAILED), RuleIds.RULE_FAILED, Severity.ERROR, List.of());
  }

  @Test
  void documentsEveryIdOfRuleIds() throws IOException, IllegalAccessException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    for (Field f : RuleIds.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
        assertThat(doc).as("RuleIds.%s", f.getName()).contains("`" + f.get(null) + "`");
      }
    }
  }
}
