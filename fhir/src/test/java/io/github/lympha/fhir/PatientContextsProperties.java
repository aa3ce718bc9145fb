package io.github.lympha.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Laws;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Laws of the patient writer: what it writes reads back equal, less exactly the facts docs/fhir.md
 * lists as not written, which the export names; the import reports nothing for a written Bundle;
 * the JSON is byte-stable.
 */
class PatientContextsProperties {
  /**
   * The context as the Bundle holds it, stated here independently of the writer: no setting, normal
   * tissue, labels only of the form Patient/id, areas only with an ISL stage (without cause and
   * tissue; the regions of the others become plain affected regions), conditions without treatment
   * day, palliative care, trimester, metastatic = false and fever on other than an acute infection,
   * and clearance texts without surrounding whitespace (FHIR strings have none).
   */
  static PatientContext expected(PatientContext ctx) {
    Set<Region> affected = new LinkedHashSet<>(ctx.affected());
    List<AffectedArea> areas = new ArrayList<>();
    for (AffectedArea a : ctx.areas()) {
      if (a.stage().isPresent()) {
        areas.add(AffectedArea.builder().addAllRegions(a.regions()).stage(a.stage()).build());
      } else {
        affected.addAll(a.regions());
      }
    }
    List<PatientCondition> conditions = new ArrayList<>();
    for (PatientCondition c : ctx.conditions()) {
      PatientCondition.Builder b =
          PatientCondition.builder()
              .condition(c.condition())
              .addAllRegions(c.regions())
              .status(c.status())
              .nyhaClass(c.nyhaClass())
              .clearance(c.clearance().map(k -> Clearance.of(k.by().strip(), k.scope().strip())))
              .metastatic(c.metastatic().filter(m -> m));
      if (c.condition() == Condition.ACUTE_INFECTION) {
        b.fever(c.fever());
      }
      conditions.add(b.build());
    }
    PatientContext.Builder b =
        PatientContext.builder()
            .addAllAffected(affected)
            .addAllAreas(areas)
            .addAllConditions(conditions)
            .addAllCompromised(ctx.compromised());
    ctx.label().filter(l -> l.matches("Patient/[A-Za-z0-9.-]{1,64}")).ifPresent(b::label);
    return b.build();
  }

  /** The places of the facts {@link #expected} leaves out, as the export must name them. */
  static List<String> leftOut(PatientContext ctx) {
    List<String> out = new ArrayList<>();
    ctx.label()
        .filter(l -> !l.matches("Patient/[A-Za-z0-9.-]{1,64}"))
        .ifPresent(l -> out.add("label"));
    ctx.setting().ifPresent(s -> out.add("setting"));
    if (ctx.tissue() != TissueState.NORMAL) {
      out.add("tissue");
    }
    for (int i = 0; i < ctx.areas().size(); i++) {
      AffectedArea a = ctx.areas().get(i);
      if (a.cause().isPresent()) {
        out.add("areas[" + i + "].cause");
      }
      if (a.tissue().isPresent()) {
        out.add("areas[" + i + "].tissue");
      }
    }
    for (int i = 0; i < ctx.conditions().size(); i++) {
      PatientCondition c = ctx.conditions().get(i);
      String at = "conditions[" + i + "]";
      if (c.metastatic().equals(java.util.Optional.of(false))) {
        out.add(at + ".metastatic");
      }
      if (c.treatmentDay().isPresent()) {
        out.add(at + ".treatmentDay");
      }
      if (c.palliative().isPresent()) {
        out.add(at + ".palliative");
      }
      if (c.trimester().isPresent()) {
        out.add(at + ".trimester");
      }
      if (c.fever().isPresent() && c.condition() != Condition.ACUTE_INFECTION) {
        out.add(at + ".fever");
      }
    }
    return out;
  }

  private static void roundTrips(PatientContext ctx, Anatomy anatomy) {
    PatientExport export = PatientContexts.write(ctx, anatomy);
    PatientImport back = PatientContexts.read(export.bundle(), anatomy);
    assertThat(back.context()).isEqualTo(expected(ctx));
    assertThat(back.unmapped()).isEmpty();
    assertThat(export.notWritten().stream().map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactlyInAnyOrderElementsOf(leftOut(ctx));
    String json = FhirJson.write(export.bundle());
    assertThat(PatientContexts.read(FhirJson.readBundle(json), anatomy).context())
        .isEqualTo(expected(ctx));
    assertThat(FhirJson.write(PatientContexts.write(ctx, anatomy).bundle())).isEqualTo(json);
    // What is written is written losslessly: writing it again loses nothing more.
    assertThat(PatientContexts.write(expected(ctx), anatomy).notWritten()).isEmpty();
  }

  @Test
  void everyGeneratedContextGoesToFhirAndBackLessWhatIsNotWritten() {
    Laws.check(300, Generators.patientContexts(), c -> roundTrips(c, Anatomy.standard()));
  }

  @Test
  void contextsOverTheWholeAnatomyGoToFhirAndBack() {
    Laws.check(200, Generators.anyPatientContexts(), c -> roundTrips(c, Anatomy.standard()));
  }

  @Test
  void contextsOnAnotherAnatomyGoToFhirAndBack() {
    Laws.check(100, Generators.symmetricContexts(), c -> roundTrips(c, Generators.SYMMETRIC));
  }

  @Test
  void theLeftOutPlacesAreThoseOfTheNotWrittenLines() {
    Laws.check(
        100,
        Generators.patientContexts(),
        c ->
            assertThat(
                    PatientContexts.write(c).notWritten().stream()
                        .map(l -> l.substring(0, l.indexOf(':')))
                        .collect(Collectors.toList()))
                .isEqualTo(leftOut(c)));
  }
}
