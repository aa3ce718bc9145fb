package io.github.lympha.patient;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.style.LymphaStyle;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The patient's situation a protocol is checked against. It describes, it does not diagnose: an app
 * records what a clinician has established.
 */
@Value.Immutable
@LymphaStyle
public abstract class PatientContext {
  private static final PatientContext NONE = builder().build();

  PatientContext() {}

  /** No patient: check a protocol's anatomical soundness alone. */
  public static PatientContext none() {
    return NONE;
  }

  /** A short label for reports, e.g. "left ankle swelling, intact nodes". */
  public abstract Optional<String> label();

  /** The regions affected by swelling (e.g. {@code FOOT_L}). */
  public abstract ImmutableSet<Region> affected();

  /** Node groups that were removed, irradiated or are otherwise impaired. */
  public abstract ImmutableList<CompromisedNodeGroup> compromised();

  /** The patient's conditions relevant to MLD. */
  public abstract ImmutableList<PatientCondition> conditions();

  /** The state of the tissue in the affected area. */
  @Value.Default
  public TissueState tissue() {
    return TissueState.NORMAL;
  }

  /** The compromised node groups themselves. */
  @Value.Lazy
  public ImmutableSet<NodeGroup> compromisedGroups() {
    return compromised().stream()
        .map(CompromisedNodeGroup::group)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Whether a node group is compromised. */
  public boolean isCompromised(NodeGroup group) {
    return compromisedGroups().contains(group);
  }

  /** Why a node group is compromised, if it is. */
  public Optional<Compromise> compromise(NodeGroup group) {
    return compromised().stream()
        .filter(c -> c.group().equals(group))
        .map(CompromisedNodeGroup::reason)
        .findFirst();
  }

  /** Whether the patient has a condition. */
  public boolean has(Condition condition) {
    return conditions().stream().anyMatch(c -> c.condition() == condition);
  }

  /** A copy with another label. */
  public abstract PatientContext withLabel(String label);

  /** A copy with these affected regions. */
  public abstract PatientContext withAffected(Iterable<? extends Region> affected);

  /** A copy with these compromised node groups. */
  public abstract PatientContext withCompromised(
      Iterable<? extends CompromisedNodeGroup> compromised);

  /** A copy with these conditions. */
  public abstract PatientContext withConditions(Iterable<? extends PatientCondition> conditions);

  /** A copy with another tissue state. */
  public abstract PatientContext withTissue(TissueState tissue);

  /** A builder for a patient context. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks a node group is listed once and conditions once. */
  @Value.Check
  protected void check() {
    Set<String> seen = new HashSet<>();
    for (CompromisedNodeGroup c : compromised()) {
      checkArgument(
          seen.add(c.group().id()), "Node group %s is listed as compromised twice", c.group().id());
    }
    Set<Condition> conditions = new HashSet<>();
    for (PatientCondition c : conditions()) {
      checkArgument(conditions.add(c.condition()), "Condition %s is listed twice", c.condition());
    }
    label()
        .ifPresent(
            l -> checkArgument(!l.isBlank(), "A patient label must not be blank when present"));
  }

  /** Builds {@link PatientContext}s. */
  public static final class Builder extends ImmutablePatientContext.Builder {}
}
