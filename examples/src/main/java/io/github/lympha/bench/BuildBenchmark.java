package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building protocols with {@link io.github.lympha.protocol.ProtocolBuilder}: the seed leg protocol
 * (9 steps in 4 phases), the left leg with intact inguinal nodes (18 steps) and the arm after
 * axillary dissection (28 steps), built afresh by {@link Catalogue#build(String)} (the catalogue's
 * other accessors return one cached instance). The cost includes the protocol's own checks (every
 * step's target reachable in the anatomy) and the matching patient context the catalogue builds
 * alongside (a handful of small objects).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildBenchmark {
  /** Builds the seed protocol. */
  @Benchmark
  public Protocol seedLeg() {
    return Catalogue.build(Catalogue.SEED_CLINIC_LEG);
  }

  /** Builds the intact-leg protocol. */
  @Benchmark
  public Protocol legIntactInguinal() {
    return Catalogue.build(Catalogue.LEG_INTACT_INGUINAL);
  }

  /**
   * Builds the catalogue's largest protocol, the arm after axillary dissection (28 steps in 11
   * phases, reroutes over anastomoses included): the nearest to the 30-step target of issue 9.
   */
  @Benchmark
  public Protocol armAfterAxillaryDissection() {
    return Catalogue.build(Catalogue.ARM_AFTER_AXILLARY_DISSECTION);
  }
}
