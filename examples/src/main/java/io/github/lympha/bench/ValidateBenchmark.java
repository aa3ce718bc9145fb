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
 * Validating with the standard rules and policy, from scratch: the validator remembers no protocol
 * structures ({@code rememberedStructures(0)}), so every call runs every rule, as after an edit
 * that moves or adds a step ({@link VariantBenchmark} measures remembered structures): the seed
 * protocol, the catalogue's largest protocol and a typical one, for the left-leg patient with
 * intact inguinal nodes and for the left-leg patient after inguinal dissection (the catalogue's own
 * patients). Run with {@code -prof gc} for the allocation per validation ({@code
 * gc.alloc.rate.norm}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidateBenchmark {
  /**
   * Which protocol: the {@code seed} (9 steps), the catalogue's {@code largest} (28 steps), or a
   * {@code typical} one of {@value #TYPICAL_STEPS} steps ({@link Fixtures#syntheticLeg(int)}).
   */
  @Param({"seed", "largest", "typical"})
  public String protocol;

  /** Which patient: {@code intact} nodes or after {@code dissection}. */
  @Param({"intact", "dissection"})
  public String patient;

  /** The length of the typical protocol. */
  public static final int TYPICAL_STEPS = 36;

  private final Validator validator = Validator.builder().rememberedStructures(0).build();
  private Protocol subject;
  private PatientContext context;

  /** Picks the protocol and the patient. */
  @Setup(Level.Trial)
  public void setUp() {
    switch (protocol) {
      case "seed":
        subject = Catalogue.seedLeg();
        break;
      case "largest":
        subject = Fixtures.largestCatalogueProtocol();
        break;
      case "typical":
        subject = Fixtures.syntheticLeg(TYPICAL_STEPS);
        break;
      default:
        throw new IllegalArgumentException("Unknown protocol parameter: " + protocol);
    }
    context =
        Catalogue.patientFor(
            patient.equals("intact")
                ? Catalogue.LEG_INTACT_INGUINAL
                : Catalogue.LEG_AFTER_INGUINAL_DISSECTION);
  }

  /** Validates the protocol for the patient. */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(subject, context);
  }
}
