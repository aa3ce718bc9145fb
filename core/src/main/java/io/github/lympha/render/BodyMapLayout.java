package io.github.lympha.render;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Anastomosis;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Site;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a body map draws things: the outline of the body and, for every site, anastomosis and
 * watershed of an anatomy, its place in the front or back figure. The layout is data beside the
 * anatomy: {@link #standard()} reads {@code body-map-layout.txt} (next to this class, documented in
 * {@code docs/rendering.md}), and an app with its own anatomy supplies its own text to {@link
 * #parse}.
 *
 * <pre>{@code
 * BodyMapLayout layout = BodyMapLayout.standard();
 * Optional<Place> groin = layout.place(anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"), anatomy);
 * }</pre>
 */
public final class BodyMapLayout {
  /** The figures of a body map. */
  public enum View {
    /** The body seen from the front: the patient's left is on the viewer's right. */
    FRONT,
    /** The body seen from the back: the patient's left is on the viewer's left. */
    BACK
  }

  private static final String RESOURCE = "body-map-layout.txt";

  private final double width;
  private final double height;
  private final double[] head;
  private final String outline;
  private final ImmutableListMultimap<String, Place> sites;
  private final ImmutableMap<String, Place> anastomoses;
  private final ImmutableMap<String, ImmutableList<Place>> watersheds;

  private BodyMapLayout(
      double width,
      double height,
      double[] head,
      String outline,
      ImmutableListMultimap<String, Place> sites,
      ImmutableMap<String, Place> anastomoses,
      ImmutableMap<String, ImmutableList<Place>> watersheds) {
    this.width = width;
    this.height = height;
    this.head = head;
    this.outline = outline;
    this.sites = sites;
    this.anastomoses = anastomoses;
    this.watersheds = watersheds;
  }

  /** The layout of the standard anatomy, drawn for Lympha (Apache License 2.0). */
  public static BodyMapLayout standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final BodyMapLayout STANDARD = parse(read());

    private static String read() {
      try (InputStream in = BodyMapLayout.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a layout (the format of {@code body-map-layout.txt}: {@code size}, {@code head}, {@code
   * outline}, {@code site}, {@code anastomosis} and {@code watershed} lines; {@code #} starts a
   * comment).
   *
   * @throws IllegalArgumentException naming the line that is wrong and what it should be
   */
  public static BodyMapLayout parse(String text) {
    checkNotNull(text, "text");
    double[] size = null;
    double[] head = null;
    String outline = null;
    ImmutableListMultimap.Builder<String, Place> sites = ImmutableListMultimap.builder();
    Map<String, Place> anastomoses = new LinkedHashMap<>();
    Map<String, List<Place>> watersheds = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      String[] words = line.split("\\s+");
      switch (words[0]) {
        case "size" -> size = numbers(words, 1, 2, number);
        case "head" -> head = numbers(words, 1, 4, number);
        case "outline" -> {
          checkArgument(words.length > 1, "line %s: outline needs an SVG path", number);
          outline = line.substring("outline".length()).strip();
        }
        case "site" -> sites.put(words(words, 5, number), place(words, 2, number));
        case "anastomosis" -> {
          String id = words(words, 5, number);
          checkArgument(
              anastomoses.put(id, place(words, 2, number)) == null,
              "line %s: anastomosis %s is placed twice",
              number,
              id);
        }
        case "watershed" -> {
          checkArgument(
              words.length >= 5, "line %s: watershed needs an id, a view and two points", number);
          View view = view(words[2], number);
          List<Place> points =
              watersheds.computeIfAbsent(words[1] + " " + view, k -> new java.util.ArrayList<>());
          checkArgument(
              points.isEmpty(),
              "line %s: watershed %s has two lines in view %s",
              number,
              words[1],
              view);
          for (int w = 3; w < words.length; w++) {
            String[] xy = words[w].split(",", -1);
            checkArgument(
                xy.length == 2, "line %s: expected a point X,Y, not %s", number, words[w]);
            points.add(Place.of(view, number(xy[0], number), number(xy[1], number)));
          }
        }
        default ->
            throw new IllegalArgumentException(
                String.format(
                    "line %s: unknown entry %s; expected size, head, outline, site, anastomosis"
                        + " or watershed",
                    number, words[0]));
      }
    }
    checkArgument(size != null, "the layout needs a size line");
    checkArgument(head != null, "the layout needs a head line");
    checkArgument(outline != null, "the layout needs an outline line");
    ImmutableMap.Builder<String, ImmutableList<Place>> lines2 = ImmutableMap.builder();
    watersheds.forEach((k, v) -> lines2.put(k, ImmutableList.copyOf(v)));
    return new BodyMapLayout(
        size[0],
        size[1],
        head,
        outline,
        sites.build(),
        ImmutableMap.copyOf(anastomoses),
        lines2.buildOrThrow());
  }

  private static String words(String[] words, int count, int line) {
    checkArgument(
        words.length == count,
        "line %s: expected %s ID VIEW X Y, not %s",
        line,
        words[0],
        String.join(" ", Arrays.asList(words)));
    return words[1];
  }

  private static Place place(String[] words, int from, int line) {
    return Place.of(
        view(words[from], line), number(words[from + 1], line), number(words[from + 2], line));
  }

  private static View view(String word, int line) {
    try {
      return View.valueOf(word);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format("line %s: unknown view %s; expected FRONT or BACK", line, word), e);
    }
  }

  private static double[] numbers(String[] words, int from, int count, int line) {
    checkArgument(
        words.length == from + count,
        "line %s: %s needs %s numbers, not %s",
        line,
        words[0],
        count,
        words.length - from);
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = number(words[from + i], line);
    }
    return values;
  }

  private static double number(String word, int line) {
    try {
      double value = Double.parseDouble(word);
      checkArgument(Double.isFinite(value), "line %s: not a finite number: %s", line, word);
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format("line %s: expected a number, not %s", line, word), e);
    }
  }

  /** The width of one figure. */
  public double width() {
    return width;
  }

  /** The height of one figure. */
  public double height() {
    return height;
  }

  /** The head as an ellipse: centre x, centre y, radius x, radius y. */
  public ImmutableList<Double> head() {
    return ImmutableList.of(head[0], head[1], head[2], head[3]);
  }

  /** The body below the head, as an SVG path. */
  public String outline() {
    return outline;
  }

  /** The places given for an id (a site's or a station's), the drawing place first. */
  public ImmutableList<Place> places(String id) {
    return sites.get(id);
  }

  /**
   * Where a site's steps are drawn: its own first place, else its station's (members of a station
   * are drawn as one).
   */
  public Optional<Place> place(Site site, Anatomy anatomy) {
    return allPlaces(site, anatomy).stream().findFirst();
  }

  /** Where a site shows in a view: its (or its station's) place in that view, if it has one. */
  public Optional<Place> place(Site site, View view, Anatomy anatomy) {
    return allPlaces(site, anatomy).stream().filter(p -> p.view() == view).findFirst();
  }

  private ImmutableList<Place> allPlaces(Site site, Anatomy anatomy) {
    ImmutableList<Place> own = sites.get(site.id());
    if (!own.isEmpty() || !(site instanceof NodeGroup group)) {
      return own;
    }
    return anatomy.stationOf(group).map(s -> sites.get(s.id())).orElse(ImmutableList.of());
  }

  /** Where an anastomosis crosses its watershed. */
  public Optional<Place> anastomosis(Anastomosis anastomosis) {
    return Optional.ofNullable(anastomoses.get(anastomosis.id()));
  }

  /** A watershed's line in a view; empty where the layout draws none. */
  public ImmutableList<Place> watershed(String id, View view) {
    return watersheds.getOrDefault(id + " " + view, ImmutableList.of());
  }

  /**
   * What of the anatomy this layout cannot place: ids of sites, anastomoses and watersheds without
   * a place; empty when the layout covers the anatomy.
   */
  public ImmutableList<String> missing(Anatomy anatomy) {
    ImmutableList.Builder<String> missing = ImmutableList.builder();
    for (Site site : anatomy.sites()) {
      if (place(site, anatomy).isEmpty()) {
        missing.add(site.id());
      }
    }
    for (Anastomosis a : anatomy.anastomoses()) {
      if (!anastomoses.containsKey(a.id())) {
        missing.add(a.id());
      }
    }
    anatomy.watersheds().stream()
        .filter(
            w -> watershed(w.id(), View.FRONT).isEmpty() && watershed(w.id(), View.BACK).isEmpty())
        .forEach(w -> missing.add(w.id()));
    return missing.build();
  }

  /** Ids the layout places that are neither a site nor a station of the anatomy. */
  public ImmutableList<String> unknown(Anatomy anatomy) {
    return sites.keySet().stream()
        .filter(id -> anatomy.findSite(id).isEmpty() && anatomy.findStation(id).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }
}
