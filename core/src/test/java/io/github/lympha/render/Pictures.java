package io.github.lympha.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Test support: SVG rendered to pixels by Batik, parsed and validated by the JDK's XML parser. */
final class Pictures {
  private Pictures() {}

  /** The SVG rendered by Batik at {@code scale} pixels per user unit. */
  static BufferedImage render(String svg, double width, double scale) {
    BufferedImage[] image = new BufferedImage[1];
    ImageTranscoder transcoder =
        new ImageTranscoder() {
          @Override
          public BufferedImage createImage(int w, int h) {
            return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
          }

          @Override
          public void writeImage(BufferedImage img, TranscoderOutput output) {
            image[0] = img;
          }
        };
    transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) (width * scale));
    try {
      transcoder.transcode(new TranscoderInput(new StringReader(svg)), null);
    } catch (TranscoderException e) {
      throw new AssertionError("Batik could not render the SVG: " + e.getMessage(), e);
    }
    return image[0];
  }

  /** The pixel's colour as {@code #rrggbb}. */
  static String colour(BufferedImage image, double x, double y, double scale) {
    int rgb = image.getRGB((int) Math.round(x * scale), (int) Math.round(y * scale));
    return String.format("#%06x", rgb & 0xFFFFFF);
  }

  /** The SVG parsed by the JDK's namespace-aware parser. */
  static Document parse(String svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** The SVG's errors against the SVG 1.1 DTD that Batik ships; empty when it is valid. */
  static List<String> dtdErrors(String svg) throws Exception {
    String doctype = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"svg11-flat.dtd\">\n";
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setValidating(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setEntityResolver(
        (publicId, systemId) -> {
          InputStream dtd =
              Thread.currentThread()
                  .getContextClassLoader()
                  .getResourceAsStream("org/apache/batik/dom/svg/resources/svg11-flat.dtd");
          if (dtd == null) {
            throw new AssertionError("Batik's SVG 1.1 DTD is not on the test class path");
          }
          return new InputSource(dtd);
        });
    List<String> errors = new ArrayList<>();
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    builder.parse(new ByteArrayInputStream((doctype + svg).getBytes(StandardCharsets.UTF_8)));
    return errors;
  }
}
