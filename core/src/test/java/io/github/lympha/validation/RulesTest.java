package io.github.lympha.validation;

import static io.github.lympha.validation.Fixtures.ANATOMY;
import static io.github.lympha.validation.Fixtures.affected;
import static io.github.lympha.validation.Fixtures.compromised;
import static io.github.lympha.validation.Fixtures.nodes;
import static io.github.lympha.validation.Fixtures.opened;
import static io.github.lympha.validation.Fixtures.protocol;
import static io.github.lympha.validation.Fixtures.region;
import static io.github.lympha.validation.Fixtures.removed;
import static io.github.lympha.validation.Fixtures.site;
import static io.github.lympha.validation.Fixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** For every rule: a protocol that triggers it and a near-identical one that does not. */
class RulesTest {
  private static List<Finding> findings(Protocol p, PatientContext c, String rule) {
    return Fixtures.validator().validate(p, c).findings(rule);
  }

  private static List<Finding> findings(Protocol p, String rule) {
    return findings(p, PatientContext.none(), rule);
  }

  private static List<Finding> strict(Protocol p, PatientContext c, String rule) {
    return Validator.builder().policy(Policy.strict()).build().validate(p, c).findings(rule);
  }

  private static Location at(int sequence, int step) {
    return Location.of(sequence, step, "Steps");
  }

  private static PatientContext with(Condition condition, Region... regions) {
    return PatientContext.builder()
        .addConditions(PatientCondition.of(condition, List.of(regions)))
        .build();
  }

  /** Both termini, the left groin, then the inner thigh toward it. */
  private static Protocol goodThigh() {
    return opened(
        nodes("INGUINAL_SUPERFICIAL_L"), step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"));
  }

  @Nested
  class EmptyProtocol {
    @Test
    void reportsAProtocolWithoutSteps() {
      Protocol empty = Protocol.builder().id("empty").title("Empty").build();
      List<Finding> f = findings(empty, RuleIds.EMPTY_PROTOCOL);
      assertThat(f)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.location()).isEmpty();
              });
    }

    @Test
    void acceptsAProtocolWithOneStep() {
      assertThat(findings(protocol(nodes("TERMINUS_L")), RuleIds.EMPTY_PROTOCOL)).isEmpty();
    }
  }

  @Nested
  class UnknownPatientSite {
    @Test
    void reportsAnAffectedRegionTheAnatomyLacks() {
      Region alien =
          Region.builder()
              .id("TAIL_L")
              .name("left tail")
              .side(Side.LEFT)
              .part(io.github.lympha.anatomy.BodyPart.FOOT)
              .territory("LEG_L")
              .addSources("S1")
              .build();
      PatientContext c = PatientContext.builder().addAffected(alien).build();
      assertThat(findings(goodThigh(), c, RuleIds.UNKNOWN_PATIENT_SITE))
          .singleElement()
          .satisfies(x -> assertThat(x.sites()).containsExactly("TAIL_L"));
    }

    @Test
    void acceptsRegionsOfTheAnatomy() {
      assertThat(findings(goodThigh(), affected("THIGH_MEDIAL_L"), RuleIds.UNKNOWN_PATIENT_SITE))
          .isEmpty();
    }
  }

  @Nested
  class Contraindications {
    @Test
    void reportsAnAbsoluteWholeBodyContraindicationOnceForTheProtocol() {
      List<Finding> f =
          findings(goodThigh(), with(Condition.ACUTE_DVT), RuleIds.CONTRAINDICATION_ABSOLUTE);
      assertThat(f)
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.location()).isEmpty();
                assertThat(x.sources()).containsExactly("S42", "S43", "S44");
                assertThat(x.message())
                    .contains("acute deep vein thrombosis")
                    .doesNotContainIgnoringCase("you have");
              });
    }

    @Test
    void reportsARelativeContraindicationAsAWarning() {
      assertThat(
              findings(
                  goodThigh(), with(Condition.BRONCHIAL_ASTHMA), RuleIds.CONTRAINDICATION_RELATIVE))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
      assertThat(
              findings(
                  goodThigh(), with(Condition.BRONCHIAL_ASTHMA), RuleIds.CONTRAINDICATION_ABSOLUTE))
          .isEmpty();
    }

    @Test
    void reportsNothingWithoutConditions() {
      for (String id :
          List.of(
              RuleIds.CONTRAINDICATION_ABSOLUTE,
              RuleIds.CONTRAINDICATION_RELATIVE,
              RuleIds.CONTRAINDICATION_DEBATED,
              RuleIds.REGIONAL_CONTRAINDICATION)) {
        assertThat(findings(goodThigh(), PatientContext.none(), id)).isEmpty();
      }
    }

    @Test
    void saysSourcesDisagreeOnActiveMalignancyAndLetsThePolicyDecide() {
      PatientContext c = with(Condition.ACTIVE_MALIGNANCY);
      assertThat(findings(goodThigh(), c, RuleIds.CONTRAINDICATION_DEBATED))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.message())
                    .contains("Sources disagree")
                    .contains("[S44]")
                    .contains("leaves it debated");
                assertThat(x.sources()).contains("S42", "S43", "S44", "S45");
              });
      assertThat(strict(goodThigh(), c, RuleIds.CONTRAINDICATION_DEBATED)).isEmpty();
      assertThat(strict(goodThigh(), c, RuleIds.CONTRAINDICATION_ABSOLUTE))
          .singleElement()
          .satisfies(
              x ->
                  assertThat(x.message())
                      .contains("Sources disagree")
                      .contains("treats it as absolute"));
    }

    @Test
    void flagsOnlyTheNeckStepsForANeckContraindication() {
      List<Finding> f =
          findings(goodThigh(), with(Condition.HYPERTHYROIDISM), RuleIds.REGIONAL_CONTRAINDICATION);
      assertThat(f)
          .extracting(Finding::location)
          .containsExactly(java.util.Optional.of(at(0, 0)), java.util.Optional.of(at(0, 1)));
      assertThat(f).allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
      Protocol noNeck =
          protocol(
              nodes("INGUINAL_SUPERFICIAL_L"), step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(
              findings(noNeck, with(Condition.HYPERTHYROIDISM), RuleIds.REGIONAL_CONTRAINDICATION))
          .isEmpty();
      assertThat(findings(noNeck, with(Condition.HYPERTHYROIDISM), RuleIds.TERMINUS_NOT_OPENED))
          .as("no advice to open a forbidden neck")
          .isEmpty();
    }

    @Test
    void flagsDeepAbdominalWorkDuringPregnancy() {
      Protocol p = opened(step("CISTERNA_CHYLI", "CISTERNA_CHYLI", Stroke.ABDOMINAL_BREATHING));
      assertThat(findings(p, with(Condition.PREGNANCY), RuleIds.REGIONAL_CONTRAINDICATION))
          .singleElement()
          .satisfies(x -> assertThat(x.location()).contains(at(0, 2)));
      assertThat(
              findings(goodThigh(), with(Condition.PREGNANCY), RuleIds.REGIONAL_CONTRAINDICATION))
          .isEmpty();
      assertThat(findings(goodThigh(), with(Condition.PREGNANCY), RuleIds.ABDOMEN_NOT_CLEARED))
          .as("no advice to clear a restricted abdomen")
          .isEmpty();
    }

    @Test
    void flagsOnlyTheStepsInTheRegionsOfALocalConditionAsWarningsWhenRelative() {
      PatientContext c = with(Condition.SKIN_METASTASES, region("THIGH_MEDIAL_L"));
      assertThat(findings(goodThigh(), c, RuleIds.REGIONAL_CONTRAINDICATION))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 3));
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.fix())
                    .hasValueSatisfying(fix -> assertThat(fix).contains("Leave this step out"));
              });
      PatientContext elsewhere = with(Condition.SKIN_METASTASES, region("CALF_L"));
      assertThat(findings(goodThigh(), elsewhere, RuleIds.REGIONAL_CONTRAINDICATION)).isEmpty();
    }

    @Test
    void treatsALocalConditionWithoutRegionsAsConcerningTheWholeProtocol() {
      assertThat(
              findings(
                  goodThigh(), with(Condition.SKIN_METASTASES), RuleIds.CONTRAINDICATION_RELATIVE))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("No regions are given"));
    }
  }

  @Nested
  class TerminusNotOpened {
    @Test
    void reportsWorkBeforeAnyTerminusAtTheFirstStepOutsideTheNeck() {
      Protocol p =
          protocol(
              step("NECK_L", "TERMINUS_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
              nodes("TERMINUS_L"));
      assertThat(findings(p, RuleIds.TERMINUS_NOT_OPENED))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 1));
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.message()).contains("comes only later, at " + at(0, 2).describe());
                assertThat(x.message()).contains("the " + site("THIGH_MEDIAL_L").name());
              });
    }

    @Test
    void acceptsProtocolsThatOpenTheTerminusFirst() {
      assertThat(findings(goodThigh(), RuleIds.TERMINUS_NOT_OPENED)).isEmpty();
    }

    @Test
    void reportsANeckOnlyProtocolWithoutATerminus() {
      assertThat(findings(protocol(step("NECK_L", "TERMINUS_L")), RuleIds.TERMINUS_NOT_OPENED))
          .hasSize(1);
      assertThat(
              findings(
                  protocol(nodes("TERMINUS_L"), step("NECK_L", "TERMINUS_L")),
                  RuleIds.TERMINUS_NOT_OPENED))
          .isEmpty();
    }
  }

  @Nested
  class TerminusOpenedOnOneSideOnly {
    @Test
    void warnsWhenOnlyOneTerminusIsOpenedBeforeTheWork() {
      Protocol p =
          protocol(nodes("TERMINUS_L"), nodes("INGUINAL_SUPERFICIAL_L"), nodes("TERMINUS_R"));
      assertThat(findings(p, RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 1));
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.sites()).containsExactly("TERMINUS_L", "TERMINUS_R");
              });
    }

    @Test
    void acceptsBothTerminiFirst() {
      Protocol p =
          protocol(nodes("TERMINUS_L"), nodes("TERMINUS_R"), nodes("INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY)).isEmpty();
    }
  }

  @Nested
  class DistalBeforeProximal {
    @Test
    void reportsTheKneeBeforeTheThigh() {
      Protocol p =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("KNEE_L", "INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.DISTAL_BEFORE_PROXIMAL))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 3));
                assertThat(x.sites()).containsExactly("KNEE_L", "THIGH_MEDIAL_L");
              });
    }

    @Test
    void acceptsTheThighBeforeTheKnee() {
      Protocol p =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
              step("KNEE_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.DISTAL_BEFORE_PROXIMAL)).isEmpty();
    }

    @Test
    void reportsTheFaceBeforeTheNeck() {
      Protocol p =
          opened(
              nodes("SUBMANDIBULAR_L"),
              step("FACE_LOWER_L", "SUBMANDIBULAR_L"),
              step("NECK_L", "TERMINUS_L"));
      assertThat(findings(p, RuleIds.DISTAL_BEFORE_PROXIMAL))
          .singleElement()
          .satisfies(x -> assertThat(x.sites()).containsExactly("FACE_LOWER_L", "NECK_L"));
      Protocol neckFirst =
          opened(
              step("NECK_L", "TERMINUS_L"),
              nodes("SUBMANDIBULAR_L"),
              step("FACE_LOWER_L", "SUBMANDIBULAR_L"));
      assertThat(findings(neckFirst, RuleIds.DISTAL_BEFORE_PROXIMAL)).isEmpty();
    }

    @Test
    void reportsNodesPreparedOnlyAfterTheirTerritoryOnceAsDistalBeforeProximal() {
      Protocol p =
          opened(step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"), nodes("INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.DISTAL_BEFORE_PROXIMAL)).hasSize(1);
      assertThat(findings(p, RuleIds.REGIONAL_NODES_NOT_PREPARED)).isEmpty();
    }

    @Test
    void leavesALateTerminusToTerminusNotOpened() {
      Protocol p =
          protocol(nodes("INGUINAL_SUPERFICIAL_L"), nodes("TERMINUS_L"), nodes("TERMINUS_R"));
      assertThat(findings(p, RuleIds.TERMINUS_NOT_OPENED)).hasSize(1);
      assertThat(findings(p, RuleIds.DISTAL_BEFORE_PROXIMAL)).isEmpty();
    }
  }

  @Nested
  class RegionalNodesNotPrepared {
    @Test
    void warnsOncePerNodeGroupThatIsNeverWorked() {
      Protocol p =
          opened(
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
              step("THIGH_LATERAL_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.REGIONAL_NODES_NOT_PREPARED))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 2));
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.message()).contains("1 later step does the same");
              });
    }

    @Test
    void acceptsNodesWorkedBeforeTheirTerritory() {
      assertThat(findings(goodThigh(), RuleIds.REGIONAL_NODES_NOT_PREPARED)).isEmpty();
    }
  }

  @Nested
  class AbdomenNotCleared {
    @Test
    void notesLegWorkBeforeAbdominalClearing() {
      assertThat(findings(goodThigh(), RuleIds.ABDOMEN_NOT_CLEARED))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 2));
                assertThat(x.severity()).isEqualTo(Severity.INFO);
              });
    }

    @Test
    void acceptsAbdominalBreathingFirst() {
      Protocol p =
          opened(
              step("CISTERNA_CHYLI", "CISTERNA_CHYLI", Stroke.ABDOMINAL_BREATHING),
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.ABDOMEN_NOT_CLEARED)).isEmpty();
    }

    @Test
    void ignoresWorkThatDoesNotDrainIntoTheAbdomen() {
      Protocol arm = opened(nodes("AXILLARY_L"), step("UPPER_ARM_MEDIAL_L", "AXILLARY_L"));
      assertThat(findings(arm, RuleIds.ABDOMEN_NOT_CLEARED)).isEmpty();
    }
  }

  @Nested
  class NoReturnToCentre {
    @Test
    void notesAProtocolThatEndsOnTheLimb() {
      assertThat(findings(goodThigh(), RuleIds.NO_RETURN_TO_CENTRE))
          .singleElement()
          .satisfies(x -> assertThat(x.location()).contains(at(0, 3)));
    }

    @Test
    void acceptsAProtocolThatEndsWithEffleurageOrTheNodes() {
      Protocol effleurage =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L", Stroke.EFFLEURAGE));
      Protocol nodesAgain =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
              nodes("INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(effleurage, RuleIds.NO_RETURN_TO_CENTRE)).isEmpty();
      assertThat(findings(nodesAgain, RuleIds.NO_RETURN_TO_CENTRE)).isEmpty();
    }
  }

  @Nested
  class DirectionAway {
    /** The standard skin plexus runs only toward the trunk; this one also runs down the thigh. */
    private final Anatomy downward =
        ANATOMY.toBuilder()
            .addPathway(Pathway.of("THIGH_MEDIAL_L", "KNEE_L", PathwayKind.PLEXUS, "S29"))
            .build();

    private Protocol thighToward(String target) {
      List<Step> steps = new java.util.ArrayList<>(Fixtures.openBoth());
      steps.addAll(
          List.of(
              nodes("INGUINAL_SUPERFICIAL_L"),
              nodes("POPLITEAL_L"),
              step("THIGH_MEDIAL_L", target)));
      return Fixtures.protocolIn(downward, steps);
    }

    @Test
    void reportsTheThighStretchedTowardThePoplitealNodes() {
      assertThat(findings(thighToward("POPLITEAL_L"), RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.location()).contains(at(0, 4));
                assertThat(x.fix())
                    .contains("Stretch toward the left superficial inguinal nodes instead.");
              });
    }

    @Test
    void acceptsTheThighStretchedTowardTheGroin() {
      assertThat(
              findings(
                  thighToward("INGUINAL_SUPERFICIAL_L"),
                  RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES))
          .isEmpty();
    }

    @Test
    void acceptsTheShinStretchedTowardThePoplitealNodesAtTheKnee() {
      Protocol p =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"), nodes("POPLITEAL_L"), step("SHIN_L", "POPLITEAL_L"));
      Validator v = Fixtures.validator();
      ValidationReport r = v.validate(p, PatientContext.none());
      assertThat(r.findings(RuleIds.DIRECTION_AWAY_FROM_DRAINING_NODES)).isEmpty();
      assertThat(r.findings(RuleIds.SKIPS_REGIONAL_NODE_GROUP)).isEmpty();
    }
  }

  @Nested
  class SkipsRegionalNodeGroup {
    private final Protocol kneeToArmpit = opened(nodes("AXILLARY_L"), step("KNEE_L", "AXILLARY_L"));

    @Test
    void warnsWhenTheKneeIsStretchedTowardTheArmpitWithIntactNodes() {
      assertThat(findings(kneeToArmpit, RuleIds.SKIPS_REGIONAL_NODE_GROUP))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.sites()).contains("KNEE_L", "AXILLARY_L", "INGUINAL_SUPERFICIAL_L");
              });
      assertThat(findings(kneeToArmpit, RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP)).isEmpty();
    }

    @Test
    void acceptsTheKneeStretchedTowardTheGroin() {
      Protocol p =
          opened(nodes("INGUINAL_SUPERFICIAL_L"), step("KNEE_L", "INGUINAL_SUPERFICIAL_L"));
      assertThat(findings(p, RuleIds.SKIPS_REGIONAL_NODE_GROUP)).isEmpty();
    }

    @Test
    void becomesAnInfoSuggestingTheOuterThighAndFlankWhenTheGroinIsRemoved() {
      assertThat(
              findings(
                  kneeToArmpit,
                  removed("INGUINAL_SUPERFICIAL_L"),
                  RuleIds.SKIPS_REGIONAL_NODE_GROUP))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.INFO);
                assertThat(x.fix())
                    .hasValueSatisfying(
                        fix -> assertThat(fix).contains("left outer thigh").contains("left flank"));
              });
    }

    @Test
    void acceptsTheOuterThighRoutedOverTheAxilloInguinalAnastomosisWhenTheGroinIsRemoved() {
      Protocol p = opened(nodes("AXILLARY_L"), step("THIGH_LATERAL_L", "AXILLARY_L"));
      assertThat(findings(p, removed("INGUINAL_SUPERFICIAL_L"), RuleIds.SKIPS_REGIONAL_NODE_GROUP))
          .isEmpty();
      assertThat(findings(p, RuleIds.SKIPS_REGIONAL_NODE_GROUP)).hasSize(1);
    }

    @Test
    void warnsWhenTheThighIsStretchedPastTheGroinToTheDeepAbdomen() {
      Protocol p = opened(step("THIGH_MEDIAL_L", "CISTERNA_CHYLI"));
      assertThat(findings(p, RuleIds.SKIPS_REGIONAL_NODE_GROUP)).hasSize(1);
      Protocol effleurage = opened(step("THIGH_MEDIAL_L", "CISTERNA_CHYLI", Stroke.EFFLEURAGE));
      assertThat(findings(effleurage, RuleIds.SKIPS_REGIONAL_NODE_GROUP)).isEmpty();
    }
  }

  @Nested
  class TargetNotTerritorial {
    private final Protocol chestAcross = opened(nodes("AXILLARY_R"), step("CHEST_L", "AXILLARY_R"));

    @Test
    void warnsWhenTheChestIsDrainedToTheOtherArmpitWithIntactNodes() {
      assertThat(findings(chestAcross, RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.message()).contains("sagittal");
              });
      assertThat(findings(chestAcross, RuleIds.SKIPS_REGIONAL_NODE_GROUP)).isEmpty();
    }

    @Test
    void acceptsTheSameStepWhenTheOwnAxillaIsRemoved() {
      assertThat(
              findings(
                  chestAcross, removed("AXILLARY_L"), RuleIds.TARGET_NOT_TERRITORIAL_NODE_GROUP))
          .isEmpty();
    }
  }

  @Nested
  class TargetNodeGroupRemoved {
    @Test
    void reportsTheThighDrainedIntoARemovedGroin() {
      assertThat(
              findings(
                  goodThigh(),
                  removed("INGUINAL_SUPERFICIAL_L"),
                  RuleIds.TARGET_NODE_GROUP_REMOVED))
          .hasSize(2)
          .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR))
          .extracting(Finding::location)
          .containsExactly(java.util.Optional.of(at(0, 2)), java.util.Optional.of(at(0, 3)));
    }

    @Test
    void acceptsTheThighDrainedIntoAnIntactGroin() {
      assertThat(
              findings(
                  goodThigh(),
                  removed("INGUINAL_SUPERFICIAL_R"),
                  RuleIds.TARGET_NODE_GROUP_REMOVED))
          .isEmpty();
    }

    @Test
    void warnsForAnImpairedGroin() {
      PatientContext impaired = compromised(Compromise.IMPAIRED, "INGUINAL_SUPERFICIAL_L");
      assertThat(findings(goodThigh(), impaired, RuleIds.TARGET_NODE_GROUP_REMOVED))
          .hasSize(2)
          .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void reportsATargetReachedOnlyThroughRemovedNodes() {
      Protocol thighToDeep =
          opened(nodes("INGUINAL_DEEP_L"), step("THIGH_MEDIAL_L", "INGUINAL_DEEP_L"));
      assertThat(
              findings(
                  thighToDeep,
                  removed("INGUINAL_SUPERFICIAL_L"),
                  RuleIds.TARGET_NODE_GROUP_REMOVED))
          .singleElement()
          .satisfies(x -> assertThat(x.sites()).contains("INGUINAL_SUPERFICIAL_L"));
      Protocol kneeToDeep = opened(nodes("INGUINAL_DEEP_L"), step("KNEE_L", "INGUINAL_DEEP_L"));
      assertThat(
              findings(
                  kneeToDeep, removed("INGUINAL_SUPERFICIAL_L"), RuleIds.TARGET_NODE_GROUP_REMOVED))
          .as("the knee reaches the deep inguinal nodes through the popliteal nodes")
          .isEmpty();
    }

    @Test
    void warnsForATargetWhoseOnwardRouteIsRemoved() {
      assertThat(
              findings(goodThigh(), removed("INGUINAL_DEEP_L"), RuleIds.TARGET_NODE_GROUP_REMOVED))
          .hasSize(2)
          .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }
  }

  @Nested
  class WatershedCrossedWithoutPreparedAnastomosis {
    private final PatientContext groinRemoved =
        removed("INGUINAL_SUPERFICIAL_L", "INGUINAL_DEEP_L");

    @Test
    void warnsWhenTheOuterThighCrossesBeforeTheFlankWasDrained() {
      Protocol p = opened(nodes("AXILLARY_L"), step("THIGH_LATERAL_L", "AXILLARY_L"));
      assertThat(findings(p, groinRemoved, RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.sites()).contains("THIGH_LATERAL_L", "AXILLARY_L", "FLANK_L");
                assertThat(x.fix()).hasValueSatisfying(f -> assertThat(f).contains("left flank"));
              });
    }

    @Test
    void acceptsTheOuterThighAfterTheAxillaAndTheFlank() {
      Protocol p =
          opened(
              nodes("AXILLARY_L"),
              step("FLANK_L", "AXILLARY_L"),
              step("THIGH_LATERAL_L", "AXILLARY_L"));
      assertThat(findings(p, groinRemoved, RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
          .isEmpty();
    }

    @Test
    void warnsWhenTheReceivingNodesWereNotWorked() {
      Protocol p = opened(step("FLANK_L", "AXILLARY_L"));
      assertThat(findings(p, groinRemoved, RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("receiving left axillary nodes"));
    }

    @Test
    void answersToItsAlias() {
      Protocol p = opened(step("FLANK_L", "AXILLARY_L"));
      Validator v = Validator.builder().disable(RuleIds.ANASTOMOSIS_NOT_PREPARED).build();
      assertThat(
              v.validate(p, groinRemoved)
                  .findings(RuleIds.WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS))
          .isEmpty();
    }
  }

  @Nested
  class PressureTooHigh {
    private Protocol thighAt(Pressure pressure) {
      return opened(
          nodes("INGUINAL_SUPERFICIAL_L"),
          step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L").withPressure(pressure));
    }

    @Test
    void reportsPressureAboveTheCeiling() {
      assertThat(findings(thighAt(Pressure.ofMmHg(40)), RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
      assertThat(findings(thighAt(Pressure.of(PressureLevel.MODERATE)), RuleIds.PRESSURE_TOO_HIGH))
          .hasSize(1);
    }

    @Test
    void acceptsThePolicysOwnLevelAndNamesTheCeilingItUses() {
      assertThat(findings(thighAt(Pressure.of(PressureLevel.LIGHT)), RuleIds.PRESSURE_TOO_HIGH))
          .isEmpty();
      assertThat(findings(thighAt(Pressure.ofMmHg(40)), RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.fix()).contains("Use light, at most 32 mmHg."));
      Validator halfMillimetre =
          Validator.builder().policy(Policy.standard().withMaxPressureMmHg(30.5)).build();
      assertThat(
              halfMillimetre
                  .validate(thighAt(Pressure.ofMmHg(40)), PatientContext.none())
                  .findings(RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.fix()).contains("Use light, at most 30.5 mmHg."));
    }

    @Test
    void namesEachStepsOwnPressure() {
      Protocol twoPressures =
          opened(
              nodes("INGUINAL_SUPERFICIAL_L"),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L").withPressure(Pressure.ofMmHg(40)),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L").withPressure(Pressure.ofMmHg(40)),
              step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L").withPressure(Pressure.ofMmHg(45)));

      assertThat(findings(twoPressures, RuleIds.PRESSURE_TOO_HIGH))
          .extracting(Finding::message)
          .satisfiesExactly(
              m -> assertThat(m).contains("(40 mmHg)"),
              m -> assertThat(m).contains("(40 mmHg)"),
              m -> assertThat(m).contains("(45 mmHg)"));
    }

    @Test
    void acceptsLightPressure() {
      assertThat(findings(thighAt(Pressure.ofMmHg(28)), RuleIds.PRESSURE_TOO_HIGH)).isEmpty();
      assertThat(findings(thighAt(Pressure.ofKPa(4)), RuleIds.PRESSURE_TOO_HIGH)).isEmpty();
    }

    @Test
    void putsTheCeilingWhereThePolicySaysSo() {
      assertThat(
              findings(
                  thighAt(Pressure.ofMmHg(31)), PatientContext.none(), RuleIds.PRESSURE_TOO_HIGH))
          .isEmpty();
      assertThat(
              strict(
                  thighAt(Pressure.ofMmHg(31)), PatientContext.none(), RuleIds.PRESSURE_TOO_HIGH))
          .hasSize(1);
    }

    @Test
    void warnsOnlyForFirmerPressureOnFibroticTissueAndSaysSourcesDisagree() {
      PatientContext fibrotic = affected("THIGH_MEDIAL_L").withTissue(TissueState.FIBROTIC);
      assertThat(
              findings(
                  thighAt(Pressure.of(PressureLevel.MODERATE)),
                  fibrotic,
                  RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.WARNING);
                assertThat(x.message()).contains("sources disagree");
                assertThat(x.sources()).contains("S8", "S38");
              });
      assertThat(
              strict(
                  thighAt(Pressure.of(PressureLevel.MODERATE)),
                  fibrotic,
                  RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
      assertThat(
              findings(
                  thighAt(Pressure.of(PressureLevel.FIRM)), fibrotic, RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
      PatientContext fibroticElsewhere = affected("CALF_L").withTissue(TissueState.FIBROTIC);
      assertThat(
              findings(
                  thighAt(Pressure.of(PressureLevel.MODERATE)),
                  fibroticElsewhere,
                  RuleIds.PRESSURE_TOO_HIGH))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    }
  }

  @Nested
  class Repetitions {
    private Protocol thighTimes(int repetitions, Stroke stroke) {
      return opened(
          nodes("INGUINAL_SUPERFICIAL_L"),
          step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L", stroke).withRepetitions(repetitions));
    }

    @Test
    void warnsBelowFiveRepetitions() {
      assertThat(findings(thighTimes(3, Stroke.SKIN_STRETCH), RuleIds.TOO_FEW_REPETITIONS))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
      assertThat(findings(thighTimes(5, Stroke.SKIN_STRETCH), RuleIds.TOO_FEW_REPETITIONS))
          .isEmpty();
      assertThat(findings(thighTimes(3, Stroke.EFFLEURAGE), RuleIds.TOO_FEW_REPETITIONS)).isEmpty();
    }

    @Test
    void countsRepetitionsInWordsThatFitTheNumber() {
      String thigh = "on the " + site("THIGH_MEDIAL_L").name() + ";";
      assertThat(findings(thighTimes(1, Stroke.SKIN_STRETCH), RuleIds.TOO_FEW_REPETITIONS))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("the stroke 1 time " + thigh));
      assertThat(findings(thighTimes(3, Stroke.SKIN_STRETCH), RuleIds.TOO_FEW_REPETITIONS))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("the stroke 3 times " + thigh));
    }

    @Test
    void notesMoreThanFifteenRepetitionsAndMoreThanSevenWhenStrict() {
      assertThat(findings(thighTimes(20, Stroke.SKIN_STRETCH), RuleIds.MANY_REPETITIONS))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
      assertThat(findings(thighTimes(15, Stroke.SKIN_STRETCH), RuleIds.MANY_REPETITIONS)).isEmpty();
      assertThat(
              strict(
                  thighTimes(10, Stroke.SKIN_STRETCH),
                  PatientContext.none(),
                  RuleIds.MANY_REPETITIONS))
          .hasSize(1);
      assertThat(
              strict(
                  thighTimes(7, Stroke.SKIN_STRETCH),
                  PatientContext.none(),
                  RuleIds.MANY_REPETITIONS))
          .isEmpty();
    }
  }

  @Nested
  class TempoTooFast {
    @Test
    void notesARhythmFasterThanASecondPerCycle() {
      Step fast = step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L").withTempo(Tempo.ofSeconds(0.5));
      assertThat(findings(opened(nodes("INGUINAL_SUPERFICIAL_L"), fast), RuleIds.TEMPO_TOO_FAST))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
      assertThat(findings(goodThigh(), RuleIds.TEMPO_TOO_FAST)).isEmpty();
    }
  }

  @Nested
  class StrokeUnsuitedToRegion {
    @Test
    void notesPumpStrokesOnTheFace() {
      Protocol pump =
          opened(nodes("SUBMANDIBULAR_L"), step("FACE_LOWER_L", "SUBMANDIBULAR_L", Stroke.PUMP));
      assertThat(findings(pump, RuleIds.STROKE_UNSUITED_TO_REGION))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.severity()).isEqualTo(Severity.INFO);
                assertThat(x.sources()).containsExactlyElementsOf(Stroke.PUMP.sources());
              });
      Protocol circles =
          opened(
              nodes("SUBMANDIBULAR_L"),
              step("FACE_LOWER_L", "SUBMANDIBULAR_L", Stroke.STATIONARY_CIRCLE));
      assertThat(findings(circles, RuleIds.STROKE_UNSUITED_TO_REGION)).isEmpty();
    }
  }

  @Nested
  class UnnecessaryStep {
    private final Protocol elbowsThenLeg =
        opened(
            nodes("CUBITAL_L"),
            nodes("INGUINAL_SUPERFICIAL_L"),
            step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"));

    @Test
    void notesTheInnerElbowsBeforeALegProtocol() {
      assertThat(findings(elbowsThenLeg, affected("FOOT_L"), RuleIds.UNNECESSARY_STEP))
          .singleElement()
          .satisfies(
              x -> {
                assertThat(x.location()).contains(at(0, 2));
                assertThat(x.sites()).containsExactly("CUBITAL_L");
              });
    }

    @Test
    void acceptsTheInnerElbowsForAnArmProtocol() {
      assertThat(findings(elbowsThenLeg, affected("FOREARM_L", "FOOT_L"), RuleIds.UNNECESSARY_STEP))
          .isEmpty();
    }

    @Test
    void saysNothingWithoutATreatedOrAffectedArea() {
      assertThat(findings(elbowsThenLeg, PatientContext.none(), RuleIds.UNNECESSARY_STEP))
          .isEmpty();
    }
  }

  @Nested
  class AffectedRegionNotTreated {
    @Test
    void warnsWhenTheAffectedLimbIsNeverWorked() {
      assertThat(findings(goodThigh(), affected("HAND_L"), RuleIds.AFFECTED_REGION_NOT_TREATED))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void notesAnAffectedRegionReachedOnlyThroughItsLimb() {
      assertThat(findings(goodThigh(), affected("FOOT_L"), RuleIds.AFFECTED_REGION_NOT_TREATED))
          .singleElement()
          .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void acceptsTheAffectedRegionWorked() {
      assertThat(
              findings(
                  goodThigh(), affected("THIGH_MEDIAL_L"), RuleIds.AFFECTED_REGION_NOT_TREATED))
          .isEmpty();
    }

    @Test
    void checksTheRegionsTheProtocolClaimsToTreat() {
      Protocol claims = goodThigh().withTreats(List.of(region("HAND_R")));
      assertThat(findings(claims, RuleIds.AFFECTED_REGION_NOT_TREATED))
          .singleElement()
          .satisfies(x -> assertThat(x.message()).contains("claims to treat"));
    }
  }
}
