package io.github.lympha.format;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.Site;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document tree into a {@link Protocol}, reporting every problem it finds. Values are
 * checked field by field first, so a problem points at the field; the model's own invariants are
 * checked by building the model value, and an {@link IllegalArgumentException} it throws is
 * reported at the object that broke it.
 */
final class ProtocolDecoder {
  static final String KIND = "protocol";

  static final List<String> ROOT =
      List.of(
          "lympha",
          "kind",
          "id",
          "title",
          "version",
          "author",
          "description",
          "treats",
          "tags",
          "sources",
          "sequences");
  static final List<String> SEQUENCE = List.of("name", "repeats", "steps");
  static final List<String> STEP =
      List.of(
          "site", "stroke", "toward", "via", "pressure", "tempo", "repetitions", "hands", "note");
  static final List<String> PRESSURE = List.of("level", "mmHg");
  static final List<String> TEMPO = List.of("secondsPerCycle");

  /** The protocol id rule of {@link Protocol}, checked here to point at the field. */
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");

  /** The model reports step problems as {@code /sequences/i/steps/j: message}. */
  private static final Pattern POINTED =
      Pattern.compile("(/[A-Za-z0-9_/~.-]*): (.*)", Pattern.DOTALL);

  private final Decoding d;
  private final Anatomy anatomy;

  ProtocolDecoder(Problems problems, Anatomy anatomy) {
    this.d = new Decoding(problems, anatomy);
    this.anatomy = anatomy;
  }

  Optional<Protocol> decode(Node root) {
    Problems problems = d.problems;
    int before = problems.count();
    Optional<Node.Obj> object = d.asObject(root, "a protocol", ROOT);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    if (!d.header(o, KIND, PatientDecoder.KIND, "read it as a patient context")) {
      return Optional.empty();
    }
    d.checkFields(o, "a protocol", ROOT);
    Protocol.Builder b = Protocol.builder().anatomy(anatomy);
    d.required(o, "id", "add an id such as \"leg-intact\"").flatMap(this::id).ifPresent(b::id);
    d.required(o, "title", "add a title for people")
        .flatMap(n -> d.nonBlank(n, "the title", Integer.MAX_VALUE))
        .ifPresent(b::title);
    Decoding.optional(o, "version")
        .flatMap(n -> d.nonBlank(n, "the version", Integer.MAX_VALUE))
        .ifPresent(b::version);
    Decoding.optional(o, "author")
        .flatMap(n -> d.nonBlank(n, "the author", Integer.MAX_VALUE))
        .ifPresent(b::author);
    Decoding.optional(o, "description").flatMap(d::text).ifPresent(b::description);
    Decoding.optional(o, "treats")
        .flatMap(n -> d.list(n, "region ids", d::region, true))
        .ifPresent(b::addAllTreats);
    Decoding.optional(o, "tags")
        .flatMap(
            n -> d.list(n, "tags (text)", e -> d.nonBlank(e, "a tag", Integer.MAX_VALUE), true))
        .ifPresent(b::addAllTags);
    Decoding.optional(o, "sources")
        .flatMap(
            n ->
                d.list(
                    n,
                    "source keys (text)",
                    e -> d.nonBlank(e, "a source", Integer.MAX_VALUE),
                    false))
        .ifPresent(b::addAllSources);
    Decoding.optional(o, "sequences").flatMap(this::sequences).ifPresent(b::addAllSequences);
    if (problems.count() > before) {
      return Optional.empty();
    }
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      reportModelProblem(o, e);
      return Optional.empty();
    }
  }

  private Optional<String> id(Node node) {
    Optional<String> id = d.text(node);
    if (id.isPresent() && !ID.matcher(id.get()).matches()) {
      d.problems.at(
          node,
          "invalid protocol id "
              + Node.Scalar.quote(id.get())
              + "; use lower-case letters, digits, '.', '-' and '_' (at most 100), like"
              + " \"leg-intact\"");
      return Optional.empty();
    }
    return id;
  }

  private Optional<ImmutableList<Sequence>> sequences(Node node) {
    if (node instanceof Node.Arr && ((Node.Arr) node).size() > Protocol.MAX_SEQUENCES) {
      d.problems.at(
          node,
          "a protocol may hold at most "
              + Protocol.MAX_SEQUENCES
              + " sequences, not "
              + ((Node.Arr) node).size());
      return Optional.empty();
    }
    Optional<ImmutableList<Sequence>> sequences = d.list(node, "sequences", this::sequence, false);
    if (sequences.isPresent()) {
      long steps = sequences.get().stream().mapToLong(s -> s.steps().size()).sum();
      if (steps > Protocol.MAX_STEPS) {
        d.problems.at(
            node, "a protocol may hold at most " + Protocol.MAX_STEPS + " steps, not " + steps);
        return Optional.empty();
      }
    }
    return sequences;
  }

  private Optional<Sequence> sequence(Node node) {
    int before = d.problems.count();
    Optional<Node.Obj> object = d.object(node, "a sequence", SEQUENCE);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    Sequence.Builder b = Sequence.builder();
    d.required(o, "name", "name the phase, e.g. \"Open the terminus\"")
        .flatMap(n -> d.nonBlank(n, "the sequence name", Step.MAX_TEXT))
        .ifPresent(b::name);
    Decoding.optional(o, "repeats")
        .flatMap(n -> d.whole(n, "repeats", 1, Sequence.MAX_REPEATS))
        .ifPresent(b::repeats);
    d.required(o, "steps", "a sequence needs at least one step")
        .flatMap(this::steps)
        .ifPresent(b::addAllSteps);
    return build(o, before, b::build);
  }

  private Optional<ImmutableList<Step>> steps(Node node) {
    Optional<ImmutableList<Step>> steps = d.list(node, "steps", this::step, false);
    if (steps.isPresent() && steps.get().isEmpty()) {
      d.problems.at(node, "a sequence needs at least one step; add one or remove the sequence");
      return Optional.empty();
    }
    return steps;
  }

  private Optional<Step> step(Node node) {
    int before = d.problems.count();
    Optional<Node.Obj> object = d.object(node, "a step", STEP);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    Step.Builder b = Step.builder();
    Optional<Site> site =
        d.required(o, "site", "say where the hands work (a region, node group or station id)")
            .flatMap(d::site);
    site.ifPresent(b::site);
    d.required(o, "stroke", "name the stroke, e.g. STATIONARY_CIRCLE")
        .flatMap(n -> d.code(n, Stroke.class, "stroke"))
        .ifPresent(b::stroke);
    d.required(o, "toward", "name the node group (or station) the skin is stretched toward")
        .flatMap(n -> d.target(n, site))
        .ifPresent(b::toward);
    Decoding.optional(o, "via").flatMap(d::anastomosis).ifPresent(b::via);
    Decoding.optional(o, "pressure").flatMap(this::pressure).ifPresent(b::pressure);
    Decoding.optional(o, "tempo").flatMap(this::tempo).ifPresent(b::tempo);
    Decoding.optional(o, "repetitions")
        .flatMap(n -> d.whole(n, "repetitions", 1, Step.MAX_REPETITIONS))
        .ifPresent(b::repetitions);
    Decoding.optional(o, "hands")
        .flatMap(n -> d.nonBlank(n, "the hands text", Step.MAX_TEXT))
        .ifPresent(b::hands);
    Decoding.optional(o, "note")
        .flatMap(n -> d.nonBlank(n, "the note", Step.MAX_TEXT))
        .ifPresent(b::note);
    return build(o, before, b::build);
  }

  private Optional<Pressure> pressure(Node node) {
    int before = d.problems.count();
    Optional<Node.Obj> object = d.object(node, "a pressure", PRESSURE);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    Optional<PressureLevel> level =
        Decoding.optional(o, "level")
            .flatMap(n -> d.code(n, PressureLevel.class, "pressure level"));
    Optional<Double> mmHg =
        Decoding.optional(o, "mmHg")
            .flatMap(n -> d.number(n, "pressure", 0, Pressure.MAX_MM_HG, "mmHg"));
    if (d.problems.count() > before) {
      return Optional.empty();
    }
    if (level.isEmpty() && mmHg.isEmpty()) {
      d.problems.at(
          o,
          "a pressure needs a level (VERY_LIGHT, LIGHT, MODERATE or FIRM), a value in mmHg, or both,"
              + " e.g. {\"level\": \"LIGHT\"}");
      return Optional.empty();
    }
    return build(
        o,
        before,
        () ->
            level.isPresent() && mmHg.isPresent()
                ? Pressure.of(level.get(), mmHg.get())
                : level.map(Pressure::of).orElseGet(() -> Pressure.ofMmHg(mmHg.orElse(0.0))));
  }

  private Optional<Tempo> tempo(Node node) {
    int before = d.problems.count();
    Optional<Node.Obj> object = d.object(node, "a tempo", TEMPO);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    Node.Obj o = object.get();
    Optional<Double> seconds =
        d.required(o, "secondsPerCycle", "e.g. {\"secondsPerCycle\": 1}")
            .flatMap(
                n ->
                    d.number(
                        n, "tempo", Tempo.MIN_SECONDS, Tempo.MAX_SECONDS, "seconds per cycle"));
    return seconds.isPresent()
        ? build(o, before, () -> Tempo.ofSeconds(seconds.get()))
        : Optional.empty();
  }

  /**
   * Builds a model value if its parts had no problems; reports its own invariants at {@code at}.
   */
  private <T> Optional<T> build(
      Node at, int problemsBefore, java.util.function.Supplier<T> builder) {
    if (d.problems.count() > problemsBefore) {
      return Optional.empty();
    }
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      d.problems.at(at, lowerFirst(message(e)));
      return Optional.empty();
    }
  }

  /**
   * Reports a protocol-level invariant. The model names the step it is about with a JSON pointer
   * ({@code /sequences/0/steps/2: ...}); such a problem is reported at that step.
   */
  void reportModelProblem(Node.Obj root, RuntimeException e) {
    String message = message(e);
    Matcher m = POINTED.matcher(message);
    if (m.matches()) {
      Optional<Node> at = find(root, m.group(1));
      if (at.isPresent()) {
        d.problems.at(at.get(), lowerFirst(m.group(2)));
        return;
      }
    }
    d.problems.at(root, lowerFirst(message));
  }

  private static Optional<Node> find(Node root, String pointer) {
    Node at = root;
    for (String part : pointer.substring(1).split("/", -1)) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (at instanceof Node.Obj) {
        Node next = ((Node.Obj) at).get(name);
        if (next == null) {
          return Optional.empty();
        }
        at = next;
      } else if (at instanceof Node.Arr) {
        List<Node> elements = ((Node.Arr) at).elements();
        int i;
        try {
          i = Integer.parseInt(name);
        } catch (NumberFormatException ex) {
          return Optional.empty();
        }
        if (i < 0 || i >= elements.size()) {
          return Optional.empty();
        }
        at = elements.get(i);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(at);
  }

  static String message(RuntimeException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }
}
