package io.github.lympha.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.format.ProtocolFormat;
import io.github.lympha.render.BodyMap;
import io.github.lympha.render.Handout;
import io.github.lympha.validation.Validator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderPicturesTest {
  @TempDir Path dir;

  private Path seedLeg() throws IOException {
    Path f = dir.resolve("seed-leg.yaml");
    Files.writeString(f, ProtocolFormat.yaml().write(Catalogue.seedLeg()));
    return f;
  }

  @Test
  void writesTheBodyMapAndTheHandoutWithTheFindings() throws IOException {
    Path protocol = seedLeg();
    Path svg = dir.resolve("map.svg");
    Path html = dir.resolve("handout.html");
    LymphaCliTest.Run run =
        LymphaCliTest.lympha(
            "render", protocol.toString(), "--svg", svg.toString(), "--html", html.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    var report = Validator.standard().validate(Catalogue.seedLeg());
    assertThat(Files.readString(svg))
        .isEqualTo(BodyMap.of(Catalogue.seedLeg()).withReport(report).svg());
    assertThat(Files.readString(html))
        .isEqualTo(
            Handout.html(
                Catalogue.seedLeg(),
                io.github.lympha.patient.PatientContext.none(),
                Optional.of(report)));
    assertThat(run.out())
        .contains("Wrote the body map to " + svg)
        .contains("Wrote the handout to " + html)
        .contains(report.summary());
  }

  @Test
  void escapesControlCharactersInTheNamesOfTheFilesItWrote() throws IOException {
    Path svg = dir.resolve("map\u001b[2J.svg");
    LymphaCliTest.Run run =
        LymphaCliTest.lympha("render", seedLeg().toString(), "--svg", svg.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(svg).exists();
    assertThat(run.out())
        .contains("Wrote the body map to " + dir.resolve("map\\u001B[2J.svg"))
        .doesNotContain("\u001b");
  }

  @Test
  void refusesToWriteTheHandoutOverTheBodyMap() throws IOException {
    Path protocol = seedLeg();
    Path svg = dir.resolve("map.svg");
    Files.writeString(svg, "old");
    Path link = dir.resolve("link.html");
    Files.createSymbolicLink(link, svg);
    for (Path html : List.of(svg, link, dir.resolve(".").resolve("map.svg"))) {
      LymphaCliTest.Run run =
          LymphaCliTest.lympha(
              "render", protocol.toString(), "--svg", svg.toString(), "--html", html.toString());
      assertThat(run.exitCode()).as(html.toString()).isEqualTo(LymphaCli.UNREADABLE);
      assertThat(run.err())
          .isEqualTo(
              "lympha: refusing to write the handout to "
                  + html
                  + ": it is the --svg file; choose another --html file\n");
      assertThat(Files.readString(svg)).isEqualTo("old");
    }
  }

  @Test
  void refusesToWriteOntoItsInput() throws IOException {
    Path protocol = seedLeg();
    String before = Files.readString(protocol);
    LymphaCliTest.Run run =
        LymphaCliTest.lympha("render", protocol.toString(), "--svg", protocol.toString());
    assertThat(run.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(run.err())
        .contains("refusing to write the picture to " + protocol + ": it is the input file");
    assertThat(Files.readString(protocol)).isEqualTo(before);
  }

  @Test
  void patientOnlyWithPictures() throws IOException {
    LymphaCliTest.Run run =
        LymphaCliTest.lympha("render", seedLeg().toString(), "--patient", "p.yaml");
    assertThat(run.exitCode()).isEqualTo(LymphaCli.UNREADABLE);
    assertThat(run.err()).contains("--patient is used with --svg or --html only");
  }
}
