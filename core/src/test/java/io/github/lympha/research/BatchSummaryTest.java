package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {
  private static Map<String, Long> verdicts(long valid, long warnings, long invalid) {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put(BatchEvaluation.VALID, valid);
    m.put(BatchEvaluation.WARNINGS, warnings);
    m.put(BatchEvaluation.INVALID, invalid);
    return m;
  }

  private static BatchSummary summary(int rules) {
    Map<String, Map<String, Long>> byPatient = new LinkedHashMap<>();
    byPatient.put("intact", verdicts(1000, 200, 34));
    byPatient.put("after surgery", verdicts(0, 34, 1200));
    Map<String, Long> findings = new LinkedHashMap<>();
    for (int i = 0; i < rules; i++) {
      findings.put(String.format("RULE_%02d", i), (long) (i % 3));
    }
    return BatchSummary.of(1234, 2468, verdicts(1000, 234, 1234), byPatient, findings);
  }

  @Test
  void mostFrequentRulesComeFirstWithTiesByIdUpToTheLimit() {
    BatchSummary s = summary(6);
    assertThat(s.mostFrequentRules(4))
        .containsExactly(
            Map.entry("RULE_02", 2L),
            Map.entry("RULE_05", 2L),
            Map.entry("RULE_01", 1L),
            Map.entry("RULE_04", 1L));
    assertThat(s.mostFrequentRules(10)).hasSize(6);
  }

  @Test
  void rendersOneColumnPerPatientAndTheTenMostFrequentRules() {
    String text = summary(12).toText();
    assertThat(text.split("\n"))
        .containsExactly(
            "1,234 variants, 2,468 rows",
            "patient 1: intact",
            "patient 2: after surgery",
            "variants per verdict                   patient 1   patient 2",
            "VALID                                      1,000           0",
            "WARNINGS                                     200          34",
            "INVALID                                       34       1,200",
            "most frequent rules                     findings",
            "RULE_02                                        2",
            "RULE_05                                        2",
            "RULE_08                                        2",
            "RULE_11                                        2",
            "RULE_01                                        1",
            "RULE_04                                        1",
            "RULE_07                                        1",
            "RULE_10                                        1",
            "RULE_00                                        0",
            "RULE_03                                        0");
  }

  @Test
  void escapesControlCharactersOfPatientLabels() {
    Map<String, Map<String, Long>> byPatient = new LinkedHashMap<>();
    byPatient.put("leg\u001B[2J", verdicts(1, 0, 0));
    String text =
        BatchSummary.of(1, 1, verdicts(1, 0, 0), byPatient, new LinkedHashMap<>()).toText();
    assertThat(text).doesNotContain("\u001B");
    assertThat(text.split("\n")).contains("patient 1: leg\\u001B[2J");
  }
}
