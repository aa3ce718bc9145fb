package io.github.lympha.research;

import com.google.common.collect.ImmutableList;
import io.github.lympha.protocol.Location;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.research.Change.FieldChange;
import io.github.lympha.research.Change.Kind;
import io.github.lympha.research.Change.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A structural diff between two protocols: the sequences and steps added, removed, moved and
 * changed, with readable text. Metadata (title, tags, …) is not compared.
 *
 * <p>Sequences are matched by name (the n-th sequence of a name with the n-th of the same name),
 * steps by what they do (site, stroke, target and anastomosis): matched steps in the longest common
 * order are unchanged or {@link Kind#CHANGED changed} (pressure, tempo, repetitions, texts); other
 * matching steps {@link Kind#MOVED moved}; the rest were added or removed. The diff is symmetric:
 * {@code between(b, a)} holds the {@link Change#inverse() inverse} of every change of {@code
 * between(a, b)}, and {@code between(a, a)} is empty.
 *
 * <pre>{@code
 * ProtocolDiff diff = ProtocolDiff.between(base, variant.protocol());
 * System.out.println(diff.toText());
 * }</pre>
 */
public final class ProtocolDiff {
  /** Above this many cells the longest-common-order search is skipped (moves are still found). */
  private static final long MAX_TABLE = 4_000_000;

  private final ImmutableList<Change> changes;

  private ProtocolDiff(ImmutableList<Change> changes) {
    this.changes = changes;
  }

  /** The differences that turn {@code first} into {@code second}. */
  public static ProtocolDiff between(Protocol first, Protocol second) {
    return new ProtocolDiff(new Differ(first, second).run());
  }

  /** Every difference, sequences first, then steps, in the order of the second protocol. */
  public ImmutableList<Change> changes() {
    return changes;
  }

  /** The differences of one kind. */
  public ImmutableList<Change> changes(Kind kind) {
    return changes.stream().filter(c -> c.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** Whether the protocols have the same sequences and steps. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The diff with the two protocols swapped. */
  public ProtocolDiff inverse() {
    return new ProtocolDiff(
        changes.stream()
            .map(Change::inverse)
            .sorted(ORDER)
            .collect(ImmutableList.toImmutableList()));
  }

  /** One line per difference, or "no differences". */
  public String toText() {
    if (changes.isEmpty()) {
      return "no differences";
    }
    StringBuilder b = new StringBuilder();
    for (Change c : changes) {
      b.append(c.describe()).append('\n');
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "ProtocolDiff{" + changes.size() + " changes}";
  }

  private static final Comparator<Location> BY_POSITION = Comparator.naturalOrder();

  private static final Comparator<Change> ORDER =
      Comparator.comparing(Change::level)
          .thenComparing(c -> c.after().isPresent() ? 0 : 1)
          .thenComparing(c -> c.after().or(c::before).orElseThrow(), BY_POSITION)
          .thenComparing(c -> c.before().isPresent() ? 0 : 1)
          .thenComparing(c -> c.before().or(c::after).orElseThrow(), BY_POSITION)
          .thenComparing(Change::kind);

  /** An element to match: its key, and where it sits. */
  private static final class Item {
    final String key;
    final int sequence;
    final int step;

    Item(String key, int sequence, int step) {
      this.key = key;
      this.sequence = sequence;
      this.step = step;
    }
  }

  private static final class Differ {
    private final Protocol a;
    private final Protocol b;
    private final List<Change> out = new ArrayList<>();
    private final List<Item> unmatchedA = new ArrayList<>();
    private final List<Item> unmatchedB = new ArrayList<>();

    Differ(Protocol a, Protocol b) {
      this.a = a;
      this.b = b;
    }

    ImmutableList<Change> run() {
      List<Item> seqA = sequenceItems(a);
      List<Item> seqB = sequenceItems(b);
      Map<String, Integer> inB = new HashMap<>();
      for (Item i : seqB) {
        inB.put(i.key, i.sequence);
      }
      Map<String, Integer> inA = new HashMap<>();
      for (Item i : seqA) {
        inA.put(i.key, i.sequence);
      }
      List<Item> pairedA = new ArrayList<>();
      List<Item> pairedB = new ArrayList<>();
      for (Item i : seqA) {
        if (inB.containsKey(i.key)) {
          pairedA.add(i);
        } else {
          out.add(sequenceChange(Kind.REMOVED, i.sequence, -1));
        }
      }
      for (Item i : seqB) {
        if (inA.containsKey(i.key)) {
          pairedB.add(i);
        } else {
          out.add(sequenceChange(Kind.ADDED, -1, i.sequence));
        }
      }
      boolean[][] kept = commonOrder(pairedA, pairedB);
      for (int k = 0; k < pairedA.size(); k++) {
        Item ia = pairedA.get(k);
        int sb = Objects.requireNonNull(inB.get(ia.key));
        Sequence x = a.sequences().get(ia.sequence);
        Sequence y = b.sequences().get(sb);
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "repeats", x.repeats(), y.repeats());
        if (!kept[0][k]) {
          out.add(sequenceChange(Kind.MOVED, ia.sequence, sb, fields));
        } else if (!fields.isEmpty()) {
          out.add(sequenceChange(Kind.CHANGED, ia.sequence, sb, fields));
        }
        compareSteps(ia.sequence, sb);
      }
      pairMoves();
      out.sort(ORDER);
      return ImmutableList.copyOf(out);
    }

    private void compareSteps(int sa, int sb) {
      List<Item> x = stepItems(a, sa);
      List<Item> y = stepItems(b, sb);
      boolean[][] kept = commonOrder(x, y);
      int j = 0;
      for (int i = 0; i < x.size(); i++) {
        if (!kept[0][i]) {
          unmatchedA.add(x.get(i));
          continue;
        }
        while (!kept[1][j]) {
          unmatchedB.add(y.get(j++));
        }
        stepChange(Kind.CHANGED, x.get(i), y.get(j++), true);
      }
      for (; j < y.size(); j++) {
        if (!kept[1][j]) {
          unmatchedB.add(y.get(j));
        }
      }
    }

    /** Pairs the n-th unmatched step of a key in the first with the n-th in the second. */
    private void pairMoves() {
      Map<String, Deque<Item>> waiting = new HashMap<>();
      unmatchedB.sort(
          Comparator.comparingInt((Item i) -> i.sequence).thenComparingInt(i -> i.step));
      unmatchedA.sort(
          Comparator.comparingInt((Item i) -> i.sequence).thenComparingInt(i -> i.step));
      for (Item i : unmatchedB) {
        waiting.computeIfAbsent(i.key, k -> new ArrayDeque<>()).add(i);
      }
      for (Item i : unmatchedA) {
        Deque<Item> q = waiting.get(i.key);
        Item j = q == null ? null : q.poll();
        if (j == null) {
          out.add(
              Change.builder()
                  .kind(Kind.REMOVED)
                  .level(Level.STEP)
                  .before(location(a, i))
                  .subject(StepText.brief(step(a, i)))
                  .build());
        } else {
          stepChange(Kind.MOVED, i, j, false);
        }
      }
      for (Deque<Item> q : waiting.values()) {
        for (Item j : q) {
          out.add(
              Change.builder()
                  .kind(Kind.ADDED)
                  .level(Level.STEP)
                  .after(location(b, j))
                  .subject(StepText.brief(step(b, j)))
                  .build());
        }
      }
    }

    private void stepChange(Kind kind, Item i, Item j, boolean onlyIfChanged) {
      Step x = step(a, i);
      Step y = step(b, j);
      List<FieldChange> fields = new ArrayList<>();
      field(fields, "pressure", x.pressure().describe(), y.pressure().describe());
      field(fields, "tempo", x.tempo().describe(), y.tempo().describe());
      field(fields, "repetitions", x.repetitions(), y.repetitions());
      field(fields, "hands", x.hands().orElse("none"), y.hands().orElse("none"));
      field(fields, "note", x.note().orElse("none"), y.note().orElse("none"));
      if (onlyIfChanged && fields.isEmpty() && x.equals(y)) {
        return;
      }
      out.add(
          Change.builder()
              .kind(kind)
              .level(Level.STEP)
              .before(location(a, i))
              .after(location(b, j))
              .subject(StepText.brief(x))
              .addAllFields(fields)
              .build());
    }

    private Change sequenceChange(Kind kind, int sa, int sb) {
      return sequenceChange(kind, sa, sb, List.of());
    }

    private Change sequenceChange(Kind kind, int sa, int sb, List<FieldChange> fields) {
      Optional<Location> before =
          sa < 0 ? Optional.empty() : Optional.of(Location.of(sa, 0, a.sequences().get(sa).name()));
      Optional<Location> after =
          sb < 0 ? Optional.empty() : Optional.of(Location.of(sb, 0, b.sequences().get(sb).name()));
      String name = before.or(() -> after).orElseThrow().sequenceName();
      return Change.builder()
          .kind(kind)
          .level(Level.SEQUENCE)
          .before(before)
          .after(after)
          .subject(name)
          .addAllFields(fields)
          .build();
    }
  }

  private static void field(List<FieldChange> fields, String name, Object before, Object after) {
    if (!before.equals(after)) {
      fields.add(FieldChange.of(name, String.valueOf(before), String.valueOf(after)));
    }
  }

  private static Step step(Protocol p, Item i) {
    return p.sequences().get(i.sequence).steps().get(i.step);
  }

  private static Location location(Protocol p, Item i) {
    return Location.of(i.sequence, i.step, p.sequences().get(i.sequence).name());
  }

  private static List<Item> sequenceItems(Protocol p) {
    Map<String, Integer> seen = new HashMap<>();
    List<Item> items = new ArrayList<>();
    for (int s = 0; s < p.sequences().size(); s++) {
      String name = p.sequences().get(s).name();
      int n = seen.merge(name, 1, Integer::sum);
      items.add(new Item(name + "\u0000" + n, s, 0));
    }
    return items;
  }

  private static List<Item> stepItems(Protocol p, int s) {
    List<Item> items = new ArrayList<>();
    List<Step> steps = p.sequences().get(s).steps();
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      String key =
          st.site().id()
              + '|'
              + st.stroke().code()
              + '|'
              + st.toward().id()
              + '|'
              + st.via().map(v -> v.id()).orElse("");
      items.add(new Item(key, s, i));
    }
    return items;
  }

  /**
   * Marks the items of x and y kept in a longest common order of keys. Ties are broken by key, not
   * by which list an item is in, so that swapping x and y marks the same items.
   */
  private static boolean[][] commonOrder(List<Item> x, List<Item> y) {
    int n = x.size();
    int m = y.size();
    boolean[] keepX = new boolean[n];
    boolean[] keepY = new boolean[m];
    int start = 0;
    while (start < n && start < m && x.get(start).key.equals(y.get(start).key)) {
      keepX[start] = true;
      keepY[start] = true;
      start++;
    }
    int endX = n;
    int endY = m;
    while (endX > start && endY > start && x.get(endX - 1).key.equals(y.get(endY - 1).key)) {
      keepX[--endX] = true;
      keepY[--endY] = true;
    }
    int rows = endX - start;
    int cols = endY - start;
    if (rows == 0 || cols == 0 || (long) rows * cols > MAX_TABLE) {
      return new boolean[][] {keepX, keepY};
    }
    int[][] len = new int[rows + 1][cols + 1];
    for (int i = 1; i <= rows; i++) {
      for (int j = 1; j <= cols; j++) {
        len[i][j] =
            x.get(start + i - 1).key.equals(y.get(start + j - 1).key)
                ? len[i - 1][j - 1] + 1
                : Math.max(len[i - 1][j], len[i][j - 1]);
      }
    }
    int i = rows;
    int j = cols;
    while (i > 0 && j > 0) {
      String kx = x.get(start + i - 1).key;
      String ky = y.get(start + j - 1).key;
      if (kx.equals(ky)) {
        keepX[start + i - 1] = true;
        keepY[start + j - 1] = true;
        i--;
        j--;
      } else if (len[i - 1][j] > len[i][j - 1]) {
        i--;
      } else if (len[i - 1][j] < len[i][j - 1]) {
        j--;
      } else if (kx.compareTo(ky) > 0) {
        i--;
      } else {
        j--;
      }
    }
    return new boolean[][] {keepX, keepY};
  }
}
