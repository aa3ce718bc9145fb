package io.github.lympha.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded, streaming mutation fuzzer for Lympha files: each input is a valid file changed at the
 * level of its bytes (a bit flipped, bytes set, inserted, deleted, duplicated, spliced with another
 * file, truncated, or a range repeated until the file is huge), of its text ({@link TextMutation})
 * or of its structure (a value's type changed, a member dropped or repeated, deep nesting, huge
 * numbers, unknown codes, long strings, values swapped).
 *
 * <p>Input {@code i} of a run depends only on the run's seed and {@code i}, so one input can be
 * reproduced alone ({@link #input}) and a run of a million inputs costs no more memory than a run
 * of ten. The seed comes from the same base as the laws' ({@link Laws#SEED_PROPERTY}) and the
 * calling test's name; the number of inputs from {@value #INPUTS_PROPERTY}.
 */
public final class Fuzzing {
  /** The system property that sets how many inputs a fuzzing run tries. */
  public static final String INPUTS_PROPERTY = "lympha.fuzz.inputs";

  /** The system property that runs a single input of a fuzzing run, by its index. */
  public static final String ONLY_PROPERTY = "lympha.fuzz.only";

  /** Bytes that make parsers and decoders take unusual paths. */
  private static final byte[] INTERESTING_BYTES = {
    0x00,
    0x01,
    0x07,
    0x09,
    0x0A,
    0x0D,
    0x1B,
    0x20,
    0x22,
    0x23,
    0x26,
    0x27,
    0x2A,
    0x2C,
    0x2D,
    0x3A,
    0x3F,
    0x5B,
    0x5C,
    0x5D,
    0x7B,
    0x7D,
    0x7F,
    (byte) 0x80,
    (byte) 0xBF,
    (byte) 0xC0,
    (byte) 0xC3,
    (byte) 0xE2,
    (byte) 0xED,
    (byte) 0xEF,
    (byte) 0xF0,
    (byte) 0xF4,
    (byte) 0xF8,
    (byte) 0xFE,
    (byte) 0xFF
  };

  /** Numbers at and beyond the edges of every numeric type. */
  private static final List<String> HUGE_NUMBERS =
      List.of(
          "1e400",
          "-1e400",
          "1e-400",
          "4.9e-324",
          "1.7976931348623157e308",
          "-0",
          "-0.0",
          "0e0",
          "2147483648",
          "-2147483649",
          "9223372036854775808",
          "-9223372036854775809",
          "123456789012345678901234567890",
          "0.000000000000000000000000000001",
          "1" + "0".repeat(400),
          "1." + "5".repeat(400),
          "1e" + "9".repeat(30));

  /** The kinds of change. */
  public enum Kind {
    /** One bit of one byte inverted. */
    FLIP_BIT,
    /** One byte set to an interesting value. */
    SET_BYTE,
    /** 1–8 interesting or random bytes inserted. */
    INSERT_BYTES,
    /** A range of bytes removed. */
    DELETE_RANGE,
    /** A range of bytes repeated once, in place. */
    DUPLICATE_RANGE,
    /** The start of this file joined to the end of another (or the same) file. */
    SPLICE,
    /** The file cut short. */
    TRUNCATE,
    /** A range of bytes repeated until the file is 64 KiB to 6 MiB long. */
    HUGE_REPETITION,
    /** One to three {@link TextMutation}s. */
    TEXT,
    /** A value replaced by one of another type (a string by a number, an object by a list…). */
    CHANGE_TYPE,
    /** A member of an object removed. */
    DROP_KEY,
    /** A member of an object written twice, the second time maybe with another value. */
    DUPLICATE_KEY,
    /** A member added that the format does not know. */
    UNKNOWN_KEY,
    /** A value replaced by lists or objects nested 30 to 5,000 deep. */
    DEEP_NESTING,
    /** A value replaced by a number at or beyond the edge of a numeric type. */
    HUGE_NUMBER,
    /** A code (an upper-case string such as a stroke or a site id) replaced by one nearly right. */
    UNKNOWN_ENUM,
    /** A string replaced by a very long one. */
    LONG_STRING,
    /** A list emptied, or one of its elements repeated. */
    LIST_EDIT,
    /** Two values exchanged. */
    SWAP_VALUES
  }

  /** The seed of a run: the laws' base seed and the run's name (a test's {@code Class#method}). */
  public static long seed(String run) {
    return Laws.seedFor(Laws.baseSeed(), run);
  }

  /** How many inputs a run tries: {@value #INPUTS_PROPERTY}, else {@code byDefault}. */
  public static int inputs(int byDefault) {
    String value = System.getProperty(INPUTS_PROPERTY, "").trim();
    if (value.isEmpty()) {
      return byDefault;
    }
    try {
      int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
      if (n < 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + INPUTS_PROPERTY + " must be a positive whole number, not \"" + value + "\"", e);
    }
  }

  /** One fuzzed input: its bytes and how they were made, for the failure report. */
  public static final class Input {
    private final byte[] bytes;
    private final String how;

    Input(byte[] bytes, String how) {
      this.bytes = bytes;
      this.how = how;
    }

    /** The bytes to read. */
    public byte[] bytes() {
      return bytes.clone();
    }

    /** The bytes as text, with any malformed UTF-8 replaced. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether the bytes are well-formed UTF-8 (so that reading them as text is reading them). */
    public boolean isUtf8() {
      return Arrays.equals(text().getBytes(StandardCharsets.UTF_8), bytes);
    }

    /** How the input was made: the kind of change and where. */
    public String how() {
      return how;
    }

    /** The number of bytes. */
    public int length() {
      return bytes.length;
    }
  }

  /** A valid file to mutate: its text and its document tree. */
  public static final class Original {
    private final byte[] bytes;
    private final boolean yaml;
    private final Object tree;

    private Original(byte[] bytes, boolean yaml, Object tree) {
      this.bytes = bytes;
      this.yaml = yaml;
      this.tree = tree;
    }

    /**
     * A file as written ({@code text}, in JSON or YAML) and the same document as canonical JSON
     * ({@code json}), from which the structural changes start.
     *
     * @throws IllegalArgumentException if {@code json} is not well-formed JSON
     */
    public static Original of(String text, boolean yaml, String json) {
      return new Original(text.getBytes(StandardCharsets.UTF_8), yaml, JsonTree.parse(json));
    }

    /** Whether structural changes are written back as YAML. */
    public boolean isYaml() {
      return yaml;
    }
  }

  private Fuzzing() {}

  /**
   * Input {@code index} of the run with this seed: {@code originals.get(…)} changed once by a kind
   * chosen at random; the original and the kind depend on the seed and the index only.
   */
  public static Input input(long seed, long index, List<Original> originals) {
    SplittableRandom random = new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L)));
    int which = random.nextInt(originals.size());
    Original original = originals.get(which);
    Original other = originals.get(random.nextInt(originals.size()));
    Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
    return mutate(original, other, kind, random, "file " + which + ", ");
  }

  /** The index of the original that input {@code index} of the run starts from. */
  public static int originalOf(long seed, long index, int originals) {
    return new SplittableRandom(mix(seed ^ mix(index + 0x9E3779B97F4A7C15L))).nextInt(originals);
  }

  private static Input mutate(
      Original original, Original other, Kind kind, SplittableRandom r, String prefix) {
    byte[] b = original.bytes;
    int n = b.length;
    switch (kind) {
      case FLIP_BIT:
        {
          int at = r.nextInt(n);
          int bit = r.nextInt(8);
          byte[] out = b.clone();
          out[at] ^= (byte) (1 << bit);
          return new Input(out, prefix + kind + " bit " + bit + " of byte " + at);
        }
      case SET_BYTE:
        {
          int at = r.nextInt(n);
          byte value = INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)];
          byte[] out = b.clone();
          out[at] = value;
          return new Input(out, prefix + kind + " " + hex(value) + " at " + at);
        }
      case INSERT_BYTES:
        {
          int at = r.nextInt(n + 1);
          byte[] insert = new byte[1 + r.nextInt(8)];
          for (int i = 0; i < insert.length; i++) {
            insert[i] =
                r.nextBoolean()
                    ? INTERESTING_BYTES[r.nextInt(INTERESTING_BYTES.length)]
                    : (byte) r.nextInt(256);
          }
          return new Input(
              concat(Arrays.copyOfRange(b, 0, at), insert, Arrays.copyOfRange(b, at, n)),
              prefix + kind + " " + insert.length + " at " + at);
        }
      case DELETE_RANGE:
        {
          int from = r.nextInt(n);
          int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 8)));
          return new Input(
              concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, n)),
              prefix + kind + " " + from + ".." + to);
        }
      case DUPLICATE_RANGE:
        {
          int from = r.nextInt(n);
          int to = Math.min(n, from + 1 + r.nextInt(Math.max(1, n / 4)));
          return new Input(
              concat(
                  Arrays.copyOfRange(b, 0, to),
                  Arrays.copyOfRange(b, from, to),
                  Arrays.copyOfRange(b, to, n)),
              prefix + kind + " " + from + ".." + to);
        }
      case SPLICE:
        {
          byte[] c = other.bytes;
          int cut = r.nextInt(n + 1);
          int from = r.nextInt(c.length + 1);
          return new Input(
              concat(Arrays.copyOfRange(b, 0, cut), Arrays.copyOfRange(c, from, c.length)),
              prefix + kind + " 0.." + cut + " + other " + from + "..");
        }
      case TRUNCATE:
        {
          int at = r.nextInt(n);
          return new Input(Arrays.copyOf(b, at), prefix + kind + " at " + at);
        }
      case HUGE_REPETITION:
        {
          int from = r.nextInt(n);
          int to = Math.min(n, from + 1 + r.nextInt(64));
          // Mostly well under the 4 MiB limit, one time in eight over it.
          int size = r.nextInt(8) == 0 ? 4 * 1024 * 1024 + r.nextInt(2 * 1024 * 1024) : 64 * 1024;
          byte[] range = Arrays.copyOfRange(b, from, to);
          byte[] repeated = new byte[size - size % range.length];
          for (int i = 0; i < repeated.length; i += range.length) {
            System.arraycopy(range, 0, repeated, i, range.length);
          }
          return new Input(
              concat(Arrays.copyOfRange(b, 0, to), repeated, Arrays.copyOfRange(b, to, n)),
              prefix + kind + " " + from + ".." + to + " to " + repeated.length + " bytes");
        }
      case TEXT:
        {
          List<TextMutation> changes = new ArrayList<>();
          int count = 1 + r.nextInt(3);
          for (int i = 0; i < count; i++) {
            changes.add(TextMutation.random(r));
          }
          String text = new String(b, StandardCharsets.UTF_8);
          return new Input(
              TextMutation.applyAll(text, changes).getBytes(StandardCharsets.UTF_8),
              prefix + kind + " " + changes);
        }
      default:
        return structural(original, kind, r, prefix);
    }
  }

  private static Input structural(Original original, Kind kind, SplittableRandom r, String prefix) {
    Object tree = JsonTree.copy(original.tree);
    List<JsonTree.Slot> slots = JsonTree.slots(tree);
    JsonTree.Slot slot = slots.get(r.nextInt(slots.size()));
    String what;
    switch (kind) {
      case CHANGE_TYPE:
        {
          Object value = otherType(slot.get(), r);
          slot.set(value);
          what = "to " + JsonTree.json(value, false);
          break;
        }
      case DROP_KEY:
        {
          JsonTree.Obj obj = JsonTree.objectAt(slots, r);
          if (obj.isEmpty()) {
            what = "nothing to drop";
          } else {
            what = "\"" + obj.remove(r.nextInt(obj.size())).name + "\"";
          }
          break;
        }
      case DUPLICATE_KEY:
        {
          JsonTree.Obj obj = JsonTree.objectAt(slots, r);
          if (obj.isEmpty()) {
            what = "nothing to repeat";
          } else {
            JsonTree.Member m = obj.get(r.nextInt(obj.size()));
            Object value = r.nextBoolean() ? JsonTree.copy(m.value) : otherType(m.value, r);
            obj.add(r.nextInt(obj.size() + 1), new JsonTree.Member(m.name, value));
            what = "\"" + m.name + "\"";
          }
          break;
        }
      case UNKNOWN_KEY:
        {
          JsonTree.Obj obj = JsonTree.objectAt(slots, r);
          String name =
              List.of("stroke_", "Stroke", "steps ", "", "x", "$ref", "__proto__", "format")
                  .get(r.nextInt(8));
          obj.add(r.nextInt(obj.size() + 1), new JsonTree.Member(name, "extra"));
          what = "\"" + name + "\"";
          break;
        }
      case DEEP_NESTING:
        {
          int[] depths = {30, 31, 32, 33, 64, 999, 1000, 1001, 5000};
          int depth = depths[r.nextInt(depths.length)];
          boolean lists = r.nextBoolean();
          Object value = "deep";
          for (int i = 0; i < depth; i++) {
            if (lists) {
              List<Object> list = new ArrayList<>();
              list.add(value);
              value = list;
            } else {
              JsonTree.Obj obj = new JsonTree.Obj();
              obj.add(new JsonTree.Member("a", value));
              value = obj;
            }
          }
          slot.set(value);
          what = depth + (lists ? " lists" : " objects");
          break;
        }
      case HUGE_NUMBER:
        {
          String number = HUGE_NUMBERS.get(r.nextInt(HUGE_NUMBERS.size()));
          slot.set(new JsonTree.Literal(number));
          what = number.length() > 40 ? number.substring(0, 20) + "…" : number;
          break;
        }
      case UNKNOWN_ENUM:
        {
          List<JsonTree.Slot> codes = new ArrayList<>();
          for (JsonTree.Slot s : slots) {
            if (s.get() instanceof String && ((String) s.get()).matches("[A-Z][A-Z0-9_]+")) {
              codes.add(s);
            }
          }
          JsonTree.Slot code = codes.isEmpty() ? slot : codes.get(r.nextInt(codes.size()));
          String old = code.get() instanceof String ? (String) code.get() : "PUMP";
          String[] near = {
            old.toLowerCase(Locale.ROOT),
            old + "X",
            old.substring(1),
            old + " ",
            " " + old,
            old.replace('_', '-'),
            old.replace('A', '\u0410'),
            old + "\u0000",
            "",
            "UNKNOWN"
          };
          String value = near[r.nextInt(near.length)];
          code.set(value);
          what = JsonTree.json(old, false) + " to " + JsonTree.json(value, false);
          break;
        }
      case LONG_STRING:
        {
          int length = r.nextBoolean() ? 1000 + r.nextInt(1000) : 20_000 + r.nextInt(60_000);
          String unit = List.of("a", "é", "中", "😀", " ", "\\", "\n").get(r.nextInt(7));
          slot.set(unit.repeat(length));
          what = length + " × " + JsonTree.json(unit, false);
          break;
        }
      case LIST_EDIT:
        {
          List<List<Object>> lists = new ArrayList<>();
          for (JsonTree.Slot s : slots) {
            if (s.get() instanceof List<?> && !((List<?>) s.get()).isEmpty()) {
              @SuppressWarnings("unchecked")
              List<Object> list = (List<Object>) s.get();
              lists.add(list);
            }
          }
          if (lists.isEmpty()) {
            what = "no list";
          } else {
            List<Object> list = lists.get(r.nextInt(lists.size()));
            if (r.nextInt(3) == 0) {
              list.clear();
              what = "emptied a list";
            } else {
              int at = r.nextInt(list.size());
              list.add(at, JsonTree.copy(list.get(at)));
              what = "repeated element " + at;
            }
          }
          break;
        }
      case SWAP_VALUES:
      default:
        {
          JsonTree.Slot second = slots.get(r.nextInt(slots.size()));
          if (JsonTree.contains(slot.get(), second.get())
              || JsonTree.contains(second.get(), slot.get())) {
            what = "nested values, not swapped";
          } else {
            Object a = slot.get();
            slot.set(second.get());
            second.set(a);
            what = slot.where() + " and " + second.where();
          }
          break;
        }
    }
    String text = original.yaml ? JsonTree.yaml(tree) : JsonTree.json(tree, true);
    return new Input(
        text.getBytes(StandardCharsets.UTF_8), prefix + kind + " at " + slot.where() + ": " + what);
  }

  /** A value of another type than {@code value}. */
  private static Object otherType(Object value, SplittableRandom r) {
    List<Object> choices = new ArrayList<>();
    choices.add("text");
    choices.add("");
    choices.add(new JsonTree.Literal("0"));
    choices.add(new JsonTree.Literal("-3.5"));
    choices.add(new JsonTree.Literal("true"));
    choices.add(new JsonTree.Literal("null"));
    choices.add(new ArrayList<>());
    choices.add(new ArrayList<>(List.of("text")));
    choices.add(new JsonTree.Obj());
    if (value instanceof JsonTree.Literal) {
      choices.add(((JsonTree.Literal) value).text); // a number as a string
    }
    if (value instanceof String) {
      choices.add(new ArrayList<>(List.of(value))); // a string as a list of one
    }
    if (!(value instanceof List<?>) && !(value instanceof JsonTree.Obj)) {
      JsonTree.Obj wrapped = new JsonTree.Obj();
      wrapped.add(new JsonTree.Member("value", value));
      choices.add(wrapped);
    }
    Object chosen;
    do {
      chosen = choices.get(r.nextInt(choices.size()));
    } while (JsonTree.sameType(chosen, value) && choices.size() > 1 && r.nextInt(8) != 0);
    return chosen;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String hex(byte b) {
    return String.format(Locale.ROOT, "0x%02X", b & 0xFF);
  }

  /** Stafford's mix13, the finaliser of SplittableRandom: spreads nearby seeds apart. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
