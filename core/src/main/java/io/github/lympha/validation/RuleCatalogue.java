package io.github.lympha.validation;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * Lympha's standard rules, in the order {@link Validator#standard()} runs them. Every rule cites
 * the sources of the domain reference it rests on; {@code docs/rules.md} documents each one.
 */
public final class RuleCatalogue {
  private static final ImmutableList<Rule> STANDARD =
      ImmutableList.of(
          new ScopeRules.EmptyProtocol(),
          new ScopeRules.UnknownPatientSite(),
          ContraindicationRules.ByClass.absolute(),
          ContraindicationRules.ByClass.relative(),
          ContraindicationRules.ByClass.debated(),
          new ContraindicationRules.Regional(),
          new ContraindicationRules.OedemaCauseToCheck(),
          new SequencingRules.TerminusNotOpened(),
          new SequencingRules.TerminusOpenedOnOneSideOnly(),
          new SequencingRules.DistalBeforeProximal(),
          new SequencingRules.RegionalNodesNotPrepared(),
          new SequencingRules.AbdomenNotCleared(),
          new SequencingRules.NoReturnToCentre(),
          new DirectionRules.DirectionAway(),
          new DirectionRules.ViaDoesNotFit(),
          new DirectionRules.TargetNodeGroupRemoved(),
          new DirectionRules.SkipsRegionalNodeGroup(),
          new DirectionRules.TargetNotTerritorial(),
          new DirectionRules.WatershedCrossedWithoutPreparedAnastomosis(),
          new TechniqueRules.PressureTooHigh(),
          new TechniqueRules.TooFewRepetitions(),
          new TechniqueRules.ManyRepetitions(),
          new TechniqueRules.TempoTooFast(),
          new TechniqueRules.StrokeUnsuitedToRegion(),
          new TechniqueRules.StrokeNotForSelfCare(),
          new ScopeRules.UnnecessaryStep(),
          new ScopeRules.AffectedRegionNotTreated());

  private static final ImmutableList<RuleDescriptor> DESCRIPTORS =
      STANDARD.stream().map(Rule::descriptor).collect(ImmutableList.toImmutableList());

  private RuleCatalogue() {}

  /** The standard rules. They are stateless and safe to share. */
  public static ImmutableList<Rule> standardRules() {
    return STANDARD;
  }

  /** The descriptors of the standard rules, at their default severities. */
  public static ImmutableList<RuleDescriptor> descriptors() {
    return DESCRIPTORS;
  }

  /** The standard rule with this id or alias, if there is one. */
  public static Optional<Rule> find(String idOrAlias) {
    checkNotNull(idOrAlias, "idOrAlias");
    return STANDARD.stream()
        .filter(r -> r.id().equals(idOrAlias) || r.aliases().contains(idOrAlias))
        .findFirst();
  }
}
