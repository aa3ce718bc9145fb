/**
 * The patient's situation a protocol is checked against: affected regions, compromised (removed,
 * irradiated or impaired) node groups, conditions with their contraindication class and scope, and
 * tissue state. {@link io.github.lympha.patient.PatientContext#none()} checks anatomical soundness
 * alone.
 *
 * <pre>{@code
 * PatientContext afterDissection = PatientContext.builder()
 *     .addAffected(anatomy.region("THIGH_MEDIAL_L"))
 *     .addCompromised(CompromisedNodeGroup.of(anatomy.nodeGroup("INGUINAL_SUPERFICIAL_L"),
 *         Compromise.REMOVED))
 *     .build();
 * }</pre>
 */
@NullMarked
package io.github.lympha.patient;

import org.jspecify.annotations.NullMarked;
