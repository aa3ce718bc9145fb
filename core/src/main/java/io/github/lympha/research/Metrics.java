package io.github.lympha.research;

import com.google.common.collect.ImmutableMap;
import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Route;
import io.github.lympha.anatomy.Site;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Sequence;
import io.github.lympha.protocol.Step;
import io.github.lympha.style.LymphaStyle;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Measurements of a protocol for a patient: size, strokes, duration, where the work goes, watershed
 * crossings and whether the route was prepared. Strokes are repetitions × the repeats of their
 * sequence.
 *
 * <pre>{@code
 * Metrics m = Metrics.of(protocol, patient);
 * m.totalStrokes(); m.affectedShare(); m.routePrepared();
 * }</pre>
 */
@Value.Immutable
@LymphaStyle
public interface Metrics {
  /** The number of steps. */
  int steps();

  /** The number of strokes over all steps and repeats. */
  long totalStrokes();

  /** The estimated duration (tempo × repetitions × repeats). */
  Duration estimatedDuration();

  /** Strokes worked on each region, by region id, in order of first appearance. */
  ImmutableMap<String, Long> strokesPerRegion();

  /**
   * Strokes worked over each node group (node-group steps), by id, in order of first appearance.
   */
  ImmutableMap<String, Long> strokesPerNodeGroup();

  /**
   * The number of steps whose stroke drains a region across a watershed ({@link
   * Anatomy#watershedsCrossed}).
   */
  int watershedCrossings();

  /**
   * Whether every node group on the route of every affected region (the rerouted route around
   * compromised groups) is worked in a node-group step before the region is first worked; a step on
   * a group of a {@link io.github.lympha.anatomy.Station station} works the whole station. False
   * when an affected region has no route or is never worked.
   */
  boolean routePrepared();

  /** The share of strokes worked on the affected regions, from 0 to 1 (0 for no strokes). */
  double affectedShare();

  /**
   * Measures a protocol for a patient. The affected regions are the patient's, or the regions the
   * protocol treats when the patient names none.
   */
  static Metrics of(Protocol protocol, PatientContext patient) {
    return of(protocol, patient, new HashMap<>());
  }

  /** Measures with known routes of the affected regions (computed and added when missing). */
  static Metrics of(
      Protocol protocol, PatientContext patient, Map<Region, Optional<Route>> routes) {
    Anatomy anatomy = protocol.anatomy();
    Set<Region> affected =
        patient.affectedRegions().isEmpty() ? protocol.treats() : patient.affectedRegions();
    Map<String, Long> perRegion = new LinkedHashMap<>();
    Map<String, Long> perGroup = new LinkedHashMap<>();
    Map<Site, Integer> firstWorked = new HashMap<>();
    long total = 0;
    long onAffected = 0;
    int crossings = 0;
    int order = 0;
    for (Sequence seq : protocol.sequences()) {
      for (Step step : seq.steps()) {
        long strokes = (long) step.repetitions() * seq.repeats();
        total += strokes;
        Site site = step.site();
        for (Site worked : anatomy.sitesWorkedBy(site)) {
          firstWorked.putIfAbsent(worked, order);
        }
        order++;
        if (site.isNodeGroup()) {
          perGroup.merge(site.id(), strokes, Long::sum);
        } else {
          perRegion.merge(site.id(), strokes, Long::sum);
          if (affected.contains(site)) {
            onAffected += strokes;
          }
          if (!anatomy.watershedsCrossed((Region) site, step.toward()).isEmpty()) {
            crossings++;
          }
        }
      }
    }
    boolean prepared = !affected.isEmpty();
    Set<NodeGroup> compromised = patient.compromisedGroups();
    for (Region r : affected) {
      Integer at = firstWorked.get(r);
      Optional<Route> route = routes.get(r);
      if (route == null) {
        route = anatomy.route(r, compromised).route();
        routes.put(r, route);
      }
      if (at == null || route.isEmpty()) {
        prepared = false;
        break;
      }
      for (NodeGroup g : route.get().nodeGroups()) {
        Integer worked = firstWorked.get(g);
        if (worked == null || worked > at) {
          prepared = false;
          break;
        }
      }
    }
    return ImmutableMetrics.builder()
        .steps(protocol.stepCount())
        .totalStrokes(total)
        .estimatedDuration(protocol.estimatedDuration())
        .putAllStrokesPerRegion(perRegion)
        .putAllStrokesPerNodeGroup(perGroup)
        .watershedCrossings(crossings)
        .routePrepared(prepared)
        .affectedShare(total == 0 ? 0 : (double) onAffected / total)
        .build();
  }
}
