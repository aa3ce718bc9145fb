package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
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

/**
 * How validation scales with protocol length: synthetic protocols of 10 to 10,000 steps made by
 * repeating the sound left-leg pattern ({@link Fixtures#syntheticLeg(int)}), built once per trial
 * and validated from scratch (the validator remembers no structures) for the left-leg patient with
 * intact nodes. Divide the score by {@code steps} for the cost per step; a linear validator keeps
 * that about constant.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
  /** The number of steps of the protocol. */
  @Param({"10", "100", "1000", "10000"})
  public int steps;

  private final Validator validator = Validator.builder().rememberedStructures(0).build();
  private Protocol protocol;
  private PatientContext patient;

  /** Builds the synthetic protocol. */
  @Setup(Level.Trial)
  public void setUp() {
    protocol = Fixtures.syntheticLeg(steps);
    patient = Catalogue.patientFor(Catalogue.LEG_INTACT_INGUINAL);
  }

  /** Validates the synthetic protocol. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(protocol, patient);
  }
}
