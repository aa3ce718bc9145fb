package io.github.lympha.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Clearance;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.ConditionStatus;
import io.github.lympha.patient.IslStage;
import io.github.lympha.patient.OedemaCause;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a document tree into a {@link PatientContext}, reporting every problem it finds. */
final class PatientDecoder {
  static final String KIND = "patient";

  static final List<String> ROOT =
      List.of(
          "lympha",
          "kind",
          "label",
          "setting",
          "affected",
          "areas",
          "compromised",
          "conditions",
          "tissue");
  static final List<String> COMPROMISED = List.of("group", "reason");
  static final List<String> CONDITION =
      List.of(
          "condition",
          "regions",
          "status",
          "nyhaClass",
          "fever",
          "treatmentDay",
          "metastatic",
          "palliative",
          "trimester",
          "clearance");
  static final List<String> AREA = List.of("regions", "cause", "stage", "tissue");
  static final List<String> CLEARANCE = List.of("by", "scope");
  static final int MAX_TEXT = 1000;

  private final Decoding d;

  PatientDecoder(Problems problems, Anatomy anatomy) {
    this.d = new Decoding(problems, anatomy);
  }

  Optional<PatientContext> decode(Node root) {
    int before = d.problems.count();
    Optional<Node.Obj> object = d.asObject(root, "a patient context", ROOT);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    if (!d.header(o, KIND, ProtocolDecoder.KIND, "read it as a protocol")) {
      return Optional.empty();
    }
    d.checkFields(o, "a patient context", ROOT);
    PatientContext.Builder b = PatientContext.builder();
    Decoding.optional(o, "label")
        .flatMap(n -> d.nonBlank(n, "the label", Integer.MAX_VALUE))
        .ifPresent(b::label);
    Decoding.optional(o, "setting")
        .flatMap(n -> d.code(n, Setting.class, "setting"))
        .ifPresent(b::setting);
    Map<Region, Node> regions = new HashMap<>();
    Optional<Node> affected = Decoding.optional(o, "affected");
    if (affected.isPresent()) {
      Optional<ImmutableList<Region>> list = d.list(affected.get(), "region ids", d::region, true);
      if (list.isPresent()) {
        b.addAllAffected(list.get());
        List<Node> elements = ((Node.Arr) affected.get()).elements();
        for (int i = 0; i < list.get().size(); i++) {
          regions.putIfAbsent(list.get().get(i), elements.get(i));
        }
      }
    }
    Decoding.optional(o, "areas").flatMap(n -> areas(n, regions)).ifPresent(b::addAllAreas);
    Decoding.optional(o, "compromised").flatMap(this::compromised).ifPresent(b::addAllCompromised);
    Decoding.optional(o, "conditions").flatMap(this::conditions).ifPresent(b::addAllConditions);
    Decoding.optional(o, "tissue")
        .flatMap(n -> d.code(n, TissueState.class, "tissue state"))
        .ifPresent(b::tissue);
    if (d.problems.count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      d.problems.at(o, ProtocolDecoder.lowerFirst(ProtocolDecoder.message(e)));
      return Optional.empty();
    }
  }

  private Optional<ImmutableList<AffectedArea>> areas(Node node, Map<Region, Node> seen) {
    return d.list(
        node,
        "affected areas ({\"regions\": [...], \"cause\": ...})",
        element -> {
          int before = d.problems.count();
          Optional<Node.Obj> object = d.object(element, "an affected area", AREA);
          if (object.isEmpty()) {
            return Optional.empty();
          }
          Node.Obj o = object.get();
          Optional<Node> regionsNode =
              d.required(o, "regions", "name the area's regions, e.g. [CALF_L, FOOT_L]");
          Optional<ImmutableList<Region>> regions =
              regionsNode.flatMap(n -> d.list(n, "region ids", d::region, true));
          if (regions.isPresent() && regions.get().isEmpty()) {
            d.problems.at(regionsNode.get(), "an affected area needs at least one region");
          }
          if (regions.isPresent()) {
            Node.Arr arr = (Node.Arr) regionsNode.get();
            for (int i = 0; i < regions.get().size(); i++) {
              Region r = regions.get().get(i);
              Node at = arr.elements().get(i);
              Node first = seen.putIfAbsent(r, at);
              if (first != null) {
                d.problems.at(
                    at,
                    "region "
                        + r.id()
                        + " is already listed as affected (at "
                        + first.pointer()
                        + ", line "
                        + first.line()
                        + "); list each region in one place");
              }
            }
          }
          AffectedArea.Builder area = AffectedArea.builder();
          Decoding.optional(o, "cause")
              .flatMap(n -> d.code(n, OedemaCause.class, "oedema cause"))
              .ifPresent(area::cause);
          Decoding.optional(o, "stage")
              .flatMap(n -> d.code(n, IslStage.class, "ISL stage"))
              .ifPresent(area::stage);
          Decoding.optional(o, "tissue")
              .flatMap(n -> d.code(n, TissueState.class, "tissue state"))
              .ifPresent(area::tissue);
          if (d.problems.count() > before || regions.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(area.addAllRegions(regions.get()).build());
        },
        false);
  }

  private Optional<ImmutableList<CompromisedNodeGroup>> compromised(Node node) {
    Map<NodeGroup, Node> seen = new HashMap<>();
    return d.list(
        node,
        "compromised node groups ({\"group\": ..., \"reason\": ...})",
        element -> {
          int before = d.problems.count();
          Optional<Node.Obj> object = d.object(element, "a compromised node group", COMPROMISED);
          if (object.isEmpty()) {
            return Optional.empty();
          }
          Node.Obj o = object.get();
          Optional<Node> groupNode = d.required(o, "group", "name the node group, e.g. AXILLARY_L");
          Optional<NodeGroup> group = groupNode.flatMap(d::nodeGroup);
          Optional<Compromise> reason =
              d.required(o, "reason", "say why: REMOVED, IRRADIATED or IMPAIRED")
                  .flatMap(n -> d.code(n, Compromise.class, "reason"));
          if (group.isPresent()) {
            Node first = seen.putIfAbsent(group.get(), groupNode.get());
            if (first != null) {
              d.problems.at(
                  groupNode.get(),
                  "node group "
                      + group.get().id()
                      + " is listed as compromised twice (first at "
                      + first.pointer()
                      + "); list it once");
            }
          }
          if (d.problems.count() > before || group.isEmpty() || reason.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(CompromisedNodeGroup.of(group.get(), reason.get()));
        },
        false);
  }

  /**
   * A qualifier that belongs to some conditions only: reported where it stands when the condition
   * is another one.
   */
  private Optional<Node> qualifier(
      Node.Obj o,
      String field,
      Optional<Condition> condition,
      java.util.function.Predicate<Condition> belongs,
      String which) {
    Optional<Node> node = Decoding.optional(o, field);
    if (node.isPresent() && condition.isPresent() && !belongs.test(condition.get())) {
      d.problems.atName(
          node.get(),
          "\""
              + field
              + "\" applies to "
              + which
              + ", not to "
              + condition.get().code()
              + "; leave it out");
      return Optional.empty();
    }
    return node;
  }

  private Optional<Clearance> clearance(Node node) {
    Optional<Node.Obj> object = d.object(node, "a clearance", CLEARANCE);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    Optional<String> by =
        d.required(o, "by", "say who gave the clearance, e.g. \"Dr. Weber, cardiology\"")
            .flatMap(n -> d.nonBlank(n, "who gave the clearance (by)", MAX_TEXT));
    Optional<String> scope =
        d.required(o, "scope", "say what the clearance covers, e.g. \"MLD of the left leg\"")
            .flatMap(n -> d.nonBlank(n, "what the clearance covers (scope)", MAX_TEXT));
    if (by.isEmpty() || scope.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Clearance.of(by.get(), scope.get()));
  }

  private Optional<ImmutableList<PatientCondition>> conditions(Node node) {
    Map<Condition, Node> seen = new HashMap<>();
    return d.list(
        node,
        "conditions ({\"condition\": ...})",
        element -> {
          int before = d.problems.count();
          Optional<Node.Obj> object = d.object(element, "a condition", CONDITION);
          if (object.isEmpty()) {
            return Optional.empty();
          }
          Node.Obj o = object.get();
          Optional<Node> conditionNode =
              d.required(o, "condition", "name the condition, e.g. ACUTE_INFECTION");
          Optional<Condition> condition =
              conditionNode.flatMap(n -> d.code(n, Condition.class, "condition"));
          Optional<ImmutableList<Region>> regions =
              Decoding.optional(o, "regions")
                  .map(n -> d.list(n, "region ids", d::region, true))
                  .orElse(Optional.of(ImmutableList.of()));
          if (condition.isPresent()) {
            Node first = seen.putIfAbsent(condition.get(), conditionNode.get());
            if (first != null) {
              d.problems.at(
                  conditionNode.get(),
                  "condition "
                      + condition.get()
                      + " is listed twice (first at "
                      + first.pointer()
                      + "); list it once");
            }
          }
          PatientCondition.Builder pc = PatientCondition.builder();
          Decoding.optional(o, "status")
              .flatMap(n -> d.code(n, ConditionStatus.class, "condition status"))
              .ifPresent(pc::status);
          qualifier(o, "nyhaClass", condition, Condition::isHeartFailure, "heart failure")
              .flatMap(n -> d.whole(n, "NYHA class", 1, 4))
              .ifPresent(pc::nyhaClass);
          Decoding.optional(o, "fever").flatMap(d::bool).ifPresent(pc::fever);
          Decoding.optional(o, "treatmentDay")
              .flatMap(n -> d.whole(n, "treatment day", 1, PatientCondition.MAX_TREATMENT_DAY))
              .ifPresent(pc::treatmentDay);
          qualifier(o, "metastatic", condition, Condition::isMalignancy, "a malignancy")
              .flatMap(d::bool)
              .ifPresent(pc::metastatic);
          Decoding.optional(o, "palliative").flatMap(d::bool).ifPresent(pc::palliative);
          qualifier(o, "trimester", condition, c -> c == Condition.PREGNANCY, "PREGNANCY")
              .flatMap(n -> d.whole(n, "trimester", 1, 3))
              .ifPresent(pc::trimester);
          Decoding.optional(o, "clearance").flatMap(this::clearance).ifPresent(pc::clearance);
          if (d.problems.count() > before || condition.isEmpty() || regions.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              pc.condition(condition.get())
                  .addAllRegions(ImmutableSet.copyOf(regions.get()))
                  .build());
        },
        false);
  }
}
