package io.github.lympha.bench;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Building protocols: a 30-step protocol written with {@link ProtocolBuilder} alone (the builder's
 * figure), and the seed leg protocol (9 steps in 4 phases), the left leg with intact inguinal nodes
 * (18 steps) and the arm after axillary dissection (28 steps) read afresh by {@link
 * Catalogue#build(String)}. Since the catalogue is data, those three measure the class-path
 * resource lookup, the JSON reader and the protocol's own checks, not the builder; their names are
 * kept so that older runs can be found by name (docs/performance.md says what each run measured).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BuildBenchmark {
  /** Reads the seed protocol from its catalogue file. */
  @Benchmark
  public Protocol seedLeg() {
    return Catalogue.build(Catalogue.SEED_CLINIC_LEG);
  }

  /** Reads the intact-leg protocol from its catalogue file. */
  @Benchmark
  public Protocol legIntactInguinal() {
    return Catalogue.build(Catalogue.LEG_INTACT_INGUINAL);
  }

  /**
   * Builds a 30-step left-leg protocol with {@link ProtocolBuilder} alone, the size issue 9's
   * target names: terminus, abdomen, groin, then the leg segment by segment with several strokes
   * each and a return to the centre. Ids are resolved, every step is checked at the call and the
   * protocol checks itself; no catalogue or patient context is involved.
   */
  @Benchmark
  public Protocol thirtySteps() {
    return ProtocolBuilder.create("thirty-steps", "Left leg in thirty steps")
        .phase(
            "Terminus",
            p ->
                p.nodes("TERMINUS_L")
                    .stationaryCircles()
                    .nodes("TERMINUS_R")
                    .stationaryCircles()
                    .nodes("CERVICAL_DEEP_L")
                    .stationaryCircles()
                    .nodes("CERVICAL_DEEP_R")
                    .stationaryCircles())
        .phase("Abdomen", p -> p.nodes("CISTERNA_CHYLI").abdominalBreathing().times(5))
        .phase(
            "Groin",
            p ->
                p.nodes("INGUINAL_DEEP_L")
                    .stationaryCircles()
                    .hands("Flat fingers in the left groin")
                    .nodes("INGUINAL_SUPERFICIAL_L")
                    .stationaryCircles()
                    .hands("Flat hand over the left groin"))
        .phase(
            "Thigh",
            p ->
                p.region("THIGH_MEDIAL_L")
                    .pump()
                    .hands("Inner left thigh, toward the groin")
                    .region("THIGH_LATERAL_L")
                    .pump()
                    .region("THIGH_MEDIAL_L")
                    .scoop()
                    .region("THIGH_LATERAL_L")
                    .scoop()
                    .region("THIGH_POSTERIOR_L")
                    .pump())
        .phase(
            "Knee",
            p ->
                p.nodes("POPLITEAL_L")
                    .stationaryCircles()
                    .region("KNEE_L")
                    .stationaryCircles()
                    .toward("INGUINAL_SUPERFICIAL_L")
                    .region("KNEE_L")
                    .pump()
                    .region("KNEE_L")
                    .scoop())
        .phase(
            "Calf and shin",
            p ->
                p.region("CALF_L")
                    .scoop()
                    .toward("POPLITEAL_L")
                    .region("SHIN_L")
                    .pump()
                    .region("CALF_L")
                    .pump()
                    .region("SHIN_L")
                    .scoop()
                    .region("CALF_L")
                    .stationaryCircles())
        .phase(
            "Foot",
            p ->
                p.region("FOOT_L")
                    .stationaryCircles()
                    .region("FOOT_L")
                    .thumbCircles()
                    .region("FOOT_L")
                    .skinStretch()
                    .region("FOOT_L")
                    .pump()
                    .region("FOOT_L")
                    .stationaryCircles())
        .phase(
            "Return to the centre",
            p ->
                p.region("FOOT_L")
                    .effleurage()
                    .nodes("INGUINAL_SUPERFICIAL_L")
                    .stationaryCircles()
                    .nodes("TERMINUS_L")
                    .stationaryCircles()
                    .nodes("TERMINUS_R")
                    .stationaryCircles())
        .build();
  }

  /**
   * Reads the catalogue's largest protocol, the arm after axillary dissection (28 steps in 11
   * phases, reroutes over anastomoses included), from its catalogue file.
   */
  @Benchmark
  public Protocol armAfterAxillaryDissection() {
    return Catalogue.build(Catalogue.ARM_AFTER_AXILLARY_DISSECTION);
  }
}
