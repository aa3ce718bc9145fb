package io.github.lympha.cli;

import io.github.lympha.format.Syntax;
import io.github.lympha.validation.Policy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The closed choices of the command line, spelt in lower case as users type them. */
final class Choices {
  private Choices() {}

  /**
   * {@code json} or {@code yaml} (also {@code yml}, as files are named), in any case: the same
   * names for {@code convert --to}, {@code plan --format} and {@code --input-format}.
   */
  static final class SyntaxConverter implements ITypeConverter<Syntax> {
    @Override
    public Syntax convert(String value) {
      if (value.equalsIgnoreCase("yml")) {
        return Syntax.YAML;
      }
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

  /** {@code default} (also {@code standard}) or {@code strict}: the validator's policies. */
  static final class PolicyConverter implements ITypeConverter<Policy> {
    @Override
    public Policy convert(String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "default":
        case "standard":
          return Policy.standard();
        case "strict":
          return Policy.strict();
        default:
          throw new TypeConversionException("expected default or strict, not '" + value + "'");
      }
    }
  }

  /** The policy names for help texts. */
  static final class Policies implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("default", "strict").iterator();
    }
  }

  /** How {@code validate} prints its report. */
  enum Output {
    /** The report for people. */
    TEXT,
    /** An object with {@code valid} and {@code findings}, for scripts. */
    JSON
  }

  /** {@code text} or {@code json}, in any case. */
  static final class OutputConverter implements ITypeConverter<Output> {
    @Override
    public Output convert(String value) {
      for (Output o : Output.values()) {
        if (o.name().equalsIgnoreCase(value)) {
          return o;
        }
      }
      throw new TypeConversionException("expected text or json, not '" + value + "'");
    }
  }

  /** The output names for help texts. */
  static final class Outputs implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("text", "json").iterator();
    }
  }
}
