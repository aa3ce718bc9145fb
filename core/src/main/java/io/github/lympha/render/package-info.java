/**
 * Rendering for people: {@link io.github.lympha.render.Instructions} turns a protocol into
 * numbered, plain-language instructions (text or Markdown) with an estimated duration, its sources
 * and the reminder that Lympha gives no medical advice; {@link io.github.lympha.render.BodyMap}
 * draws it on a front and a back figure of the body as a standalone SVG, from a {@link
 * io.github.lympha.render.BodyMapLayout}; {@link io.github.lympha.render.Handout} puts both on one
 * printable HTML page; {@link io.github.lympha.render.Chart} draws line charts (the batch
 * report's). All of them number the steps alike, and all are written with the small {@link
 * io.github.lympha.render.SvgWriter}, so the same input gives the same bytes.
 *
 * <pre>{@code
 * String text = Instructions.text(Catalogue.seedLeg());
 * String svg = BodyMap.of(Catalogue.seedLeg()).withPatient(patient).withReport(report).svg();
 * String html = Handout.html(Catalogue.seedLeg(), patient, Optional.of(report));
 * }</pre>
 */
@NullMarked
package io.github.lympha.render;

import org.jspecify.annotations.NullMarked;
