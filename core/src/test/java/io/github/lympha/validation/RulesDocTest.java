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
import org.junit.jupiter.api.Test;

/** Keeps docs/rules.md complete: every rule, its severity, summary and sources with titles. */
class RulesDocTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

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
