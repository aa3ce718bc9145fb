package io.github.lympha.validation;

import com.google.common.collect.ImmutableSet;

/**
 * The ids of the standard rules, as constants. They are stable: files, settings and reports may
 * store them. See {@code docs/rules.md} for what each one checks and its sources.
 */
public final class RuleIds {
  /** Work begins before a venous angle (terminus) is opened. */
  public static final String TERMINUS_NOT_OPENED = "TERMINUS_NOT_OPENED";

  /** Only one venous angle is opened before the work begins. */
  public static final String TERMINUS_OPENED_ON_ONE_SIDE_ONLY = "TERMINUS_OPENED_ON_ONE_SIDE_ONLY";

  /** A site is worked before a station proximal to it that the protocol works later. */
  public static final String DISTAL_BEFORE_PROXIMAL = "DISTAL_BEFORE_PROXIMAL";

  /** A stroke stretches the skin away from the node groups that drain the site. */
  public static final String DIRECTION_AWAY_FROM_DRAINING_NODES =
      "DIRECTION_AWAY_FROM_DRAINING_NODES";

  /** A step names an anastomosis its stretch does not cross. */
  public static final String VIA_DOES_NOT_FIT = "VIA_DOES_NOT_FIT";

  /** A site is drained toward a node group that was not worked earlier. */
  public static final String REGIONAL_NODES_NOT_PREPARED = "REGIONAL_NODES_NOT_PREPARED";

  /** A step drains past its regional node group to a farther one. */
  public static final String SKIPS_REGIONAL_NODE_GROUP = "SKIPS_REGIONAL_NODE_GROUP";

  /** A trunk step drains across a watershed although its territorial nodes are intact. */
  public static final String TARGET_NOT_TERRITORIAL_NODE_GROUP =
      "TARGET_NOT_TERRITORIAL_NODE_GROUP";

  /** Fluid is sent toward (or through) a removed, irradiated or impaired node group. */
  public static final String TARGET_NODE_GROUP_REMOVED = "TARGET_NODE_GROUP_REMOVED";

  /** A reroute crosses a watershed before the receiving nodes and the anastomosis were worked. */
  public static final String WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS =
      "WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS";

  /** Alias of {@link #WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS}. */
  public static final String ANASTOMOSIS_NOT_PREPARED = "ANASTOMOSIS_NOT_PREPARED";

  /** Leg or lower-trunk work begins before the deep abdomen is cleared. */
  public static final String ABDOMEN_NOT_CLEARED = "ABDOMEN_NOT_CLEARED";

  /** The protocol does not finish at the centre (nodes, neck or effleurage). */
  public static final String NO_RETURN_TO_CENTRE = "NO_RETURN_TO_CENTRE";

  /** A step's pressure is above the policy's ceiling. */
  public static final String PRESSURE_TOO_HIGH = "PRESSURE_TOO_HIGH";

  /** A step has fewer repetitions per spot than the textbook range. */
  public static final String TOO_FEW_REPETITIONS = "TOO_FEW_REPETITIONS";

  /** A step has more repetitions per spot than the policy's upper bound. */
  public static final String MANY_REPETITIONS = "MANY_REPETITIONS";

  /** A step's rhythm is faster than about 1 s per cycle. */
  public static final String TEMPO_TOO_FAST = "TEMPO_TOO_FAST";

  /** A stroke is not one the sources describe for the step's body part. */
  public static final String STROKE_UNSUITED_TO_REGION = "STROKE_UNSUITED_TO_REGION";

  /** The patient context records an absolute contraindication. */
  public static final String CONTRAINDICATION_ABSOLUTE = "CONTRAINDICATION_ABSOLUTE";

  /** The patient context records a relative contraindication. */
  public static final String CONTRAINDICATION_RELATIVE = "CONTRAINDICATION_RELATIVE";

  /** The patient context records a contraindication on which sources disagree. */
  public static final String CONTRAINDICATION_DEBATED = "CONTRAINDICATION_DEBATED";

  /** A step works an area where a region-scoped contraindication applies. */
  public static final String REGIONAL_CONTRAINDICATION = "REGIONAL_CONTRAINDICATION";

  /** An affected area's cause is unknown, or not recorded, and needs checking before MLD. */
  public static final String OEDEMA_CAUSE_TO_CHECK = "OEDEMA_CAUSE_TO_CHECK";

  /** A self-care protocol uses a stroke of the therapists' schools. */
  public static final String STROKE_NOT_FOR_SELF_CARE = "STROKE_NOT_FOR_SELF_CARE";

  /** A step plays no part in draining the treated or affected area. */
  public static final String UNNECESSARY_STEP = "UNNECESSARY_STEP";

  /** The protocol never works an area it claims to treat or the patient's affected area. */
  public static final String AFFECTED_REGION_NOT_TREATED = "AFFECTED_REGION_NOT_TREATED";

  /** The protocol has no steps. */
  public static final String EMPTY_PROTOCOL = "EMPTY_PROTOCOL";

  /** The patient context names a site the protocol's anatomy does not have. */
  public static final String UNKNOWN_PATIENT_SITE = "UNKNOWN_PATIENT_SITE";

  /** A rule threw instead of returning findings (reported by the validator itself). */
  public static final String RULE_FAILED = "RULE_FAILED";

  /** Every id above; {@link Finding} skips the character check for them. */
  static final ImmutableSet<String> ALL =
      ImmutableSet.of(
          TERMINUS_NOT_OPENED,
          TERMINUS_OPENED_ON_ONE_SIDE_ONLY,
          DISTAL_BEFORE_PROXIMAL,
          DIRECTION_AWAY_FROM_DRAINING_NODES,
          VIA_DOES_NOT_FIT,
          REGIONAL_NODES_NOT_PREPARED,
          SKIPS_REGIONAL_NODE_GROUP,
          TARGET_NOT_TERRITORIAL_NODE_GROUP,
          TARGET_NODE_GROUP_REMOVED,
          WATERSHED_CROSSED_WITHOUT_PREPARED_ANASTOMOSIS,
          ANASTOMOSIS_NOT_PREPARED,
          ABDOMEN_NOT_CLEARED,
          NO_RETURN_TO_CENTRE,
          PRESSURE_TOO_HIGH,
          TOO_FEW_REPETITIONS,
          MANY_REPETITIONS,
          TEMPO_TOO_FAST,
          STROKE_UNSUITED_TO_REGION,
          CONTRAINDICATION_ABSOLUTE,
          CONTRAINDICATION_RELATIVE,
          CONTRAINDICATION_DEBATED,
          REGIONAL_CONTRAINDICATION,
          OEDEMA_CAUSE_TO_CHECK,
          STROKE_NOT_FOR_SELF_CARE,
          UNNECESSARY_STEP,
          AFFECTED_REGION_NOT_TREATED,
          EMPTY_PROTOCOL,
          UNKNOWN_PATIENT_SITE,
          RULE_FAILED);

  private RuleIds() {}
}
