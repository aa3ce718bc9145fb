/**
 * HL7 FHIR R4 for Lympha: a {@link io.github.lympha.protocol.Protocol} as a {@code PlanDefinition}
 * and back ({@link PlanDefinitions}), the conformance resources that define its extensions and
 * codes ({@link Conformance}), a {@link io.github.lympha.patient.PatientContext} as a {@code
 * Bundle} and back ({@link PatientContexts}), and JSON reading and writing ({@link FhirJson}).
 *
 * <pre>{@code
 * PlanDefinition plan = PlanDefinitions.from(Catalogue.legIntactInguinal());
 * String json = FhirJson.write(plan);
 * Protocol back = PlanDefinitions.toProtocol(FhirJson.readPlanDefinition(json));
 * }</pre>
 */
@NullMarked
package io.github.lympha.fhir;

import org.jspecify.annotations.NullMarked;
