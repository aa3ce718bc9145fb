package io.github.lympha.testing;

import static io.github.lympha.testing.Gens.frequency;
import static io.github.lympha.testing.Gens.just;
import static io.github.lympha.testing.Gens.lists;
import static io.github.lympha.testing.Gens.of;
import static io.github.lympha.testing.Gens.oneOf;
import static io.github.lympha.testing.Gens.optionals;
import static io.github.lympha.testing.Gens.sets;
import static io.github.lympha.testing.Gens.weighted;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
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
import io.github.lympha.patient.Scope;
import io.github.lympha.patient.Setting;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.research.Detail;
import io.github.lympha.research.PlanOptions;
import io.github.lympha.research.Planner;
import io.github.lympha.sources.Sources;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;

/**
 * The shared generators of Lympha's domain: every property draws anatomy sites, techniques, steps,
 * sequences, protocols, patient contexts and file-format troublemakers from here, so that all laws
 * speak about the same kinds of values. They are built with the combinators of {@link Gens}, on
 * {@link Anatomy#standard()} unless an anatomy is given, and every value is valid (it passes the
 * model's invariants); properties that need broken input make it from these.
 *
 * <p>Sizes stay small so that properties run fast: protocols have 0–4 sequences of 1–6 steps. Add
 * new generators here rather than in a test class, and document what they draw.
 */
public final class Generators {
  private static final Anatomy ANATOMY = Anatomy.standard();

  /**
   * The standard anatomy with the thoracic duct made symmetric: the cisterna chyli drains to both
   * venous angles, so mirroring left ↔ right maps the anatomy onto itself.
   */
  public static final Anatomy SYMMETRIC =
      ANATOMY.toBuilder()
          .addPathway(Pathway.of("CISTERNA_CHYLI", "TERMINUS_R", PathwayKind.EFFERENT, "S23"))
          .build();

  private static final List<String> PHASE_NAMES =
      List.of(
          "Open the terminus",
          "Neck",
          "Deep abdomen",
          "Prepare the groin",
          "Drain the thigh",
          "Knee",
          "Calf and shin",
          "Foot",
          "Rework the routes");

  /** Texts that trip naive writers: YAML keywords, number look-alikes, quotes, markers, breaks. */
  private static final List<String> AWKWARD =
      List.of(
          "true",
          "false",
          "null",
          "~",
          "yes",
          "no",
          "on",
          "off",
          "1",
          "1.0",
          "0x1F",
          "1e3",
          ".inf",
          "-",
          "- item",
          "key: value",
          "# comment",
          "&anchor",
          "*alias",
          "!tag",
          "|",
          ">",
          "'",
          "\"",
          "\\",
          "{}",
          "[]",
          "@",
          "`",
          "%",
          " leading",
          "trailing ",
          "two\nlines",
          "ends with\n",
          "\nstarts with",
          "tab\there",
          "ünïcödé ✓",
          "日本語",
          "emoji 😀",
          "a\u00A0b",
          "---",
          "...",
          "\u0000nul",
          "bell\u0007");

  private static final String AWKWARD_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
          + " \n\t\r\"'\\:#-{}[],&*!|>%@`.?éüß中";

  /** Step generators are immutable and reusable: each site's is built once. */
  private static final Map<Site, Gen<Step>> STEPS_BY_SITE = new ConcurrentHashMap<>();

  private Generators() {}

  /** The standard anatomy every generator draws from unless it takes an anatomy. */
  public static Anatomy anatomy() {
    return ANATOMY;
  }

  // ------------------------------------------------------------------ anatomy

  /** Any region of the standard anatomy. */
  public static Gen<Region> regions() {
    return of(ANATOMY.regions());
  }

  /** Any region on the patient's left side; its mirror is the same region on the right. */
  public static Gen<Region> leftRegions() {
    return of(leftRegionList());
  }

  /** The regions on the patient's left side, in catalogue order. */
  public static ImmutableList<Region> leftRegionList() {
    return ANATOMY.regions().stream()
        .filter(r -> r.side() == Side.LEFT)
        .collect(ImmutableList.toImmutableList());
  }

  /** The regions of an arm or a leg, in catalogue order. */
  public static ImmutableList<Region> limbRegionList() {
    return ANATOMY.regions().stream()
        .filter(r -> r.part().isLimb())
        .collect(ImmutableList.toImmutableList());
  }

  /** Any node group of the standard anatomy, termini and midline groups included. */
  public static Gen<NodeGroup> nodeGroups() {
    return of(ANATOMY.nodeGroups());
  }

  /** The node groups that are not termini, i.e. those surgery or radiation can compromise. */
  public static ImmutableList<NodeGroup> removableNodeGroups(List<NodeGroup> groups) {
    return groups.stream().filter(g -> !g.isTerminus()).collect(ImmutableList.toImmutableList());
  }

  /** Up to two removable node groups of the standard anatomy, compromised together. */
  public static Gen<Set<NodeGroup>> removedNodeGroupSets() {
    return sets(of(removableNodeGroups(ANATOMY.nodeGroups())), 0, 2);
  }

  /** Any site: a region or a node group. */
  public static Gen<Site> sites() {
    return of(ANATOMY.sites());
  }

  /** Any anastomosis of the standard anatomy. */
  public static Gen<Anastomosis> anastomoses() {
    return of(ANATOMY.anastomoses());
  }

  /**
   * The standard anatomy or a variant of it in which one to three regions drain into other node
   * groups (one or two, any of them, as {@link Anatomy.Builder#overrideRegionalNodeGroups} allows
   * for a patient whose anatomy differs): valid maps of a different shape, for laws that must hold
   * in every anatomy.
   */
  public static Gen<Anatomy> anatomies() {
    Gen<List<String>> groups = Gens.uniqueLists(nodeGroups().map(NodeGroup::id), 1, 2);
    Gen<List<Map.Entry<String, List<String>>>> overrides =
        lists(regions().map(Region::id).zip(groups, Map::entry), 1, 3);
    Gen<Anatomy> varied =
        overrides.map(
            list -> {
              Anatomy.Builder b = ANATOMY.toBuilder();
              for (Map.Entry<String, List<String>> o : list) {
                b.overrideRegionalNodeGroups(o.getKey(), o.getValue(), "S9");
              }
              return b.build();
            });
    return oneOf(just(ANATOMY), varied);
  }

  /** LEFT or RIGHT: the sides a limb or a paired structure can be on. */
  public static List<Side> pairedSides() {
    return List.of(Side.LEFT, Side.RIGHT);
  }

  /** ARM or LEG. */
  public static List<Limb> limbs() {
    return List.of(Limb.values());
  }

  /**
   * The node groups a step on this site may stretch toward and stay within the physiological
   * drainage map: for a node group, itself and every group downstream of it; for a region, its
   * regional node groups and every group downstream of them.
   */
  public static ImmutableList<NodeGroup> physiologicalTargets(Site site) {
    ImmutableList.Builder<NodeGroup> targets = ImmutableList.builder();
    if (site instanceof NodeGroup) {
      targets.add((NodeGroup) site);
    }
    ANATOMY.physiologicalDownstream(site).stream()
        .filter(Site::isNodeGroup)
        .map(NodeGroup.class::cast)
        .forEach(targets::add);
    return targets.build();
  }

  /** The anastomotic pathways that leave a site (empty for node groups). */
  public static ImmutableList<Pathway> anastomoticPathways(Site site) {
    return ANATOMY.pathwaysFrom(site).stream()
        .filter(p -> p.kind() == PathwayKind.ANASTOMOTIC)
        .collect(ImmutableList.toImmutableList());
  }

  // ------------------------------------------------------------------ technique

  /** Any stroke. */
  public static Gen<Stroke> strokes() {
    return of(List.of(Stroke.values()));
  }

  /** Any pressure level. */
  public static Gen<PressureLevel> pressureLevels() {
    return of(List.of(PressureLevel.values()));
  }

  /** A valid value in mmHg: 0 to {@link Pressure#MAX_MM_HG}, to one decimal place. */
  public static Gen<Double> mmHgValues() {
    return Gens.doubles(0, Pressure.MAX_MM_HG, 1);
  }

  /** Any valid pressure: a level, a value in mmHg, or both (light most often). */
  public static Gen<Pressure> pressures() {
    return frequency(
        List.of(
            weighted(3, just(Pressure.light())),
            weighted(2, pressureLevels().map(l -> Pressure.of(l))),
            weighted(2, mmHgValues().map(Pressure::ofMmHg)),
            weighted(1, pressureLevels().zip(mmHgValues(), (l, v) -> Pressure.of(l, v)))));
  }

  /** Any valid tempo: {@link Tempo#MIN_SECONDS} to {@link Tempo#MAX_SECONDS} per cycle. */
  public static Gen<Tempo> tempos() {
    return oneOf(
        just(Tempo.standard()),
        Gens.doubles(Tempo.MIN_SECONDS, Tempo.MAX_SECONDS, 2).map(Tempo::ofSeconds));
  }

  /** Valid repetitions: 1 to {@link Step#MAX_REPETITIONS}, small counts most often. */
  public static Gen<Integer> repetitions() {
    return oneOf(Gens.integers(1, 20), Gens.integers(1, Step.MAX_REPETITIONS));
  }

  /** Short, non-blank texts for hands, notes, names and labels. */
  public static Gen<String> texts() {
    return Gens.filter(Gens.strings("abcdefghijklmnopqrstuvwxyz -,", 1, 30), s -> !s.isBlank());
  }

  // ------------------------------------------------------------------ protocol

  /**
   * A valid step: any site, any stroke (suited or not: flawed steps are valid objects), toward a
   * node group the site drains to physiologically, or — when the site is a region with an
   * anastomotic pathway — sometimes through that anastomosis to its node group; with any pressure,
   * tempo, repetitions, and optional hands and note.
   */
  public static Gen<Step> steps() {
    return sites().flatMap(site -> STEPS_BY_SITE.computeIfAbsent(site, Generators::stepsOn));
  }

  /** Valid steps whose stroke suits the site ({@link Stroke#suits(Site)}). */
  public static Gen<Step> suitedSteps() {
    return Gens.filter(steps(), s -> s.stroke().suits(s.site()));
  }

  /** Valid steps on one site (see {@link #steps()}). */
  public static Gen<Step> stepsOn(Site site) {
    List<Gen<Target>> targets = new ArrayList<>();
    targets.add(of(physiologicalTargets(site)).map(g -> new Target(g, Optional.empty())));
    for (Pathway p : anastomoticPathways(site)) {
      targets.add(
          just(
              new Target(
                  ANATOMY.nodeGroup(p.to()),
                  Optional.of(ANATOMY.anastomosis(p.via().orElseThrow())))));
    }
    Gen<Target> target =
        in -> targets.get(Gens.integers(0, targets.size() - 1).generate(in)).generate(in);
    Gen<Stroke> stroke = strokes();
    Gen<Pressure> pressure = pressures();
    Gen<Tempo> tempo = tempos();
    Gen<Integer> reps = repetitions();
    Gen<Optional<String>> text = optionals(texts(), 0.3);
    return in -> {
      Target t = target.generate(in);
      Step.Builder b =
          Step.builder()
              .site(site)
              .toward(t.toward)
              .stroke(stroke.generate(in))
              .pressure(pressure.generate(in))
              .tempo(tempo.generate(in))
              .repetitions(reps.generate(in));
      t.via.ifPresent(b::via);
      text.generate(in).ifPresent(b::hands);
      text.generate(in).ifPresent(b::note);
      return b.build();
    };
  }

  /** Where a generated step stretches: a node group, through an anastomosis or not. */
  private static final class Target {
    final NodeGroup toward;
    final Optional<Anastomosis> via;

    Target(NodeGroup toward, Optional<Anastomosis> via) {
      this.toward = toward;
      this.via = via;
    }
  }

  /** A phase name. */
  public static Gen<String> phaseNames() {
    return oneOf(of(PHASE_NAMES), texts());
  }

  /** A valid sequence: 1–6 steps, repeated 1–20 times (once most often). */
  public static Gen<Sequence> sequences() {
    return phaseNames()
        .zip(
            lists(steps(), 1, 6),
            frequency(3, just(1), 1, Gens.integers(1, 20)),
            (name, steps, repeats) ->
                Sequence.builder().name(name).addAllSteps(steps).repeats(repeats).build());
  }

  /** A valid protocol id, e.g. {@code leg-2.a_b}. */
  public static Gen<String> protocolIds() {
    String alnum = "abcdefghijklmnopqrstuvwxyz0123456789";
    return Gens.strings(alnum, 1, 1).zip(Gens.strings(alnum + ".-_", 0, 20), String::concat);
  }

  /** Source keys of the domain reference. */
  public static Gen<String> sourceKeys() {
    return of(Sources.all().keySet());
  }

  /**
   * A valid protocol on the standard anatomy: 0–4 sequences, any treated regions, sources, tags, an
   * optional author and a version.
   */
  public static Gen<Protocol> protocols() {
    Gen<String> id = protocolIds();
    Gen<String> text = texts();
    Gen<String> version = of("1", "2", "1.1", "2024-05");
    Gen<Set<Region>> treats = sets(regions(), 0, 3);
    Gen<List<Sequence>> sequences = lists(sequences(), 0, 4);
    Gen<List<String>> sources = lists(sourceKeys(), 0, 3);
    Gen<Set<String>> tags = sets(texts(), 0, 3);
    Gen<Optional<String>> author = optionals(texts(), 0.5);
    return in -> {
      Protocol.Builder b =
          Protocol.builder()
              .id(id.generate(in))
              .title(text.generate(in))
              .version(version.generate(in))
              .addAllTreats(treats.generate(in))
              .addAllSequences(sequences.generate(in))
              .addAllSources(sources.generate(in))
              .addAllTags(tags.generate(in));
      author.generate(in).ifPresent(b::author);
      return b.build();
    };
  }

  // ------------------------------------------------------ protocols on any anatomy

  /**
   * Every site of the anatomy with the node groups a step on it may stretch toward: those it can
   * reach (itself included for a node group), reroutes through the skin plexus included (the knee
   * toward the armpit), that {@code allowed} accepts. Sites with no such group are left out.
   */
  public static Map<Site, List<NodeGroup>> targets(
      Anatomy anatomy, BiPredicate<Site, NodeGroup> allowed) {
    Map<Site, List<NodeGroup>> targets = new LinkedHashMap<>();
    for (Site s : anatomy.sites()) {
      List<NodeGroup> ok = new ArrayList<>();
      for (NodeGroup g : anatomy.nodeGroups()) {
        if ((s.equals(g) || anatomy.isReachable(s, g)) && allowed.test(s, g)) {
          ok.add(g);
        }
      }
      if (!ok.isEmpty()) {
        targets.put(s, ok);
      }
    }
    return targets;
  }

  /**
   * Steps on the anatomy toward one of the targets of their site (see {@link #targets}), sometimes
   * through an anastomosis that connects the target, with any technique.
   */
  public static Gen<Step> steps(Anatomy anatomy, Map<Site, List<NodeGroup>> targets) {
    List<Site> sites = new ArrayList<>(targets.keySet());
    Gen<Pressure> pressure = pressures();
    Gen<Tempo> tempo = tempos();
    Gen<Integer> reps = repetitions();
    Gen<Stroke> stroke = strokes();
    Gen<Site> site = of(sites);
    return in -> {
      Site s = site.generate(in);
      NodeGroup toward = of(targets.get(s)).generate(in);
      List<Anastomosis> vias =
          anatomy.anastomoses().stream()
              .filter(a -> a.connects().contains(toward.id()))
              .collect(ImmutableList.toImmutableList());
      Optional<Anastomosis> via =
          vias.isEmpty() ? Optional.empty() : optionals(of(vias), 0.2).generate(in);
      return Step.builder()
          .site(s)
          .toward(toward)
          .stroke(stroke.generate(in))
          .via(via)
          .pressure(pressure.generate(in))
          .tempo(tempo.generate(in))
          .repetitions(reps.generate(in))
          .build();
    };
  }

  /**
   * Protocols on the anatomy: 0–4 sequences of 1–6 {@link #steps(Anatomy, Map) steps}, repeated 1–3
   * times, treating up to two of the {@code treatable} regions.
   */
  public static Gen<Protocol> protocols(
      Anatomy anatomy, Map<Site, List<NodeGroup>> targets, List<Region> treatable) {
    return protocols(anatomy, steps(anatomy, targets), treatable);
  }

  /**
   * Protocols on the anatomy: 0–4 sequences of 1–6 of the steps, repeated 1–3 times, treating up to
   * two of the {@code treatable} regions.
   */
  private static Gen<Protocol> protocols(Anatomy anatomy, Gen<Step> steps, List<Region> treatable) {
    Gen<Sequence> sequence =
        of("Open", "Clear", "Drain", "Close")
            .zip(
                lists(steps, 1, 6),
                Gens.integers(1, 3),
                (name, s, repeats) ->
                    Sequence.builder().name(name).addAllSteps(s).repeats(repeats).build());
    return lists(sequence, 0, 4)
        .zip(
            sets(of(treatable), 0, 2),
            (sequences, treats) ->
                Protocol.builder()
                    .id("generated")
                    .title("Generated protocol")
                    .anatomy(anatomy)
                    .addAllSequences(sequences)
                    .addAllTreats(treats)
                    .build());
  }

  /** Protocols with steps from every site of the standard anatomy toward every reachable target. */
  public static Gen<Protocol> reachingProtocols() {
    return protocols(ANATOMY, targets(ANATOMY, (s, g) -> true), ANATOMY.regions());
  }

  /**
   * Any protocol a person can write on the standard anatomy: one step in three stretches from any
   * site toward any node group (reachable or not), sometimes through any anastomosis; the others
   * are {@link #reachingProtocols()}' steps. The model holds them all; the validator judges them.
   */
  public static Gen<Protocol> anyProtocols() {
    Gen<Step> reaching = steps(ANATOMY, targets(ANATOMY, (s, g) -> true));
    Gen<Step> wild =
        sites()
            .zip(
                nodeGroups(),
                optionals(anastomoses(), 0.3),
                strokes(),
                (site, toward, via, stroke) ->
                    Step.builder().site(site).toward(toward).via(via).stroke(stroke).build());
    return protocols(ANATOMY, frequency(2, reaching, 1, wild), ANATOMY.regions());
  }

  // ------------------------------------------------------ the validator's protocols

  /** Protocols on the {@link #SYMMETRIC} anatomy, toward every target each step can reach. */
  public static Gen<Protocol> symmetricProtocols() {
    return protocols(SYMMETRIC, targets(SYMMETRIC, (s, g) -> true), SYMMETRIC.regions());
  }

  /** Patient contexts on the {@link #SYMMETRIC} anatomy. */
  public static Gen<PatientContext> symmetricContexts() {
    return patientContexts(SYMMETRIC.regions(), removableNodeGroups(SYMMETRIC.nodeGroups()));
  }

  /** {@link #anyProtocols()} or {@link #symmetricProtocols()}, with equal odds. */
  public static Gen<Protocol> mixedProtocols() {
    return oneOf(anyProtocols(), symmetricProtocols());
  }

  /** {@link #anyPatientContexts()} or {@link #symmetricContexts()}, with equal odds. */
  public static Gen<PatientContext> mixedContexts() {
    return oneOf(anyPatientContexts(), symmetricContexts());
  }

  /** The sites whose lymph passes the cisterna chyli (and the cisterna itself). */
  public static Set<Site> thoracicDuctSites(Anatomy anatomy) {
    NodeGroup cisterna = anatomy.nodeGroup("CISTERNA_CHYLI");
    return anatomy.sites().stream()
        .filter(s -> s.equals(cisterna) || anatomy.drainsTo(s, cisterna))
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * Protocols on the standard anatomy that stay away from the thoracic duct (the one asymmetric
   * part of the map): no step on or toward a site whose lymph passes the cisterna chyli, and no
   * stretch toward a terminus the site does not drain to.
   */
  public static Gen<Protocol> ductFreeProtocols() {
    Set<Site> duct = thoracicDuctSites(ANATOMY);
    Map<Site, List<NodeGroup>> targets =
        targets(
            ANATOMY,
            (s, g) ->
                !duct.contains(s)
                    && !duct.contains(g)
                    && (!g.isTerminus() || s.equals(g) || ANATOMY.drainsTo(s, g)));
    return protocols(ANATOMY, targets, ductFreeRegions());
  }

  /** Patient contexts over the regions and groups away from the thoracic duct. */
  public static Gen<PatientContext> ductFreeContexts() {
    Set<Site> duct = thoracicDuctSites(ANATOMY);
    List<NodeGroup> groups =
        removableNodeGroups(ANATOMY.nodeGroups()).stream()
            .filter(g -> !duct.contains(g))
            .collect(ImmutableList.toImmutableList());
    return patientContexts(ductFreeRegions(), groups);
  }

  private static List<Region> ductFreeRegions() {
    Set<Site> duct = thoracicDuctSites(ANATOMY);
    return ANATOMY.regions().stream()
        .filter(r -> !duct.contains(r))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The protocol with every step done otherwise (pressure, tempo, repetitions, note); sometimes
   * also the first phase renamed or its first stroke changed.
   */
  public static Gen<Protocol> variantsOf(Protocol protocol) {
    Gen<UnaryOperator<Step>> technique =
        pressures()
            .zip(
                tempos(),
                repetitions(),
                optionals(texts(), 0.5),
                (pressure, tempo, repetitions, note) ->
                    s ->
                        s.withPressure(pressure)
                            .withTempo(tempo)
                            .withRepetitions(repetitions)
                            .withNote(note));
    return lists(technique, protocol.stepCount(), protocol.stepCount())
        .zip(
            Gens.integers(0, 3),
            strokes(),
            (changes, tweak, stroke) -> {
              List<Sequence> sequences = new ArrayList<>();
              int k = 0;
              for (Sequence seq : protocol.sequences()) {
                List<Step> steps = new ArrayList<>();
                for (Step s : seq.steps()) {
                  steps.add(changes.get(k++).apply(s));
                }
                sequences.add(seq.withSteps(steps));
              }
              if (!sequences.isEmpty() && tweak == 1) {
                sequences.set(0, sequences.get(0).withName(sequences.get(0).name() + " again"));
              } else if (!sequences.isEmpty() && tweak == 2) {
                Sequence first = sequences.get(0);
                List<Step> steps = new ArrayList<>(first.steps());
                steps.set(0, steps.get(0).withStroke(stroke));
                sequences.set(0, first.withSteps(steps));
              }
              return protocol.withSequences(sequences);
            });
  }

  /**
   * Protocols done by the book for 1–4 treated regions: both termini opened, then every station of
   * the regions' drainage worked proximal first (ties in random order), each node group with a
   * stationary circle (abdominal breathing for the abdomen) and each region stretched toward its
   * usual regional node group.
   */
  public static Gen<Protocol> correctProtocols() {
    return sets(regions(), 1, 4)
        .flatMap(
            regions -> {
              Set<Site> sites = new java.util.LinkedHashSet<>(regions);
              for (Region r : regions) {
                for (Site s : ANATOMY.physiologicalDownstream(r)) {
                  if (!((NodeGroup) s).isTerminus()) {
                    sites.add(s);
                  }
                }
              }
              return Gens.shuffled(new ArrayList<>(sites))
                  .map(order -> correctProtocol(regions, proximalFirst(order)));
            });
  }

  /** A topological order of the sites, proximal first; ties keep the given order. */
  private static List<Site> proximalFirst(List<Site> sites) {
    List<Site> left = new ArrayList<>(sites);
    List<Site> done = new ArrayList<>();
    while (!left.isEmpty()) {
      for (Site s : left) {
        boolean ready = left.stream().noneMatch(p -> ANATOMY.isProximalOf(p, s));
        if (ready) {
          done.add(s);
          left.remove(s);
          break;
        }
      }
    }
    return done;
  }

  private static Protocol correctProtocol(Set<Region> treats, List<Site> order) {
    List<Step> steps = new ArrayList<>();
    for (NodeGroup t : ANATOMY.termini()) {
      steps.add(Step.builder().site(t).toward(t).stroke(Stroke.STATIONARY_CIRCLE).build());
    }
    for (Site s : order) {
      if (s.isNodeGroup()) {
        Stroke stroke =
            s.part() == BodyPart.ABDOMEN ? Stroke.ABDOMINAL_BREATHING : Stroke.STATIONARY_CIRCLE;
        steps.add(Step.builder().site(s).toward((NodeGroup) s).stroke(stroke).build());
      } else {
        NodeGroup regional = ANATOMY.regionalNodeGroups((Region) s).get(0);
        steps.add(Step.builder().site(s).toward(regional).stroke(Stroke.SKIN_STRETCH).build());
      }
    }
    return Protocol.builder()
        .id("correct")
        .title("Correct protocol")
        .addAllTreats(treats)
        .addSequences(Sequence.of("Work", steps))
        .build();
  }

  /**
   * Protocols the standard planner makes for one to three affected regions: realistic bases of
   * 10–60 steps for the research toolkit's laws.
   */
  public static Gen<Protocol> plannedProtocols() {
    return Gens.filter(
            sets(regions(), 1, 3)
                .map(rs -> PatientContext.builder().addAllAffected(rs).build())
                .map(p -> Planner.standard().plan(p).protocol()),
            Optional::isPresent)
        .map(Optional::get);
  }

  /** Planner options: any level of detail, five to seven repetitions per step. */
  public static Gen<PlanOptions> planOptions() {
    return of(List.of(Detail.values()))
        .zip(Gens.integers(5, 7), (d, r) -> PlanOptions.builder().detail(d).repetitions(r).build());
  }

  // ------------------------------------------------------------------ patient

  /** Any compromise reason. */
  public static Gen<Compromise> compromises() {
    return of(List.of(Compromise.values()));
  }

  /**
   * 0–3 distinct compromised node groups with their reasons; termini are never compromised (no
   * route could avoid them).
   */
  public static Gen<List<CompromisedNodeGroup>> compromisedNodeGroups() {
    return Gens.uniqueLists(
        of(removableNodeGroups(ANATOMY.nodeGroups())).zip(compromises(), CompromisedNodeGroup::of),
        CompromisedNodeGroup::group,
        0,
        3);
  }

  /** A patient condition; local conditions are located in 1–2 regions, the others in none. */
  public static Gen<PatientCondition> patientConditions() {
    return conditions(ANATOMY.regions(), 1);
  }

  private static Gen<PatientCondition> conditions(List<Region> regions, int minRegions) {
    return of(List.of(Condition.values()))
        .flatMap(
            c ->
                c.scope() == Scope.LOCAL
                    ? sets(of(regions), minRegions, 2).map(r -> PatientCondition.of(c, r))
                    : just(PatientCondition.of(c)));
  }

  /**
   * A condition with any qualifiers that belong to it, each present or not: a status, fever, a
   * treatment day (1–10, or the largest), palliative care, a clearance; the NYHA class for heart
   * failure, the trimester for pregnancy, metastatic for malignancies.
   */
  public static Gen<PatientCondition> qualifiedConditions() {
    Gen<Optional<ConditionStatus>> status = optionals(of(List.of(ConditionStatus.values())), 0.5);
    Gen<Optional<Boolean>> flag = optionals(of(true, false), 0.4);
    Gen<Optional<Integer>> day =
        optionals(
            frequency(5, Gens.integers(1, 10), 1, just(PatientCondition.MAX_TREATMENT_DAY)), 0.4);
    Gen<Optional<Integer>> nyha = optionals(Gens.integers(1, 4), 0.5);
    Gen<Optional<Integer>> trimester = optionals(Gens.integers(1, 3), 0.6);
    Gen<Optional<Clearance>> clearance = optionals(texts().zip(texts(), Clearance::of), 0.3);
    Gen<PatientCondition> base = patientConditions();
    return in -> {
      PatientCondition c = base.generate(in);
      PatientCondition.Builder b =
          PatientCondition.builder().condition(c.condition()).addAllRegions(c.regions());
      status.generate(in).ifPresent(b::status);
      flag.generate(in).ifPresent(b::fever);
      day.generate(in).ifPresent(b::treatmentDay);
      flag.generate(in).ifPresent(b::palliative);
      clearance.generate(in).ifPresent(b::clearance);
      if (c.condition().isHeartFailure()) {
        nyha.generate(in).ifPresent(b::nyhaClass);
      }
      if (c.condition() == Condition.PREGNANCY) {
        trimester.generate(in).ifPresent(b::trimester);
      }
      if (c.condition().isMalignancy()) {
        flag.generate(in).ifPresent(b::metastatic);
      }
      return b.build();
    };
  }

  /** An affected area of the given regions, with or without a cause, a stage and a tissue state. */
  public static Gen<AffectedArea> affectedAreas(List<Region> regions) {
    Gen<Optional<OedemaCause>> cause = optionals(of(List.of(OedemaCause.values())), 0.7);
    Gen<Optional<IslStage>> stage = optionals(of(List.of(IslStage.values())), 0.5);
    Gen<Optional<TissueState>> tissue = optionals(of(List.of(TissueState.values())), 0.5);
    return in ->
        AffectedArea.builder()
            .addAllRegions(regions)
            .cause(cause.generate(in))
            .stage(stage.generate(in))
            .tissue(tissue.generate(in))
            .build();
  }

  /**
   * A valid patient context: optional label and setting, 0–5 distinct affected regions split
   * between the plain list and 0–2 areas (with cause, stage and tissue or not), 0–3 compromised
   * node groups, 0–2 distinct conditions with qualifiers, any tissue state.
   */
  public static Gen<PatientContext> patientContexts() {
    Gen<Optional<String>> label = optionals(texts(), 0.5);
    Gen<Optional<Setting>> setting = optionals(of(List.of(Setting.values())), 0.4);
    Gen<List<Region>> regions = Gens.uniqueLists(regions(), 0, 5);
    Gen<Integer> split = Gens.integers(0, 5);
    Gen<List<CompromisedNodeGroup>> compromised = compromisedNodeGroups();
    Gen<List<PatientCondition>> conditions =
        Gens.uniqueLists(qualifiedConditions(), PatientCondition::condition, 0, 2);
    Gen<TissueState> tissue = of(List.of(TissueState.values()));
    return in -> {
      Optional<String> l = label.generate(in);
      List<Region> all = regions.generate(in);
      int plain = Math.min(split.generate(in), all.size());
      int middle = plain + (all.size() - plain + 1) / 2;
      PatientContext.Builder b =
          PatientContext.builder()
              .addAllAffected(all.subList(0, plain))
              .addAllCompromised(compromised.generate(in))
              .addAllConditions(conditions.generate(in))
              .tissue(tissue.generate(in));
      for (List<Region> part :
          List.of(all.subList(plain, middle), all.subList(middle, all.size()))) {
        if (!part.isEmpty()) {
          b.addAreas(affectedAreas(part).generate(in));
        }
      }
      l.ifPresent(b::label);
      setting.generate(in).ifPresent(b::setting);
      return b.build();
    };
  }

  /** Patient contexts with intact node groups (nothing compromised). */
  public static Gen<PatientContext> patientContextsWithIntactNodes() {
    return patientContexts().map(p -> p.withCompromised(List.of()));
  }

  /**
   * Patient contexts over chosen regions and node groups: 0–2 affected regions, 0–3 compromised
   * groups, and — one time in four — 0–2 conditions (local ones in up to two of the regions).
   */
  public static Gen<PatientContext> patientContexts(List<Region> regions, List<NodeGroup> groups) {
    Gen<Set<Region>> affected = sets(of(regions), 0, 2);
    Gen<List<CompromisedNodeGroup>> compromised =
        Gens.uniqueLists(
            of(groups).zip(compromises(), CompromisedNodeGroup::of),
            CompromisedNodeGroup::group,
            0,
            3);
    Gen<List<PatientCondition>> conditions =
        frequency(
            3,
            just(List.<PatientCondition>of()),
            1,
            Gens.uniqueLists(conditions(regions, 0), PatientCondition::condition, 0, 2));
    Gen<TissueState> tissue = of(List.of(TissueState.values()));
    return in ->
        PatientContext.builder()
            .addAllAffected(affected.generate(in))
            .addAllCompromised(compromised.generate(in))
            .addAllConditions(conditions.generate(in))
            .tissue(tissue.generate(in))
            .build();
  }

  /** {@link #patientContexts(List, List)} over the whole standard anatomy, termini excluded. */
  public static Gen<PatientContext> anyPatientContexts() {
    return patientContexts(ANATOMY.regions(), removableNodeGroups(ANATOMY.nodeGroups()));
  }

  // ------------------------------------------------------------------ file format

  /**
   * Texts that stress a file format: random mixes of letters, quotes, backslashes, YAML indicators,
   * line breaks, tabs and non-ASCII, and known troublemakers ("true", "1.0", "~", "- item", emoji,
   * NUL). May be blank; see {@link #awkwardNonBlankTexts()}.
   */
  public static Gen<String> awkwardTexts() {
    return frequency(4, Gens.strings(AWKWARD_CHARS, 0, 40), 1, of(AWKWARD));
  }

  /** {@link #awkwardTexts()} that are not blank, for fields the model requires to be non-blank. */
  public static Gen<String> awkwardNonBlankTexts() {
    return Gens.filter(awkwardTexts(), s -> !s.isBlank());
  }

  /**
   * Values in mmHg at full double precision, with awkward ones (1e-7, 0.1 + 0.2, just under 200).
   */
  public static Gen<Double> preciseMmHgValues() {
    return oneOf(
        Gens.doubles(0, Pressure.MAX_MM_HG),
        of(0.0, 1e-7, 0.1 + 0.2, 30.000001, Math.nextDown(Pressure.MAX_MM_HG)));
  }

  /** Tempos at full double precision. */
  public static Gen<Tempo> preciseTempos() {
    return Gens.doubles(Tempo.MIN_SECONDS, Tempo.MAX_SECONDS).map(Tempo::ofSeconds);
  }

  /**
   * {@link #protocols()} whose every text (title, version, author, description, tags, sources,
   * sequence names, hands, notes) is awkward and whose numbers use full double precision: the
   * protocols the file format's laws must hold for.
   */
  public static Gen<Protocol> protocolsWithAwkwardValues() {
    Gen<Protocol> protocols = protocols();
    Gen<List<String>> texts = lists(awkwardNonBlankTexts(), 16, 16);
    Gen<String> description = awkwardTexts();
    Gen<List<Double>> mmHg = lists(preciseMmHgValues(), 8, 8);
    Gen<List<Tempo>> tempos = lists(preciseTempos(), 8, 8);
    return in -> {
      Protocol p = protocols.generate(in);
      Cycle<String> text = new Cycle<>(texts.generate(in));
      String desc = description.generate(in);
      Cycle<Double> value = new Cycle<>(mmHg.generate(in));
      Cycle<Tempo> tempo = new Cycle<>(tempos.generate(in));
      List<Sequence> sequences = new ArrayList<>();
      for (Sequence s : p.sequences()) {
        List<Step> steps = new ArrayList<>();
        for (Step st : s.steps()) {
          Step changed = st.withTempo(tempo.next());
          if (st.pressure().mmHg().isPresent()) {
            changed = changed.withPressure(st.pressure().withMmHg(value.next()));
          }
          changed = st.hands().isPresent() ? changed.withHands(text.next()) : changed;
          changed = st.note().isPresent() ? changed.withNote(text.next()) : changed;
          steps.add(changed);
        }
        sequences.add(s.withName(text.next()).withSteps(steps));
      }
      List<String> tags = new ArrayList<>();
      p.tags().forEach(t -> tags.add(text.next()));
      List<String> sources = new ArrayList<>();
      p.sources().forEach(t -> sources.add(text.next()));
      return p.withTitle(text.next())
          .withVersion(text.next())
          .withAuthor(p.author().map(a -> text.next()))
          .withDescription(desc)
          .withTags(tags)
          .withSources(sources)
          .withSequences(sequences);
    };
  }

  /** {@link #patientContexts()} with an awkward label. */
  public static Gen<PatientContext> patientContextsWithAwkwardLabels() {
    return patientContexts()
        .zip(
            optionals(awkwardNonBlankTexts(), 0.7),
            (p, label) -> label.map(p::withLabel).orElse(p));
  }

  /** Hands out the items of a list in turn, round and round. */
  private static final class Cycle<T> {
    private final List<T> items;
    private int next;

    Cycle(List<T> items) {
      this.items = items;
    }

    T next() {
      return items.get(next++ % items.size());
    }
  }
}
