package io.github.lympha.format;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.lympha.anatomy.Anatomy;
import io.github.lympha.anatomy.BodyPart;
import io.github.lympha.anatomy.Pathway;
import io.github.lympha.anatomy.PathwayKind;
import io.github.lympha.anatomy.Region;
import io.github.lympha.anatomy.Side;
import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.patient.PatientContext;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.protocol.Step;
import io.github.lympha.technique.Pressure;
import io.github.lympha.technique.PressureLevel;
import io.github.lympha.technique.Stroke;
import io.github.lympha.technique.Tempo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtocolFormatTest {
  /** The canonical JSON form of {@link Samples#fullProtocol()}: every field of the format. */
  static final String FULL_JSON =
      """
      {
        "lympha": "1",
        "kind": "protocol",
        "id": "leg-after-dissection.example",
        "title": "Left leg after inguinal dissection",
        "version": "2.1",
        "author": "Lympha tests",
        "description": "Reroutes the left leg to the left axilla.\\nFor tests of the file format.",
        "treats": [
          "CALF_L",
          "THIGH_MEDIAL_L"
        ],
        "tags": [
          "after-dissection",
          "leg"
        ],
        "sources": [
          "S7",
          "S33"
        ],
        "sequences": [
          {
            "name": "Open the terminus",
            "repeats": 1,
            "steps": [
              {
                "site": "TERMINUS_L",
                "stroke": "STATIONARY_CIRCLE",
                "toward": "TERMINUS_L",
                "pressure": {
                  "level": "VERY_LIGHT"
                },
                "tempo": {
                  "secondsPerCycle": 1
                },
                "repetitions": 10,
                "hands": "Flat fingers in the left supraclavicular fossa"
              },
              {
                "site": "AXILLARY_L",
                "stroke": "STATIONARY_CIRCLE",
                "toward": "AXILLARY_L",
                "pressure": {
                  "level": "LIGHT"
                },
                "tempo": {
                  "secondsPerCycle": 1
                },
                "repetitions": 5
              }
            ]
          },
          {
            "name": "Reroute the thigh",
            "repeats": 3,
            "steps": [
              {
                "site": "FLANK_L",
                "stroke": "ROTARY",
                "toward": "AXILLARY_L",
                "via": "AIA_L",
                "pressure": {
                  "level": "LIGHT",
                  "mmHg": 28
                },
                "tempo": {
                  "secondsPerCycle": 1.5
                },
                "repetitions": 7,
                "note": "Over the axillo-inguinal anastomosis"
              },
              {
                "site": "THIGH_LATERAL_L",
                "stroke": "PUMP",
                "toward": "AXILLARY_L",
                "via": "AIA_L",
                "pressure": {
                  "mmHg": 22.5
                },
                "tempo": {
                  "secondsPerCycle": 1
                },
                "repetitions": 5
              }
            ]
          }
        ]
      }
      """;

  /** The canonical YAML form of {@link Samples#fullProtocol()}. */
  static final String FULL_YAML =
      """
      lympha: "1"
      kind: protocol
      id: leg-after-dissection.example
      title: Left leg after inguinal dissection
      version: "2.1"
      author: Lympha tests
      description: |-
        Reroutes the left leg to the left axilla.
        For tests of the file format.
      treats:
        - CALF_L
        - THIGH_MEDIAL_L
      tags:
        - after-dissection
        - leg
      sources:
        - S7
        - S33
      sequences:
        - name: Open the terminus
          repeats: 1
          steps:
            - site: TERMINUS_L
              stroke: STATIONARY_CIRCLE
              toward: TERMINUS_L
              pressure:
                level: VERY_LIGHT
              tempo:
                secondsPerCycle: 1
              repetitions: 10
              hands: Flat fingers in the left supraclavicular fossa
            - site: AXILLARY_L
              stroke: STATIONARY_CIRCLE
              toward: AXILLARY_L
              pressure:
                level: LIGHT
              tempo:
                secondsPerCycle: 1
              repetitions: 5
        - name: Reroute the thigh
          repeats: 3
          steps:
            - site: FLANK_L
              stroke: ROTARY
              toward: AXILLARY_L
              via: AIA_L
              pressure:
                level: LIGHT
                mmHg: 28
              tempo:
                secondsPerCycle: 1.5
              repetitions: 7
              note: Over the axillo-inguinal anastomosis
            - site: THIGH_LATERAL_L
              stroke: PUMP
              toward: AXILLARY_L
              via: AIA_L
              pressure:
                mmHg: 22.5
              tempo:
                secondsPerCycle: 1
              repetitions: 5
      """;

  @Test
  void writesEveryFieldAsCanonicalJson() {
    assertThat(ProtocolFormat.json().write(Samples.fullProtocol())).isEqualTo(FULL_JSON);
  }

  @Test
  void writesEveryFieldAsCanonicalYaml() {
    assertThat(ProtocolFormat.yaml().write(Samples.fullProtocol())).isEqualTo(FULL_YAML);
  }

  @Test
  void readsEveryFieldFromJson() {
    Protocol p = ProtocolFormat.json().read(FULL_JSON);

    assertThat(p).isEqualTo(Samples.fullProtocol());
    assertThat(p.id()).isEqualTo("leg-after-dissection.example");
    assertThat(p.version()).isEqualTo("2.1");
    assertThat(p.author()).contains("Lympha tests");
    assertThat(p.description()).contains("\n");
    assertThat(p.treats())
        .extracting(Region::id)
        .containsExactlyInAnyOrder("CALF_L", "THIGH_MEDIAL_L");
    assertThat(p.tags()).containsExactlyInAnyOrder("leg", "after-dissection");
    assertThat(p.sources()).containsExactly("S7", "S33");
    assertThat(p.sequences().get(1).repeats()).isEqualTo(3);
    Step reroute = p.sequences().get(1).steps().get(0);
    assertThat(reroute.site().id()).isEqualTo("FLANK_L");
    assertThat(reroute.stroke()).isEqualTo(Stroke.ROTARY);
    assertThat(reroute.toward().id()).isEqualTo("AXILLARY_L");
    assertThat(reroute.via().orElseThrow().id()).isEqualTo("AIA_L");
    assertThat(reroute.pressure()).isEqualTo(Pressure.of(PressureLevel.LIGHT, 28));
    assertThat(reroute.tempo()).isEqualTo(Tempo.ofSeconds(1.5));
    assertThat(reroute.repetitions()).isEqualTo(7);
    assertThat(reroute.note()).contains("Over the axillo-inguinal anastomosis");
    assertThat(p.sequences().get(0).steps().get(0).hands())
        .contains("Flat fingers in the left supraclavicular fossa");
    assertThat(p.sequences().get(1).steps().get(1).pressure()).isEqualTo(Pressure.ofMmHg(22.5));
  }

  @Test
  void readsEveryFieldFromYaml() {
    assertThat(ProtocolFormat.yaml().read(FULL_YAML)).isEqualTo(Samples.fullProtocol());
  }

  @Test
  void leavesOutAbsentValuesAndWritesModelDefaults() {
    assertThat(ProtocolFormat.json().write(Samples.minimalProtocol()))
        .isEqualTo(
            """
            {
              "lympha": "1",
              "kind": "protocol",
              "id": "minimal",
              "title": "Minimal",
              "version": "1",
              "sequences": [
                {
                  "name": "Neck",
                  "repeats": 1,
                  "steps": [
                    {
                      "site": "NECK_L",
                      "stroke": "STATIONARY_CIRCLE",
                      "toward": "TERMINUS_L",
                      "pressure": {
                        "level": "LIGHT"
                      },
                      "tempo": {
                        "secondsPerCycle": 1
                      },
                      "repetitions": 5
                    }
                  ]
                }
              ]
            }
            """);
  }

  @Test
  void fillsInTheModelDefaultsForFieldsLeftOut() {
    Protocol p =
        ProtocolFormat.json()
            .read(
                """
                {"lympha": "1", "kind": "protocol", "id": "minimal", "title": "Minimal",
                 "sequences": [{"name": "Neck", "steps": [
                   {"site": "NECK_L", "stroke": "STATIONARY_CIRCLE", "toward": "TERMINUS_L"}]}]}
                """);

    assertThat(p).isEqualTo(Samples.minimalProtocol());
    Step step = p.steps().get(0);
    assertThat(p.version()).isEqualTo("1");
    assertThat(p.sequences().get(0).repeats()).isEqualTo(1);
    assertThat(step.pressure()).isEqualTo(Pressure.light());
    assertThat(step.tempo()).isEqualTo(Tempo.standard());
    assertThat(step.repetitions()).isEqualTo(Step.DEFAULT_REPETITIONS);
    assertThat(p.description()).isEmpty();
    assertThat(p.author()).isEmpty();
  }

  @Test
  void readsAProtocolWithoutSequences() {
    Protocol p =
        ProtocolFormat.yaml().read("lympha: \"1\"\nkind: protocol\nid: empty\ntitle: Empty\n");

    assertThat(p.isEmpty()).isTrue();
    assertThat(ProtocolFormat.yaml().write(p))
        .isEqualTo("lympha: \"1\"\nkind: protocol\nid: empty\ntitle: Empty\nversion: \"1\"\n");
  }

  @Test
  void readsHandWrittenYamlWithCommentsAndFlowStyle() {
    Protocol p =
        ProtocolFormat.yaml()
            .read(
                """
                # Written by hand
                lympha: "1"
                kind: protocol
                id: minimal
                title: 'Minimal'   # quotes are optional
                sequences:
                - name: Neck
                  steps: [{site: NECK_L, stroke: STATIONARY_CIRCLE, toward: TERMINUS_L}]
                """);

    assertThat(p).isEqualTo(Samples.minimalProtocol());
  }

  @Test
  void writesSetsSortedSoThatEqualProtocolsGiveTheSameBytes() {
    Protocol a = Samples.fullProtocol().withTags(List.of("b", "a", "c"));
    Protocol b = Samples.fullProtocol().withTags(List.of("c", "b", "a"));

    assertThat(a).isEqualTo(b);
    assertThat(ProtocolFormat.json().write(a)).isEqualTo(ProtocolFormat.json().write(b));
    assertThat(ProtocolFormat.yaml().write(a)).isEqualTo(ProtocolFormat.yaml().write(b));
    assertThat(ProtocolFormat.json().write(a)).contains("\"a\",\n    \"b\",\n    \"c\"");
  }

  @Test
  void writesNumbersInTheirShortestPlainForm() {
    assertThat(Writing.number(28)).isEqualTo("28");
    assertThat(Writing.number(22.5)).isEqualTo("22.5");
    assertThat(Writing.number(0.2)).isEqualTo("0.2");
    assertThat(Writing.number(1e-7)).isEqualTo("0.0000001");
    assertThat(Writing.number(199.99)).isEqualTo("199.99");
    assertThat(Writing.number(0)).isEqualTo("0");
    assertThat(Writing.number(-0.0)).isEqualTo("-0.0");
    assertThatThrownBy(() -> Writing.number(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsAndWritesEveryKindOfStreamWithTheSameBytes(@TempDir Path dir) throws IOException {
    ProtocolFormat json = ProtocolFormat.json();
    Protocol p = Samples.fullProtocol();

    StringWriter chars = new StringWriter();
    json.write(p, chars);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    json.write(p, bytes);
    Path file = dir.resolve("full.json");
    json.write(p, file);

    assertThat(chars.toString()).isEqualTo(FULL_JSON);
    assertThat(bytes.toByteArray()).isEqualTo(FULL_JSON.getBytes(UTF_8));
    assertThat(Files.readAllBytes(file)).isEqualTo(FULL_JSON.getBytes(UTF_8));
    assertThat(json.read(new StringReader(FULL_JSON))).isEqualTo(p);
    assertThat(json.read(new ByteArrayInputStream(bytes.toByteArray()))).isEqualTo(p);
    assertThat(json.read(file)).isEqualTo(p);
  }

  @Test
  void readsNonAsciiTextAsUtf8() throws IOException {
    Protocol p = Samples.minimalProtocol().withTitle("Lymphdrainage – Bein, Ödem ✓");
    byte[] bytes = ProtocolFormat.yaml().write(p).getBytes(UTF_8);

    assertThat(ProtocolFormat.yaml().read(new ByteArrayInputStream(bytes))).isEqualTo(p);
  }

  @Test
  void skipsAUtf8ByteOrderMark() throws IOException {
    byte[] text = ProtocolFormat.json().write(Samples.minimalProtocol()).getBytes(UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);

    assertThat(ProtocolFormat.json().read(new ByteArrayInputStream(withBom)))
        .isEqualTo(Samples.minimalProtocol());
  }

  @Test
  void resolvesIdsThroughTheAnatomyItIsGiven() {
    Anatomy withScar =
        Anatomy.standard().toBuilder()
            .putRegion(
                Region.builder()
                    .id("SCAR_L")
                    .name("left thigh scar")
                    .side(Side.LEFT)
                    .part(BodyPart.THIGH)
                    .territory("LEG_L")
                    .addSources("S24")
                    .build())
            .addPathway(
                Pathway.of("SCAR_L", "INGUINAL_SUPERFICIAL_L", PathwayKind.TERRITORIAL, "S24"))
            .build();
    String text =
        """
        {"lympha": "1", "kind": "protocol", "id": "scar", "title": "Scar",
         "sequences": [{"name": "Scar", "steps": [
           {"site": "SCAR_L", "stroke": "SKIN_STRETCH", "toward": "INGUINAL_SUPERFICIAL_L"}]}]}
        """;

    Protocol p = ProtocolFormat.json().withAnatomy(withScar).read(text);

    assertThat(p.anatomy()).isSameAs(withScar);
    assertThat(p.steps().get(0).site().id()).isEqualTo("SCAR_L");
    assertThatThrownBy(() -> ProtocolFormat.json().read(text))
        .isInstanceOf(ProtocolFormatException.class)
        .hasMessageContaining(
            "/sequences/0/steps/0/site (line 3, column 13): unknown site \"SCAR_L\"");
  }

  @Test
  void convertsBetweenSyntaxesWithoutLoss() {
    Protocol fromYaml = ProtocolFormat.yaml().read(FULL_YAML);

    assertThat(ProtocolFormat.json().write(fromYaml)).isEqualTo(FULL_JSON);
    assertThat(ProtocolFormat.json().withSyntax(Syntax.YAML).write(fromYaml)).isEqualTo(FULL_YAML);
    assertThat(ProtocolFormat.of(Syntax.YAML).syntax()).isEqualTo(Syntax.YAML);
  }

  @Test
  void everyCatalogueProtocolAndItsPatientSurviveRoundTripsInBothSyntaxes() {
    for (Protocol p : Catalogue.all()) {
      for (ProtocolFormat f : List.of(ProtocolFormat.json(), ProtocolFormat.yaml())) {
        String text = f.write(p);
        assertThat(f.read(text)).as(p.id()).isEqualTo(p);
        assertThat(f.write(f.read(text))).as(p.id()).isEqualTo(text);
      }
      PatientContext patient = Catalogue.patientFor(p.id());
      for (PatientContextFormat f :
          List.of(PatientContextFormat.json(), PatientContextFormat.yaml())) {
        assertThat(f.read(f.write(patient))).as(p.id()).isEqualTo(patient);
      }
    }
  }

  @Test
  void refusesLimitsOutOfRange() {
    assertThatThrownBy(() -> ProtocolFormat.json().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBytes: 0");
    assertThatThrownBy(() -> ProtocolFormat.json().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth: 0");
    assertThatThrownBy(() -> ProtocolFormat.json().withMaxDepth(1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 1 to 1000");
  }

  @Test
  void keepsItsSettingsInCopies() {
    ProtocolFormat f = ProtocolFormat.yaml().withMaxBytes(1234).withMaxDepth(12);

    assertThat(f.maxBytes()).isEqualTo(1234);
    assertThat(f.maxDepth()).isEqualTo(12);
    assertThat(f.anatomy()).isEqualTo(Anatomy.standard());
    assertThat(ProtocolFormat.json().maxBytes()).isEqualTo(ProtocolFormat.DEFAULT_MAX_BYTES);
    assertThat(ProtocolFormat.json().maxDepth()).isEqualTo(ProtocolFormat.DEFAULT_MAX_DEPTH);
    assertThat(f.toString()).contains("YAML", "maxBytes=1234", "maxDepth=12");
  }

  @Test
  void refusesToWriteTextThatIsNotUnicode() {
    Protocol p = Samples.minimalProtocol().withTitle("broken \uD800 text");

    assertThatThrownBy(() -> ProtocolFormat.json().write(p))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot write title: the text holds an unpaired surrogate, which is not a character");
  }

  @Test
  void namesTheSyntaxOfAFileByItsExtension() {
    assertThat(Syntax.forFileName("leg.JSON")).contains(Syntax.JSON);
    assertThat(Syntax.forFileName("leg.yaml")).contains(Syntax.YAML);
    assertThat(Syntax.forFileName("leg.yml")).contains(Syntax.YAML);
    assertThat(Syntax.forFileName("leg.txt")).isEmpty();
    assertThat(Syntax.forPath(Path.of("dir", "leg.yml"))).contains(Syntax.YAML);
    assertThat(Syntax.forPath(Path.of("/"))).isEmpty();
    assertThat(Syntax.YAML.extension()).isEqualTo("yaml");
  }
}
