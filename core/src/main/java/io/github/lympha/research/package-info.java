/**
 * The research toolkit: plan a protocol for a patient ({@link io.github.lympha.research.Planner}),
 * script families of variants of a protocol ({@link io.github.lympha.research.Family}, {@link
 * io.github.lympha.research.Axis}, {@link io.github.lympha.research.Edit}), compare protocols
 * ({@link io.github.lympha.research.ProtocolDiff}), measure them ({@link
 * io.github.lympha.research.Metrics}), evaluate a family to CSV ({@link
 * io.github.lympha.research.BatchEvaluation}) and report on it in HTML ({@link
 * io.github.lympha.research.BatchReport}).
 *
 * <p>Families are lazy and bounded: each variant is built from its base in one pass, sharing
 * unchanged sequences and steps, and a family refuses to stream more than its declared limit.
 *
 * <pre>{@code
 * Family family = Family.of(base)
 *     .vary(Axis.repetitions(3, 10))
 *     .vary(Axis.dropEachStep(base).orUnchanged())
 *     .sample(10_000, 42);
 * family.stream().forEach(v -> System.out.println(v.description()));
 * }</pre>
 */
@NullMarked
package io.github.lympha.research;

import org.jspecify.annotations.NullMarked;
