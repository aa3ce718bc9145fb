package io.github.lympha.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The reader settings' limits at their boundaries, and the shipped resources. */
class SettingsTest {
  private static final Settings JSON = Settings.of(Syntax.JSON);

  @Test
  void acceptsEveryLimitFromOneToItsMaximum() {
    assertThat(JSON.withMaxBytes(1).maxBytes).isEqualTo(1);
    assertThat(JSON.withMaxBytes(Settings.MAX_BYTES_LIMIT).maxBytes)
        .isEqualTo(Settings.MAX_BYTES_LIMIT);
    assertThat(JSON.withMaxDepth(1).maxDepth).isEqualTo(1);
    assertThat(JSON.withMaxDepth(TreeReader.MAX_DEPTH_LIMIT).maxDepth)
        .isEqualTo(TreeReader.MAX_DEPTH_LIMIT);
  }

  @Test
  void refusesLimitsJustOutsideTheRangeNamingTheValue() {
    assertThatThrownBy(() -> JSON.withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for maxBytes: 0; expected 1 to " + Settings.MAX_BYTES_LIMIT);
    assertThatThrownBy(() -> JSON.withMaxBytes(Settings.MAX_BYTES_LIMIT + 1))
        .hasMessageStartingWith("Invalid value for maxBytes: " + (Settings.MAX_BYTES_LIMIT + 1));
    assertThatThrownBy(() -> JSON.withMaxDepth(0))
        .hasMessage("Invalid value for maxDepth: 0; expected 1 to " + TreeReader.MAX_DEPTH_LIMIT);
    assertThatThrownBy(() -> JSON.withMaxDepth(TreeReader.MAX_DEPTH_LIMIT + 1))
        .hasMessageStartingWith("Invalid value for maxDepth: " + (TreeReader.MAX_DEPTH_LIMIT + 1));
  }

  @Test
  void readsAShippedSchemaAndNamesAMissingOne() {
    assertThat(Settings.resource("protocol.schema.json")).contains("\"$schema\"");
    assertThatThrownBy(() -> Settings.resource("no-such.schema.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing resource no-such.schema.json");
  }

  @Test
  void aDepthLimitOfOneReadsOnlyFlatValues() {
    Settings flat = JSON.withMaxDepth(1);
    assertThatThrownBy(
            () ->
                flat.readText(
                    "protocol", "{\"a\": {\"b\": 1}}", (p, n) -> java.util.Optional.of(n)))
        .isInstanceOf(ProtocolFormatException.class)
        .hasMessageContaining("deep");
    Node read = flat.readText("protocol", "{\"a\": 1}", (p, n) -> java.util.Optional.of(n));
    assertThat(read.toString()).contains("a");
  }
}
