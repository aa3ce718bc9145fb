package io.github.lympha.validation;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.Stroke;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Small protocols and contexts written the way the rule tests need them. */
final class Fixtures {
  static final Anatomy ANATOMY = Anatomy.standard();

  private Fixtures() {}

  /**
   * A new validator with the standard rules and policy. Rule tests validate with a new one: the
   * shared {@link Validator#standard()} remembers findings and drainage facts between calls, so a
   * test run after another one on the same protocol (as PIT runs them against each mutant) would
   * read what the unmutated code found instead of running the rule.
   */
  static Validator validator() {
    return Validator.builder().build();
  }

  static Site site(String id) {
    return ANATOMY.site(id);
  }

  static NodeGroup group(String id) {
    return ANATOMY.nodeGroup(id);
  }

  static Region region(String id) {
    return ANATOMY.region(id);
  }

  /**
   * A step with a stroke that suits the site: stationary circles on nodes, skin stretches
   * elsewhere.
   */
  static Step step(String site, String toward) {
    Site s = site(site);
    return step(site, toward, s.isNodeGroup() ? Stroke.STATIONARY_CIRCLE : Stroke.SKIN_STRETCH);
  }

  static Step step(String site, String toward, Stroke stroke) {
    return Step.builder().site(site(site)).stroke(stroke).toward(group(toward)).build();
  }

  /** A node-group step: stationary circles on the group itself. */
  static Step nodes(String group) {
    return step(group, group);
  }

  /** Both termini, left first. */
  static List<Step> openBoth() {
    return List.of(nodes("TERMINUS_L"), nodes("TERMINUS_R"));
  }

  static Protocol protocol(Step... steps) {
    return protocol(Arrays.asList(steps));
  }

  static Protocol protocol(List<Step> steps) {
    return Protocol.builder()
        .id("test")
        .title("Test protocol")
        .addSequences(Sequence.of("Steps", steps))
        .build();
  }

  /** A protocol of these steps in another anatomy. */
  static Protocol protocolIn(Anatomy anatomy, List<Step> steps) {
    return Protocol.builder()
        .id("test")
        .title("Test protocol")
        .anatomy(anatomy)
        .addSequences(Sequence.of("Steps", steps))
        .build();
  }

  /** Both termini opened, then these steps. */
  static Protocol opened(Step... steps) {
    List<Step> all = new java.util.ArrayList<>(openBoth());
    all.addAll(Arrays.asList(steps));
    return protocol(all);
  }

  static PatientContext affected(String... regions) {
    return PatientContext.builder()
        .addAllAffected(Arrays.stream(regions).map(Fixtures::region).collect(Collectors.toList()))
        .build();
  }

  static PatientContext removed(String... groups) {
    return compromised(Compromise.REMOVED, groups);
  }

  static PatientContext compromised(Compromise why, String... groups) {
    PatientContext.Builder b = PatientContext.builder();
    for (String g : groups) {
      b.addCompromised(CompromisedNodeGroup.of(group(g), why));
    }
    return b.build();
  }

  static Step light(Step step) {
    return step.withPressure(Pressure.light());
  }

  /**
   * The seed protocol of the clinic blog (reference §8), faithfully: terminus (both sides), the
   * left axilla with scoop strokes, the inner elbows, then a leg sequence performed 15 times (inner
   * and back of the thigh toward the groin, the knee toward the groin, the knee toward the armpit).
   */
  static Protocol seedLeg() {
    Sequence opening =
        Sequence.builder()
            .name("Clear the supraclavicular area, the axilla and the inner elbows")
            .addSteps(nodes("TERMINUS_L"), nodes("TERMINUS_R"))
            .addSteps(step("AXILLARY_L", "AXILLARY_L", Stroke.SCOOP))
            .addSteps(
                step("CUBITAL_L", "CUBITAL_L", Stroke.SKIN_STRETCH),
                step("CUBITAL_R", "CUBITAL_R", Stroke.SKIN_STRETCH))
            .build();
    Sequence leg =
        Sequence.builder()
            .name("Leg, from the thigh down to the knee")
            .addSteps(
                step("THIGH_MEDIAL_L", "INGUINAL_SUPERFICIAL_L"),
                step("THIGH_POSTERIOR_L", "INGUINAL_SUPERFICIAL_L"),
                step("KNEE_L", "INGUINAL_SUPERFICIAL_L"),
                step("KNEE_L", "AXILLARY_L"))
            .repeats(15)
            .build();
    return Protocol.builder()
        .id("seed-clinic-leg")
        .title("Lymphatic drainage for the leg (clinic blog)")
        .addTreats(region("FOOT_L"))
        .addSequences(opening, leg)
        .addSources("S36", "S39")
        .build();
  }

  /** Left ankle swelling with intact nodes. */
  static PatientContext ankleSwelling() {
    return PatientContext.builder()
        .label("left ankle swelling, intact nodes")
        .addAffected(region("FOOT_L"))
        .build();
  }

  /** Left leg swelling after a left inguinal dissection (superficial and deep nodes removed). */
  static PatientContext afterInguinalDissection() {
    return PatientContext.builder()
        .label("left leg swelling after left inguinal dissection")
        .addAffected(region("FOOT_L"))
        .addCompromised(
            CompromisedNodeGroup.of(group("INGUINAL_SUPERFICIAL_L"), Compromise.REMOVED))
        .addCompromised(CompromisedNodeGroup.of(group("INGUINAL_DEEP_L"), Compromise.REMOVED))
        .build();
  }
}
