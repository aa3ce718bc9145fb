package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
  @Test
  void quotesOnlyWhereNeeded() {
    assertThat(CsvWriter.quote("plain")).isEqualTo("plain");
    assertThat(CsvWriter.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvWriter.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvWriter.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvWriter.quote("\u001B[2Jwiped")).isEqualTo("\\u001B[2Jwiped");
    assertThat(CsvWriter.quote("a\u0007,b")).isEqualTo("\"a\\u0007,b\"");
    assertThat(CsvWriter.quote(" padded ")).isEqualTo("\" padded \"");
    assertThat(CsvWriter.quote("")).isEmpty();
  }

  @Test
  void writtenRecordsParseBackToTheSameValues() throws Exception {
    List<String> header = List.of("description", "value", "text");
    List<List<String>> rows =
        List.of(
            List.of("stroke PUMP → SCOOP (all steps); repetitions 7", "1.5", ""),
            List.of("quote \" and, comma", "-3", "line\r\nbreak"),
            List.of(" lead", "trail ", "ünïcödé ↔"));
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out, header);
    rows.forEach(csv::write);
    try (CSVParser parser =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out.toString()))) {
      assertThat(parser.getHeaderNames()).isEqualTo(header);
      List<CSVRecord> records = parser.getRecords();
      assertThat(records).hasSize(3);
      for (int i = 0; i < rows.size(); i++) {
        assertThat(records.get(i).toList()).isEqualTo(rows.get(i));
      }
    }
  }

  @Test
  void rejectsARecordOfTheWrongWidth() {
    CsvWriter csv = new CsvWriter(new StringWriter(), List.of("a", "b"));
    assertThatThrownBy(() -> csv.write(List.of("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A CSV record needs 2 fields, not 1");
  }
}
