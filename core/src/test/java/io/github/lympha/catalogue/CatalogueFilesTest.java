package io.github.lympha.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.format.PatientContextFormat;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.patient.Condition;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.sources.Sources;
import io.github.lympha.validation.Finding;
import io.github.lympha.validation.RuleIds;
import io.github.lympha.validation.Severity;
import io.github.lympha.validation.ValidationReport;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as data: its resource files, read through the public readers, and their verdicts.
 */
class CatalogueFilesTest {
  private static final Path RESOURCES = Path.of("src/main/resources/io/github/lympha/catalogue");

  private static List<String> resourceFiles() throws IOException {
    try (Stream<Path> files = Files.list(RESOURCES)) {
      return files.map(f -> f.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void holdsAtLeastTwentyProtocols() {
    assertThat(Catalogue.ids()).hasSizeGreaterThanOrEqualTo(20).doesNotHaveDuplicates();
  }

  @Test
  void everyResourceFileIsListedAndEveryListedIdHasBothFiles() throws IOException {
    List<String> files = resourceFiles();
    Set<String> expected =
        Catalogue.ids().stream()
            .flatMap(id -> Stream.of(id + ".json", id + ".patient.json"))
            .collect(Collectors.toSet());
    expected.add(Catalogue.INDEX);
    assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyFileReadsThroughThePublicReadersAsTheCatalogueHoldsIt() throws IOException {
    for (String id : Catalogue.ids()) {
      Protocol fromFile = ProtocolFormat.json().read(RESOURCES.resolve(id + ".json"));
      PatientContext patientFromFile =
          PatientContextFormat.json().read(RESOURCES.resolve(id + ".patient.json"));
      assertThat(fromFile.id()).isEqualTo(id);
      assertThat(Catalogue.byId(id)).contains(fromFile);
      assertThat(Catalogue.patientFor(id)).isEqualTo(patientFromFile);
      assertThat(Catalogue.build(id)).isEqualTo(fromFile).isNotSameAs(Catalogue.byId(id).get());
      assertThat(Catalogue.protocolFile(id))
          .isEqualTo(Files.readString(RESOURCES.resolve(id + ".json")));
      assertThat(Catalogue.patientFile(id))
          .isEqualTo(Files.readString(RESOURCES.resolve(id + ".patient.json")));
    }
  }

  @Test
  void everyFileIsWhatTheWriterGivesForIt() {
    for (String id : Catalogue.ids()) {
      assertThat(ProtocolFormat.json().write(Catalogue.byId(id).orElseThrow()))
          .as(id)
          .isEqualTo(Catalogue.protocolFile(id));
      assertThat(PatientContextFormat.json().write(Catalogue.patientFor(id)))
          .as(id)
          .isEqualTo(Catalogue.patientFile(id));
    }
  }

  @Test
  void everyProtocolCitesKnownSourcesAndStatesItsPatient() {
    for (Protocol p : Catalogue.all()) {
      assertThat(p.sources()).as(p.id()).isNotEmpty().allMatch(k -> Sources.find(k).isPresent());
      assertThat(Catalogue.patientFor(p.id()).label()).as(p.id()).isPresent();
    }
  }

  @Test
  void everyProtocolButTheSeedValidatesWithoutErrorsOrWarningsForItsPatient() {
    Validator validator = Validator.standard();
    for (String id : Catalogue.ids()) {
      if (id.equals(Catalogue.SEED_CLINIC_LEG)) {
        continue;
      }
      Protocol p = Catalogue.byId(id).orElseThrow();
      assertThat(p.anatomy()).isEqualTo(Anatomy.standard());
      ValidationReport report = validator.validate(p, Catalogue.patientFor(id));
      assertThat(report.findings())
          .as("%s:%n%s", id, report.toText())
          .extracting(Finding::severity)
          .doesNotContain(Severity.ERROR, Severity.WARNING);
    }
  }

  @Test
  void theSeedAsTranscribedKeepsItsKnownWarnings() {
    ValidationReport report =
        Validator.standard()
            .validate(Catalogue.seedLeg(), Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG));
    assertThat(report.findings(Severity.ERROR)).isEmpty();
    assertThat(report.findings(Severity.WARNING))
        .extracting(Finding::ruleId)
        .containsExactlyInAnyOrder(
            RuleIds.SKIPS_REGIONAL_NODE_GROUP, RuleIds.REGIONAL_NODES_NOT_PREPARED);
  }

  @Test
  void theCorrectedSeedKeepsTheBlogsOrderWithoutItsFlaws() {
    Protocol seed = Catalogue.seedLeg();
    Protocol corrected = Catalogue.byId(Catalogue.SEED_CLINIC_LEG_CORRECTED).orElseThrow();
    assertThat(corrected.treats()).isEqualTo(seed.treats());
    assertThat(Catalogue.patientFor(corrected.id()))
        .isEqualTo(Catalogue.patientFor(Catalogue.SEED_CLINIC_LEG));
    assertThat(corrected.sequences().get(0)).isEqualTo(seed.sequences().get(0));
    assertThat(corrected.steps()).noneMatch(s -> s.site().id().startsWith("CUBITAL"));
    assertThat(corrected.steps()).noneMatch(s -> s.toward().id().startsWith("AXILLARY"));
    assertThat(corrected.sequences())
        .filteredOn(s -> s.name().equals("Leg, from the upper leg down to the knee"))
        .singleElement()
        .satisfies(s -> assertThat(s.repeats()).isEqualTo(15));
  }

  @Test
  void theLegsInPregnancyHaveNoAbdominalWork() {
    PatientContext patient = Catalogue.patientFor("legs-in-pregnancy");
    assertThat(patient.has(Condition.PREGNANCY)).isTrue();
    assertThat(Catalogue.byId("legs-in-pregnancy").orElseThrow().steps())
        .noneMatch(
            s -> s.site().id().equals("CISTERNA_CHYLI") || s.site().id().startsWith("ABDOMEN"));
  }

  @Test
  void theBilateralReroutesSendNothingTowardARemovedGroup() {
    for (String id :
        List.of(
            "arms-after-bilateral-axillary-dissection",
            "legs-after-bilateral-inguinal-dissection")) {
      PatientContext patient = Catalogue.patientFor(id);
      assertThat(patient.compromisedGroups()).as(id).hasSize(id.startsWith("arms") ? 2 : 4);
      assertThat(Catalogue.byId(id).orElseThrow().steps())
          .as(id)
          .noneMatch(
              s ->
                  patient.isCompromised(s.toward())
                      || patient.compromisedGroups().contains(s.site()));
    }
  }

  @Test
  void theSelfCareRoutinesCountTenPerSpotWithSimpleStrokes() {
    for (String id : List.of("self-care-arm", "self-care-leg")) {
      Protocol p = Catalogue.byId(id).orElseThrow();
      assertThat(p.tags()).as(id).contains("self-care");
      assertThat(p.steps())
          .as(id)
          .allSatisfy(
              s -> {
                assertThat(s.stroke().name())
                    .isIn("SKIN_STRETCH", "STATIONARY_CIRCLE", "ABDOMINAL_BREATHING");
                assertThat(s.repetitions())
                    .isEqualTo(s.stroke().name().equals("ABDOMINAL_BREATHING") ? 5 : 10);
              });
    }
  }

  @Test
  void theFileAccessorsRefuseAnUnknownIdListingTheValidOnes() {
    assertThatThrownBy(() -> Catalogue.protocolFile("seed-leg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown catalogue protocol id: \"seed-leg\"")
        .hasMessageContaining("seed-clinic-leg-corrected");
    assertThatThrownBy(() -> Catalogue.patientFile("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nope\"");
    assertThatThrownBy(() -> Catalogue.build("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"nope\"");
  }

  @Test
  void aMissingResourceFailsNamingIt() {
    assertThatThrownBy(() -> Catalogue.resource("no-such-protocol.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Catalogue resource io/github/lympha/catalogue/no-such-protocol.json is missing from"
                + " the jar");
    assertThat(Catalogue.resource(Catalogue.INDEX).lines())
        .containsExactlyElementsOf(Catalogue.ids());
  }
}
