package io.github.lympha.format;

import com.google.common.collect.ImmutableList;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Site;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Typed reading of {@link Node}s for the decoders, reporting every mismatch to {@link Problems}. By
 * convention each method returns empty exactly when it reported a problem (or when the node was
 * already reported as unusable), so a decoder builds a model value only from parts that all came
 * back present, and never builds one half-way.
 */
final class Decoding {
  /** The format version this reader reads and the writer writes. */
  static final String VERSION = "1";

  private static final int EXAMPLES = 3;

  /**
   * The constants of each enum, looked up once: {@link Class#getEnumConstants()} copies its array
   * on every call, and codes are read for every step.
   */
  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          return constants == null ? new Object[0] : constants;
        }
      };

  final Problems problems;
  final Anatomy anatomy;

  Decoding(Problems problems, Anatomy anatomy) {
    this.problems = problems;
    this.anatomy = anatomy;
  }

  // ------------------------------------------------------------------ structure

  /**
   * The node as an object whose member names are all among {@code fields}; each unknown name is
   * reported with the nearest valid one. Returns the object even when it has unknown members, so
   * its known members are still checked.
   */
  Optional<Node.Obj> object(Node node, String what, List<String> fields) {
    Optional<Node.Obj> object = asObject(node, what, fields);
    object.ifPresent(o -> checkFields(o, what, fields));
    return object;
  }

  /** The node as an object, or empty after reporting what it is instead. */
  Optional<Node.Obj> asObject(Node node, String what, List<String> fields) {
    if (!(node instanceof Node.Obj)) {
      mismatch(node, what + " (an object with " + String.join(", ", fields) + ")");
      return Optional.empty();
    }
    return Optional.of((Node.Obj) node);
  }

  /** Reports each member name that is not among {@code fields}, with the nearest valid one. */
  void checkFields(Node.Obj object, String what, List<String> fields) {
    for (int i = 0; i < object.size(); i++) {
      if (problems.isFull()) {
        return;
      }
      String name = object.name(i);
      if (!fields.contains(name)) {
        problems.atName(
            object.value(i),
            Suggestions.message(
                "unknown field " + Node.Scalar.quote(name),
                Suggestions.close(name, fields, 1),
                true,
                what + " has the fields " + String.join(", ", fields)));
      }
    }
  }

  /** A member that must be present; reports it missing otherwise. */
  Optional<Node> required(Node.Obj object, String field, String hint) {
    Node value = object.get(field);
    if (value == null) {
      problems.missing(
          object, field, "missing field \"" + field + "\"" + (hint.isEmpty() ? "" : "; " + hint));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A member that may be absent. */
  static Optional<Node> optional(Node.Obj object, String field) {
    return Optional.ofNullable(object.get(field));
  }

  /**
   * The elements of a list, each read by {@code element}; empty if the node is no list or any
   * element failed. With {@code unique}, an element equal to an earlier one is reported.
   */
  <T> Optional<ImmutableList<T>> list(
      Node node, String what, Function<Node, Optional<T>> element, boolean unique) {
    if (!(node instanceof Node.Arr)) {
      mismatch(node, "a list of " + what);
      return Optional.empty();
    }
    int before = problems.count();
    List<T> items = new ArrayList<>();
    // Only a list of unique items needs to remember them: hashing a step is not free.
    @Nullable Map<T, Node> seen = unique ? new HashMap<>() : null;
    for (Node e : ((Node.Arr) node).elements()) {
      if (problems.isFull()) {
        problems.failedQuietly();
        break;
      }
      Optional<T> item = element.apply(e);
      if (item.isPresent()) {
        Node first = seen == null ? null : seen.putIfAbsent(item.get(), e);
        if (first != null) {
          problems.at(
              e,
              "listed twice (first at "
                  + first.pointer()
                  + ", line "
                  + first.line()
                  + "); list each once");
        }
        items.add(item.get());
      }
    }
    return problems.count() == before ? Optional.of(ImmutableList.copyOf(items)) : Optional.empty();
  }

  // ------------------------------------------------------------------ scalars

  /** Any text, including empty text. */
  Optional<String> text(Node node) {
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.STRING) {
      return Optional.of(((Node.Scalar) node).text());
    }
    mismatch(node, "text");
    return Optional.empty();
  }

  /** Text that is not blank and at most {@code maxLength} characters long. */
  Optional<String> nonBlank(Node node, String what, int maxLength) {
    Optional<String> text = text(node);
    if (text.isEmpty()) {
      return text;
    }
    String s = text.get();
    if (s.isBlank()) {
      problems.at(node, what + " must not be blank");
      return Optional.empty();
    }
    if (s.length() > maxLength) {
      problems.at(
          node,
          what + " is " + s.length() + " characters long; at most " + maxLength + " are allowed");
      return Optional.empty();
    }
    return text;
  }

  /** A boolean, {@code true} or {@code false}. */
  Optional<Boolean> bool(Node node) {
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.BOOLEAN) {
      return Optional.of("true".equals(((Node.Scalar) node).text()));
    }
    mismatch(node, "true or false");
    return Optional.empty();
  }

  /** A whole number from {@code min} to {@code max}. */
  Optional<Integer> whole(Node node, String what, int min, int max) {
    if (!(node instanceof Node.Scalar) || ((Node.Scalar) node).kind() != Node.Kind.INTEGER) {
      mismatch(node, wholeRange(min, max));
      return Optional.empty();
    }
    Node.Scalar scalar = (Node.Scalar) node;
    // An integer too large for a long is out of range for sure; only a long is compared.
    if (scalar.isSmallInteger() && scalar.small() >= min && scalar.small() <= max) {
      return Optional.of((int) scalar.small());
    }
    problems.at(
        node,
        "invalid "
            + what
            + " "
            + abbreviate(scalar.integer().toString())
            + "; expected "
            + wholeRange(min, max));
    return Optional.empty();
  }

  private static String wholeRange(int min, int max) {
    return "a whole number from " + min + " to " + max;
  }

  /** A finite number from {@code min} to {@code max}, in {@code unit}. */
  Optional<Double> number(Node node, String what, double min, double max, String unit) {
    // The texts of the messages are built only for a problem: reading is on the hot path.
    if (!(node instanceof Node.Scalar) || !((Node.Scalar) node).isNumber()) {
      mismatch(node, range(min, max, unit));
      return Optional.empty();
    }
    Node.Scalar scalar = (Node.Scalar) node;
    double value = scalar.number();
    if (!Double.isFinite(value) || value < min || value > max) {
      problems.at(
          node,
          "invalid "
              + what
              + " "
              + abbreviate(scalar.text())
              + "; expected "
              + range(min, max, unit));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private static String range(double min, double max, String unit) {
    return "a number from " + Writing.number(min) + " to " + Writing.number(max) + " " + unit;
  }

  /** A code of a closed vocabulary: the enum constant's name, e.g. {@code PUMP}. */
  <E extends Enum<E>> Optional<E> code(Node node, Class<E> type, String what) {
    @SuppressWarnings("unchecked")
    E[] constants = (E[]) CONSTANTS.get(type);
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.STRING) {
      String code = ((Node.Scalar) node).text();
      for (E constant : constants) {
        if (constant.name().equals(code)) {
          return Optional.of(constant);
        }
      }
    }
    // Not a known code: only now the texts of the message are built.
    List<String> codes = Arrays.stream(constants).map(Enum::name).collect(Collectors.toList());
    String choices = "one of " + String.join(", ", codes);
    if (!(node instanceof Node.Scalar) || ((Node.Scalar) node).kind() != Node.Kind.STRING) {
      mismatch(node, "a " + what + " code, " + choices);
      return Optional.empty();
    }
    String code = ((Node.Scalar) node).text();
    problems.at(
        node,
        Suggestions.message(
            "unknown " + what + " " + Node.Scalar.quote(code),
            Suggestions.close(code, codes, 2),
            false,
            "expected " + choices));
    return Optional.empty();
  }

  // ------------------------------------------------------------------ anatomy ids

  /** A region or node group id of the anatomy. */
  Optional<Site> site(Node node) {
    Optional<String> id = id(node, "site (a region or node group id)");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Site> site = anatomy.findSiteOrStation(id.get());
    if (site.isPresent()) {
      return site;
    }
    unknown(
        node,
        id.get(),
        "site",
        withStations(ids(anatomy.sites())),
        "a region, node group or station id of the anatomy");
    return Optional.empty();
  }

  /**
   * The node group a step on {@code from} stretches toward: a node group id, or a station id, which
   * resolves to the member that receives the site's lymph ({@link Anatomy#resolveStation}).
   */
  Optional<NodeGroup> target(Node node, Optional<Site> from) {
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.STRING) {
      String id = ((Node.Scalar) node).text();
      Optional<NodeGroup> target =
          from.isPresent()
              ? anatomy.findTarget(id, from.get())
              : anatomy.findNodeGroupOrStation(id);
      if (target.isPresent()) {
        return target;
      }
    }
    return nodeGroup(node);
  }

  private List<String> withStations(List<String> ids) {
    List<String> all = new ArrayList<>(ids);
    anatomy.stations().forEach(st -> all.add(st.id()));
    return all;
  }

  /** A region id of the anatomy. */
  Optional<Region> region(Node node) {
    Optional<String> id = id(node, "region id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Region> region = anatomy.findRegion(id.get());
    if (region.isPresent()) {
      return region;
    }
    Optional<NodeGroup> group = anatomy.findNodeGroup(id.get());
    if (group.isPresent()) {
      List<String> drained =
          anatomy.regions().stream()
              .filter(r -> anatomy.regionalNodeGroups(r).contains(group.get()))
              .map(Region::id)
              .limit(EXAMPLES)
              .collect(Collectors.toList());
      problems.at(
          node,
          Node.Scalar.quote(id.get())
              + " is a node group, but a region is expected here"
              + (drained.isEmpty()
                  ? ""
                  : ", e.g. " + Suggestions.or(drained) + ", which it drains"));
      return Optional.empty();
    }
    unknown(node, id.get(), "region", ids(anatomy.regions()), "a region id of the anatomy");
    return Optional.empty();
  }

  /** A node group id of the anatomy. */
  Optional<NodeGroup> nodeGroup(Node node) {
    Optional<String> id = id(node, "node group id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<NodeGroup> group = anatomy.findNodeGroup(id.get());
    if (group.isPresent()) {
      return group;
    }
    Optional<Region> region = anatomy.findRegion(id.get());
    if (region.isPresent()) {
      List<String> drainers = ids(anatomy.regionalNodeGroups(region.get()));
      problems.at(
          node,
          Node.Scalar.quote(id.get())
              + " is a region, but a node group is expected here"
              + (drainers.isEmpty()
                  ? ""
                  : ", e.g. " + Suggestions.or(drainers) + ", which drains it"));
      return Optional.empty();
    }
    unknown(
        node, id.get(), "node group", ids(anatomy.nodeGroups()), "a node group id of the anatomy");
    return Optional.empty();
  }

  /** An anastomosis id of the anatomy. */
  Optional<Anastomosis> anastomosis(Node node) {
    Optional<String> id = id(node, "anastomosis id");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Anastomosis> found = anatomy.findAnastomosis(id.get());
    if (found.isEmpty()) {
      List<String> all =
          anatomy.anastomoses().stream().map(Anastomosis::id).collect(Collectors.toList());
      problems.at(
          node,
          Suggestions.message(
              "unknown anastomosis " + Node.Scalar.quote(id.get()),
              Suggestions.close(id.get(), all, 2),
              false,
              "expected one of " + String.join(", ", all)));
    }
    return found;
  }

  private Optional<String> id(Node node, String expected) {
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.STRING) {
      return Optional.of(((Node.Scalar) node).text());
    }
    mismatch(node, "a " + expected);
    return Optional.empty();
  }

  private void unknown(
      Node node, String id, String what, List<String> candidates, String expected) {
    List<String> close = Suggestions.close(id, candidates, EXAMPLES);
    String problem = "unknown " + what + " " + Node.Scalar.quote(id);
    problems.at(
        node,
        close.isEmpty()
            ? problem
                + "; expected "
                + expected
                + ", e.g. "
                + Suggestions.or(Suggestions.nearest(id, candidates, EXAMPLES))
            : Suggestions.message(problem, close, false, ""));
  }

  private static List<String> ids(List<? extends Site> sites) {
    return sites.stream().map(Site::id).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------ header

  /**
   * Checks the format version and kind of a document. Returns false when reading further makes no
   * sense: an unsupported version, or a file of another kind.
   */
  boolean header(Node.Obj root, String kind, String otherKind, String otherHint) {
    Node version = root.get("lympha");
    if (version == null) {
      problems.missing(
          root,
          "lympha",
          "missing field \"lympha\", the format version; start the file with \"lympha\": \""
              + VERSION
              + "\"");
    } else if (!(version instanceof Node.Scalar)
        || ((Node.Scalar) version).kind() != Node.Kind.STRING) {
      boolean number = version instanceof Node.Scalar && ((Node.Scalar) version).isNumber();
      problems.at(
          version,
          "the format version must be text: write \"lympha\": \""
              + (number ? ((Node.Scalar) version).text() : VERSION)
              + "\" with quotes, not "
              + version.describe());
      if (!(number && ((Node.Scalar) version).text().equals(VERSION))) {
        return false;
      }
    } else if (!VERSION.equals(((Node.Scalar) version).text())) {
      problems.at(
          version,
          "unsupported format version "
              + Node.Scalar.quote(((Node.Scalar) version).text())
              + "; this version of Lympha reads version \""
              + VERSION
              + "\"");
      return false;
    }
    Node kindNode = root.get("kind");
    if (kindNode == null) {
      problems.missing(root, "kind", "missing field \"kind\"; add \"kind\": \"" + kind + "\"");
      return true;
    }
    if (!(kindNode instanceof Node.Scalar) || ((Node.Scalar) kindNode).kind() != Node.Kind.STRING) {
      mismatch(kindNode, "the text \"" + kind + "\"");
      return true;
    }
    String actual = ((Node.Scalar) kindNode).text();
    if (actual.equals(kind)) {
      return true;
    }
    if (actual.equals(otherKind)) {
      problems.at(
          kindNode,
          "this file holds a "
              + (otherKind.equals("patient") ? "patient context" : otherKind)
              + " (\"kind\": \""
              + otherKind
              + "\"), not a "
              + (kind.equals("patient") ? "patient context" : kind)
              + "; "
              + otherHint);
      return false;
    }
    problems.at(
        kindNode,
        Suggestions.message(
            "unknown kind " + Node.Scalar.quote(actual),
            Suggestions.close(actual, List.of(kind, otherKind), 1),
            true,
            "expected \"" + kind + "\""));
    return true;
  }

  // ------------------------------------------------------------------ messages

  /** Reports a value of the wrong type, unless it was already reported as unusable. */
  void mismatch(Node node, String expected) {
    if (node instanceof Node.Scalar && ((Node.Scalar) node).kind() == Node.Kind.INVALID) {
      problems.failedQuietly();
      return;
    }
    String hint = "";
    if (expected.startsWith("text") && node instanceof Node.Scalar) {
      Node.Scalar s = (Node.Scalar) node;
      if (s.isNumber() || s.kind() == Node.Kind.BOOLEAN) {
        hint = "; put it in quotes: \"" + s.text() + "\"";
      }
    }
    problems.at(node, "expected " + expected + ", not " + node.describe() + hint);
  }

  private static String abbreviate(String s) {
    return s.length() <= 20 ? s : s.substring(0, 20) + "…";
  }
}
