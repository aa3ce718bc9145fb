package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.AffectedArea;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} checks: the protocol, the patient context resolved against the protocol's
 * anatomy, the policy, and indexes built once per validation (where each site is first worked,
 * where work leaves the neck, …) so that rules stay linear in the number of steps.
 *
 * <p>Sites of the patient context are looked up by id in the protocol's anatomy; ids it does not
 * know are listed by {@link #unknownPatientSites()} and otherwise ignored.
 */
public final class ValidationContext {
  private final Protocol protocol;
  private final PatientContext patient;
  private final Policy policy;
  private final Anatomy anatomy;
  private final ImmutableList<LocatedStep> steps;
  private final ImmutableSet<Region> affected;
  private @Nullable ImmutableSet<Region> areasToReach;
  private final ImmutableList<AffectedArea> areas;
  private final ImmutableMap<NodeGroup, Compromise> compromised;
  private final ImmutableList<PatientCondition> conditions;
  private final ImmutableList<String> unknownPatientSites;
  // Built on first use: a validator that remembers its structural rules' findings may not need it.
  private @Nullable Firsts firsts;
  private final Drainage drainage;
  // Each step's drainage facts by order, filled on first use: several rules ask for every step.
  private final Drainage.@Nullable Facts[] factsByOrder;

  private ValidationContext(
      Protocol protocol,
      PatientContext patient,
      Policy policy,
      Drainage.@Nullable Cache drainages) {
    this.protocol = protocol;
    this.patient = patient;
    this.policy = checkNotNull(policy, "policy");
    this.anatomy = protocol.anatomy();
    this.steps = protocol.locatedSteps();
    Set<String> unknown = new LinkedHashSet<>();
    this.affected = resolveRegions(patient.affectedRegions(), unknown);
    ImmutableList.Builder<AffectedArea> resolvedAreas = ImmutableList.builder();
    for (AffectedArea a : patient.areas()) {
      ImmutableSet<Region> regions = resolveRegions(a.regions(), new LinkedHashSet<>());
      if (!regions.isEmpty()) {
        resolvedAreas.add(
            AffectedArea.builder()
                .addAllRegions(regions)
                .cause(a.cause())
                .stage(a.stage())
                .tissue(a.tissue())
                .build());
      }
    }
    this.areas = resolvedAreas.build();
    Map<NodeGroup, Compromise> groups = new LinkedHashMap<>();
    for (CompromisedNodeGroup c : patient.compromised()) {
      Optional<NodeGroup> g = anatomy.findNodeGroup(c.group().id());
      if (g.isPresent()) {
        groups.putIfAbsent(g.get(), c.reason());
      } else {
        unknown.add(c.group().id());
      }
    }
    this.compromised = ImmutableMap.copyOf(groups);
    ImmutableList.Builder<PatientCondition> conds = ImmutableList.builder();
    for (PatientCondition c : patient.conditions()) {
      conds.add(c.withRegions(resolveRegions(c.regions(), unknown)));
    }
    this.conditions = conds.build();
    this.unknownPatientSites = ImmutableList.copyOf(unknown);

    this.drainage =
        drainages == null
            ? new Drainage(anatomy, compromised)
            : drainages.get(anatomy, compromised);
    this.factsByOrder = new Drainage.Facts[steps.size()];
  }

  /**
   * Where each site is first worked, and the first steps outside the neck, at a terminus, … A step
   * on a node group of a {@link io.github.lympha.anatomy.Station station} works every group of the
   * station: protocols name the groin or the side of the neck as one place.
   */
  private static final class Firsts {
    final Map<Site, Integer> worked = new HashMap<>();
    final int outsideNeck;
    final int terminus;
    final int abdominalClearing;

    Firsts(Anatomy anatomy, ImmutableList<LocatedStep> steps) {
      int neck = -1;
      int term = -1;
      int clearing = -1;
      for (LocatedStep ls : steps) {
        Step s = ls.step();
        for (Site site : anatomy.sitesWorkedBy(s.site())) {
          worked.putIfAbsent(site, ls.order());
        }
        if (neck < 0 && !isNeck(s.site())) {
          neck = ls.order();
        }
        if (term < 0 && isTerminus(s.site())) {
          term = ls.order();
        }
        if (clearing < 0 && isAbdominalClearing(s)) {
          clearing = ls.order();
        }
      }
      this.outsideNeck = neck;
      this.terminus = term;
      this.abdominalClearing = clearing;
    }
  }

  private Firsts firsts() {
    Firsts f = firsts;
    if (f == null) {
      f = new Firsts(anatomy(), steps);
      firsts = f;
    }
    return f;
  }

  private ImmutableSet<Region> resolveRegions(Set<Region> regions, Set<String> unknown) {
    ImmutableSet.Builder<Region> resolved = ImmutableSet.builder();
    for (Region r : regions) {
      Optional<Region> found = anatomy.findRegion(r.id());
      if (found.isPresent()) {
        resolved.add(found.get());
      } else {
        unknown.add(r.id());
      }
    }
    return resolved.build();
  }

  /** The context for checking a protocol for a patient under a policy. */
  public static ValidationContext of(Protocol protocol, PatientContext patient, Policy policy) {
    return new ValidationContext(protocol, patient, policy, null);
  }

  /**
   * The context for a validator that keeps the patient-level drainage facts of earlier validations
   * in {@code drainages}.
   */
  static ValidationContext of(
      Protocol protocol, PatientContext patient, Policy policy, Drainage.Cache drainages) {
    return new ValidationContext(protocol, patient, policy, drainages);
  }

  /** The protocol being checked. */
  public Protocol protocol() {
    return protocol;
  }

  /** The patient context as given. */
  public PatientContext patient() {
    return patient;
  }

  /** The policy in force. */
  public Policy policy() {
    return policy;
  }

  /** The protocol's anatomy; every site below belongs to it. */
  public Anatomy anatomy() {
    return anatomy;
  }

  /** Every step with its location and order. */
  public ImmutableList<LocatedStep> steps() {
    return steps;
  }

  /** The patient's affected regions, in the protocol's anatomy. */
  public ImmutableSet<Region> affected() {
    return affected;
  }

  /**
   * The areas the protocol must reach: the regions it treats and the patient's affected regions.
   */
  public ImmutableSet<Region> areas() {
    ImmutableSet<Region> a = areasToReach;
    if (a == null) {
      a = ImmutableSet.<Region>builder().addAll(protocol.treats()).addAll(affected).build();
      areasToReach = a;
    }
    return a;
  }

  /** The patient's affected areas with their cause, stage and tissue, in the protocol's anatomy. */
  public ImmutableList<AffectedArea> affectedAreas() {
    return areas;
  }

  /**
   * The state of the tissue at a site, as far as the patient context tells it: the tissue (or ISL
   * stage III) of the affected area the site lies in; else, for a region of the plain affected list
   * or when no region is affected at all, the context's one tissue value; else not known. Node
   * groups have no recorded tissue.
   */
  public Optional<TissueState> tissueAt(Site site) {
    if (site.isNodeGroup()) {
      return Optional.empty();
    }
    for (AffectedArea a : areas) {
      if (a.regions().contains(site)) {
        return a.effectiveTissue();
      }
    }
    if (affected.isEmpty() || patientAffectedIds().contains(site.id())) {
      return Optional.of(patient.tissue());
    }
    return Optional.empty();
  }

  private @Nullable Set<String> plainAffectedIds;

  private Set<String> patientAffectedIds() {
    Set<String> ids = plainAffectedIds;
    if (ids == null) {
      ids = new java.util.HashSet<>();
      for (Region r : patient.affected()) {
        ids.add(r.id());
      }
      plainAffectedIds = ids;
    }
    return ids;
  }

  /** The compromised node groups, in the protocol's anatomy, with why. */
  public ImmutableMap<NodeGroup, Compromise> compromised() {
    return compromised;
  }

  /** Why a node group is compromised, if it is. */
  public Optional<Compromise> compromise(NodeGroup group) {
    return Optional.ofNullable(compromised.get(group));
  }

  /** The patient's conditions, with their regions in the protocol's anatomy. */
  public ImmutableList<PatientCondition> conditions() {
    return conditions;
  }

  /** Ids the patient context names that the protocol's anatomy does not have. */
  public ImmutableList<String> unknownPatientSites() {
    return unknownPatientSites;
  }

  /** The order of the first step that works a site (its hands on it), if any does. */
  public OptionalInt firstWorked(Site site) {
    Integer i = firsts().worked.get(site);
    return i == null ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /** Whether a step before {@code order} works the site. */
  public boolean isWorkedBefore(Site site, int order) {
    Integer i = firsts().worked.get(site);
    return i != null && i < order;
  }

  /** The sites the protocol works, each once. */
  public ImmutableSet<Site> workedSites() {
    ImmutableSet.Builder<Site> b = ImmutableSet.builder();
    for (LocatedStep ls : steps) {
      b.add(ls.step().site());
    }
    return b.build();
  }

  /** The order of the first step outside the neck (the first work after the opening), if any. */
  public OptionalInt firstStepOutsideNeck() {
    int order = firsts().outsideNeck;
    return order < 0 ? OptionalInt.empty() : OptionalInt.of(order);
  }

  /** The order of the first step that works a terminus, if any. */
  public OptionalInt firstTerminusStep() {
    int order = firsts().terminus;
    return order < 0 ? OptionalInt.empty() : OptionalInt.of(order);
  }

  /**
   * The order of the first deep abdominal step (abdominal breathing or an abdominal node group).
   */
  public OptionalInt firstAbdominalClearing() {
    int order = firsts().abdominalClearing;
    return order < 0 ? OptionalInt.empty() : OptionalInt.of(order);
  }

  Drainage drainage() {
    return drainage;
  }

  /** The drainage facts of one of {@link #steps()}, computed once per validation. */
  Drainage.Facts facts(LocatedStep step) {
    Drainage.Facts f = factsByOrder[step.order()];
    if (f == null) {
      f = drainage.facts(step.step());
      factsByOrder[step.order()] = f;
    }
    return f;
  }

  // ------------------------------------------------------------------ shared predicates

  /** Whether a site lies in the neck (termini, cervical nodes, the neck's skin). */
  static boolean isNeck(Site site) {
    return site.part() == BodyPart.NECK;
  }

  /** Whether a site is a terminus. */
  static boolean isTerminus(Site site) {
    return site.isNodeGroup() && ((NodeGroup) site).isTerminus();
  }

  /** Whether a site is a deep abdominal node group (the cisterna chyli). */
  static boolean isDeepAbdominal(Site site) {
    return site.isNodeGroup() && site.part() == BodyPart.ABDOMEN;
  }

  /** Whether a step is deep abdominal work: abdominal breathing or a deep abdominal node group. */
  static boolean isAbdominalClearing(Step step) {
    return step.stroke() == Stroke.ABDOMINAL_BREATHING || isDeepAbdominal(step.site());
  }

  /** Central work: the neck and termini, and deep abdominal work. */
  static boolean isCentral(Step step) {
    return isNeck(step.site()) || isAbdominalClearing(step);
  }
}
