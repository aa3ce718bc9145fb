package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.Family;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The research toolkit's variant families: generating and validating a family of variants of the
 * left-leg protocol (every pressure level times 1 to 25 repetitions: {@value #FAMILY_SIZE}
 * variants), reported as variants per second.
 */
@State(Scope.Benchmark)
public class VariantBenchmark {
  /** The number of variants in the family. */
  public static final int FAMILY_SIZE = 100;

  private final Validator validator = Validator.standard();
  private PatientContext legPatient;
  private Family family;

  /** Picks the patient and describes the family; checks that it holds {@value #FAMILY_SIZE}. */
  @Setup(Level.Trial)
  public void setUp() {
    legPatient = Catalogue.patientFor(Catalogue.LEG_INTACT_INGUINAL);
    Protocol base = Catalogue.legIntactInguinal();
    family =
        Family.of(base)
            .vary(Axis.pressureLevels(PressureLevel.values()))
            .vary(Axis.repetitions(1, 25));
    long n = family.stream().count();
    if (n != FAMILY_SIZE) {
      throw new IllegalStateException("family holds " + n + " variants, not " + FAMILY_SIZE);
    }
  }

  /** Generates every variant of the family and validates it; the score is variants per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(FAMILY_SIZE)
  public long generateAndValidateVariants() {
    return family.stream()
        .filter(v -> validator.validate(v.protocol(), legPatient).isValid())
        .count();
  }
}
