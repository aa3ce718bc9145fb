/** The shared Immutables style of Lympha's value types. Compile-time only; not part of the API. */
@NullMarked
package io.github.lympha.style;

import org.jspecify.annotations.NullMarked;
