package io.github.lympha.validation;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.ContraindicationClass;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.Scope;
import io.github.lympha.protocol.LocatedStep;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Stroke;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/** The rules on the order of work: central first, proximal before distal, back to the centre. */
final class SequencingRules {
  private SequencingRules() {}

  /** Whether the context records a neck contraindication the policy treats as absolute. */
  static boolean neckForbidden(ValidationContext context) {
    for (PatientCondition c : context.conditions()) {
      if (c.condition().scope() == Scope.NECK
          && context.policy().classOf(c.condition()) == ContraindicationClass.ABSOLUTE) {
        return true;
      }
    }
    return false;
  }

  /** Whether the context records any contraindication for deep abdominal work. */
  static boolean abdomenRestricted(ValidationContext context) {
    return context.conditions().stream().anyMatch(c -> c.condition().scope() == Scope.ABDOMEN);
  }

  /** Work begins before a venous angle is opened. */
  static final class TerminusNotOpened extends StructuralRule {
    TerminusNotOpened() {
      super(
          RuleIds.TERMINUS_NOT_OPENED,
          Severity.ERROR,
          "Work begins before a venous angle (terminus) is opened: the first steps must work the"
              + " termini, and the neck, before any other site. A warning when the protocol never"
              + " works a terminus (a preparation left out rather than an inverted order).",
          "S17",
          "S40",
          "S41");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      ImmutableList<LocatedStep> steps = context.steps();
      if (steps.isEmpty() || neckForbidden(context) || context.anatomy().termini().isEmpty()) {
        return List.of();
      }
      OptionalInt outside = context.firstStepOutsideNeck();
      OptionalInt terminus = context.firstTerminusStep();
      List<Site> sites = new ArrayList<>(context.anatomy().termini());
      String fix =
          "Begin with stationary circles over both termini (the hollows above the collarbones),"
              + " then the neck, before any other site.";
      if (outside.isPresent()) {
        if (terminus.isPresent() && terminus.getAsInt() < outside.getAsInt()) {
          return List.of();
        }
        LocatedStep at = steps.get(outside.getAsInt());
        sites.add(0, at.step().site());
        String later =
            terminus.isPresent()
                ? " The first terminus step comes only later, at "
                    + stepAt(context, terminus.getAsInt())
                    + "."
                : " The protocol never works a terminus.";
        return List.of(
            make(
                at(at).fix(fix),
                terminus.isPresent() ? defaultSeverity() : defaultSeverity().lower(),
                () ->
                    "Work begins at "
                        + the(at.step().site())
                        + " before a venous angle (terminus) is opened."
                        + later
                        + " MLD opens the terminus first, then the neck, so that the lymph moved"
                        + " afterwards can drain.",
                sites));
      }
      if (terminus.isPresent()) {
        return List.of();
      }
      LocatedStep first = steps.get(0);
      return List.of(
          make(
              at(first).fix(fix),
              defaultSeverity().lower(),
              () ->
                  "The protocol works the neck but never a venous angle (terminus); MLD opens the"
                      + " terminus first.",
              sites));
    }
  }

  /** Only one venous angle is opened before the work begins. */
  static final class TerminusOpenedOnOneSideOnly extends StructuralRule {
    TerminusOpenedOnOneSideOnly() {
      super(
          RuleIds.TERMINUS_OPENED_ON_ONE_SIDE_ONLY,
          Severity.WARNING,
          "Only one venous angle is opened before the work begins, and the treated area's lymph"
              + " reaches the other one too (or that is not known); an info when the opened side is"
              + " the only one that receives the treated area, a matter of school that the policy"
              + " decides.",
          "S40",
          "S39",
          "S14",
          "S16");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      ImmutableList<LocatedStep> steps = context.steps();
      List<NodeGroup> termini = context.anatomy().termini();
      if (steps.isEmpty() || termini.size() < 2 || neckForbidden(context)) {
        return List.of();
      }
      OptionalInt outside = context.firstStepOutsideNeck();
      int limit = outside.isPresent() ? outside.getAsInt() : steps.size();
      List<NodeGroup> opened = new ArrayList<>();
      List<NodeGroup> missing = new ArrayList<>();
      for (NodeGroup t : termini) {
        (context.isWorkedBefore(t, limit) ? opened : missing).add(t);
      }
      if (opened.isEmpty() || missing.isEmpty()) {
        return List.of();
      }
      int where =
          outside.isPresent() ? outside.getAsInt() : context.firstWorked(opened.get(0)).orElse(0);
      LocatedStep at = steps.get(where);
      List<Site> sites = new ArrayList<>(opened);
      sites.addAll(missing);
      String before = outside.isPresent() ? " before " + the(at.step().site()) : "";
      Set<NodeGroup> receiving = receivingTermini(context);
      boolean onlyReceiving = !receiving.isEmpty() && opened.containsAll(receiving);
      String opening =
          "Only "
              + names(opened)
              + (outside.isPresent() ? " is opened before the work begins here" : " is opened")
              + "; "
              + names(missing)
              + " is not.";
      if (onlyReceiving) {
        boolean strict = context.policy().bothTerminiForOneSidedWork();
        return List.of(
            make(
                at(at)
                    .fix(
                        "To follow the sources that open both sides, open "
                            + names(missing)
                            + " as well"
                            + before
                            + "."),
                strict ? defaultSeverity() : Severity.INFO,
                () ->
                    opening
                        + " The treated area's lymph reaches only "
                        + names(opened)
                        + ", and some protocols open that side only; the reference's sources open the"
                        + " neck on both sides even for a problem on one side. That is a matter of"
                        + " school: the policy \""
                        + context.policy().name()
                        + "\" "
                        + (strict ? "asks for both sides." : "reports it for information only."),
                sites));
      }
      return List.of(
          make(
              at(at).fix("Open " + names(missing) + " as well" + before + "."),
              defaultSeverity(),
              () ->
                  opening
                      + (receiving.isEmpty()
                          ? ""
                          : " The treated area's lymph reaches " + names(receiving) + ".")
                      + " The sources open the neck on both sides, even for a problem on one side.",
              sites));
    }

    /**
     * The venous angles the treated and affected areas drain to physiologically, and — for an area
     * whose drainage is compromised — every venous angle a reroute could reach; empty when there
     * are no areas.
     */
    private static Set<NodeGroup> receivingTermini(ValidationContext context) {
      Anatomy anatomy = context.anatomy();
      Set<NodeGroup> receiving = new LinkedHashSet<>();
      for (Site area : context.areas()) {
        boolean rerouted = context.drainage().isDrainageCompromised(area);
        for (NodeGroup t : anatomy.termini()) {
          if (anatomy.drainsTo(area, t) || (rerouted && anatomy.isReachable(area, t))) {
            receiving.add(t);
          }
        }
      }
      return receiving;
    }
  }

  /** A site is worked before a proximal station that the protocol works later. */
  static final class DistalBeforeProximal extends StructuralRule {
    DistalBeforeProximal() {
      super(
          RuleIds.DISTAL_BEFORE_PROXIMAL,
          Severity.ERROR,
          "A region or node group is worked before stations proximal to it on its route (the"
              + " nodes its stretches lead to, segments nearer the trunk, the neck before the face)"
              + " that the protocol works only later.",
          "S9",
          "S40",
          "S41",
          "S36",
          "S39");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Anatomy anatomy = context.anatomy();
      // The worked sites in order of their first step (workedSites keeps that order), so only
      // later ones can be late stations.
      List<Site> worked = context.workedSites().asList();
      int[] firstOf = new int[worked.size()];
      for (int i = 0; i < firstOf.length; i++) {
        firstOf[i] = context.firstWorked(worked.get(i)).orElse(0);
      }
      int firstTerminus = context.firstTerminusStep().orElse(Integer.MAX_VALUE);
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < firstOf.length; i++) {
        Site s = worked.get(i);
        int fs = firstOf[i];
        Set<Site> proximal = anatomy.proximalSites(s);
        if (proximal.isEmpty()) {
          continue;
        }
        // The node groups the site is stretched toward, gathered only when a node group is a
        // candidate late station.
        Set<NodeGroup> towards = null;
        List<Site> late = new ArrayList<>();
        int earliest = Integer.MAX_VALUE;
        for (int j = i + 1; j < firstOf.length; j++) {
          Site p = worked.get(j);
          int fp = firstOf[j];
          if (fp <= fs || !proximal.contains(p) || !counts(context, p, s, fs, firstTerminus)) {
            continue;
          }
          if (p.isNodeGroup()) {
            if (towards == null) {
              towards = towards(context, s);
            }
            if (!onTheWay(anatomy, p, towards)) {
              continue;
            }
          }
          late.add(p);
          earliest = Math.min(earliest, fp);
        }
        if (late.isEmpty()) {
          continue;
        }
        LocatedStep at = context.steps().get(fs);
        int firstLate = earliest;
        List<Site> sites = new ArrayList<>();
        sites.add(s);
        sites.addAll(late);
        findings.add(
            make(
                at(at).fix("Work " + names(late) + " before " + the(s) + "."),
                defaultSeverity(),
                () ->
                    "The protocol works "
                        + the(s)
                        + " here, before "
                        + names(late)
                        + " proximal to it, which it works only later (first at "
                        + stepAt(context, firstLate)
                        + "). Clear proximal stations first and treat a limb from proximal segments"
                        + " to distal ones, each stroke still pushing toward the nodes.",
                sites));
      }
      return findings;
    }

    /** The node groups the protocol's steps on a site stretch toward, in step order. */
    private static Set<NodeGroup> towards(ValidationContext context, Site site) {
      Set<NodeGroup> towards = new LinkedHashSet<>();
      for (LocatedStep ls : context.steps()) {
        if (ls.step().site().equals(site)) {
          towards.add(ls.step().toward());
        }
      }
      return towards;
    }

    /**
     * Whether a proximal station lies on the way of the site's own stretches: a region nearer the
     * trunk on the same chain, or a node group that is one of the site's targets or downstream of
     * one. (The neck stretched toward the terminus does not need the deep cervical nodes first.)
     */
    static boolean onTheWay(Anatomy anatomy, Site p, Set<NodeGroup> targets) {
      if (!p.isNodeGroup()) {
        return true;
      }
      for (NodeGroup t : targets) {
        if (t.equals(p) || anatomy.drainsTo(t, p)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a late proximal station is this rule's to report: not a compromised group, not the
     * deep abdomen (ABDOMEN_NOT_CLEARED), and not a terminus when work outside the neck began
     * before any terminus (TERMINUS_NOT_OPENED).
     */
    static boolean counts(ValidationContext context, Site p, Site s, int fs, int firstTerminus) {
      if (p.isNodeGroup() && context.compromise((NodeGroup) p).isPresent()) {
        return false;
      }
      if (ValidationContext.isDeepAbdominal(p)) {
        return false;
      }
      return !(ValidationContext.isTerminus(p)
          && !ValidationContext.isNeck(s)
          && fs < firstTerminus);
    }
  }

  /** A site is drained toward a node group that was not worked earlier. */
  static final class RegionalNodesNotPrepared extends StructuralRule {
    RegionalNodesNotPrepared() {
      super(
          RuleIds.REGIONAL_NODES_NOT_PREPARED,
          Severity.WARNING,
          "A territory is drained toward a node group that the protocol has not worked earlier;"
              + " the regional node group is cleared before its territory.",
          "S9",
          "S40",
          "S41");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      Map<NodeGroup, LocatedStep> first = new LinkedHashMap<>();
      Map<NodeGroup, Integer> more = new HashMap<>();
      for (LocatedStep ls : context.steps()) {
        Step step = ls.step();
        NodeGroup g = step.toward();
        if (step.site().equals(g)
            || g.isTerminus()
            || ValidationContext.isDeepAbdominal(g)
            || context.compromise(g).isPresent()
            || context.isWorkedBefore(g, ls.order())) {
          continue;
        }
        Drainage.Facts f = context.facts(ls);
        boolean alongRoute =
            f.kind == Drainage.Kind.REGIONAL
                || f.kind == Drainage.Kind.NEAR
                || f.kind == Drainage.Kind.NEIGHBOUR;
        if (!alongRoute || f.throughRemoved) {
          continue;
        }
        if (context.firstWorked(g).isPresent() && context.anatomy().isProximalOf(g, step.site())) {
          continue; // worked later: DISTAL_BEFORE_PROXIMAL reports it
        }
        if (first.putIfAbsent(g, ls) != null) {
          more.merge(g, 1, Integer::sum);
        }
      }
      List<Finding> findings = new ArrayList<>();
      first.forEach(
          (g, ls) -> {
            int others = more.getOrDefault(g, 0);
            String also =
                others == 0
                    ? ""
                    : " "
                        + others
                        + " later step"
                        + (others == 1 ? " does" : "s do")
                        + " the same.";
            findings.add(
                make(
                    at(ls)
                        .fix(
                            "Work the "
                                + g.name()
                                + " (e.g. stationary circles) before "
                                + describe(ls)
                                + "."),
                    defaultSeverity(),
                    () ->
                        "This step drains "
                            + the(ls.step().site())
                            + " toward the "
                            + g.name()
                            + ", but the protocol has not worked those nodes before."
                            + also
                            + " The regional node group is cleared before its territory, so that it"
                            + " can take the lymph.",
                    List.of(g, ls.step().site())));
          });
      return findings;
    }
  }

  /** Leg or lower-trunk work begins before the deep abdomen is cleared. */
  static final class AbdomenNotCleared extends StructuralRule {
    AbdomenNotCleared() {
      super(
          RuleIds.ABDOMEN_NOT_CLEARED,
          Severity.INFO,
          "Work on the legs or lower trunk (sites draining into the deep abdominal nodes) begins"
              + " before diaphragmatic breathing or deep abdominal work clears the abdomen.",
          "S17",
          "S19",
          "S33",
          "S40");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      if (abdomenRestricted(context)) {
        return List.of();
      }
      List<NodeGroup> deep = new ArrayList<>();
      for (NodeGroup g : context.anatomy().nodeGroups()) {
        if (ValidationContext.isDeepAbdominal(g)) {
          deep.add(g);
        }
      }
      if (deep.isEmpty()) {
        return List.of();
      }
      OptionalInt clearing = context.firstAbdominalClearing();
      int limit = clearing.orElse(Integer.MAX_VALUE);
      for (LocatedStep ls : context.steps()) {
        if (ls.order() >= limit) {
          break;
        }
        Site site = ls.step().site();
        boolean lower = deep.stream().anyMatch(g -> context.anatomy().drainsTo(site, g));
        if (!lower) {
          continue;
        }
        String later =
            clearing.isPresent()
                ? " (the protocol clears it only later, at " + stepAt(context, limit) + ")"
                : "";
        List<Site> sites = new ArrayList<>();
        sites.add(site);
        sites.addAll(deep);
        return List.of(
            make(
                at(ls)
                    .fix(
                        "After the neck and before "
                            + describe(ls)
                            + ", add diaphragmatic breathing with deep abdominal work ("
                            + Stroke.ABDOMINAL_BREATHING.code()
                            + ")."),
                defaultSeverity(),
                () ->
                    "Work on "
                        + the(site)
                        + " drains toward "
                        + names(deep)
                        + ", but the abdomen has not been cleared before it"
                        + later
                        + ". Sources commonly clear the deep abdomen with diaphragmatic breathing"
                        + " before working the legs or the trunk.",
                sites));
      }
      return List.of();
    }
  }

  /** The protocol does not finish at the centre. */
  static final class NoReturnToCentre extends StructuralRule {
    NoReturnToCentre() {
      super(
          RuleIds.NO_RETURN_TO_CENTRE,
          Severity.INFO,
          "The protocol does not finish by working node groups, the neck or terminus again, or"
              + " with effleurage.",
          "S18",
          "S9");
    }

    @Override
    public List<Finding> check(ValidationContext context) {
      ImmutableList<LocatedStep> steps = context.steps();
      if (steps.isEmpty()) {
        return List.of();
      }
      LocatedStep last = steps.get(steps.size() - 1);
      Step step = last.step();
      if (step.site().isNodeGroup()
          || ValidationContext.isNeck(step.site())
          || step.stroke() == Stroke.EFFLEURAGE) {
        return List.of();
      }
      return List.of(
          make(
              at(last)
                  .fix(
                      "End with the proximal node groups, the neck or the terminus, or a few"
                          + " effleurage strokes toward the nodes."),
              defaultSeverity(),
              () ->
                  "The protocol ends at "
                      + the(step.site())
                      + ". Sources finish by working the proximal nodes, the neck or the terminus"
                      + " again, or with effleurage.",
              step.site()));
    }
  }
}
