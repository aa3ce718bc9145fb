package io.github.lympha.research;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterators;
import io.github.lympha.protocol.Protocol;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A lazy, bounded family of {@link Variant}s of a base protocol: the cartesian product of {@link
 * Axis axes} of edits, unions of families, and reproducible random samples.
 *
 * <p>Nothing is generated until {@link #stream()}; each variant is then built from the base in one
 * pass, sharing every unchanged sequence and step with it, and checked against the anatomy once.
 * Variants whose edits cannot apply (see {@link Edit}) are skipped, so {@link #size()} is an upper
 * bound. A family refuses to stream more than its {@link #limit()} (by default {@value
 * #DEFAULT_LIMIT}): raise it with {@link #withLimit(long)} or draw a {@link #sample(long, long)}.
 *
 * <pre>{@code
 * Family family = Family.of(base)
 *     .vary(Axis.repetitions(3, 10))
 *     .vary(Axis.pressureLevels(PressureLevel.values()))
 *     .vary(Axis.dropEachStep(base).orUnchanged());
 * family.sample(1_000, 42).stream().forEach(v -> ...);
 * }</pre>
 */
public final class Family {
  /** The most variants a family streams unless its limit is raised. */
  public static final long DEFAULT_LIMIT = 1_000_000;

  private final Source source;
  private final long limit;

  private Family(Source source, long limit) {
    this.source = source;
    this.limit = limit;
  }

  /** The family holding only the base protocol, unchanged. */
  public static Family of(Protocol base) {
    Objects.requireNonNull(base, "base");
    return new Family(new Product(base, ImmutableList.of(), 1), DEFAULT_LIMIT);
  }

  /**
   * Every variant of this family combined with every edit of the axis (a cartesian product; the
   * axis varies fastest).
   */
  public Family vary(Axis axis) {
    return new Family(source.times(ImmutableList.of(axis)), limit);
  }

  /** Every variant of this family with the edit applied after its own edits. */
  public Family then(Edit edit) {
    return vary(Axis.of(edit.description(), edit));
  }

  /**
   * The product of this family and another of the same base: every pair of variants, this family's
   * edits first. Both must be products of axes (not unions or samples).
   */
  public Family times(Family other) {
    checkArgument(
        source instanceof Product && other.source instanceof Product,
        "Only products of axes can be multiplied; sample or concatenate the product instead");
    Product a = (Product) source;
    Product b = (Product) other.source;
    checkArgument(
        a.base.equals(b.base),
        "Families of different bases cannot be multiplied: %s and %s",
        a.base.id(),
        b.base.id());
    return new Family(a.times(b.axes), Math.max(limit, other.limit));
  }

  /** The variants of these families, one family after the other. */
  public static Family concat(Family first, Family... more) {
    List<Source> parts = new ArrayList<>();
    parts.add(first.source);
    long max = first.limit;
    for (Family f : more) {
      parts.add(f.source);
      max = Math.max(max, f.limit);
    }
    return new Family(new Union(ImmutableList.copyOf(parts)), max);
  }

  /**
   * A reproducible random sample of {@code n} distinct variants of this family (all of them, in
   * order, when it holds no more than {@code n}): the same seed always draws the same variants in
   * the same order.
   */
  public Family sample(long n, long seed) {
    checkArgument(n >= 1, "Invalid sample size: %s; expected 1 or more", n);
    return new Family(new Sample(source, n, seed), limit);
  }

  /** The same family, allowed to stream up to {@code limit} variants. */
  public Family withLimit(long limit) {
    checkArgument(limit >= 1, "Invalid limit: %s; expected 1 or more", limit);
    return new Family(source, limit);
  }

  /** The most variants this family agrees to stream. */
  public long limit() {
    return limit;
  }

  /**
   * The number of variants the family enumerates; an upper bound of what {@link #stream()} yields,
   * since variants whose edits cannot apply are skipped.
   */
  public long size() {
    return source.size();
  }

  /**
   * The variants, generated lazily in order.
   *
   * @throws IllegalStateException when the family is larger than its limit, before generating
   *     anything
   */
  public Stream<Variant> stream() {
    long size = size();
    checkState(
        size <= limit,
        "This family has %s variants, more than its limit of %s; raise the limit with"
            + " withLimit(%s) or draw a reproducible sample with sample(n, seed)",
        format(size),
        format(limit),
        size);
    Spliterator<Variant> split =
        Spliterators.spliteratorUnknownSize(
            new VariantIterator(source.variants()), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false);
  }

  /** The variants as a list (subject to the limit). */
  public ImmutableList<Variant> toList() {
    return stream().collect(ImmutableList.toImmutableList());
  }

  /** The variant at a position of the family's enumeration, if its edits apply. */
  public Optional<Variant> get(long index) {
    checkArgument(
        index >= 0 && index < size(),
        "Invalid index %s; this family has %s variants",
        index,
        size());
    return source.variant(index);
  }

  /**
   * The axes of this family, in order, when it is a product of axes or a sample of one; empty for a
   * concatenation, whose parts have axes of their own.
   */
  public ImmutableList<Axis> axes() {
    Source s = source instanceof Sample sample ? sample.from : source;
    return s instanceof Product product ? product.axes : ImmutableList.of();
  }

  /**
   * Which edit of each of {@link #axes()} the variant at this position of the enumeration (a {@link
   * Variant#index()}) applies: one position per axis, the last axis varying fastest; empty when the
   * family has no axes (whatever the index).
   */
  public ImmutableList<Integer> positions(long index) {
    ImmutableList<Axis> axes = axes();
    if (axes.isEmpty()) {
      return ImmutableList.of();
    }
    long size = 1;
    for (Axis a : axes) {
      size *= a.size();
    }
    checkArgument(
        index >= 0 && index < size,
        "Invalid index %s; the product of the axes has %s variants",
        index,
        size);
    Integer[] at = new Integer[axes.size()];
    long rest = index;
    for (int a = axes.size() - 1; a >= 0; a--) {
      at[a] = (int) (rest % axes.get(a).size());
      rest /= axes.get(a).size();
    }
    return ImmutableList.copyOf(at);
  }

  /**
   * The family in words, for a report: the base, each axis with its number of edits, the size, and
   * the sample's size and seed, e.g. {@code "a sample of 1,000 (seed 7) of leg × repetitions 1..500
   * (500) × pressure (4) (2,000 variants)"}.
   */
  public String describe() {
    return source.describe();
  }

  @Override
  public String toString() {
    return "Family{" + source + ", limit " + limit + "}";
  }

  private static String format(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static final class VariantIterator implements Iterator<Variant> {
    private final Iterator<Optional<Variant>> attempts;
    private @Nullable Variant next;

    VariantIterator(Iterator<Optional<Variant>> attempts) {
      this.attempts = attempts;
    }

    @Override
    public boolean hasNext() {
      while (next == null && attempts.hasNext()) {
        next = attempts.next().orElse(null);
      }
      return next != null;
    }

    @Override
    public Variant next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Variant v = Objects.requireNonNull(next);
      next = null;
      return v;
    }
  }

  // ------------------------------------------------------------------ sources of variants

  private abstract static class Source {
    abstract long size();

    abstract Optional<Variant> variant(long index);

    /** Every variant (or skipped attempt) in order, generated lazily. */
    Iterator<Optional<Variant>> variants() {
      PrimitiveIterator.OfLong at = LongStream.range(0, size()).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return at.hasNext();
        }

        @Override
        public Optional<Variant> next() {
          return variant(at.nextLong());
        }
      };
    }

    abstract String describe();

    Source times(ImmutableList<Axis> axes) {
      throw new IllegalArgumentException(
          "Only products of axes can be varied further; vary the families before sampling or"
              + " concatenating them");
    }
  }

  private static final class Product extends Source {
    final Protocol base;
    final ImmutableList<Axis> axes;
    final long size;

    Product(Protocol base, ImmutableList<Axis> axes, long size) {
      this.base = base;
      this.axes = axes;
      this.size = size;
    }

    @Override
    Product times(ImmutableList<Axis> more) {
      long s = size;
      for (Axis a : more) {
        try {
          s = Math.multiplyExact(s, a.size());
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(
              "A family of more than "
                  + Long.MAX_VALUE
                  + " variants cannot be enumerated; sample"
                  + " the axes separately",
              e);
        }
      }
      return new Product(base, ImmutableList.<Axis>builder().addAll(axes).addAll(more).build(), s);
    }

    @Override
    long size() {
      return size;
    }

    @Override
    Optional<Variant> variant(long index) {
      Draft draft = new Draft(base);
      Edit[] chosen = new Edit[axes.size()];
      long rest = index;
      for (int a = axes.size() - 1; a >= 0; a--) {
        Axis axis = axes.get(a);
        chosen[a] = axis.edits().get((int) (rest % axis.size()));
        rest /= axis.size();
      }
      List<String> changes = new ArrayList<>(chosen.length);
      for (Edit e : chosen) {
        if (!e.applySafely(draft)) {
          return Optional.empty();
        }
        if (!e.isIdentity()) {
          changes.add(e.description());
        }
      }
      return draft.build().map(p -> Variant.of(p, base.id(), index, changes));
    }

    /**
     * Streams the product, applying the edits of all axes but the last once per run of variants
     * that share them: consecutive variants differ only in the last axis.
     */
    @Override
    Iterator<Optional<Variant>> variants() {
      if (axes.isEmpty()) {
        return super.variants();
      }
      Axis lastAxis = axes.get(axes.size() - 1);
      int width = lastAxis.size();
      return new Iterator<>() {
        long index;
        long prefixIndex = -1;
        @Nullable Draft prefix;
        List<String> prefixChanges = List.of();

        @Override
        public boolean hasNext() {
          return index < size;
        }

        @Override
        public Optional<Variant> next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          long at = index++;
          long p = at / width;
          if (p != prefixIndex) {
            prefixIndex = p;
            prefix = new Draft(base);
            List<String> changes = new ArrayList<>();
            long rest = p;
            Edit[] chosen = new Edit[axes.size() - 1];
            for (int a = axes.size() - 2; a >= 0; a--) {
              Axis axis = axes.get(a);
              chosen[a] = axis.edits().get((int) (rest % axis.size()));
              rest /= axis.size();
            }
            for (Edit e : chosen) {
              if (!e.applySafely(prefix)) {
                prefix = null;
                break;
              }
              if (!e.isIdentity()) {
                changes.add(e.description());
              }
            }
            prefixChanges = changes;
          }
          Draft start = prefix;
          if (start == null) {
            return Optional.empty();
          }
          Draft draft = start.copy();
          Edit e = lastAxis.edits().get((int) (at % width));
          if (!e.applySafely(draft)) {
            return Optional.empty();
          }
          List<String> changes = prefixChanges;
          if (!e.isIdentity()) {
            changes = new ArrayList<>(prefixChanges);
            changes.add(e.description());
          }
          List<String> all = changes;
          return draft.build().map(pr -> Variant.of(pr, base.id(), at, all));
        }
      };
    }

    @Override
    String describe() {
      StringBuilder b = new StringBuilder(base.id());
      for (Axis a : axes) {
        b.append(" × ").append(a.name()).append(" (").append(format(a.size())).append(')');
      }
      return b.append(" (")
          .append(format(size))
          .append(size == 1 ? " variant)" : " variants)")
          .toString();
    }

    @Override
    public String toString() {
      return base.id() + " × " + axes.size() + " axes (" + size + " variants)";
    }
  }

  private static final class Union extends Source {
    final ImmutableList<Source> parts;
    final long size;

    Union(ImmutableList<Source> parts) {
      this.parts = parts;
      long s = 0;
      for (Source p : parts) {
        try {
          s = Math.addExact(s, p.size());
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(
              "A family of more than " + Long.MAX_VALUE + " variants cannot be enumerated", e);
        }
      }
      this.size = s;
    }

    @Override
    long size() {
      return size;
    }

    @Override
    Optional<Variant> variant(long index) {
      long offset = 0;
      for (Source p : parts) {
        if (index < offset + p.size()) {
          long at = offset;
          return p.variant(index - offset).map(v -> reindex(v, v.index() + at));
        }
        offset += p.size();
      }
      throw new IllegalArgumentException("Invalid index " + index);
    }

    @Override
    Iterator<Optional<Variant>> variants() {
      List<Iterator<Optional<Variant>>> each = new ArrayList<>();
      long offset = 0;
      for (Source p : parts) {
        long at = offset;
        each.add(Iterators.transform(p.variants(), o -> o.map(v -> reindex(v, v.index() + at))));
        offset += p.size();
      }
      return Iterators.concat(each.iterator());
    }

    @Override
    String describe() {
      StringBuilder b = new StringBuilder("the variants of ");
      for (int i = 0; i < parts.size(); i++) {
        b.append(i == 0 ? "" : ", then of ").append(parts.get(i).describe());
      }
      return b.toString();
    }

    @Override
    public String toString() {
      return "union of " + parts.size() + " (" + size + " variants)";
    }
  }

  /**
   * A pseudo-random permutation of the positions {@code 0 .. size - 1}, drawn from a seed: the
   * first {@code n} positions of it are a sample of {@code n} distinct positions, found one at a
   * time in constant memory, whatever {@code n} (a set of the positions drawn so far would grow
   * with the sample). A balanced Feistel network of four rounds on the smallest even number of bits
   * that holds every position is a bijection; "cycle walking" (applying it again while the result
   * is not a position) keeps it one on the positions, after fewer than four steps on average.
   */
  static final class Permutation {
    private static final int ROUNDS = 4;
    private final long size;
    private final int halfBits;
    private final long halfMask;
    private final long[] keys = new long[ROUNDS];

    Permutation(long size, long seed) {
      checkArgument(size >= 1, "A permutation needs at least one position, not %s", size);
      this.size = size;
      int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
      this.halfBits = (bits + 1) / 2;
      this.halfMask = (1L << halfBits) - 1;
      SplittableRandom random = new SplittableRandom(seed);
      for (int r = 0; r < ROUNDS; r++) {
        keys[r] = random.nextLong();
      }
    }

    /** The position the permutation puts at {@code index}. */
    long at(long index) {
      checkArgument(
          index >= 0 && index < size, "Invalid index %s; expected 0 to %s", index, size - 1);
      long x = index;
      do {
        x = encrypt(x);
      } while (Long.compareUnsigned(x, size) >= 0);
      return x;
    }

    private long encrypt(long x) {
      long left = x >>> halfBits;
      long right = x & halfMask;
      for (long key : keys) {
        long next = left ^ (mix(right ^ key) & halfMask);
        left = right;
        right = next;
      }
      return (left << halfBits) | right;
    }

    /** The finaliser of MurmurHash3: every bit of the input changes half the output's bits. */
    private static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return z ^ (z >>> 33);
    }
  }

  private static Variant reindex(Variant v, long index) {
    return Variant.of(v.protocol(), v.baseId(), index, v.changes());
  }

  private static final class Sample extends Source {
    final Source from;
    final long n;
    final long seed;

    Sample(Source from, long n, long seed) {
      this.from = from;
      this.n = n;
      this.seed = seed;
    }

    @Override
    long size() {
      return Math.min(n, from.size());
    }

    /** The i-th draw: the i-th position of the seeded permutation, found in constant time. */
    @Override
    Optional<Variant> variant(long index) {
      return from.variant(n >= from.size() ? index : new Permutation(from.size(), seed).at(index));
    }

    @Override
    Iterator<Optional<Variant>> variants() {
      if (n >= from.size()) {
        return from.variants();
      }
      Permutation draws = new Permutation(from.size(), seed);
      PrimitiveIterator.OfLong it = LongStream.range(0, n).iterator();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return it.hasNext();
        }

        @Override
        public Optional<Variant> next() {
          return from.variant(draws.at(it.nextLong()));
        }
      };
    }

    @Override
    String describe() {
      if (n >= from.size()) {
        return from.describe();
      }
      return "a sample of " + format(n) + " (seed " + seed + ") of " + from.describe();
    }

    @Override
    public String toString() {
      return "sample of " + n + " (seed " + seed + ") from " + from;
    }
  }
}
