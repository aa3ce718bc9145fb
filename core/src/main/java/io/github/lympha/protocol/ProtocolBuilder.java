package io.github.lympha.protocol;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.RouteResult;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Protocol} the way a therapist plans one: phase by phase, each step naming where
 * the hands work, the stroke, and what differs from the defaults.
 *
 * <pre>{@code
 * Protocol leg = ProtocolBuilder.create("my-leg", "Left leg")
 *     .treating("FOOT_L")
 *     .sources("S9")
 *     .openTerminus()
 *     .phase("Deep abdomen", p -> p.nodes("CISTERNA_CHYLI").abdominalBreathing())
 *     .phase("Groin", p -> p.nodes("INGUINAL_SUPERFICIAL_L").stationaryCircles().times(7))
 *     .drainLimb(Side.LEFT, Limb.LEG)
 *     .build();
 * }</pre>
 *
 * <p><b>Defaults.</b> Unless a step or {@link #defaultPressure}, {@link #defaultTempo} or {@link
 * #defaultRepetitions} says otherwise, steps use light pressure, about 1 s per cycle and {@value
 * Step#DEFAULT_REPETITIONS} repetitions: the reference's light pressure [S7][S37] and the lower end
 * of its 5–7 repetitions per spot [S1][S7]. A region step stretches toward the region's usual
 * regional node group; a node-group step works the group itself. Builder defaults apply to every
 * step that does not set its own value, wherever the call stands.
 *
 * <p><b>Ids.</b> Every method that takes a {@link Site}, {@link NodeGroup}, {@link Region} or
 * {@link Anastomosis} also takes its id, resolved through the builder's anatomy ({@link
 * Anatomy#standard()} unless {@link #using(Anatomy)} says otherwise); an unknown id fails naming it
 * and the nearest valid id, or listing the valid ones.
 *
 * <p><b>Failing early.</b> The builder never produces an object that breaks an invariant: a bad
 * value fails with {@link IllegalArgumentException} at the call that passes it ({@code times(0)},
 * an unknown id), and a call out of order fails with {@link IllegalStateException} ({@code using}
 * after sites were named, a step left without a stroke, {@code build()} without a title). Clinical
 * judgement stays with the validator: the builder lets you write a flawed protocol on purpose (a
 * stroke toward nodes that do not drain the site, an anastomosis the step does not cross), as long
 * as it is well formed. An app that wants such a step refused at the call opts in with {@link
 * #strict()}.
 *
 * <p>A builder is not thread-safe and is meant to be used once.
 */
public final class ProtocolBuilder {
  private final String id;
  private @Nullable String title;
  private String version = "1";
  private String description = "";
  private final List<String> sources = new ArrayList<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private @Nullable String author;
  private Anatomy anatomy = Anatomy.standard();
  private IdResolver ids = new IdResolver(anatomy);
  private boolean sitesNamed;
  private final Set<Region> treats = new LinkedHashSet<>();
  private final List<Phase> phases = new ArrayList<>();
  private int stepCount;
  private Pressure defaultPressure = Pressure.light();
  private Tempo defaultTempo = Tempo.standard();
  private int defaultRepetitions = Step.DEFAULT_REPETITIONS;
  private boolean strict;

  private ProtocolBuilder(String id) {
    Protocol.checkId(id);
    this.id = id;
  }

  /**
   * Starts a protocol with this id (see {@link Protocol#id()}); set the title with {@link #title}.
   */
  public static ProtocolBuilder create(String id) {
    return new ProtocolBuilder(id);
  }

  /** Starts a protocol with this id and title. */
  public static ProtocolBuilder create(String id, String title) {
    return new ProtocolBuilder(id).title(title);
  }

  // ------------------------------------------------------------------ metadata

  /** The title for people; must not be blank. */
  public ProtocolBuilder title(String title) {
    checkArgument(!title.isBlank(), "Protocol %s: title must not be blank", id);
    this.title = title;
    return this;
  }

  /** The protocol's own version; "1" unless set. */
  public ProtocolBuilder version(String version) {
    checkArgument(!version.isBlank(), "Protocol %s: version must not be blank", id);
    this.version = version;
    return this;
  }

  /** A longer description. */
  public ProtocolBuilder description(String description) {
    this.description = description;
    return this;
  }

  /** Adds source keys of the domain reference (e.g. {@code S9}) or other citations. */
  public ProtocolBuilder sources(String... keys) {
    for (String key : keys) {
      checkArgument(!key.isBlank(), "Protocol %s: a source must not be blank", id);
      sources.add(key);
    }
    return this;
  }

  /** Adds tags for search and grouping. */
  public ProtocolBuilder tags(String... tags) {
    for (String tag : tags) {
      checkArgument(!tag.isBlank(), "Protocol %s: a tag must not be blank", id);
      this.tags.add(tag);
    }
    return this;
  }

  /** Who wrote the protocol. */
  public ProtocolBuilder author(String author) {
    checkArgument(!author.isBlank(), "Protocol %s: author must not be blank", id);
    this.author = author;
    return this;
  }

  /**
   * The anatomy that ids resolve in and the protocol is checked against; {@link Anatomy#standard()}
   * unless set. Call it before naming any site.
   */
  public ProtocolBuilder using(Anatomy anatomy) {
    checkState(
        !sitesNamed,
        "Protocol %s: call using(anatomy) before treating(...), phases and helpers, which name"
            + " sites of the anatomy in use",
        id);
    this.anatomy = anatomy;
    this.ids = new IdResolver(anatomy);
    return this;
  }

  /**
   * Refuses, at the call, a {@code toward} that no pathway of the anatomy leads to from the step's
   * site, and a {@code via} that does not connect the step's target: for apps that want such a step
   * rejected while it is written. Without it the builder accepts them and the validator reports
   * them ({@code DIRECTION_AWAY_FROM_DRAINING_NODES}, {@code VIA_DOES_NOT_FIT}).
   */
  public ProtocolBuilder strict() {
    this.strict = true;
    return this;
  }

  /** The anatomy in use. */
  public Anatomy anatomy() {
    return anatomy;
  }

  /** Adds regions the protocol is meant to treat. */
  public ProtocolBuilder treating(Region... regions) {
    for (Region r : regions) {
      checkArgument(
          anatomy.findRegion(r.id()).filter(r::equals).isPresent(),
          "Protocol %s: region %s is not part of the anatomy in use",
          id,
          r.id());
      sitesNamed = true;
      treats.add(r);
    }
    return this;
  }

  /** Adds regions the protocol is meant to treat, by id. */
  public ProtocolBuilder treating(String... regionIds) {
    for (String r : regionIds) {
      treating(ids.region(r));
    }
    return this;
  }

  // ------------------------------------------------------------------ defaults

  /** The pressure of every step that does not set its own; light unless set. */
  public ProtocolBuilder defaultPressure(Pressure pressure) {
    this.defaultPressure = pressure;
    return this;
  }

  /** The tempo of every step that does not set its own; about 1 s per cycle unless set. */
  public ProtocolBuilder defaultTempo(Tempo tempo) {
    this.defaultTempo = tempo;
    return this;
  }

  /**
   * The repetitions of every step that does not set its own; {@value Step#DEFAULT_REPETITIONS}
   * unless set.
   */
  public ProtocolBuilder defaultRepetitions(int repetitions) {
    checkRepetitions(repetitions);
    this.defaultRepetitions = repetitions;
    return this;
  }

  private static void checkRepetitions(int repetitions) {
    checkArgument(
        repetitions >= 1 && repetitions <= Step.MAX_REPETITIONS,
        "Invalid value for repetitions: %s; expected 1 to %s",
        repetitions,
        Step.MAX_REPETITIONS);
  }

  // ------------------------------------------------------------------ phases

  /**
   * Adds a phase (a {@link Sequence}) whose steps {@code steps} writes, e.g. {@code phase("Open the
   * terminus", p -> p.nodes("TERMINUS_L").stationaryCircles().times(7))}. The phase needs at least
   * one step, and every step a stroke; a phase whose lambda fails is not added.
   */
  public ProtocolBuilder phase(String name, Consumer<? super Phase> steps) {
    checkArgument(!name.isBlank(), "Protocol %s: a phase name must not be blank", id);
    checkArgument(
        name.length() <= Step.MAX_TEXT,
        "Protocol %s: phase name is %s characters long; at most %s are allowed",
        id,
        name.length(),
        Step.MAX_TEXT);
    checkState(
        phases.size() < Protocol.MAX_SEQUENCES,
        "Protocol %s: at most %s phases are allowed",
        id,
        Protocol.MAX_SEQUENCES);
    sitesNamed = true;
    Phase phase = new Phase(phases.size(), name);
    steps.accept(phase);
    phase.close();
    phases.add(phase);
    stepCount += phase.steps.size();
    return this;
  }

  /**
   * Opens both venous angles: a phase "Open the terminus" working every terminus of the anatomy
   * (left, then right) with stationary circles. Central first, and on both sides even for a
   * one-sided problem (reference §4.1 and §4.6 [S17][S40][S39]).
   */
  public ProtocolBuilder openTerminus() {
    ImmutableList<NodeGroup> termini = anatomy.termini();
    checkState(!termini.isEmpty(), "Protocol %s: the anatomy in use has no terminus", id);
    return phase(
        "Open the terminus",
        p -> {
          for (NodeGroup t : termini) {
            StepOptions s = p.nodes(t).stationaryCircles();
            if (t.side() != Side.MIDLINE) {
              s.hands("Fingers flat in the hollow above the " + sideWord(t.side()) + " collarbone");
            }
          }
        });
  }

  /**
   * Clears the usual route of a region: a phase that works the node groups along {@link
   * Anatomy#route(Site)}, proximal first (terminus side first), with stationary circles, and with
   * diaphragmatic breathing for deep abdominal groups such as the cisterna chyli [S40][S17].
   * Termini that an earlier phase already worked are skipped, so that {@code
   * openTerminus().clearRoute(r)} does not open them twice; other groups are always worked. No
   * phase is added when nothing is left to clear.
   */
  public ProtocolBuilder clearRoute(Region region) {
    return clearRoute(region, ImmutableSet.of());
  }

  /** {@link #clearRoute(Region)} by region id. */
  public ProtocolBuilder clearRoute(String regionId) {
    return clearRoute(ids.region(regionId));
  }

  /**
   * Clears the route of a region that avoids compromised node groups ({@link Anatomy#route(Site,
   * Set)}): the receiving node groups of the reroute, proximal first. Fails with the anatomy's
   * explanation when no route avoids them.
   */
  public ProtocolBuilder clearRoute(Region region, Set<? extends NodeGroup> compromised) {
    checkKnown(region);
    Route route = findRoute(region, compromised, "clearRoute(" + region.id() + ")");
    Set<NodeGroup> worked = workedNodeGroups();
    List<NodeGroup> groups =
        Lists.reverse(route.nodeGroups()).stream()
            .filter(g -> !(g.isTerminus() && worked.contains(g)))
            .collect(Collectors.toList());
    if (groups.isEmpty()) {
      return this;
    }
    return phase(
        "Clear the route of the " + region.name(),
        p -> {
          for (NodeGroup g : groups) {
            boolean deepAbdominal =
                g.part() == BodyPart.ABDOMEN && Stroke.ABDOMINAL_BREATHING.suits(g);
            p.nodes(g)
                .stroke(deepAbdominal ? Stroke.ABDOMINAL_BREATHING : Stroke.STATIONARY_CIRCLE);
          }
        });
  }

  /**
   * Drains a limb with intact node groups: one phase that works its regions segment by segment from
   * proximal to distal (thigh, knee, calf and shin, foot; upper arm, elbow, forearm, hand; the
   * regions of one segment in the anatomy's catalogue order), each stroke stretching toward the
   * region's usual regional node group, with the strokes {@link Limb#strokeFor(Region)} gives. A
   * node group of the limb itself that a segment drains through (the popliteal or cubital nodes) is
   * worked with stationary circles just before that segment (reference §5.3: "popliteal nodes, then
   * the knee" [S9]). Prepare the route first, e.g. with {@link #openTerminus()} and {@link
   * #clearRoute(Region)}.
   */
  public ProtocolBuilder drainLimb(Side side, Limb limb) {
    return drainLimb(side, limb, ImmutableSet.of());
  }

  /**
   * Drains a limb around compromised node groups. For each segment, proximal to distal, the builder
   * asks the anatomy for the best route that avoids them ({@link Anatomy#route(Site, Set)}) and
   * stretches toward the first node group on that route:
   *
   * <ul>
   *   <li>When the usual route is intact this is the regional node group, as in {@link
   *       #drainLimb(Side, Limb)}.
   *   <li>When the route leaves the region through an anastomosis (e.g. the outer thigh through the
   *       axillo-inguinal anastomosis to the axilla), the step names it as {@code via}.
   *   <li>When the route first crosses the skin plexus to a neighbouring region (e.g. the knee
   *       through the outer thigh), the step stretches toward the route's node group without a
   *       {@code via}: the anastomosis does not start at this region, and the step's note spells
   *       the route out ("Rerouted: left knee → left outer thigh → …").
   * </ul>
   *
   * Node groups of the limb itself are worked before the segment only when they lie on the chosen
   * route, so a dead-end group (e.g. the cubital nodes when the axilla is removed) is left alone.
   * Nothing is ever directed toward a compromised group. Decongest the receiving node groups and
   * the anastomosis territories in earlier phases (reference §4.4 [S7][S33][S34]). Fails with the
   * anatomy's explanation when a segment has no route.
   */
  public ProtocolBuilder drainLimb(Side side, Limb limb, Set<? extends NodeGroup> compromised) {
    checkArgument(side != Side.MIDLINE, "drainLimb: a limb is on the LEFT or RIGHT, not %s", side);
    List<Region> segments =
        anatomy.regions().stream()
            .filter(r -> r.side() == side && r.part().area() == limb.area())
            .sorted(Comparator.comparingInt(r -> r.part().distance()))
            .collect(Collectors.toList());
    checkArgument(
        !segments.isEmpty(),
        "drainLimb(%s, %s): the anatomy in use has no regions of the %s %s",
        side,
        limb,
        sideWord(side),
        limb.label());
    List<Route> routes = new ArrayList<>();
    for (Region r : segments) {
      routes.add(findRoute(r, compromised, "drainLimb(" + side + ", " + limb + ")"));
    }
    String name = "Drain the " + sideWord(side) + " " + limb.label();
    if (!compromised.isEmpty()) {
      name +=
          " around the "
              + compromised.stream().map(NodeGroup::name).collect(Collectors.joining(" and "));
    }
    return phase(
        name,
        p -> {
          Set<NodeGroup> worked = new LinkedHashSet<>();
          for (int i = 0; i < segments.size(); i++) {
            Region region = segments.get(i);
            Route route = routes.get(i);
            for (NodeGroup g : Lists.reverse(route.nodeGroups())) {
              if (g.part().area() == limb.area() && worked.add(g)) {
                p.nodes(g).stationaryCircles();
              }
            }
            StepOptions s = p.region(region).stroke(limb.strokeFor(region));
            s.toward(route.nodeGroups().get(0));
            Pathway first = route.pathways().get(0);
            if (first.kind() == PathwayKind.ANASTOMOTIC) {
              first.via().ifPresent(s::via);
            }
            if (!route.isPhysiological()) {
              s.note("Rerouted: " + describeUntilFirstGroup(route));
            }
          }
        });
  }

  private Route findRoute(Region region, Set<? extends NodeGroup> compromised, String call) {
    if (compromised.isEmpty()) {
      return anatomy.route(region);
    }
    RouteResult result = anatomy.route(region, compromised);
    return result
        .route()
        .orElseThrow(() -> new IllegalArgumentException(call + ": " + result.explanation()));
  }

  private String describeUntilFirstGroup(Route route) {
    StringBuilder text = new StringBuilder(route.start().name());
    for (int i = 0; i < route.pathways().size(); i++) {
      Pathway p = route.pathways().get(i);
      Optional<String> via = p.via();
      if (via.isPresent()) {
        text.append(" → ").append(anatomy.anastomosis(via.get()).name());
      }
      Site next = route.sites().get(i + 1);
      text.append(" → ").append(next.name());
      if (next.isNodeGroup()) {
        break;
      }
    }
    return text.toString();
  }

  private Set<NodeGroup> workedNodeGroups() {
    Set<NodeGroup> worked = new LinkedHashSet<>();
    for (Phase phase : phases) {
      for (StepOptions s : phase.steps) {
        if (s.site instanceof NodeGroup) {
          worked.add((NodeGroup) s.site);
        }
      }
    }
    return worked;
  }

  private void checkKnown(Site site) {
    checkArgument(
        anatomy.findSite(site.id()).filter(site::equals).isPresent(),
        "Protocol %s: site %s is not part of the anatomy in use",
        id,
        site.id());
    sitesNamed = true;
  }

  private static String sideWord(Side side) {
    switch (side) {
      case LEFT:
        return "left";
      case RIGHT:
        return "right";
      default:
        return "midline";
    }
  }

  // ------------------------------------------------------------------ build

  /**
   * Builds the protocol. Fails with {@link IllegalStateException} when no title was set; every
   * other check has already passed at the call that supplied the value.
   */
  public Protocol build() {
    String t = title;
    checkState(
        t != null,
        "Protocol %s has no title; call title(\"...\") or create(\"%s\", \"Title\")",
        id,
        id);
    checkState(
        stepCount <= Protocol.MAX_STEPS,
        "Protocol %s has %s steps; at most %s are allowed",
        id,
        stepCount,
        Protocol.MAX_STEPS);
    Protocol.Builder b =
        Protocol.builder()
            .id(id)
            .title(t)
            .version(version)
            .description(description)
            .addAllTreats(treats)
            .addAllSources(sources)
            .addAllTags(tags)
            .anatomy(anatomy);
    if (author != null) {
      b.author(author);
    }
    for (Phase phase : phases) {
      b.addSequences(phase.toSequence());
    }
    return b.build();
  }

  // ------------------------------------------------------------------ nested stages

  /**
   * The steps of one phase, written inside {@link ProtocolBuilder#phase(String, Consumer)}: name
   * the site with {@link #nodes}, {@link #region} or {@link #on}, then choose the stroke.
   */
  public final class Phase {
    private final int index;
    private final String name;
    private final List<StepOptions> steps = new ArrayList<>();
    private int repeats = 1;
    private boolean open = true;
    private @Nullable StrokeChoice pending;

    private Phase(int index, String name) {
      this.index = index;
      this.name = name;
    }

    /** A node-group step: the hands work the node group itself (e.g. stationary circles). */
    public StrokeChoice nodes(NodeGroup group) {
      return on(group);
    }

    /**
     * A node-group step, by node group id (e.g. {@code "TERMINUS_L"}) or station id ({@code
     * "INGUINAL_L"}: the hands work its first, superficial group; the validator counts the whole
     * station as worked).
     */
    public StrokeChoice nodes(String nodeGroupId) {
      checkOpen();
      return onKnown(ids.nodeGroup(nodeGroupId));
    }

    /** A region step: the hands work a region of skin, stretching toward its node group. */
    public StrokeChoice region(Region region) {
      return on(region);
    }

    /** A region step, by region id (e.g. {@code "THIGH_MEDIAL_L"}). */
    public StrokeChoice region(String regionId) {
      checkOpen();
      return onKnown(ids.region(regionId));
    }

    /** A step on any site: a region or a node group. */
    public StrokeChoice on(Site site) {
      checkOpen();
      checkPending();
      checkKnown(site);
      return onKnown(site);
    }

    /** A step on any site, by id. */
    public StrokeChoice on(String siteId) {
      checkOpen();
      return onKnown(ids.site(siteId));
    }

    /** A step on a site taken from the builder's own anatomy (by id), which needs no check. */
    private StrokeChoice onKnown(Site site) {
      checkPending();
      sitesNamed = true;
      StrokeChoice choice = new StrokeChoice(this, site);
      pending = choice;
      return choice;
    }

    /** Performs the whole phase this many times in a row (1 to {@value Sequence#MAX_REPEATS}). */
    public Phase repeat(int times) {
      checkOpen();
      checkArgument(
          times >= 1 && times <= Sequence.MAX_REPEATS,
          "Invalid value for repeats of phase \"%s\": %s; expected 1 to %s",
          name,
          times,
          Sequence.MAX_REPEATS);
      this.repeats = times;
      return this;
    }

    private String where(int stepIndex, Site site) {
      return "Phase "
          + (index + 1)
          + " \""
          + name
          + "\", step "
          + (stepIndex + 1)
          + " ("
          + site.id()
          + ")";
    }

    private void checkOpen() {
      checkState(
          open, "Phase \"%s\" is finished; add its steps inside the phase(...) lambda", name);
    }

    private void checkPending() {
      StrokeChoice p = pending;
      checkState(
          p == null,
          "%s has no stroke; choose one, e.g. .stationaryCircles(), right after naming the site",
          p == null ? "" : where(steps.size(), p.site));
    }

    private StepOptions add(StrokeChoice choice, Stroke stroke) {
      checkOpen();
      checkState(pending == choice, "This step already has its stroke; name the next site first");
      pending = null;
      checkState(
          stepCount + steps.size() < Protocol.MAX_STEPS,
          "Protocol %s: at most %s steps are allowed",
          id,
          Protocol.MAX_STEPS);
      StepOptions s = new StepOptions(this, steps.size(), choice.site, stroke);
      steps.add(s);
      return s;
    }

    private void close() {
      checkPending();
      checkState(
          !steps.isEmpty(),
          "Phase \"%s\" has no steps; add at least one, e.g. p.nodes(\"TERMINUS_L\").stationaryCircles()",
          name);
      open = false;
    }

    private Sequence toSequence() {
      Sequence.Builder b = Sequence.builder().name(name).repeats(repeats);
      for (StepOptions s : steps) {
        b.addSteps(s.toStep());
      }
      return b.build();
    }
  }

  /** A step whose site is named: choose its stroke next. */
  public final class StrokeChoice {
    private final Phase phase;
    private final Site site;

    private StrokeChoice(Phase phase, Site site) {
      this.phase = phase;
      this.site = site;
    }

    /** Works the site with this stroke. */
    public StepOptions stroke(Stroke stroke) {
      return phase.add(this, stroke);
    }

    /** Stationary circles ({@link Stroke#STATIONARY_CIRCLE}). */
    public StepOptions stationaryCircles() {
      return stroke(Stroke.STATIONARY_CIRCLE);
    }

    /** Pump strokes ({@link Stroke#PUMP}). */
    public StepOptions pump() {
      return stroke(Stroke.PUMP);
    }

    /** Scoop strokes ({@link Stroke#SCOOP}). */
    public StepOptions scoop() {
      return stroke(Stroke.SCOOP);
    }

    /** Rotary strokes ({@link Stroke#ROTARY}). */
    public StepOptions rotary() {
      return stroke(Stroke.ROTARY);
    }

    /** Thumb circles ({@link Stroke#THUMB_CIRCLE}). */
    public StepOptions thumbCircles() {
      return stroke(Stroke.THUMB_CIRCLE);
    }

    /** Effleurage ({@link Stroke#EFFLEURAGE}). */
    public StepOptions effleurage() {
      return stroke(Stroke.EFFLEURAGE);
    }

    /** Leduc call-up strokes ({@link Stroke#LEDUC_CALL_UP}). */
    public StepOptions leducCallUp() {
      return stroke(Stroke.LEDUC_CALL_UP);
    }

    /** Leduc reabsorption strokes ({@link Stroke#LEDUC_REABSORPTION}). */
    public StepOptions leducReabsorption() {
      return stroke(Stroke.LEDUC_REABSORPTION);
    }

    /** Gentle skin stretches ({@link Stroke#SKIN_STRETCH}). */
    public StepOptions skinStretch() {
      return stroke(Stroke.SKIN_STRETCH);
    }

    /** Diaphragmatic breathing with deep abdominal work ({@link Stroke#ABDOMINAL_BREATHING}). */
    public StepOptions abdominalBreathing() {
      return stroke(Stroke.ABDOMINAL_BREATHING);
    }
  }

  /**
   * A step with its stroke: override what differs from the defaults, then name the next site
   * ({@link #nodes}, {@link #region}, {@link #on}) or end the phase.
   */
  public final class StepOptions {
    private final Phase phase;
    private final int index;
    private final Site site;
    private final Stroke stroke;
    private NodeGroup toward;
    private boolean towardSet;
    private @Nullable Anastomosis via;
    private @Nullable Pressure pressure;
    private @Nullable Tempo tempo;
    private int repetitions;
    private @Nullable String hands;
    private @Nullable String note;

    private StepOptions(Phase phase, int index, Site site, Stroke stroke) {
      this.phase = phase;
      this.index = index;
      this.site = site;
      this.stroke = stroke;
      this.toward =
          site instanceof NodeGroup
              ? (NodeGroup) site
              : anatomy.regionalNodeGroups((Region) site).get(0);
    }

    /** Repeats the stroke this many times on the spot (1 to {@value Step#MAX_REPETITIONS}). */
    public StepOptions times(int repetitions) {
      phase.checkOpen();
      checkArgument(
          repetitions >= 1 && repetitions <= Step.MAX_REPETITIONS,
          "%s: invalid value for repetitions: %s; expected 1 to %s",
          where(),
          repetitions,
          Step.MAX_REPETITIONS);
      this.repetitions = repetitions;
      return this;
    }

    /** Uses this pressure. */
    public StepOptions pressure(Pressure pressure) {
      phase.checkOpen();
      this.pressure = pressure;
      return this;
    }

    /** Uses this qualitative pressure. */
    public StepOptions pressure(PressureLevel level) {
      return pressure(Pressure.of(level));
    }

    /** Uses this tempo. */
    public StepOptions tempo(Tempo tempo) {
      phase.checkOpen();
      this.tempo = tempo;
      return this;
    }

    /**
     * Stretches the skin toward this node group instead of the default. In {@link #strict()} mode
     * it must be reachable from the site on some pathway of the anatomy (and connected by the
     * {@code via}, if one is set).
     */
    public StepOptions toward(NodeGroup group) {
      phase.checkOpen();
      checkArgument(
          anatomy.findSite(group.id()).filter(group::equals).isPresent(),
          "%s: node group %s is not part of the anatomy in use",
          where(),
          group.id());
      checkArgument(
          !strict || site.equals(group) || anatomy.isReachable(site, group),
          "%s: %s cannot drain toward %s: no pathway of the anatomy leads there; reachable node"
              + " groups are %s",
          where(),
          site.id(),
          group.id(),
          reachableGroups());
      Anastomosis v = via;
      checkArgument(
          !strict || v == null || v.connects().contains(group.id()),
          "%s: the anastomosis %s set by via(...) connects %s, not %s",
          where(),
          v == null ? "" : v.id(),
          v == null ? "" : v.connects(),
          group.id());
      this.toward = group;
      this.towardSet = true;
      return this;
    }

    /**
     * {@link #toward(NodeGroup)} by node group id, or by station id (e.g. {@code INGUINAL_L}): the
     * station's group that receives this site's lymph.
     */
    public StepOptions toward(String nodeGroupId) {
      phase.checkOpen();
      return toward(ids.target(nodeGroupId, site));
    }

    /**
     * Reroutes the stretch through an anastomosis. When the anatomy has an anastomotic pathway from
     * this site through it and no {@code toward} was set, the stretch goes to that pathway's node
     * group (e.g. the left upper chest via {@code AAA} goes to the right axilla); otherwise set
     * {@link #toward} first (in {@link #strict()} mode the anastomosis must connect that target).
     */
    public StepOptions via(Anastomosis anastomosis) {
      phase.checkOpen();
      checkArgument(
          anatomy.findAnastomosis(anastomosis.id()).filter(anastomosis::equals).isPresent(),
          "%s: anastomosis %s is not part of the anatomy in use",
          where(),
          anastomosis.id());
      Optional<NodeGroup> target =
          anatomy.pathwaysFrom(site).stream()
              .filter(p -> p.kind() == PathwayKind.ANASTOMOTIC)
              .filter(p -> p.via().filter(anastomosis.id()::equals).isPresent())
              .map(p -> (NodeGroup) anatomy.site(p.to()))
              .findFirst();
      if (!towardSet && target.isPresent()) {
        this.toward = target.get();
        this.towardSet = true;
      } else {
        checkArgument(
            towardSet,
            "%s: no pathway of the anatomy leads from %s through %s; name the target first with"
                + " toward(...), then via(...)",
            where(),
            site.id(),
            anastomosis.id());
        checkArgument(
            !strict || anastomosis.connects().contains(toward.id()),
            "%s: anastomosis %s connects %s, not the target %s",
            where(),
            anastomosis.id(),
            anastomosis.connects(),
            toward.id());
      }
      this.via = anastomosis;
      return this;
    }

    /** {@link #via(Anastomosis)} by anastomosis id (e.g. {@code "AAA"}). */
    public StepOptions via(String anastomosisId) {
      phase.checkOpen();
      return via(ids.anastomosis(anastomosisId));
    }

    /** Where to place the hands, for a person. */
    public StepOptions hands(String hands) {
      phase.checkOpen();
      this.hands = checkText("hands", hands);
      return this;
    }

    /** A free-text note for a person. */
    public StepOptions note(String note) {
      phase.checkOpen();
      this.note = checkText("note", note);
      return this;
    }

    /** Ends this step and starts a node-group step (see {@link Phase#nodes(NodeGroup)}). */
    public StrokeChoice nodes(NodeGroup group) {
      return phase.nodes(group);
    }

    /** Ends this step and starts a node-group step, by id. */
    public StrokeChoice nodes(String nodeGroupId) {
      return phase.nodes(nodeGroupId);
    }

    /** Ends this step and starts a region step (see {@link Phase#region(Region)}). */
    public StrokeChoice region(Region region) {
      return phase.region(region);
    }

    /** Ends this step and starts a region step, by id. */
    public StrokeChoice region(String regionId) {
      return phase.region(regionId);
    }

    /** Ends this step and starts a step on any site. */
    public StrokeChoice on(Site site) {
      return phase.on(site);
    }

    /** Ends this step and starts a step on any site, by id. */
    public StrokeChoice on(String siteId) {
      return phase.on(siteId);
    }

    private String checkText(String field, String text) {
      checkArgument(!text.isBlank(), "%s: %s must not be blank", where(), field);
      checkArgument(
          text.length() <= Step.MAX_TEXT,
          "%s: %s is %s characters long; at most %s are allowed",
          where(),
          field,
          text.length(),
          Step.MAX_TEXT);
      return text;
    }

    /** Where this step is, for messages; computed only if a check fails. */
    private Object where() {
      return DeferredText.of(() -> phase.where(index, site));
    }

    /** The node groups reachable from this step's site, for messages; computed only on failure. */
    private Object reachableGroups() {
      return DeferredText.of(
          () ->
              anatomy.nodeGroups().stream()
                  .filter(g -> g.equals(site) || anatomy.isReachable(site, g))
                  .map(NodeGroup::id)
                  .collect(Collectors.joining(", ")));
    }

    private Step toStep() {
      Step.Builder b =
          Step.builder()
              .site(site)
              .stroke(stroke)
              .toward(toward)
              .pressure(pressure != null ? pressure : defaultPressure)
              .tempo(tempo != null ? tempo : defaultTempo)
              .repetitions(repetitions > 0 ? repetitions : defaultRepetitions);
      if (via != null) {
        b.via(via);
      }
      if (hands != null) {
        b.hands(hands);
      }
      if (note != null) {
        b.note(note);
      }
      return b.build();
    }
  }
}
