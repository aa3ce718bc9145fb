package io.github.lympha.cli;

import io.github.lympha.format.Syntax;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The closed choices of the command line, spelt in lower case as users type them. */
final class Choices {
  private Choices() {}

  /** {@code json} or {@code yaml}, in any case. */
  static final class SyntaxConverter implements ITypeConverter<Syntax> {
    @Override
    public Syntax convert(String value) {
      for (Syntax s : Syntax.values()) {
        if (s.extension().equalsIgnoreCase(value) || s.name().equalsIgnoreCase(value)) {
          return s;
        }
      }
      throw new TypeConversionException("expected json or yaml, not '" + value + "'");
    }
  }

  /** The syntax names for help texts. */
  static final class Syntaxes implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (Syntax s : Syntax.values()) {
        names.add(s.extension().toLowerCase(Locale.ROOT));
      }
      return names.iterator();
    }
  }
}
