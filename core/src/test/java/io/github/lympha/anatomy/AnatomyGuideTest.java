package io.github.lympha.anatomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.lympha.anatomy.Coding.CodeSystem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/anatomy.md true: its code snippets are the bodies of the tests below, verbatim between
 * the {@code guide:} markers, and its tables of node groups and regions match the standard map. The
 * checks of the page run from the core module (as Maven does) and are skipped elsewhere.
 */
class AnatomyGuideTest {
  private static final Path GUIDE = Path.of("../docs/anatomy.md");
  private static final Path SOURCE =
      Path.of("src/test/java/io/github/lympha/anatomy/AnatomyGuideTest.java");

  private static String guide() throws IOException {
    assumeTrue(Files.exists(GUIDE) && Files.exists(SOURCE), "run from the core module");
    return Files.readString(GUIDE);
  }

  @Test
  void guideShowsTheSnippetsOfThisClassVerbatim() throws IOException {
    String guide = guide();
    Matcher snippet =
        Pattern.compile("(?s)// guide:(\\w+)\n(.*?)\n\\s*// end:guide:\\1")
            .matcher(Files.readString(SOURCE));
    int found = 0;
    while (snippet.find()) {
      found++;
      String code =
          snippet
              .group(2)
              .lines()
              .map(l -> l.replaceFirst("^ {4}", ""))
              .collect(Collectors.joining("\n"));
      assertThat(guide).as("docs/anatomy.md shows the %s snippet", snippet.group(1)).contains(code);
    }
    assertThat(found).isEqualTo(3);
  }

  @Test
  void guideTableOfNodeGroupsIsTheStandardMapInCatalogueOrder() throws IOException {
    Anatomy anatomy = Anatomy.standard();
    List<String> rows = new ArrayList<>();
    rows.add("| Id | Side | Location | Next station(s) | Codings | Sources |");
    rows.add("|---|---|---|---|---|---|");
    for (NodeGroup g : anatomy.nodeGroups()) {
      String next = g.isTerminus() ? "— (venous angle)" : ids(anatomy.nextStations(g));
      String codings =
          g.codings().isEmpty()
              ? "—"
              : g.codings().stream()
                  .map(c -> (c.system() == CodeSystem.SNOMED_CT ? "SNOMED CT " : "") + c.code())
                  .collect(Collectors.joining(", "));
      rows.add(
          String.format(
              "| `%s` | %s | %s | %s | %s | %s |",
              g.id(), g.side(), g.description(), next, codings, String.join(", ", g.sources())));
    }
    assertThat(guide()).contains(String.join("\n", rows) + "\n\n");
  }

  @Test
  void guideTableOfRegionsIsTheStandardMapInCatalogueOrder() throws IOException {
    Anatomy anatomy = Anatomy.standard();
    List<String> rows = new ArrayList<>();
    rows.add(
        "| Id | Part | Territory | Regional node groups (usual first) | Anastomoses | Sources |");
    rows.add("|---|---|---|---|---|---|");
    for (Region r : anatomy.regions()) {
      String anastomoses =
          anatomy.anastomosesFrom(r).stream()
              .map(a -> "`" + a.id() + "`")
              .collect(Collectors.joining(", "));
      rows.add(
          String.format(
              "| `%s` | %s | `%s` | %s | %s | %s |",
              r.id(),
              r.part(),
              r.territory(),
              ids(anatomy.regionalNodeGroups(r)),
              anastomoses.isEmpty() ? "—" : anastomoses,
              String.join(", ", r.sources())));
    }
    assertThat(guide()).contains(String.join("\n", rows) + "\n\n");
  }

  @Test
  void guideRerouteExamplesAreWhatTheStandardMapAnswers() throws IOException {
    String guide = guide();
    String table = guide.substring(guide.indexOf("| Start | Compromised | Result |"));
    table = table.substring(0, table.indexOf("\n\n"));
    Matcher row = Pattern.compile("(?m)^\\| `(\\w+)` \\| `(\\w+)` \\| (.*) \\|$").matcher(table);
    Anatomy anatomy = Anatomy.standard();
    int rows = 0;
    while (row.find()) {
      rows++;
      RouteResult result =
          anatomy.route(anatomy.site(row.group(1)), Set.of(anatomy.nodeGroup(row.group(2))));
      String expected =
          result
              .route()
              .map(
                  r ->
                      (result.explanation().startsWith("The usual route")
                              ? "usual route kept: "
                              : "")
                          + "`"
                          + r.describe()
                          + "`")
              .orElse("none: \"" + result.explanation() + "\"");
      assertThat(row.group(3)).as("%s without %s", row.group(1), row.group(2)).isEqualTo(expected);
    }
    assertThat(rows).isGreaterThan(10);
  }

  @Test
  void guideDiagramShowsEveryEfferentPathwayUsualOnesSolid() throws IOException {
    String guide = guide();
    String diagram = guide.substring(guide.indexOf("```mermaid"), guide.indexOf("## Anastomoses"));
    Matcher edge = Pattern.compile("(\\w+) (-->|-\\.->)(?:\\|[^|]*\\|)? (\\w+)").matcher(diagram);
    Set<String> drawn = new HashSet<>();
    while (edge.find()) {
      drawn.add(
          edge.group(1) + (edge.group(2).equals("-->") ? " usual " : " other ") + edge.group(3));
    }
    Anatomy anatomy = Anatomy.standard();
    Set<String> expected = new HashSet<>();
    for (NodeGroup g : anatomy.nodeGroups()) {
      List<NodeGroup> next = anatomy.nextStations(g);
      for (int i = 0; i < next.size(); i++) {
        expected.add(g.id() + (i == 0 ? " usual " : " other ") + next.get(i).id());
      }
    }
    assertThat(drawn).isEqualTo(expected);
  }

  private static String ids(List<? extends Site> sites) {
    return sites.stream().map(s -> "`" + s.id() + "`").collect(Collectors.joining(", "));
  }

  @Test
  void queryingRoutesAndReroutes() {
    // guide:query
    Anatomy anatomy = Anatomy.standard();
    Region calf = anatomy.region("CALF_R");
    Route usual = anatomy.route(calf);
    // CALF_R → POPLITEAL_R → INGUINAL_DEEP_R → CISTERNA_CHYLI → TERMINUS_L

    RouteResult afterDissection =
        anatomy.route(anatomy.region("CHEST_L"), Set.of(anatomy.nodeGroup("AXILLARY_L")));
    // found: CHEST_L →(AAA) AXILLARY_R → TERMINUS_R
    RouteResult none =
        anatomy.route(anatomy.region("FACE_UPPER_L"), Set.of(anatomy.nodeGroup("CERVICAL_DEEP_L")));
    // none.isFound() is false; none.explanation() names CERVICAL_DEEP_L
    // end:guide:query

    assertThat(usual.describe())
        .isEqualTo("CALF_R → POPLITEAL_R → INGUINAL_DEEP_R → CISTERNA_CHYLI → TERMINUS_L");
    assertThat(afterDissection.route().orElseThrow().describe())
        .isEqualTo("CHEST_L →(AAA) AXILLARY_R → TERMINUS_R");
    assertThat(none.isFound()).isFalse();
    assertThat(none.explanation()).contains("CERVICAL_DEEP_L");
  }

  @Test
  void addingANodeGroupAndOverridingARegionsNodeGroups() {
    // guide:extend
    NodeGroup infraclavicular =
        NodeGroup.builder()
            .id("INFRACLAVICULAR_L")
            .name("left infraclavicular nodes")
            .side(Side.LEFT)
            .part(BodyPart.AXILLA)
            .description("Below the clavicle, at the end of the cephalic vein.")
            .addCodings(Coding.of(Coding.CodeSystem.SNOMED_CT, "9659009"))
            .addSources("S20", "S22")
            .build();
    Anatomy patient =
        Anatomy.standard().toBuilder()
            .putNodeGroup(infraclavicular)
            .addPathway(Pathway.of("INFRACLAVICULAR_L", "TERMINUS_L", PathwayKind.EFFERENT, "S14"))
            .overrideRegionalNodeGroups(
                "UPPER_ARM_LATERAL_L", List.of("INFRACLAVICULAR_L", "AXILLARY_L"), "S22")
            .build();
    // UPPER_ARM_LATERAL_L → INFRACLAVICULAR_L → TERMINUS_L
    // end:guide:extend

    assertThat(patient.route(patient.region("UPPER_ARM_LATERAL_L")).describe())
        .isEqualTo("UPPER_ARM_LATERAL_L → INFRACLAVICULAR_L → TERMINUS_L");
  }

  @Test
  void removingPathwaysForAPatient() {
    // guide:remove
    // A patient for whom the anterior axillo-axillary route is ruled out.
    Anatomy patient =
        Anatomy.standard().toBuilder()
            .removePathways(p -> p.via().filter("AAA"::equals).isPresent())
            .build();
    RouteResult chest =
        patient.route(patient.region("CHEST_L"), Set.of(patient.nodeGroup("AXILLARY_L")));
    // none: CHEST_L carried AAA only; UPPER_BACK_L still reroutes through PAA
    // end:guide:remove

    assertThat(chest.isFound()).isFalse();
    assertThat(
            patient
                .route(patient.region("UPPER_BACK_L"), Set.of(patient.nodeGroup("AXILLARY_L")))
                .route()
                .orElseThrow()
                .anastomoses())
        .containsExactly("PAA");
  }
}
