package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.research.Axis;
import io.github.lympha.research.Family;
import io.github.lympha.research.Variant;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.validation.Validator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The research toolkit's variant families: generating and validating {@value #FAMILY_SIZE} variants
 * of the left-leg protocol, reported as variants per second. A {@code technique} family varies how
 * the steps are done (every pressure level times 1 to 25 repetitions), so the validator reuses its
 * structural rules' findings; a {@code structure} family (the first {@value #FAMILY_SIZE} of "drop
 * each step" times "swap each pair of neighbours") gives every variant a structure of its own, so
 * every rule runs for every variant.
 */
@State(Scope.Benchmark)
public class VariantBenchmark {
  /** The number of variants validated per call. */
  public static final int FAMILY_SIZE = 100;

  /** Which family: {@code technique} or {@code structure} (see the class comment). */
  @Param({"technique", "structure"})
  public String kind;

  private final Validator validator = Validator.standard();
  private PatientContext legPatient;
  private Family family;

  /** Picks the patient and describes the family; checks that it holds {@value #FAMILY_SIZE}. */
  @Setup(Level.Trial)
  public void setUp() {
    legPatient = Catalogue.patientFor(Catalogue.LEG_INTACT_INGUINAL);
    Protocol base = Catalogue.legIntactInguinal();
    switch (kind) {
      case "technique":
        family =
            Family.of(base)
                .vary(Axis.pressureLevels(PressureLevel.values()))
                .vary(Axis.repetitions(1, 25));
        break;
      case "structure":
        family = Family.of(base).vary(Axis.dropEachStep(base)).vary(Axis.swapEachNeighbours(base));
        break;
      default:
        throw new IllegalArgumentException("Unknown kind parameter: " + kind);
    }
    long n = variants().count();
    if (n != FAMILY_SIZE) {
      throw new IllegalStateException("family yields " + n + " variants, not " + FAMILY_SIZE);
    }
  }

  private Stream<Variant> variants() {
    return family.stream().limit(FAMILY_SIZE);
  }

  /** Generates every variant of the family and validates it; the score is variants per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(FAMILY_SIZE)
  public long generateAndValidateVariants() {
    return variants().filter(v -> validator.validate(v.protocol(), legPatient).isValid()).count();
  }
}
