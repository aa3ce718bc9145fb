package io.github.lympha.format;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.lympha.style.LymphaStyle;
import io.github.lympha.style.Printable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Lympha file (a protocol or a patient context) that cannot be read. It lists every {@link
 * Problem} the reader found, not just the first, each with its JSON pointer, line and column and a
 * message that says what would be right.
 *
 * <p>Unchecked, like {@link java.time.format.DateTimeParseException}: a caller that reads files
 * users wrote catches it and shows {@link #getMessage()} (or the {@link #problems()} one by one); a
 * caller that reads its own files may let it propagate. The reader never returns a partly built
 * value: it returns a complete protocol or throws this exception.
 */
public final class ProtocolFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most problems an exception lists; the reader stops looking for more at this many. */
  public static final int MAX_PROBLEMS = 100;

  private final ImmutableList<Problem> problems;
  private final boolean truncated;
  private final String what;
  private final String source;

  ProtocolFormatException(
      String what, Optional<String> source, List<Problem> problems, boolean truncated) {
    super(message(what, source, problems, truncated));
    checkArgument(!problems.isEmpty(), "A format exception needs at least one problem");
    this.problems = ImmutableList.copyOf(problems);
    this.truncated = truncated;
    this.what = what;
    this.source = source.orElse("");
  }

  /** The problems found, in order of their position in the file; at most {@link #MAX_PROBLEMS}. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Whether reading stopped at {@link #MAX_PROBLEMS} problems, so that the file may have more
   * problems than are listed.
   */
  public boolean isTruncated() {
    return truncated;
  }

  /** What was being read: {@code "protocol"} or {@code "patient context"}. */
  public String what() {
    return what;
  }

  /** The file name or path the text came from, when it was read from a file. */
  public Optional<String> source() {
    return source.isEmpty() ? Optional.empty() : Optional.of(source);
  }

  private static String message(
      String what, Optional<String> source, List<Problem> problems, boolean truncated) {
    StringBuilder s = new StringBuilder("Cannot read the ").append(what);
    source.ifPresent(name -> s.append(" from ").append(Printable.escape(name)));
    s.append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
    if (truncated) {
      s.append(" (reading stopped there; there may be more)");
    }
    for (Problem p : problems) {
      s.append(System.lineSeparator()).append("  ").append(p.describe());
    }
    return s.toString();
  }

  /**
   * One thing wrong with a file: where (a JSON pointer into the document, and the 1-based line and
   * column of the text) and what, in words a user understands.
   */
  @Value.Immutable
  @LymphaStyle
  public abstract static class Problem implements Comparable<Problem> {
    Problem() {}

    /**
     * The JSON pointer (RFC 6901) of the value at fault, e.g. {@code /sequences/1/steps/3/stroke};
     * empty for the document as a whole.
     */
    @Value.Parameter
    public abstract String pointer();

    /** The 1-based line of the text where the problem is. */
    @Value.Parameter
    public abstract int line();

    /** The 1-based column of the text where the problem is. */
    @Value.Parameter
    public abstract int column();

    /** What is wrong and, where there are choices, what would be right. */
    @Value.Parameter
    public abstract String message();

    /** A problem. */
    public static Problem of(String pointer, int line, int column, String message) {
      return ImmutableProblem.of(pointer, line, column, message);
    }

    /**
     * For people: {@code /sequences/1/steps/3/stroke (line 42, column 19): unknown stroke
     * "pumping"; ...}, or {@code line 1, column 1: ...} for the document as a whole. Control
     * characters of a member name in the pointer are escaped, so they never reach a terminal.
     */
    public String describe() {
      String where = "line " + line() + ", column " + column();
      return pointer().isEmpty()
          ? where + ": " + message()
          : Printable.escape(pointer()) + " (" + where + "): " + message();
    }

    /** Orders by position in the text, then by pointer and message. */
    @Override
    public int compareTo(Problem other) {
      int c = Integer.compare(line(), other.line());
      c = c != 0 ? c : Integer.compare(column(), other.column());
      c = c != 0 ? c : pointer().compareTo(other.pointer());
      return c != 0 ? c : message().compareTo(other.message());
    }

    /** Checks the position is 1-based and the pointer well-formed. */
    @Value.Check
    protected void check() {
      checkArgument(line() >= 1, "Invalid line: %s; lines count from 1", line());
      checkArgument(column() >= 1, "Invalid column: %s; columns count from 1", column());
      checkArgument(
          pointer().isEmpty() || pointer().startsWith("/"),
          "Invalid JSON pointer: \"%s\"; expected \"\" or one starting with /",
          pointer());
      checkArgument(!message().isBlank(), "A problem needs a message");
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
