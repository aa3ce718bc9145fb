package io.github.lympha.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.anatomy.BodyArea;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.NodeGroup;
import io.github.lympha.anatomy.Site;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For the standard cases, the plan for a catalogue protocol's patient has the shape of the
 * catalogue protocol (reference §5): the same stages in the same order, the node groups both work
 * in the same order, and the affected area drained segment by segment in the same order.
 */
class PlannerCatalogueTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        Catalogue.LEG_INTACT_INGUINAL,
        Catalogue.ARM_AFTER_AXILLARY_DISSECTION,
        Catalogue.LEG_AFTER_INGUINAL_DISSECTION,
        Catalogue.FACE_AND_HEAD
      })
  void planHasTheShapeOfTheCatalogueProtocol(String id) {
    Protocol reference = Catalogue.byId(id).orElseThrow();
    PatientContext patient = Catalogue.patientFor(id);
    Protocol plan = Planner.standard().plan(patient).protocol().orElseThrow();

    assertThat(stages(plan)).isEqualTo(stages(reference));

    List<String> planGroups = firstSeen(plan, true);
    List<String> referenceGroups = firstSeen(reference, true);
    assertThat(common(planGroups, referenceGroups)).isEqualTo(common(referenceGroups, planGroups));
    assertThat(common(planGroups, referenceGroups)).hasSizeGreaterThanOrEqualTo(3);

    assertThat(segments(plan, patient)).isEqualTo(segments(reference, patient));
    assertThat(plan.treats()).isEqualTo(patient.affected());
  }

  /** The stages of the protocol in the order they begin, each named once. */
  private static List<String> stages(Protocol p) {
    List<String> out = new ArrayList<>();
    Set<Site> seen = new LinkedHashSet<>();
    for (Step s : p.steps()) {
      if (seen.add(s.site())) {
        String stage = stage(s.site());
        if (out.isEmpty() || !out.get(out.size() - 1).equals(stage)) {
          out.add(stage);
        }
      }
    }
    return out.stream().distinct().collect(Collectors.toList());
  }

  private static String stage(Site s) {
    if (s.part() == BodyPart.NECK || (s.isNodeGroup() && ((NodeGroup) s).isTerminus())) {
      return "terminus and neck";
    }
    if (s.part() == BodyPart.ABDOMEN && s.isNodeGroup()) {
      return "deep abdomen";
    }
    if (s.part().area() == BodyArea.TRUNK) {
      return s.isNodeGroup() ? "receiving node groups" : "trunk over the watersheds";
    }
    return "affected area";
  }

  private static List<String> firstSeen(Protocol p, boolean nodeGroups) {
    return p.steps().stream()
        .map(Step::site)
        .filter(s -> s.isNodeGroup() == nodeGroups)
        .map(Site::id)
        .distinct()
        .collect(Collectors.toList());
  }

  private static List<String> common(List<String> a, List<String> b) {
    return a.stream().filter(b::contains).collect(Collectors.toList());
  }

  /** The body parts of the affected regions, in the order the protocol first works them. */
  private static List<BodyPart> segments(Protocol p, PatientContext patient) {
    return p.steps().stream()
        .map(Step::site)
        .filter(patient.affected()::contains)
        .map(Site::part)
        .distinct()
        .collect(Collectors.toList());
  }
}
