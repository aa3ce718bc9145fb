package io.github.lympha.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tagged snippets ({@code // tag::name[]} … {@code // end::name[]}) the guides copy. */
final class DocSnippets {
  private static final Pattern TAGGED =
      Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);

  private DocSnippets() {}

  /** Every tagged snippet of a source text, in order, dedented and without trailing blanks. */
  static List<String> tagged(String source) {
    Matcher m = TAGGED.matcher(source);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      String[] lines = m.group(2).split("\n");
      int indent = Integer.MAX_VALUE;
      for (String l : lines) {
        if (!l.isBlank()) {
          indent = Math.min(indent, l.length() - l.stripLeading().length());
        }
      }
      StringBuilder b = new StringBuilder();
      for (String l : lines) {
        b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }
}
