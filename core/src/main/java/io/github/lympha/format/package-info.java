/**
 * Lympha files: protocols and patient contexts in JSON or YAML (format version {@code "1"}), with
 * their JSON Schemas. {@link io.github.lympha.format.ProtocolFormat} and {@link
 * io.github.lympha.format.PatientContextFormat} read and write them; reading reports every problem
 * of a bad file in one {@link io.github.lympha.format.ProtocolFormatException}, each with its JSON
 * pointer, line and column.
 *
 * <pre>{@code
 * try {
 *   Protocol p = ProtocolFormat.yaml().read(Path.of("leg.yaml"));
 * } catch (ProtocolFormatException e) {
 *   e.problems().forEach(problem -> System.err.println(problem.describe()));
 *   // /sequences/1/steps/3/stroke (line 42, column 19): unknown stroke "pumping"; ...
 * }
 * }</pre>
 */
@NullMarked
package io.github.lympha.format;

import org.jspecify.annotations.NullMarked;
