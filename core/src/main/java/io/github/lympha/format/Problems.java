package io.github.lympha.format;

import com.google.common.collect.ImmutableList;
import io.github.lympha.format.ProtocolFormatException.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Collects the problems of one read, up to {@link ProtocolFormatException#MAX_PROBLEMS}. */
final class Problems {
  private final Set<Problem> problems = new LinkedHashSet<>();
  private boolean truncated;
  private int quiet;

  /** A problem with a value, located at the value. */
  void at(Node node, String message) {
    add(Problem.of(node.pointer(), node.line(), node.column(), message));
  }

  /** A problem with an object member as such (unknown or repeated name), located at its name. */
  void atName(Node member, String message) {
    add(Problem.of(member.pointer(), member.nameLine(), member.nameColumn(), message));
  }

  /** A problem with a missing member of an object, located at the object. */
  void missing(Node.Obj object, String member, String message) {
    add(Problem.of(object.pointer(member), object.line(), object.column(), message));
  }

  void add(String pointer, int line, int column, String message) {
    add(Problem.of(pointer, Math.max(1, line), Math.max(1, column), message));
  }

  void add(Problem problem) {
    if (problems.contains(problem)) {
      return;
    }
    if (problems.size() < ProtocolFormatException.MAX_PROBLEMS) {
      problems.add(problem);
    } else {
      truncated = true;
    }
  }

  /**
   * Notes that a part could not be read because of a problem reported earlier (e.g. a YAML alias in
   * its place), so that {@link #count()} still tells the decoder the part failed.
   */
  void failedQuietly() {
    quiet++;
  }

  /**
   * How many problems have been found so far, counting parts that failed quietly; compare before
   * and after decoding a part.
   */
  int count() {
    return problems.size() + (truncated ? 1 : 0) + quiet;
  }

  boolean isEmpty() {
    return count() == 0;
  }

  /**
   * Whether no more problems can be listed. Decoders then stop early, so that a file with a million
   * bad entries costs no more than one with a hundred.
   */
  boolean isFull() {
    return problems.size() >= ProtocolFormatException.MAX_PROBLEMS;
  }

  /** The problems found so far, in the order they were found. */
  ImmutableList<Problem> list() {
    return ImmutableList.copyOf(problems);
  }

  ProtocolFormatException exception(String what, Optional<String> source) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(null);
    return new ProtocolFormatException(what, source, sorted, truncated || isFull());
  }
}
