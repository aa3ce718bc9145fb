/**
 * Rendering for people: {@link io.github.lympha.render.Instructions} turns a protocol into
 * numbered, plain-language instructions (text or Markdown) with an estimated duration, its sources
 * and the reminder that Lympha gives no medical advice.
 *
 * <pre>{@code
 * String text = Instructions.text(Catalogue.seedLeg());
 * String markdown = Instructions.markdown(Catalogue.seedLeg());
 * }</pre>
 */
@NullMarked
package io.github.lympha.render;

import org.jspecify.annotations.NullMarked;
