package io.github.lympha.format;

import io.github.lympha.patient.PatientContext;
import java.util.Optional;

/**
 * Reads and writes {@link PatientContext}s as Lympha patient files ({@code "kind": "patient"},
 * format version {@code "1"}) in JSON or YAML. It works like {@link ProtocolFormat}: immutable,
 * canonical byte-stable output, and one {@link ProtocolFormatException} listing every problem of a
 * file that cannot be read.
 *
 * <pre>{@code
 * PatientContext patient = PatientContextFormat.yaml().read(Path.of("patient.yaml"));
 * String json = PatientContextFormat.json().write(patient);
 * }</pre>
 */
public final class PatientContextFormat extends FileFormat<PatientContext, PatientContextFormat> {
  private PatientContextFormat(Settings settings) {
    super(settings, "patient context");
  }

  /** The JSON syntax, standard anatomy and default limits. */
  public static PatientContextFormat json() {
    return of(Syntax.JSON);
  }

  /** The YAML syntax, standard anatomy and default limits. */
  public static PatientContextFormat yaml() {
    return of(Syntax.YAML);
  }

  /** The given syntax, standard anatomy and default limits. */
  public static PatientContextFormat of(Syntax syntax) {
    return new PatientContextFormat(Settings.of(syntax));
  }

  /** The JSON Schema (draft 2020-12) of patient files, as text. */
  public static String schema() {
    return SchemaHolder.SCHEMA;
  }

  @Override
  PatientContextFormat with(Settings settings) {
    return new PatientContextFormat(settings);
  }

  @Override
  Optional<PatientContext> decode(Problems problems, Node root) {
    return new PatientDecoder(problems, settings.anatomy).decode(root);
  }

  @Override
  String encode(PatientContext value) {
    return Writing.patient(value, settings.syntax);
  }

  private static final class SchemaHolder {
    static final String SCHEMA = Settings.resource("patient.schema.json");
  }
}
