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

  /**
   * The regions affected by swelling about which nothing more is recorded (e.g. {@code FOOT_L}).
   * Regions whose cause, stage or tissue is known are listed in {@link #areas()} instead; {@link
   * #affectedRegions()} gives both.
   */
  public abstract ImmutableSet<Region> affected();

  /** The affected areas with their cause, ISL stage and tissue, each region in one area at most. */
  public abstract ImmutableList<AffectedArea> areas();

  /** Who carries the protocol out, if recorded; absent reads as a therapist's protocol. */
  public abstract Optional<Setting> setting();

  /** Node groups that were removed, irradiated or are otherwise impaired. */
  public abstract ImmutableList<CompromisedNodeGroup> compromised();

  /** The patient's conditions relevant to MLD. */
  public abstract ImmutableList<PatientCondition> conditions();

  /**
   * The state of the tissue in the affected regions of {@link #affected()} (and the whole body when
   * no region is listed): {@code NORMAL} unless recorded. An area's own tissue in {@link #areas()}
   * takes precedence for its regions.
   */
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

  /** Every affected region: those of {@link #affected()} and those of {@link #areas()}. */
  @Value.Lazy
  public ImmutableSet<Region> affectedRegions() {
    ImmutableSet.Builder<Region> b = ImmutableSet.<Region>builder().addAll(affected());
    for (AffectedArea a : areas()) {
      b.addAll(a.regions());
    }
    return b.build();
  }

  /** The area a region belongs to, if it is listed in one of {@link #areas()}. */
  public Optional<AffectedArea> areaOf(Region region) {
    for (AffectedArea a : areas()) {
      if (a.regions().contains(region)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The condition as recorded, if the patient has it. */
  public Optional<PatientCondition> condition(Condition condition) {
    return conditions().stream().filter(c -> c.condition() == condition).findFirst();
  }

  /** Whether the protocol is for self-care. */
  public boolean isSelfCare() {
    return setting().filter(s -> s == Setting.SELF_CARE).isPresent();
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

  /** A copy with these affected areas. */
  public abstract PatientContext withAreas(Iterable<? extends AffectedArea> areas);

  /** A copy with another setting. */
  public abstract PatientContext withSetting(Setting setting);

  /** A copy with another tissue state. */
  public abstract PatientContext withTissue(TissueState tissue);

  /** A builder for a patient context. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks a node group, a condition and an affected region are each listed once. */
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
    Set<String> regions = new HashSet<>();
    for (Region r : affected()) {
      regions.add(r.id());
    }
    for (AffectedArea a : areas()) {
      for (Region r : a.regions()) {
        checkArgument(regions.add(r.id()), "Region %s is listed as affected twice", r.id());
      }
    }
    label()
        .ifPresent(
            l -> checkArgument(!l.isBlank(), "A patient label must not be blank when present"));
  }

  /** Builds {@link PatientContext}s. */
  public static final class Builder extends ImmutablePatientContext.Builder {}
}
