package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.protocol.Step;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Tempo;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The choices the validator makes where sources disagree or give only a range: the pressure
 * ceiling, whether firmer pressure on fibrotic tissue is tolerated, the repetition range per spot,
 * the slowest acceptable rhythm, and how debated contraindications count.
 *
 * <p>{@link #standard()} follows the reference's suggested defaults; {@link #strict()} takes the
 * conservative side of every disagreement. A researcher can validate the same protocols under both
 * and compare. Build your own with {@link #builder()} or the {@code withX} copies:
 *
 * <pre>{@code
 * Policy lenient = Policy.standard().withName("self-care").withMaxRepetitions(20);
 * }</pre>
 */
@Value.Immutable
@LymphaStyle
public abstract class Policy {
  private static final Policy STANDARD = builder().name("standard").build();

  private static final Policy STRICT =
      builder()
          .name("strict")
          .maxPressureMmHg(30)
          .firmerPressureOnFibroticTissue(false)
          .maxRepetitions(7)
          .bothTerminiForOneSidedWork(true)
          .infectionTreatmentDays(7)
          .putContraindicationClasses(Condition.ACTIVE_MALIGNANCY, ContraindicationClass.ABSOLUTE)
          .putContraindicationClasses(Condition.RENAL_FAILURE, ContraindicationClass.ABSOLUTE)
          .build();

  Policy() {}

  /** A short name shown in reports, e.g. "standard". */
  public abstract String name();

  /**
   * The highest numeric pressure accepted, in mmHg: 32 by default, the upper end of the about 30–32
   * mmHg that the most repeated figure, below about 4 kPa, gives [S37].
   */
  @Value.Default
  public double maxPressureMmHg() {
    return 32;
  }

  /** The firmest qualitative pressure accepted: light by default [S7][S34][S36]. */
  @Value.Default
  public PressureLevel maxPressureLevel() {
    return PressureLevel.LIGHT;
  }

  /**
   * Whether a pressure is above this policy's ceiling: its level firmer than {@link
   * #maxPressureLevel()} or its value above {@link #maxPressureMmHg()}.
   */
  public boolean exceedsPressureCeiling(Pressure pressure) {
    return pressure.level().filter(l -> l.compareTo(maxPressureLevel()) > 0).isPresent()
        || pressure.mmHg().filter(v -> v > maxPressureMmHg()).isPresent();
  }

  /**
   * Whether pressure above the ceiling on fibrotic tissue is only a warning, as Vodder-school pages
   * and stage-dependent practice allow [S8][S38]; true by default. A pressure at the level {@code
   * FIRM} (into the muscle) stays an error either way [S7][S4].
   */
  @Value.Default
  public boolean firmerPressureOnFibroticTissue() {
    return true;
  }

  /** The fewest repetitions per spot without a warning: 5, the textbook lower bound [S1][S7]. */
  @Value.Default
  public int minRepetitions() {
    return 5;
  }

  /**
   * The most repetitions per spot without a note: 15 by default, the top of the self-care range
   * [S6][S36][S39] (the textbook range is 5–7 [S1][S7]).
   */
  @Value.Default
  public int maxRepetitions() {
    return 15;
  }

  /**
   * Whether both venous angles must be opened when the treated area's lymph reaches only one of
   * them: false by default, true in {@link #strict()}. The reference's sources open the neck on
   * both sides even for one-sided problems [S40][S39], but the lymph of a right arm or of the right
   * half of the head reaches only the right venous angle [S14][S15][S16], and some protocols open
   * that side only: a matter of school (reference §4.6). When false, opening only the receiving
   * side is an info; when true, a warning. Opening only the other side is a warning either way.
   */
  @Value.Default
  public boolean bothTerminiForOneSidedWork() {
    return false;
  }

  /**
   * The fewest repetitions per spot of a self-care protocol without a note: 10, the bottom of the
   * self-care leaflets' 10–15 [S6][S36][S39]. Fewer than {@link #minRepetitions()} stays a warning.
   */
  @Value.Default
  public int minSelfCareRepetitions() {
    return 10;
  }

  /**
   * The days of treatment (antibiotics) during which an acute infection stays an absolute
   * contraindication: 3 by default, since the sources resume MLD "after about 2–3 days of
   * antibiotics with improvement"; 7 in {@link #strict()}, since "some therapists wait 7–10 days"
   * [S42][S43][S44][S45]. From the next day on, without fever, it is a relative one.
   */
  @Value.Default
  public int infectionTreatmentDays() {
    return 3;
  }

  /** The shortest cycle accepted without a note, in seconds: about 1 s per cycle [S1][S7]. */
  @Value.Default
  public double minSecondsPerCycle() {
    return 1.0;
  }

  /**
   * Contraindication classes that replace a condition's {@link Condition#defaultClass()}, e.g.
   * {@code ACTIVE_MALIGNANCY → ABSOLUTE}. Empty in the standard policy, where debated conditions
   * stay {@link ContraindicationClass#DEBATED}.
   */
  public abstract ImmutableMap<Condition, ContraindicationClass> contraindicationClasses();

  /** The class this policy gives a condition. */
  public ContraindicationClass classOf(Condition condition) {
    ContraindicationClass c = contraindicationClasses().get(condition);
    return c != null ? c : condition.defaultClass();
  }

  /**
   * The class this policy gives a condition as recorded, with its status and qualifiers (e.g. heart
   * failure at NYHA III–IV absolute, controlled relative; see {@code docs/rules.md}); empty when it
   * no longer speaks against MLD (resolved, or a malignancy in remission).
   */
  public Optional<ContraindicationClass> classOf(PatientCondition condition) {
    return ConditionAssessment.of(condition, this).cls;
  }

  /**
   * The reference's defaults: 32 mmHg / light, firmer pressure on fibrotic tissue a warning, 5–15
   * repetitions per spot, about 1 s per cycle, debated contraindications a warning.
   */
  public static Policy standard() {
    return STANDARD;
  }

  /**
   * The conservative side of each disagreement: 30 mmHg / light on any tissue, 5–7 repetitions per
   * spot (the textbook range), both termini opened even for one-sided work, an acute infection
   * absolute for its first 7 days of treatment, and active malignancy and renal failure treated as
   * absolute contraindications.
   */
  public static Policy strict() {
    return STRICT;
  }

  /** A builder for a policy; every value not set takes the standard default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A copy with another name. */
  public abstract Policy withName(String name);

  /** A copy with another numeric pressure ceiling, in mmHg. */
  public abstract Policy withMaxPressureMmHg(double mmHg);

  /** A copy with another qualitative pressure ceiling. */
  public abstract Policy withMaxPressureLevel(PressureLevel level);

  /** A copy that does or does not tolerate firmer pressure on fibrotic tissue. */
  public abstract Policy withFirmerPressureOnFibroticTissue(boolean tolerated);

  /** A copy with another lower repetition bound. */
  public abstract Policy withMinRepetitions(int repetitions);

  /** A copy with another upper repetition bound. */
  public abstract Policy withMaxRepetitions(int repetitions);

  /** A copy that does or does not require both termini for one-sided work. */
  public abstract Policy withBothTerminiForOneSidedWork(boolean required);

  /** A copy with another lower repetition bound for self-care protocols. */
  public abstract Policy withMinSelfCareRepetitions(int repetitions);

  /** A copy with another number of treatment days during which an acute infection is absolute. */
  public abstract Policy withInfectionTreatmentDays(int days);

  /** A copy with another shortest cycle, in seconds. */
  public abstract Policy withMinSecondsPerCycle(double seconds);

  /** A copy with these contraindication classes. */
  public abstract Policy withContraindicationClasses(
      Map<Condition, ? extends ContraindicationClass> classes);

  /** Checks the name and that every bound is in range. */
  @Value.Check
  protected void check() {
    checkArgument(!name().isBlank(), "A policy name must not be blank");
    checkArgument(
        Double.isFinite(maxPressureMmHg())
            && maxPressureMmHg() > 0
            && maxPressureMmHg() <= Pressure.MAX_MM_HG,
        "Invalid value for maxPressureMmHg: %s; expected more than 0 and at most %s",
        maxPressureMmHg(),
        Pressure.MAX_MM_HG);
    checkArgument(
        minRepetitions() >= 1 && minRepetitions() <= Step.MAX_REPETITIONS,
        "Invalid value for minRepetitions: %s; expected 1 to %s",
        minRepetitions(),
        Step.MAX_REPETITIONS);
    checkArgument(
        maxRepetitions() >= minRepetitions() && maxRepetitions() <= Step.MAX_REPETITIONS,
        "Invalid value for maxRepetitions: %s; expected %s (minRepetitions) to %s",
        maxRepetitions(),
        minRepetitions(),
        Step.MAX_REPETITIONS);
    checkArgument(
        minSelfCareRepetitions() >= 1 && minSelfCareRepetitions() <= Step.MAX_REPETITIONS,
        "Invalid value for minSelfCareRepetitions: %s; expected 1 to %s",
        minSelfCareRepetitions(),
        Step.MAX_REPETITIONS);
    checkArgument(
        infectionTreatmentDays() >= 1
            && infectionTreatmentDays() <= PatientCondition.MAX_TREATMENT_DAY,
        "Invalid value for infectionTreatmentDays: %s; expected 1 to %s",
        infectionTreatmentDays(),
        PatientCondition.MAX_TREATMENT_DAY);
    checkArgument(
        Double.isFinite(minSecondsPerCycle())
            && minSecondsPerCycle() >= Tempo.MIN_SECONDS
            && minSecondsPerCycle() <= Tempo.MAX_SECONDS,
        "Invalid value for minSecondsPerCycle: %s; expected %s to %s",
        minSecondsPerCycle(),
        Tempo.MIN_SECONDS,
        Tempo.MAX_SECONDS);
  }

  /** Builds {@link Policy} values. */
  public static final class Builder extends ImmutablePolicy.Builder {}
}
