package io.github.lympha.style;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {
  @Test
  void escapesEveryControlCharacterOnOneLine() {
    assertThat(Printable.escape("plain text, ünïcode ✓")).isEqualTo("plain text, ünïcode ✓");
    assertThat(Printable.escape("\u001B[31mred\u0007")).isEqualTo("\\u001B[31mred\\u0007");
    assertThat(Printable.escape("a\nb\tc\r\nd\u0000"))
        .isEqualTo("a\\u000Ab\\u0009c\\u000D\\u000Ad\\u0000");
    assertThat(Printable.escape("\u007F\u0080\u009F\u00A0"))
        .isEqualTo("\\u007F\\u0080\\u009F\u00A0");
    assertThat(Printable.escape("x\u2028y\u2029z")).isEqualTo("x\\u2028y\\u2029z");
    assertThat(Printable.escape("")).isEmpty();
  }

  @Test
  void escapesBidirectionalOverridesSoTextReadsInTheOrderItIsStored() {
    assertThat(Printable.escape("\u2029\u202A\u202B\u202C\u202D\u202E\u202F"))
        .isEqualTo("\\u2029\\u202A\\u202B\\u202C\\u202D\\u202E\u202F");
    assertThat(Printable.escape("\u2065\u2066\u2067\u2068\u2069\u206A"))
        .isEqualTo("\u2065\\u2066\\u2067\\u2068\\u2069\u206A");
    assertThat(Printable.escape("\u2027")).isEqualTo("\u2027");
  }

  @Test
  void keepsLineFeedsTabsAndCrlfLineEndsForMultiLineOutput() {
    assertThat(Printable.escapeKeepingLines("a\nb\tc\r\nd")).isEqualTo("a\nb\tc\r\nd");
    assertThat(Printable.escapeKeepingLines("a\rb\r")).isEqualTo("a\\u000Db\\u000D");
    assertThat(Printable.escapeKeepingLines("\u001B]0;title\u0007\n"))
        .isEqualTo("\\u001B]0;title\\u0007\n");
    assertThat(Printable.escapeKeepingLines("\u000B\u000C")).isEqualTo("\\u000B\\u000C");
  }
}
