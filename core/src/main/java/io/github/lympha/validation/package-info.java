/**
 * The validator: checks MLD protocols against published rules of thumb (central first, proximal
 * before distal, strokes toward the draining nodes, reroutes only around compromised nodes, light
 * pressure, contraindications) and reports findings with their sources. It gives no medical advice;
 * findings are not diagnoses, and a qualified therapist or physician checks every protocol.
 *
 * <p>{@link io.github.lympha.validation.Validator} runs the {@link
 * io.github.lympha.validation.RuleCatalogue standard rules} (or your own {@link
 * io.github.lympha.validation.Rule}s) under a {@link io.github.lympha.validation.Policy} that
 * settles where sources disagree.
 *
 * <pre>{@code
 * ValidationReport report = Validator.standard().validate(protocol, patient);
 * if (!report.isValid()) {
 *   System.out.println(report.toText());
 * }
 * }</pre>
 */
@NullMarked
package io.github.lympha.validation;

import org.jspecify.annotations.NullMarked;
