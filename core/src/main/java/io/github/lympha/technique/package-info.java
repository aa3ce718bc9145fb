/**
 * How the hands work: the {@link io.github.lympha.technique.Stroke} kinds of MLD with the body
 * parts they suit, {@link io.github.lympha.technique.Pressure} (qualitative and in mmHg) and {@link
 * io.github.lympha.technique.Tempo}. Facts come from the Lympha domain reference, section 3.
 *
 * <pre>{@code
 * Pressure light = Pressure.of(PressureLevel.LIGHT);
 * Pressure measured = Pressure.ofMmHg(28);   // ≈ 3.7 kPa
 * Tempo tempo = Tempo.standard();            // about 1 s per cycle
 * }</pre>
 */
@NullMarked
package io.github.lympha.technique;

import org.jspecify.annotations.NullMarked;
