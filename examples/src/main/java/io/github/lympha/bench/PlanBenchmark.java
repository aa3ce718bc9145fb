package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.research.Plan;
import io.github.lympha.research.Planner;
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

/** The research toolkit's planner: planning a protocol for each catalogue protocol's patient. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {
  /** The catalogue id whose patient is planned for. */
  @Param({
    Catalogue.SEED_CLINIC_LEG,
    Catalogue.NECK_TERMINUS_OPENING,
    Catalogue.LEG_INTACT_INGUINAL,
    Catalogue.ARM_AFTER_AXILLARY_DISSECTION,
    Catalogue.LEG_AFTER_INGUINAL_DISSECTION,
    Catalogue.FACE_AND_HEAD
  })
  public String patientOf;

  private final Planner planner = Planner.standard();
  private PatientContext patient;

  /** Picks the patient. */
  @Setup(Level.Trial)
  public void setUp() {
    patient = Catalogue.patientFor(patientOf);
  }

  /** Plans a protocol for the patient. */
  @Benchmark
  public Plan plan() {
    return planner.plan(patient);
  }
}
