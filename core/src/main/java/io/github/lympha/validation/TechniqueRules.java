package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules on how each step is done: pressure, repetitions, rhythm and stroke. */
final class TechniqueRules {
  private TechniqueRules() {}

  static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** A step's pressure is above the policy's ceiling. */
  static final class PressureTooHigh extends StandardRule {
    private static final ImmutableList<String> DISAGREEMENT = ImmutableList.of("S8", "S38");

    PressureTooHigh() {
      super(
          RuleIds.PRESSURE_TOO_HIGH,
          Severity.ERROR,
          "A step's pressure is above the policy's ceiling (about 30 mmHg, light); a warning on"
              + " fibrotic tissue, where some sources use firmer pressure.",
          "S7",
          "S37",
          "S4",
          "S34",
          "S36");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Policy policy = context.policy();
      List<Finding> findings = new ArrayList<>();
      PressureLevel maxLevel = policy.maxPressureLevel();
      double maxMmHg = policy.maxPressureMmHg();
      // The policy's texts, the same for every finding: built once, at the first finding.
      String ceiling = null;
      String fix = null;
      Pressure lastPressure = null;
      String lastMessage = null;
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        Pressure p = step.pressure();
        if (!policy.exceedsPressureCeiling(p)) {
          continue;
        }
        Optional<PressureLevel> level = p.level();
        if (ceiling == null || fix == null) {
          ceiling = maxLevel.label() + ", at most " + number(maxMmHg) + " mmHg";
          fix = "Use " + ceiling + ".";
        }
        Site site = step.site();
        boolean onFibrotic =
            context.tissueAt(site).filter(t -> t == TissueState.FIBROTIC).isPresent();
        boolean firm = level.isPresent() && level.get() == PressureLevel.FIRM;
        // Steps often share one pressure: its sentence is built once per pressure.
        if (!p.equals(lastPressure) || lastMessage == null) {
          lastPressure = p;
          lastMessage =
              "The pressure of this step ("
                  + p.describe()
                  + ") is above the ceiling of the policy \""
                  + policy.name()
                  + "\" ("
                  + ceiling
                  + "). MLD pressure stretches the skin against the fascia, never into the muscle;"
                  + " strong pressure compresses the superficial vessels.";
        }
        String message = lastMessage;
        Severity severity = defaultSeverity();
        List<String> sources = sources();
        if (onFibrotic) {
          sources = new ArrayList<>(sources);
          sources.addAll(DISAGREEMENT);
          if (firm) {
            message +=
                " The tissue here is recorded as fibrotic, but a firm pressure reaches the muscle,"
                    + " which no source accepts.";
          } else if (policy.firmerPressureOnFibroticTissue()) {
            severity = severity.lower();
            message +=
                stageWords(context, site)
                    + " The tissue here is recorded as fibrotic, and sources disagree: Vodder-school"
                    + " pages use firmer pressure on fibrotic tissue [S8] and some practitioners"
                    + " set it by stage [S38], while others keep it light everywhere [S7][S37].";
          } else {
            message +=
                " The tissue here is recorded as fibrotic; sources disagree on firmer pressure"
                    + " there ([S8][S38] allow it, [S7][S37] do not), and the policy \""
                    + policy.name()
                    + "\" does not allow it.";
          }
        }
        if (onFibrotic && !stageWords(context, site).isEmpty() && !sources.contains("S57")) {
          sources.add("S57");
        }
        String text = message;
        findings.add(make(at(ls).fix(fix), severity, () -> text, site, sources));
      }
      return findings;
    }
  }

  /** " The area is recorded at ISL stage III, which brings fibrosis [S57]." or "". */
  static String stageWords(ValidationContext context, Site site) {
    for (io.github.lympha.patient.AffectedArea a : context.affectedAreas()) {
      if (a.regions().contains(site) && a.tissue().isEmpty()) {
        return " The area is recorded at ISL stage III, which brings fibrosis [S57].";
      }
    }
    return "";
  }

  private static final ImmutableList<String> SELF_CARE_SOURCES =
      ImmutableList.of("S1", "S7", "S6", "S36", "S39");

  /** A step has fewer repetitions per spot than the textbook range. */
  static final class TooFewRepetitions extends StandardRule {
    TooFewRepetitions() {
      super(
          RuleIds.TOO_FEW_REPETITIONS,
          Severity.WARNING,
          "A step repeats its stroke fewer times per spot than the textbook 5–7 (effleurage and"
              + " abdominal breathing excepted); in a self-care protocol, fewer than the leaflets'"
              + " 10 is an info.",
          "S1",
          "S7",
          "S6",
          "S36",
          "S39");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      int min = context.policy().minRepetitions();
      boolean selfCare = context.patient().isSelfCare();
      int selfCareMin = context.policy().minSelfCareRepetitions();
      List<Finding> findings = new ArrayList<>();
      String fix = null;
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.stroke() == Stroke.EFFLEURAGE || step.stroke() == Stroke.ABDOMINAL_BREATHING) {
          continue;
        }
        if (selfCare && step.repetitions() >= min && step.repetitions() < selfCareMin) {
          findings.add(
              make(
                  at(ls).fix("Repeat the stroke " + selfCareMin + " times or more on this spot."),
                  defaultSeverity().lower(),
                  () ->
                      "This self-care step repeats the stroke "
                          + step.repetitions()
                          + " times on "
                          + the(step.site())
                          + "; self-care leaflets use 10–15 repetitions per spot (the policy's"
                          + " self-care minimum is "
                          + selfCareMin
                          + "), textbooks 5–7 for a therapist.",
                  step.site(),
                  SELF_CARE_SOURCES));
          continue;
        }
        if (step.repetitions() >= min) {
          continue;
        }
        if (fix == null) {
          fix = "Repeat the stroke at least " + min + " times on this spot.";
        }
        findings.add(
            make(
                at(ls).fix(fix),
                defaultSeverity(),
                () ->
                    "This step repeats the stroke "
                        + step.repetitions()
                        + (step.repetitions() == 1 ? " time" : " times")
                        + " on "
                        + the(step.site())
                        + "; textbooks use 5–7 repetitions per spot, so that the lymph vessels have"
                        + " time to respond (the policy's minimum is "
                        + min
                        + ").",
                step.site()));
      }
      return findings;
    }
  }

  /** A step has more repetitions per spot than the policy's upper bound. */
  static final class ManyRepetitions extends StandardRule {
    ManyRepetitions() {
      super(
          RuleIds.MANY_REPETITIONS,
          Severity.INFO,
          "A step repeats its stroke more times per spot than the policy's upper bound (15 in the"
              + " standard policy, the top of the self-care range; textbooks use 5–7).",
          "S1",
          "S7",
          "S6",
          "S36",
          "S39");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      int max = context.policy().maxRepetitions();
      List<Finding> findings = new ArrayList<>();
      String fix = null;
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.repetitions() <= max) {
          continue;
        }
        if (fix == null) {
          fix = "Use " + max + " repetitions or fewer on this spot.";
        }
        findings.add(
            make(
                at(ls).fix(fix),
                defaultSeverity(),
                () ->
                    "This step repeats the stroke "
                        + step.repetitions()
                        + " times on "
                        + the(step.site())
                        + ", more than the "
                        + max
                        + " the policy \""
                        + context.policy().name()
                        + "\" accepts. Textbooks use 5–7 repetitions per spot, self-care leaflets"
                        + " 10–15.",
                step.site()));
      }
      return findings;
    }
  }

  /** A step's rhythm is faster than about 1 s per cycle. */
  static final class TempoTooFast extends StandardRule {
    TempoTooFast() {
      super(
          RuleIds.TEMPO_TOO_FAST,
          Severity.INFO,
          "A step's rhythm is faster than the policy's shortest cycle (about 1 s per working and"
              + " resting cycle).",
          "S1",
          "S7");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      double min = context.policy().minSecondsPerCycle();
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (step.tempo().secondsPerCycle() >= min) {
          continue;
        }
        findings.add(
            make(
                at(ls).fix("Slow down to about " + number(min) + " s per cycle."),
                defaultSeverity(),
                () ->
                    "This step works at "
                        + step.tempo().describe()
                        + ", faster than about "
                        + number(min)
                        + " s per cycle. Each stretch has a working phase and a resting phase in which"
                        + " the vessels refill; a faster rhythm shortens the rest.",
                step.site()));
      }
      return findings;
    }
  }

  /** A self-care protocol uses a stroke of the therapists' schools. */
  static final class StrokeNotForSelfCare extends StructuralRule {
    /** The strokes the self-care guides describe (reference §3, §5, §8). */
    static final java.util.Set<Stroke> SELF_CARE =
        java.util.EnumSet.of(
            Stroke.SKIN_STRETCH,
            Stroke.STATIONARY_CIRCLE,
            Stroke.SCOOP,
            Stroke.EFFLEURAGE,
            Stroke.ABDOMINAL_BREATHING);

    StrokeNotForSelfCare() {
      super(
          RuleIds.STROKE_NOT_FOR_SELF_CARE,
          Severity.INFO,
          "A self-care protocol uses a stroke of the therapists' schools (pump, rotary, thumb"
              + " circles, Leduc strokes) that the self-care guides do not describe; they use gentle"
              + " skin stretches, circles and scoops toward the nodes.",
          "S6",
          "S33",
          "S34",
          "S36",
          "S39",
          "S1",
          "S10");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (!context.patient().isSelfCare()) {
        return List.of();
      }
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        if (SELF_CARE.contains(step.stroke())) {
          continue;
        }
        findings.add(
            make(
                at(ls).fix("Use gentle skin stretches toward the nodes for self-care."),
                defaultSeverity(),
                () ->
                    "The patient context says the protocol is for self-care, and "
                        + step.stroke().label()
                        + " are a therapist's technique: the self-care guides describe gentle"
                        + " skin stretches, circles and scoops toward the nodes.",
                step.site()));
      }
      return findings;
    }
  }

  /** A stroke is not one the sources describe for the step's body part. */
  static final class StrokeUnsuitedToRegion extends StructuralRule {
    StrokeUnsuitedToRegion() {
      super(
          RuleIds.STROKE_UNSUITED_TO_REGION,
          Severity.INFO,
          "A stroke is not one the sources describe for the body part it is used on (e.g. pump"
              + " strokes on the face, scoop strokes over node groups).",
          "S1",
          "S2",
          "S3",
          "S9");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        Site site = step.site();
        if (step.stroke().suits(site)) {
          continue;
        }
        List<String> suited = new ArrayList<>();
        for (Stroke s : Stroke.values()) {
          if (s.suits(site) && s != Stroke.EFFLEURAGE && s != Stroke.SKIN_STRETCH) {
            suited.add(s.label());
          }
        }
        String fix =
            suited.isEmpty()
                ? "Use gentle skin stretches or effleurage here."
                : "Use " + String.join(" or ", suited) + " here.";
        String what =
            site.isNodeGroup()
                ? "over node groups such as " + the(site)
                : "on the "
                    + site.part().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " ("
                    + site.name()
                    + ")";
        List<String> sources = new ArrayList<>(step.stroke().sources());
        findings.add(
            make(
                at(ls).fix(fix),
                defaultSeverity(),
                () ->
                    capitalize(step.stroke().label())
                        + " are not among the strokes the sources describe "
                        + what
                        + ".",
                site,
                sources.stream().distinct().collect(Collectors.toList())));
      }
      return findings;
    }

    private static String capitalize(String s) {
      return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
