/**
 * The shared style of Lympha: the Immutables style of its value types (compile-time only) and
 * {@link io.github.lympha.style.Printable}, how text from an input is escaped before a person sees
 * it. Not part of the API.
 */
@NullMarked
package io.github.lympha.style;

import org.jspecify.annotations.NullMarked;
