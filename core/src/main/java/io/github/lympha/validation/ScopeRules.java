package io.github.lympha.validation;

import com.google.common.collect.ImmutableSet;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rules on what the protocol covers: the treated area, unnecessary steps, empty protocols. */
final class ScopeRules {
  private ScopeRules() {}

  /** "the left foot and ankle", or the first three areas and how many more. */
  static String areaWords(Set<Region> areas) {
    List<Region> list = new ArrayList<>(areas);
    if (list.size() <= 3) {
      return StandardRule.names(list);
    }
    return StandardRule.names(list.subList(0, 3)) + " (and " + (list.size() - 3) + " more)";
  }

  /** A step plays no part in draining the treated or affected area. */
  static final class UnnecessaryStep extends StructuralRule {
    UnnecessaryStep() {
      super(
          RuleIds.UNNECESSARY_STEP,
          Severity.INFO,
          "A step works a site that plays no part in draining the treated or affected area: not"
              + " on any of its routes (usual, or rerouted around compromised nodes), not central"
              + " work (neck, terminus, deep abdomen), not a target the protocol drains toward, and"
              + " not part of the limb or trunk quadrant being treated.",
          "S29",
          "S30");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      ImmutableSet<Region> areas = context.areas();
      if (areas.isEmpty() || context.steps().isEmpty()) {
        return List.of();
      }
      Anatomy anatomy = context.anatomy();
      // The sites that drain the areas depend on the patient, not the protocol: computed once.
      Drainage.Relevance base = context.drainage().relevance(areas);
      boolean reroute = base.reroute;
      // The nodes the protocol itself drains relevant sites toward, and their routes: grown to a
      // fixed point over the steps' (site, target) pairs.
      Set<Site> extra = new HashSet<>();
      boolean grew = true;
      while (grew) {
        grew = false;
        for (LocatedStep ls : context.steps()) {
          Site site = ls.step().site();
          Site target = ls.step().toward();
          if ((base.sites.contains(site) || extra.contains(site))
              && !base.sites.contains(target)
              && extra.add(target)) {
            extra.addAll(anatomy.physiologicalDownstream(target));
            grew = true;
          }
        }
      }
      Set<String> territories = new HashSet<>();
      for (Region a : areas) {
        territories.add(a.territory());
      }
      List<Finding> findings = new ArrayList<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        Site site = step.site();
        if (base.sites.contains(site)
            || extra.contains(site)
            || ValidationContext.isCentral(step)
            || (reroute && site.part().area() == BodyArea.TRUNK)
            || partOfTreatedArea(site, areas, territories)) {
          continue;
        }
        findings.add(
            make(
                at(ls).fix("Leave the step out, unless it serves a purpose of its own."),
                defaultSeverity(),
                () ->
                    "This step works "
                        + the(site)
                        + ". That site plays no part in draining "
                        + areaWords(areas)
                        + ": it is not on their drainage routes"
                        + (reroute ? " or on a reroute around the compromised nodes" : "")
                        + ", and it is not central work. It is harmless but unnecessary.",
                site));
      }
      return findings;
    }
  }

  /**
   * Whether a site belongs to the limb or trunk quadrant being treated: a region of the same
   * territory as a treated area (the hand in a forearm protocol, the breast in a chest one), or a
   * node group on the same limb (the cubital nodes of the treated arm).
   */
  static boolean partOfTreatedArea(Site site, Set<Region> areas, Set<String> territories) {
    if (site instanceof Region) {
      return territories.contains(((Region) site).territory());
    }
    if (!site.part().isLimb()) {
      return false;
    }
    for (Region a : areas) {
      if (a.part().isLimb() && a.side() == site.side() && a.part().area() == site.part().area()) {
        return true;
      }
    }
    return false;
  }

  /** The protocol never works an area it claims to treat or the patient's affected area. */
  static final class AffectedRegionNotTreated extends StructuralRule {
    AffectedRegionNotTreated() {
      super(
          RuleIds.AFFECTED_REGION_NOT_TREATED,
          Severity.WARNING,
          "The protocol never reaches a region it claims to treat or that the patient context"
              + " lists as affected; an info when it works other segments of the same limb.",
          "S9",
          "S36",
          "S39");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (context.steps().isEmpty()) {
        return List.of();
      }
      Set<Region> worked = new LinkedHashSet<>();
      for (LocatedStep ls : context.steps()) {
        if (ls.step().site() instanceof Region) {
          worked.add((Region) ls.step().site());
        }
      }
      List<Finding> findings = new ArrayList<>();
      for (Region a : context.areas()) {
        if (worked.contains(a)) {
          continue;
        }
        List<Region> same = new ArrayList<>();
        if (a.part().area() != BodyArea.TRUNK) {
          for (Region r : worked) {
            if (r.side() == a.side() && r.part().area() == a.part().area()) {
              same.add(r);
            }
          }
        }
        String claim =
            context.affected().contains(a)
                ? "which the patient context lists as affected"
                : "which the protocol claims to treat";
        List<Site> sites = new ArrayList<>();
        sites.add(a);
        sites.addAll(same);
        if (same.isEmpty()) {
          findings.add(
              make(
                  whole().fix("Add steps that work " + the(a) + ", proximal segments first."),
                  defaultSeverity(),
                  () ->
                      "The protocol never works "
                          + the(a)
                          + ", "
                          + claim
                          + ", nor any other part of the same limb or area.",
                  sites));
        } else {
          findings.add(
              make(
                  whole()
                      .fix(
                          "Add steps on "
                              + the(a)
                              + ", after the segments nearer the trunk, each stroke still pushing"
                              + " toward the nodes."),
                  defaultSeverity().lower(),
                  () ->
                      "The protocol never works "
                          + the(a)
                          + " itself, "
                          + claim
                          + "; it works other parts of the same limb or area ("
                          + names(same)
                          + ").",
                  sites));
        }
      }
      return findings;
    }
  }

  /** The protocol has no steps. */
  static final class EmptyProtocol extends StructuralRule {
    EmptyProtocol() {
      super(RuleIds.EMPTY_PROTOCOL, Severity.ERROR, "The protocol has no steps.");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (!context.protocol().sequences().isEmpty()) {
        return List.of();
      }
      return List.of(
          make(
              whole().fix("Add at least one phase with steps, beginning with the terminus."),
              defaultSeverity(),
              () -> "The protocol has no steps, so there is nothing to perform.",
              List.<Site>of()));
    }
  }

  /** The patient context names a site the protocol's anatomy does not have. */
  static final class UnknownPatientSite extends StructuralRule {
    UnknownPatientSite() {
      super(
          RuleIds.UNKNOWN_PATIENT_SITE,
          Severity.WARNING,
          "The patient context names a region or node group that the protocol's anatomy does not"
              + " have; it is left out of the checks.");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      List<Finding> findings = new ArrayList<>();
      for (String id : context.unknownPatientSites()) {
        findings.add(
            Finding.builder()
                .ruleId(id())
                .severity(defaultSeverity())
                .addSites(id)
                .message(
                    "The patient context names "
                        + id
                        + ", which the protocol's anatomy does not have; it was left out of the"
                        + " checks.")
                .fix(
                    "Use the site ids of the protocol's anatomy, or check the protocol against the"
                        + " anatomy the patient context was written for.")
                .build());
      }
      return findings;
    }
  }
}
