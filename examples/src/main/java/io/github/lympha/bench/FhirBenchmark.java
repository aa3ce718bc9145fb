package io.github.lympha.bench;

import ca.uhn.fhir.parser.IParser;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.fhir.FhirJson;
import io.github.lympha.fhir.PlanDefinitions;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.protocol.Protocol;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same protocol (the catalogue's leg-intact-inguinal) read from Lympha's JSON and parsed by
 * HAPI from its FHIR PlanDefinition JSON, and the cost of the conversions between them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FhirBenchmark {
  private ProtocolFormat format;
  private Protocol protocol;
  private String lymphaJson;
  private String fhirJson;
  private PlanDefinition plan;
  private IParser parser;

  /** Writes the protocol once in both forms. */
  @Setup(Level.Trial)
  public void setUp() {
    format = ProtocolFormat.json();
    protocol = Catalogue.legIntactInguinal();
    lymphaJson = format.write(protocol);
    plan = PlanDefinitions.from(protocol);
    fhirJson = FhirJson.write(plan);
    parser = FhirJson.context().newJsonParser();
  }

  /** Lympha reads its own JSON file: parse, decode, check. */
  @Benchmark
  public Protocol lymphaRead() {
    return format.read(lymphaJson);
  }

  /** HAPI parses the equivalent PlanDefinition JSON (no mapping to Lympha). */
  @Benchmark
  public PlanDefinition hapiParse() {
    return parser.parseResource(PlanDefinition.class, fhirJson);
  }

  /** Lympha → FHIR: the protocol as a PlanDefinition (with its narrative). */
  @Benchmark
  public PlanDefinition toFhir() {
    return PlanDefinitions.from(protocol);
  }

  /** FHIR → Lympha: the parsed PlanDefinition mapped back to a protocol. */
  @Benchmark
  public Protocol fromFhir() {
    return PlanDefinitions.toProtocol(plan);
  }
}
