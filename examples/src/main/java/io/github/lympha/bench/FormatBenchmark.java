package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.protocol.Protocol;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reading and writing the seed protocol as JSON and YAML with {@link ProtocolFormat}, against a
 * baseline in the same run: a plain Jackson tree parse ({@code readTree}) of the same text, which
 * is the least any reader of the file must do.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FormatBenchmark {
  /** The syntax: {@code json} or {@code yaml}. */
  @Param({"json", "yaml"})
  public String syntax;

  private ProtocolFormat format;
  private ObjectMapper mapper;
  private Protocol protocol;
  private String text;

  /** Writes the seed protocol once, to have text to read. */
  @Setup(Level.Trial)
  public void setUp() {
    boolean json = syntax.equals("json");
    format = json ? ProtocolFormat.json() : ProtocolFormat.yaml();
    mapper = json ? JsonMapper.builder().build() : YAMLMapper.builder().build();
    protocol = Catalogue.seedLeg();
    text = format.write(protocol);
  }

  /** Reads the seed protocol from its text: parse, decode, check. */
  @Benchmark
  public Protocol read() {
    return format.read(text);
  }

  /** Writes the seed protocol to text. */
  @Benchmark
  public String write() {
    return format.write(protocol);
  }

  /** Baseline: a plain Jackson tree parse of the same text. */
  @Benchmark
  public JsonNode readTreeBaseline() {
    return mapper.readTree(text);
  }
}
