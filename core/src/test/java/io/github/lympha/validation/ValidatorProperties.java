package io.github.lympha.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Mirroring;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.ProtocolBuilder;
import io.github.lympha.sources.Sources;
import io.github.lympha.testing.Generators;
import io.github.lympha.testing.Gens;
import io.github.lympha.testing.Laws;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Laws of the validator over arbitrary protocols and patient contexts. */
class ValidatorProperties {
  private static final Anatomy STANDARD = Anatomy.standard();

  /** The rules on order, direction and coverage. */
  private static final List<String> ORDERING_AND_DIRECTION =
      List.of(
          RuleIds.TERMINUS_NOT_OPENED,
          RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY,
          RuleIds.DISTAL_BEFORE_PROXIMAL,
          RuleIds.REGIONAL_NODES_NOT_PREPARED,
          RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES,
          RuleIds.SKIPS_REGIONAL_NODE_GROUP,
          RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP,
          RuleIds.TARGET_NODE_GROUP_REMOVED,
          RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS,
          RuleIds.ABDOMEN_NOT_CLEARED,
          RuleIds.UNNECESSARY_STEP,
          RuleIds.AFFECTED_REGION_NOT_TREATED);

  // ------------------------------------------------------------------ totality and determinism

  @Test
  void isTotalAndDeterministic() {
    Laws.check(
        200,
        Generators.anyProtocols(),
        Generators.anyPatientContexts(),
        (Protocol protocol, PatientContext context) -> {
          for (Validator v :
              List.of(Validator.standard(), Validator.builder().policy(Policy.strict()).build())) {
            ValidationReport once = v.validate(protocol, context);
            ValidationReport again = v.validate(protocol, context);
            assertThat(again).isEqualTo(once);
            assertThat(again.toText()).isEqualTo(once.toText());
            assertThat(once.findings(RuleIds.RULE_FAILED)).isEmpty();
          }
        });
  }

  @Test
  void isTotalAndDeterministicOnTheSharedGenerators() {
    Laws.check(
        200,
        Generators.protocols(),
        Generators.patientContexts(),
        (Protocol protocol, PatientContext context) -> {
          ValidationReport once = Validator.standard().validate(protocol, context);
          assertThat(Validator.standard().validate(protocol, context)).isEqualTo(once);
          assertThat(once.findings(RuleIds.RULE_FAILED)).isEmpty();
        });
  }

  // ------------------------------------------------------------------ patient and structure memos

  /** Shared by every try, so it has validated many patients (and emptied its cache) before. */
  private static final Validator USED = Validator.builder().build();

  /**
   * The validator keeps the patient-level drainage facts of earlier calls: they must never leak
   * into the report for another patient, protocol or anatomy. A fresh validator computes them
   * afresh, as every validation did before they were kept.
   */
  @Test
  void aValidatorThatCheckedOtherPatientsReportsWhatAFreshOneReports() {
    Laws.check(
        50,
        Generators.mixedProtocols(),
        Generators.mixedContexts(),
        Generators.mixedProtocols(),
        Gens.lists(Generators.mixedContexts(), 0, 3),
        (Protocol protocol,
            PatientContext context,
            Protocol other,
            List<PatientContext> others) -> {
          for (PatientContext o : others) {
            USED.validate(other, o);
            USED.validate(protocol, o);
          }
          USED.validate(other, context);

          ValidationReport fresh = Validator.builder().build().validate(protocol, context);
          ValidationReport used = USED.validate(protocol, context);

          assertThat(used).isEqualTo(fresh);
          assertThat(used.toText()).isEqualTo(fresh.toText());
        });
  }

  /**
   * The validator remembers its structural rules' findings per protocol structure: a variant that
   * changes only how steps are done (pressure, tempo, repetitions, note) reuses them, one that
   * renames a phase or changes a stroke does not, and either way the report must be the one a fresh
   * validator gives. A rule that wrongly claimed to read the structure only would fail here.
   */
  @Test
  void aVariantOfACheckedProtocolGetsWhatAFreshValidatorReports() {
    Laws.check(
        200,
        Generators.mixedProtocols()
            .flatMap(p -> Generators.variantsOf(p).map(v -> Map.entry(p, v))),
        Generators.mixedContexts(),
        (Map.Entry<Protocol, Protocol> pair, PatientContext context) -> {
          for (Policy policy : List.of(Policy.standard(), Policy.strict())) {
            Validator used = Validator.builder().policy(policy).build();
            used.validate(pair.getKey(), context);

            ValidationReport reused = used.validate(pair.getValue(), context);
            ValidationReport fresh =
                Validator.builder().policy(policy).build().validate(pair.getValue(), context);

            assertThat(reused).isEqualTo(fresh);
            assertThat(reused.toText()).isEqualTo(fresh.toText());
          }
        });
  }

  @Test
  void reportsAreOrderedConsistentAndPointAtRealSteps() {
    Laws.check(
        200,
        Generators.anyProtocols(),
        Generators.anyPatientContexts(),
        (Protocol protocol, PatientContext context) -> {
          ValidationReport r = Validator.standard().validate(protocol, context);
          assertThat(r.findings()).isSortedAccordingTo(Finding.ORDER);
          assertThat(r.isValid()).isEqualTo(r.count(Severity.ERROR) == 0);
          assertThat(r.countsBySeverity().values().stream().mapToInt(Integer::intValue).sum())
              .isEqualTo(r.findings().size());
          Set<String> ids = STANDARD.sites().stream().map(Site::id).collect(Collectors.toSet());
          for (Finding f : r.findings()) {
            f.location().ifPresent(l -> assertThat(protocol.step(l)).isNotNull());
            assertThat(ids).containsAll(f.sites());
            f.sources().forEach(key -> assertThat(Sources.find(key)).as(key).isPresent());
            assertThat(f.message())
                .doesNotContainIgnoringCase("you have")
                .doesNotContainIgnoringCase("diagnosis");
          }
        });
  }

  // ------------------------------------------------------------------ mirroring

  /**
   * Mirror law on a symmetric anatomy (the standard map with the cisterna chyli draining to both
   * venous angles): validating the mirrored protocol for the mirrored context gives the mirrored
   * findings — the same rule ids and severities at the same locations, with mirrored sites. So no
   * rule favours a side.
   */
  @Test
  void mirroredProtocolsGetMirroredFindingsOnASymmetricAnatomy() {
    Laws.check(
        200,
        Generators.symmetricProtocols(),
        Generators.symmetricContexts(),
        (Protocol protocol, PatientContext context) -> {
          assertMirrored(Generators.SYMMETRIC, protocol, context);
        });
  }

  /**
   * Mirror law on the standard anatomy, where the thoracic duct takes both legs and the abdomen to
   * the left venous angle only: it holds for protocols and contexts that stay clear of the duct (no
   * site draining through the cisterna chyli, no terminus target reached other than along the
   * site's own drainage).
   */
  @Test
  void mirroredProtocolsGetMirroredFindingsAwayFromTheThoracicDuct() {
    Laws.check(
        200,
        Generators.ductFreeProtocols(),
        Generators.ductFreeContexts(),
        (Protocol protocol, PatientContext context) -> {
          assertMirrored(STANDARD, protocol, context);
        });
  }

  private static void assertMirrored(Anatomy anatomy, Protocol protocol, PatientContext context) {
    Protocol mirrored = Mirroring.mirror(protocol);
    PatientContext mirroredContext = mirror(context, anatomy);
    List<String> expected =
        Validator.standard().validate(protocol, context).findings().stream()
            .map(f -> key(f, anatomy, true))
            .sorted()
            .collect(Collectors.toList());
    List<String> actual =
        Validator.standard().validate(mirrored, mirroredContext).findings().stream()
            .map(f -> key(f, anatomy, false))
            .sorted()
            .collect(Collectors.toList());
    assertThat(actual).isEqualTo(expected);
  }

  /** Mirrors a patient context left ↔ right in an anatomy (test-side helper). */
  static PatientContext mirror(PatientContext c, Anatomy anatomy) {
    PatientContext.Builder b = PatientContext.builder();
    c.label().ifPresent(b::label);
    for (Region r : c.affected()) {
      b.addAffected(anatomy.mirror(r));
    }
    for (CompromisedNodeGroup g : c.compromised()) {
      b.addCompromised(CompromisedNodeGroup.of(anatomy.mirror(g.group()), g.reason()));
    }
    for (PatientCondition pc : c.conditions()) {
      b.addConditions(
          PatientCondition.of(
              pc.condition(),
              pc.regions().stream().map(anatomy::mirror).collect(Collectors.toList())));
    }
    return b.tissue(c.tissue()).build();
  }

  private static String key(Finding f, Anatomy anatomy, boolean mirror) {
    List<String> sites =
        f.sites().stream()
            .map(id -> mirror ? anatomy.mirror(anatomy.site(id)).id() : id)
            .sorted()
            .collect(Collectors.toList());
    return f.ruleId()
        + "|"
        + f.severity()
        + "|"
        + f.location().map(l -> l.pointer()).orElse("-")
        + "|"
        + sites;
  }

  // ------------------------------------------------------------------ correct protocols

  /**
   * A protocol that opens both termini, then works every station of the chosen regions' drainage
   * proximal first, each region stretched toward its usual regional node group, has no ordering or
   * direction findings for a patient with intact nodes — and no errors at all.
   */
  @Test
  void correctlyOrderedAndDirectedProtocolsHaveNoOrderingOrDirectionFindings() {
    Laws.check(
        200,
        Generators.correctProtocols(),
        (Protocol protocol) -> {
          PatientContext intact =
              PatientContext.builder().addAllAffected(protocol.treats()).build();
          ValidationReport r = Validator.standard().validate(protocol, intact);
          for (String id : ORDERING_AND_DIRECTION) {
            assertThat(r.findings(id)).as(id + "\n" + r.toText()).isEmpty();
          }
          assertThat(r.isValid()).as(r.toText()).isTrue();
        });
  }

  /**
   * A limb drained with {@code ProtocolBuilder} the way its documentation recommends for intact
   * nodes (open the terminus, clear the route of the limb's most distal region, drain the limb
   * proximal to distal) draws no ordering or direction finding and no error.
   */
  @Test
  void limbsDrainedWithTheBuilderHaveNoOrderingOrDirectionFindings() {
    Laws.forEvery(
        Generators.pairedSides(),
        Generators.limbs(),
        (Side side, Limb limb) -> {
          Region distal =
              STANDARD.regions().stream()
                  .filter(r -> r.side() == side && r.part().area() == limb.area())
                  .max(java.util.Comparator.comparingInt(r -> r.part().distance()))
                  .orElseThrow();
          Protocol protocol =
              ProtocolBuilder.create("built", "Built")
                  .treating(distal)
                  .openTerminus()
                  .clearRoute(distal)
                  .drainLimb(side, limb)
                  .build();
          ValidationReport r =
              Validator.standard()
                  .validate(protocol, PatientContext.builder().addAffected(distal).build());
          for (String id : ORDERING_AND_DIRECTION) {
            assertThat(r.findings(id)).as(id + "\n" + r.toText()).isEmpty();
          }
          assertThat(r.isValid()).as(r.toText()).isTrue();
        });
  }
}
