package io.github.lympha.format;

import io.github.lympha.protocol.Protocol;
import java.util.Optional;

/**
 * Reads and writes {@link Protocol}s as Lympha protocol files (format version {@code "1"}) in JSON
 * or YAML. Instances are immutable and thread-safe; {@code withX} methods return copies.
 *
 * <pre>{@code
 * ProtocolFormat json = ProtocolFormat.json();
 * String text = json.write(protocol);             // canonical, byte-stable JSON
 * Protocol again = json.read(text);               // equal to protocol
 * Protocol mine = ProtocolFormat.yaml().withAnatomy(myAnatomy).read(Path.of("leg.yaml"));
 * }</pre>
 *
 * <p>Reading checks everything: the syntax, the format version and kind, every field's name and
 * type, codes, anatomy ids (resolved through {@link #anatomy()}), ranges and the model's
 * invariants. A file with any problem gives one {@link ProtocolFormatException} listing all of
 * them; reading never returns a partly built protocol. Inputs larger than {@link #maxBytes()} or
 * nested deeper than {@link #maxDepth()} are refused before they cost memory or time.
 *
 * <p>Writing is canonical: equal protocols give byte-identical files (fixed field order, sets
 * sorted, numbers in shortest form, {@code \n} line ends, UTF-8), and reading a written file gives
 * an equal protocol. The format is described in {@code docs/format.md}; {@link #schema()} is its
 * JSON Schema.
 */
public final class ProtocolFormat extends FileFormat<Protocol, ProtocolFormat> {
  private ProtocolFormat(Settings settings) {
    super(settings, "protocol");
  }

  /** The JSON syntax, standard anatomy and default limits. */
  public static ProtocolFormat json() {
    return of(Syntax.JSON);
  }

  /** The YAML syntax, standard anatomy and default limits. */
  public static ProtocolFormat yaml() {
    return of(Syntax.YAML);
  }

  /** The given syntax, standard anatomy and default limits. */
  public static ProtocolFormat of(Syntax syntax) {
    return new ProtocolFormat(Settings.of(syntax));
  }

  /** The JSON Schema (draft 2020-12) of protocol files, as text. */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  @Override
  ProtocolFormat with(Settings settings) {
    return new ProtocolFormat(settings);
  }

  @Override
  Optional<Protocol> decode(Problems problems, Node root) {
    return new ProtocolDecoder(problems, settings.anatomy).decode(root);
  }

  @Override
  String encode(Protocol value) {
    return Writing.protocol(value, settings.syntax);
  }

  private static final class SchemaHolder {
    static final String SCHEMA = Settings.resource("protocol.schema.json");
  }
}
