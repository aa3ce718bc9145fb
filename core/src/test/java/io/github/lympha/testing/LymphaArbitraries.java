package io.github.lympha.testing;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.Compromise;
import io.github.lympha.patient.CompromisedNodeGroup;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientCondition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.patient.Scope;
import io.github.lympha.patient.TissueState;
import io.github.lympha.protocol.Limb;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.sources.Sources;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The shared jqwik generators of Lympha's domain: every property draws anatomy sites, techniques,
 * steps, sequences, protocols and patient contexts from here, so that all laws speak about the same
 * kinds of values. Everything is built on {@link Anatomy#standard()} and every value is valid (it
 * passes the model's invariants); properties that need broken input make it from these.
 *
 * <p>Sizes stay small so that properties run fast: protocols have 0–4 sequences of 1–6 steps. Add
 * new generators here rather than in a test class, and document what they draw.
 */
public final class LymphaArbitraries {
  private static final Anatomy ANATOMY = Anatomy.standard();

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

  /** Step arbitraries are immutable and reusable: each site's is built once. */
  private static final Map<Site, Arbitrary<Step>> STEPS_BY_SITE = new ConcurrentHashMap<>();

  private LymphaArbitraries() {}

  /** The standard anatomy every generator draws from. */
  public static Anatomy anatomy() {
    return ANATOMY;
  }

  // ------------------------------------------------------------------ anatomy

  /** Any region of the standard anatomy. */
  public static Arbitrary<Region> regions() {
    return Arbitraries.of(ANATOMY.regions());
  }

  /** Any node group of the standard anatomy, termini and midline groups included. */
  public static Arbitrary<NodeGroup> nodeGroups() {
    return Arbitraries.of(ANATOMY.nodeGroups());
  }

  /** Any site: a region or a node group. */
  public static Arbitrary<Site> sites() {
    return Arbitraries.of(ANATOMY.sites());
  }

  /** Any anastomosis of the standard anatomy. */
  public static Arbitrary<Anastomosis> anastomoses() {
    return Arbitraries.of(ANATOMY.anastomoses());
  }

  /**
   * The standard anatomy or a variant of it in which one to three regions drain into other node
   * groups (one or two, any of them, as {@link Anatomy.Builder#overrideRegionalNodeGroups} allows
   * for a patient whose anatomy differs): valid maps of a different shape, for laws that must hold
   * in every anatomy.
   */
  public static Arbitrary<Anatomy> anatomies() {
    Arbitrary<List<String>> groups =
        Arbitraries.of(ANATOMY.nodeGroups())
            .map(NodeGroup::id)
            .list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .uniqueElements();
    Arbitrary<List<Tuple.Tuple2<String, List<String>>>> overrides =
        Combinators.combine(Arbitraries.of(ANATOMY.regions()).map(Region::id), groups)
            .as(Tuple::of)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3);
    Arbitrary<Anatomy> varied =
        overrides.map(
            list -> {
              Anatomy.Builder b = ANATOMY.toBuilder();
              for (Tuple.Tuple2<String, List<String>> o : list) {
                b.overrideRegionalNodeGroups(o.get1(), o.get2(), "S9");
              }
              return b.build();
            });
    return Arbitraries.oneOf(Arbitraries.just(ANATOMY), varied);
  }

  /** LEFT or RIGHT: the sides a limb or a paired structure can be on. */
  public static Arbitrary<Side> pairedSides() {
    return Arbitraries.of(Side.LEFT, Side.RIGHT);
  }

  /** ARM or LEG. */
  public static Arbitrary<Limb> limbs() {
    return Arbitraries.of(Limb.class);
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
  public static Arbitrary<Stroke> strokes() {
    return Arbitraries.of(Stroke.class);
  }

  /** Any pressure level. */
  public static Arbitrary<PressureLevel> pressureLevels() {
    return Arbitraries.of(PressureLevel.class);
  }

  /** A valid value in mmHg: 0 to {@link Pressure#MAX_MM_HG}. */
  public static Arbitrary<Double> mmHgValues() {
    return Arbitraries.doubles().between(0, Pressure.MAX_MM_HG).ofScale(1);
  }

  /** Any valid pressure: a level, a value in mmHg, or both (light most often). */
  public static Arbitrary<Pressure> pressures() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(Pressure.light())),
        Tuple.of(2, pressureLevels().map(Pressure::of)),
        Tuple.of(2, mmHgValues().map(Pressure::ofMmHg)),
        Tuple.of(1, Combinators.combine(pressureLevels(), mmHgValues()).as(Pressure::of)));
  }

  /** Any valid tempo: {@link Tempo#MIN_SECONDS} to {@link Tempo#MAX_SECONDS} per cycle. */
  public static Arbitrary<Tempo> tempos() {
    return Arbitraries.oneOf(
        Arbitraries.just(Tempo.standard()),
        Arbitraries.doubles()
            .between(Tempo.MIN_SECONDS, Tempo.MAX_SECONDS)
            .ofScale(2)
            .map(Tempo::ofSeconds));
  }

  /** Valid repetitions: 1 to {@link Step#MAX_REPETITIONS}, small counts most often. */
  public static Arbitrary<Integer> repetitions() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 20),
        Arbitraries.integers().between(1, Step.MAX_REPETITIONS));
  }

  /** Short, non-blank texts for hands, notes, names and labels. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars(' ', '-', ',')
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(s -> !s.isBlank());
  }

  // ------------------------------------------------------------------ protocol

  /**
   * A valid step: any site, any stroke (suited or not: flawed steps are valid objects), toward a
   * node group the site drains to physiologically, or — when the site is a region with an
   * anastomotic pathway — sometimes through that anastomosis to its node group; with any pressure,
   * tempo, repetitions, and optional hands and note.
   */
  public static Arbitrary<Step> steps() {
    return sites().flatMap(site -> STEPS_BY_SITE.computeIfAbsent(site, LymphaArbitraries::stepsOn));
  }

  /** Valid steps whose stroke suits the site ({@link Stroke#suits(Site)}). */
  public static Arbitrary<Step> suitedSteps() {
    return steps().filter(s -> s.stroke().suits(s.site()));
  }

  /** Valid steps on one site (see {@link #steps()}). */
  public static Arbitrary<Step> stepsOn(Site site) {
    List<Arbitrary<Target>> targets = new ArrayList<>();
    targets.add(
        Arbitraries.of(physiologicalTargets(site)).map(g -> new Target(g, Optional.empty())));
    for (Pathway p : anastomoticPathways(site)) {
      Target t =
          new Target(
              ANATOMY.nodeGroup(p.to()), Optional.of(ANATOMY.anastomosis(p.via().orElseThrow())));
      targets.add(Arbitraries.just(t));
    }
    return Combinators.combine(
            Arbitraries.oneOf(targets),
            strokes(),
            pressures(),
            tempos(),
            repetitions(),
            texts().optional(0.3),
            texts().optional(0.3))
        .as(
            (target, stroke, pressure, tempo, reps, hands, note) -> {
              Step.Builder b =
                  Step.builder()
                      .site(site)
                      .toward(target.toward)
                      .stroke(stroke)
                      .pressure(pressure)
                      .tempo(tempo)
                      .repetitions(reps);
              target.via.ifPresent(b::via);
              hands.ifPresent(b::hands);
              note.ifPresent(b::note);
              return b.build();
            });
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
  public static Arbitrary<String> phaseNames() {
    return Arbitraries.oneOf(Arbitraries.of(PHASE_NAMES), texts());
  }

  /** A valid sequence: 1–6 steps, repeated 1–20 times (once most often). */
  public static Arbitrary<Sequence> sequences() {
    return Combinators.combine(
            phaseNames(),
            steps().list().ofMinSize(1).ofMaxSize(6),
            Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(1)),
                Tuple.of(1, Arbitraries.integers().between(1, 20))))
        .as(
            (name, steps, repeats) ->
                Sequence.builder().name(name).addAllSteps(steps).repeats(repeats).build());
  }

  /** A valid protocol id, e.g. {@code leg-2.a_b}. */
  public static Arbitrary<String> protocolIds() {
    return Combinators.combine(
            Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofLength(1),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('0', '9')
                .withChars('.', '-', '_')
                .ofMaxLength(20))
        .as((a, b) -> a + b);
  }

  /** Source keys of the domain reference. */
  public static Arbitrary<String> sourceKeys() {
    return Arbitraries.of(Sources.all().keySet());
  }

  /**
   * A valid protocol on the standard anatomy: 0–4 sequences, any treated regions, sources, tags, an
   * optional author and a version.
   */
  public static Arbitrary<Protocol> protocols() {
    return Combinators.combine(
            protocolIds(),
            texts(),
            Arbitraries.of("1", "2", "1.1", "2024-05"),
            regions().set().ofMaxSize(3),
            sequences().list().ofMaxSize(4),
            sourceKeys().list().ofMaxSize(3),
            texts().set().ofMaxSize(3),
            texts().optional(0.5))
        .as(
            (id, title, version, treats, sequences, sources, tags, author) -> {
              Protocol.Builder b =
                  Protocol.builder()
                      .id(id)
                      .title(title)
                      .version(version)
                      .addAllTreats(treats)
                      .addAllSequences(sequences)
                      .addAllSources(sources)
                      .addAllTags(tags);
              author.ifPresent(b::author);
              return b.build();
            });
  }

  // ------------------------------------------------------------------ patient

  /** Any compromise reason. */
  public static Arbitrary<Compromise> compromises() {
    return Arbitraries.of(Compromise.class);
  }

  /**
   * 0–3 distinct compromised node groups with their reasons; termini are never compromised (no
   * route could avoid them).
   */
  public static Arbitrary<List<CompromisedNodeGroup>> compromisedNodeGroups() {
    return Arbitraries.of(
            ANATOMY.nodeGroups().stream()
                .filter(g -> !g.isTerminus())
                .collect(ImmutableList.toImmutableList()))
        .list()
        .uniqueElements()
        .ofMaxSize(3)
        .flatMap(
            groups ->
                compromises()
                    .list()
                    .ofSize(groups.size())
                    .map(
                        reasons -> {
                          List<CompromisedNodeGroup> out = new ArrayList<>();
                          for (int i = 0; i < groups.size(); i++) {
                            out.add(CompromisedNodeGroup.of(groups.get(i), reasons.get(i)));
                          }
                          return out;
                        }));
  }

  /** A patient condition; local conditions are located in 1–2 regions, the others in none. */
  public static Arbitrary<PatientCondition> patientConditions() {
    return Arbitraries.of(Condition.class)
        .flatMap(
            c ->
                c.scope() == Scope.LOCAL
                    ? regions().set().ofMinSize(1).ofMaxSize(2).map(r -> PatientCondition.of(c, r))
                    : Arbitraries.just(PatientCondition.of(c)));
  }

  /**
   * A valid patient context: optional label, 0–3 affected regions, 0–3 compromised node groups, 0–2
   * distinct conditions, any tissue state.
   */
  public static Arbitrary<PatientContext> patientContexts() {
    return Combinators.combine(
            texts().optional(0.5),
            regions().set().ofMaxSize(3),
            compromisedNodeGroups(),
            patientConditions().list().ofMaxSize(2).uniqueElements(PatientCondition::condition),
            Arbitraries.of(TissueState.class))
        .as(
            (label, affected, compromised, conditions, tissue) -> {
              PatientContext.Builder b =
                  PatientContext.builder()
                      .addAllAffected(affected)
                      .addAllCompromised(compromised)
                      .addAllConditions(conditions)
                      .tissue(tissue);
              label.ifPresent(b::label);
              return b.build();
            });
  }

  /** Patient contexts with intact node groups (nothing compromised). */
  public static Arbitrary<PatientContext> patientContextsWithIntactNodes() {
    return patientContexts().map(p -> p.withCompromised(List.of()));
  }

  // ------------------------------------------------------------------ file format

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

  /**
   * Texts that stress a file format: random mixes of letters, quotes, backslashes, YAML indicators,
   * line breaks, tabs and non-ASCII, and known troublemakers ("true", "1.0", "~", "- item", emoji,
   * NUL). May be blank; see {@link #awkwardNonBlankTexts()}.
   */
  public static Arbitrary<String> awkwardTexts() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.strings().withChars(AWKWARD_CHARS).ofMaxLength(40)),
        Tuple.of(1, Arbitraries.of(AWKWARD)));
  }

  /** {@link #awkwardTexts()} that are not blank, for fields the model requires to be non-blank. */
  public static Arbitrary<String> awkwardNonBlankTexts() {
    return awkwardTexts().filter(s -> !s.isBlank());
  }

  /**
   * Values in mmHg at full double precision, with awkward ones (1e-7, 0.1 + 0.2, just under 200).
   */
  public static Arbitrary<Double> preciseMmHgValues() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0, Pressure.MAX_MM_HG),
        Arbitraries.of(0.0, 1e-7, 0.1 + 0.2, 30.000001, Math.nextDown(Pressure.MAX_MM_HG)));
  }

  /** Tempos at full double precision. */
  public static Arbitrary<Tempo> preciseTempos() {
    return Arbitraries.doubles()
        .between(Tempo.MIN_SECONDS, Tempo.MAX_SECONDS)
        .map(Tempo::ofSeconds);
  }

  /**
   * {@link #protocols()} whose every text (title, version, author, description, tags, sources,
   * sequence names, hands, notes) is awkward and whose numbers use full double precision: the
   * protocols the file format's laws must hold for.
   */
  public static Arbitrary<Protocol> protocolsWithAwkwardValues() {
    return Combinators.combine(
            protocols(),
            awkwardNonBlankTexts().list().ofSize(16),
            awkwardTexts(),
            preciseMmHgValues().list().ofSize(8),
            preciseTempos().list().ofSize(8))
        .as(
            (p, texts, description, mmHg, tempos) -> {
              Cycle<String> text = new Cycle<>(texts);
              Cycle<Double> value = new Cycle<>(mmHg);
              Cycle<Tempo> tempo = new Cycle<>(tempos);
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
                  .withDescription(description)
                  .withTags(tags)
                  .withSources(sources)
                  .withSequences(sequences);
            });
  }

  /** {@link #patientContexts()} with an awkward label. */
  public static Arbitrary<PatientContext> patientContextsWithAwkwardLabels() {
    return Combinators.combine(patientContexts(), awkwardNonBlankTexts().optional(0.7))
        .as((p, label) -> label.map(p::withLabel).orElse(p));
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
