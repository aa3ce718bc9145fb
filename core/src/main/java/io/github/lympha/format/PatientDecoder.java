package io.github.lympha.format;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a document tree into a {@link PatientContext}, reporting every problem it finds. */
final class PatientDecoder {
  static final String KIND = "patient";

  static final List<String> ROOT =
      List.of("lympha", "kind", "label", "affected", "compromised", "conditions", "tissue");
  static final List<String> COMPROMISED = List.of("group", "reason");
  static final List<String> CONDITION = List.of("condition", "regions");

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
    Decoding.optional(o, "affected")
        .flatMap(n -> d.list(n, "region ids", d::region, true))
        .ifPresent(b::addAllAffected);
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
          if (d.problems.count() > before || condition.isEmpty() || regions.isEmpty()) {
            return Optional.empty();
          }
          return Optional.of(
              PatientCondition.of(condition.get(), ImmutableSet.copyOf(regions.get())));
        },
        false);
  }
}
