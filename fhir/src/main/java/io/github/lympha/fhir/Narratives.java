package io.github.lympha.fhir;

import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Narrative;

/** Narratives (the human-readable {@code text} every resource carries, constraint dom-6). */
final class Narratives {
  private Narratives() {}

  /** Sets a generated narrative of preformatted plain text. */
  static void set(DomainResource resource, String text) {
    Narrative n = new Narrative();
    n.setStatus(Narrative.NarrativeStatus.GENERATED);
    n.setDivAsString(
        "<div xmlns=\"http://www.w3.org/1999/xhtml\"><pre>"
            + escape(text.strip())
            + "</pre></div>");
    resource.setText(n);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
