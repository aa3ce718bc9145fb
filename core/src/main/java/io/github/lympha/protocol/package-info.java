/**
 * The protocol model: a {@link io.github.lympha.protocol.Protocol} is an ordered list of named
 * {@link io.github.lympha.protocol.Sequence}s (phases), each an ordered list of {@link
 * io.github.lympha.protocol.Step}s: where the hands work, which stroke, toward which node group,
 * how light, how fast and how many times.
 *
 * <p>Values are immutable, with {@code withX} copies for variants. Construction checks structure
 * only (blank titles, zero repetitions, a step whose target is not downstream of its site in the
 * protocol's anatomy); clinical judgement is the validator's job, so that flawed protocols can be
 * built on purpose and studied. {@link io.github.lympha.protocol.ProtocolBuilder} writes protocols
 * the way a therapist plans them:
 *
 * <pre>{@code
 * Protocol leg = ProtocolBuilder.create("leg-intact", "Left leg, intact nodes")
 *     .treating("FOOT_L")
 *     .openTerminus()
 *     .clearRoute("FOOT_L")
 *     .drainLimb(Side.LEFT, Limb.LEG)
 *     .build();
 * }</pre>
 */
@NullMarked
package io.github.lympha.protocol;

import org.jspecify.annotations.NullMarked;
