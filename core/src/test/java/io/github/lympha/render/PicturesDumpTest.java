package io.github.lympha.render;

import io.github.lympha.catalogue.Catalogue;
import io.github.lympha.protocol.Protocol;
import io.github.lympha.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writes PNGs of the catalogue's body maps for a person to look at (not a check). */
class PicturesDumpTest {
  @Test
  void dump() throws Exception {
    if (System.getProperty("lympha.pictures.dump") == null) {
      return;
    }
    Path dir = Path.of("target/pictures");
    Files.createDirectories(dir);
    for (Protocol p : Catalogue.all()) {
      var patient = Catalogue.patientFor(p.id());
      var map =
          BodyMap.of(p).withPatient(patient).withReport(Validator.standard().validate(p, patient));
      String svg = map.svg();
      Files.writeString(dir.resolve(p.id() + ".svg"), svg);
      ImageIO.write(
          Pictures.render(svg, map.width(), 2), "png", dir.resolve(p.id() + ".png").toFile());
    }
  }
}
